"""The classifier's rules. Each takes a `MessageView` and returns a `Finding` (with its reason) or None.

Ignore rules run first: a message any of them flags is `ignored` (auto-replies, delivery
reports, calendar responses). Then the reply rules, in `classifier.py`'s order: distress (always
reply-needed, urgent), "no need to reply", a language the rules cannot read, then questions and
requests. Every finding quotes the sentence that decided it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from service.classify.language import foreign_language
from service.classify.quick import QuickPattern, quick_form
from service.classify.text import sentences
from service.records import ParsedMessage


@dataclass(frozen=True)
class MessageView:
    """A parsed message plus the text the client wrote now (quotes and signature removed)."""

    message: ParsedMessage
    fresh: str

    def header(self, name: str) -> str:
        return self.message.headers.get(name.lower(), "").strip()

    @cached_property
    def sentences(self) -> list[str]:
        return sentences(self.fresh)

    @cached_property
    def _lowered(self) -> tuple[bytes, list[int]]:
        """The sentences a line each, lower case as re.IGNORECASE sees them (dotless i, dotted I
        and long s too), in UTF-8 (what RE2 reads: a str costs it a conversion each search),
        and where each sentence starts in that text."""
        text = "\n".join(self.sentences).lower()
        text = text.replace("\u0131", "i").replace("i\u0307", "i").replace("\u017f", "s")
        data = text.encode("utf-8", "surrogatepass")
        return data, [0, *(m.end() for m in _NEWLINE.finditer(data))]

    def first_sentence(self, pattern: SentencePattern) -> tuple[str, re.Match[str]] | None:
        """The first sentence that `pattern` matches, and the match. Sentences that the pattern's
        quick form passes over cannot match and are not searched one by one (several times
        faster than one case-blind search per sentence)."""
        data, starts = self._lowered
        position = 0
        while (hit := pattern.quick.search(data, position)) is not None:
            index = bisect_right(starts, hit.start()) - 1
            found = pattern.search(self.sentences[index])
            if found:
                return self.sentences[index], found
            if index + 1 >= len(starts):
                break
            position = starts[index + 1]
        return None


_NEWLINE = re.compile(b"\n")


@dataclass(frozen=True)
class Finding:
    reason: str
    urgent: bool = False
    settles_as_fyi: bool = False  # "no need to reply": overrides the reply rules (not distress)
    sentence: str = ""  # the sentence that decided it, so two rules never quote the same one twice
    rule: str = ""  # which rule, for corrections that teach
    phrase: str = ""  # the words that triggered it, lower-cased, for corrections that teach


Rule = Callable[[MessageView], Finding | None]


def quote(sentence: str, limit: int = 160) -> str:
    s = " ".join(sentence.split())
    return f"“{s if len(s) <= limit else s[: limit - 1] + '…'}”"


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class SentencePattern:
    """A pattern searched in each sentence (`each`, case-insensitive), and its quick form, which
    searches all the sentences at once, lower-cased and a line each (`quick`, see quick.py)."""

    each: re.Pattern[str]
    quick: QuickPattern

    def search(self, sentence: str) -> re.Match[str] | None:
        return self.each.search(sentence)


def _s(pattern: str) -> SentencePattern:
    if pattern != pattern.lower():
        raise ValueError(f"sentence patterns are written in lower case: {pattern!r}")
    return SentencePattern(re.compile(pattern, re.IGNORECASE), quick_form(pattern))


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


_AUTO_SUBJECT = _i(
    r"^(automatic reply|auto[- ]?reply|out of (the )?office|autoreply|abwesenheitsnotiz|"
    r"respuesta autom[aá]tica|r[ée]ponse automatique|undeliverable|undelivered mail|"
    r"delivery status notification|mail delivery failed|returned mail|read:)"
)


def autoreply_subject(view: MessageView) -> Finding | None:
    subject = view.message.subject
    if _AUTO_SUBJECT.match(subject):
        return Finding(f"an automatic reply, read receipt or bounce (subject “{subject[:80]}”)")
    return None


def report_content(view: MessageView) -> Finding | None:
    if view.message.content_type == "multipart/report":
        return Finding("a delivery or read report (multipart/report)")
    return None


_CALENDAR_SUBJECT = _i(
    r"^(accepted|declined|tentative|tentatively accepted|updated invitation)\s*:"
)


def calendar_response(view: MessageView) -> Finding | None:
    subject = view.message.subject
    content_type = view.header("Content-Type").lower()
    if _CALENDAR_SUBJECT.match(subject) or (
        "text/calendar" in content_type and "method=reply" in content_type
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


# --- distress: always reply-needed, urgent -------------------------------------------------------

_DISTRESS = _s(
    r"\b(kill(ing)? myself|end(ing)? (it all|my life|things)|hurt(ing)? myself|self[- ]harm\w*|"
    r"suicid\w*|don'?t see the point|can'?t go on|no reason to live|want to die|"
    r"don'?t want to (be here|live|be alive|wake up)|better off without me|"
    r"(don'?t|do not) feel safe|not safe (alone|at home|being alone)|scared of what i might do|"
    r"in crisis|crisis line|overdos\w*|(a|such a|very) dark place|i'?m not ok(ay)?(?=[.!]|$))"
)


def distress(view: MessageView) -> Finding | None:
    first = view.first_sentence(_DISTRESS)
    if first is None:
        return None
    sentence = first[0]
    return Finding(
        f"may be in distress: {quote(sentence)}", urgent=True, sentence=sentence, rule="distress"
    )


# --- "no need to reply" -------------------------------------------------------------------------

_NO_REPLY = _s(
    r"\b(no need to (reply|respond|answer|write back)|don'?t (need to )?(reply|respond|write back)|"
    r"no reply needed|you don'?t have to (reply|respond|answer))\b"
)


def says_no_reply_needed(view: MessageView) -> Finding | None:
    first = view.first_sentence(_NO_REPLY)
    if first is None:
        return None
    sentence = first[0]
    return Finding(
        f"says no reply is needed: {quote(sentence)}",
        settles_as_fyi=True,
        sentence=sentence,
        rule="no_reply",
    )


# --- a language the rules cannot read -------------------------------------------------------------


def unreadable_language(view: MessageView) -> Finding | None:
    language = foreign_language(view.fresh)
    if language:
        return Finding(
            f"written in {language}, which Doorstep's rules do not understand: please read it yourself",
            rule="language",
        )
    return None


# --- questions ----------------------------------------------------------------------------------

_RHETORICAL = _i(
    r"^(who knew|isn'?t (that|it|this) |can you (believe|imagine)|guess what|how (cool|amazing|great|"
    r"crazy|wild|funny) is that|why did(n'?t)? nobody|who would have (thought|guessed)|what are the odds|"
    r"wouldn'?t you know|how about that|what a )|, right\?$|\bisn'?t (it|that)\?$"
)
_SELF_ANSWER = _i(
    r"\b(never ?mind|found it|the answer is|i (have |'ve )?(decided|figured|realised|realized|worked it out)|"
    r"turns out|answered my own)\b"
)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip("\"')”’ ").endswith("?")


def direct_question(view: MessageView) -> Finding | None:
    """The last real question: not rhetorical, not one the client answers straight after."""
    parts = view.sentences
    if not any(_is_question(p) for p in parts):
        return None
    for index in range(len(parts) - 1, -1, -1):
        sentence = parts[index]
        if not _is_question(sentence) or _RHETORICAL.search(sentence.strip()):
            continue
        if any(_SELF_ANSWER.search(later) for later in parts[index + 1 : index + 3]):
            continue
        opening = " ".join(sentence.lower().rstrip("?").split()[:2])
        return Finding(
            f"asks a question: {quote(sentence)}",
            sentence=sentence,
            rule="question",
            phrase=opening,
        )
    return None


# --- requests, with or without a question mark ------------------------------------------------------

_DAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_REQUESTS: tuple[tuple[str, SentencePattern], ...] = (
    (
        "asks to schedule or change a session",
        _s(
            rf"\b(reschedul\w*|cancel (our|the|my|today'?s|tomorrow'?s|{_DAY}'?s) (session|call|appointment)|"
            rf"(move|push|shift|change|swap) (our|the|my|today'?s|tomorrow'?s|{_DAY}'?s) "
            rf"(session|call|appointment|time|time slot|slot|meeting)|book (\w+ )?(more |another )?sessions?|"
            r"(another|other|a different) time|(longer|extra) session|(fortnightly|monthly) sessions)\b"
        ),
    ),
    (
        "asks for material",
        _s(
            r"\b(send|share|email|forward|resend|mail)\b[^.?!]{0,40}\b(slides|worksheet|recording|link|"
            r"notes|materials?|template|exercise|handout|reading list|invoice|receipt)\b"
        ),
    ),
    (
        "about money",
        _s(
            r"\b(need|want|get)\b[^.?!]{0,20}\b(an? )?(invoice|receipt)\b|\bflexibility on the fee\b|"
            r"\bhow (should|do|can) i pay\b|\bsliding scale\b"
        ),
    ),
    ("asks you to call", _s(r"\b(call me( back)?|give me a (call|ring|buzz)|ring me|phone me)\b")),
    (
        "asks for your view",
        _s(
            r"\b(your|any) (thoughts|advice|feedback|input|perspective|opinion|take|guidance|tips)\b|"
            r"\bwhat do you (think|make of|reckon)\b|\bgrateful if you\b"
        ),
    ),
    (
        "asks to talk it through",
        _s(
            r"\b(can|could) we (talk|discuss|spend|cover|look at|go over)\b|\blet'?s (talk|discuss)\b|"
            r"\bi'?d like to (talk|discuss)\b"
        ),
    ),
    (
        "asks something of you",
        _s(
            r"\b(can|could|would|will) you\b(?! (believe|imagine))|\bplease (send|call|let|share|email|write|"
            r"tell|confirm|check|advise|help|remind|reply|get back|forward)\b|\blet me know (which|what|when|"
            r"whether|if you|how)\b|\bget back to me\b|\bwould it be possible\b|\bis there any chance\b|"
            r"\bwould you mind\b"
        ),
    ),
    (
        "wants to change the coaching",
        _s(r"\b(i'?d|i would) like to (renew|book|change|move|switch|continue|join|extend)\b"),
    ),
)


_ANY_REQUEST = _s("|".join(f"(?:{p.each.pattern})" for _, p in _REQUESTS))


def request(view: MessageView) -> Finding | None:
    """The first sentence with a request in it (by the first kind, in `_REQUESTS`' order)."""
    first = view.first_sentence(_ANY_REQUEST)
    if first is None:
        return None
    sentence = first[0]
    for label, pattern in _REQUESTS:
        found = pattern.search(sentence)
        if found:
            return Finding(
                f"{label}: {quote(sentence)}",
                sentence=sentence,
                rule="request",
                phrase=" ".join(found.group(0).lower().split()),
            )
    return None  # not reached: a sentence that matches the union matches one of its parts


REPLY_RULES: tuple[Rule, ...] = (direct_question, request)
