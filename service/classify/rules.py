"""The classifier's rules. Each takes a `MessageView` and returns a `Finding` (with its reason) or None.

Ignore rules run first: a message any of them flags is `ignored` (auto-replies, delivery
reports, calendar responses). Then the reply rules: any finding makes it `reply_needed`, with
every reason listed. A message no rule speaks for is an FYI.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.classify.text import sentences
from service.records import ParsedMessage


@dataclass(frozen=True)
class MessageView:
    """A parsed message plus the text the client wrote now (quotes and signature removed)."""

    message: ParsedMessage
    fresh: str

    def header(self, name: str) -> str:
        return self.message.headers.get(name.lower(), "").strip()


@dataclass(frozen=True)
class Finding:
    reason: str
    urgent: bool = False
    sentence: str = ""  # the sentence that decided it, so two rules never quote the same one twice
    settles_as_fyi: bool = False  # "no need to reply": overrides the reply rules


Rule = Callable[[MessageView], Finding | None]


def _quote(sentence: str, limit: int = 160) -> str:
    s = " ".join(sentence.split())
    return f"“{s if len(s) <= limit else s[: limit - 1] + '…'}”"


# --- ignore rules: mail written by machines ---------------------------------------------------


def auto_submitted(view: MessageView) -> Finding | None:
    value = view.header("Auto-Submitted").lower()
    if value and not value.startswith("no"):
        return Finding(f"sent automatically (Auto-Submitted: {value.split(';')[0]})")
    return None


def bulk_precedence(view: MessageView) -> Finding | None:
    value = view.header("Precedence").lower()
    if value in ("bulk", "junk", "list", "auto_reply"):
        return Finding(f"bulk or automatic mail (Precedence: {value})")
    return None


def autoreply_headers(view: MessageView) -> Finding | None:
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if view.header(name):
            return Finding(f"an automatic reply ({name} header)")
    return None


_AUTO_SUBJECT = re.compile(
    r"^(automatic reply|auto[- ]?reply|out of (the )?office|autoreply|abwesenheitsnotiz|"
    r"undeliverable|delivery status notification|mail delivery failed|returned mail)\b",
    re.IGNORECASE,
)


def autoreply_subject(view: MessageView) -> Finding | None:
    subject = view.message.subject
    if _AUTO_SUBJECT.match(subject):
        return Finding(f"an automatic reply or bounce (subject “{subject[:80]}”)")
    return None


def report_content(view: MessageView) -> Finding | None:
    ctype = view.message.content_type
    if ctype == "multipart/report":
        return Finding("a delivery or read report (multipart/report)")
    return None


_CALENDAR_SUBJECT = re.compile(
    r"^(accepted|declined|tentative|tentatively accepted)\s*:", re.IGNORECASE
)


def calendar_response(view: MessageView) -> Finding | None:
    subject = view.message.subject
    ctype_header = view.header("Content-Type").lower()
    if _CALENDAR_SUBJECT.match(subject) or (
        "text/calendar" in ctype_header and "method=reply" in ctype_header
    ):
        return Finding(f"a calendar response (“{subject[:80]}”)")
    return None


IGNORE_RULES: tuple[Rule, ...] = (
    auto_submitted,
    bulk_precedence,
    autoreply_headers,
    autoreply_subject,
    report_content,
    calendar_response,
)


# --- reply rules: a person asking the coach for something -----------------------------------

_DISTRESS = re.compile(
    r"\b(kill myself|end it all|hurt(ing)? myself|self[- ]harm|suicid\w*|don'?t see the point|"
    r"can'?t go on|no reason to live|want to die|in crisis|not safe)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(can you|could you|would you|will you|can we|could we|please|let me know|get back to me|"
    r"call me|give me a call|reschedule|move our (session|call|appointment)|are you (free|available)|"
    r"your (thoughts|advice|opinion)|i'?d love your|need your help|send me|invoice)\b",
    re.IGNORECASE,
)
_NO_REPLY = re.compile(
    r"\b(no need to (reply|respond|answer|write back)|don'?t (need to )?reply)\b", re.IGNORECASE
)


def distress(view: MessageView) -> Finding | None:
    for sentence in sentences(view.fresh):
        if _DISTRESS.search(sentence):
            return Finding(
                f"may be in distress: {_quote(sentence)}", urgent=True, sentence=sentence
            )
    return None


def says_no_reply_needed(view: MessageView) -> Finding | None:
    for sentence in sentences(view.fresh):
        if _NO_REPLY.search(sentence):
            return Finding(
                f"says no reply is needed: {_quote(sentence)}",
                settles_as_fyi=True,
                sentence=sentence,
            )
    return None


def direct_question(view: MessageView) -> Finding | None:
    for sentence in reversed(sentences(view.fresh)):
        if sentence.rstrip("\"')”’ ").endswith("?"):
            return Finding(f"asks a question: {_quote(sentence)}", sentence=sentence)
    return None


def request(view: MessageView) -> Finding | None:
    for sentence in sentences(view.fresh):
        if _REQUEST.search(sentence):
            return Finding(f"asks something of you: {_quote(sentence)}", sentence=sentence)
    return None


REPLY_RULES: tuple[Rule, ...] = (distress, says_no_reply_needed, direct_question, request)
