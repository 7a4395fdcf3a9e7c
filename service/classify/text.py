"""What the client wrote now: the body without quoted earlier mail, forwards or a signature.

mail-parser-reply finds the reply boundary ("On Tue, Dana wrote:", Outlook's "From: … Sent: …"
block, "-----Original Message-----", in a dozen languages) and the signature; a last pass drops
what it leaves: `>` lines and a forwarded message's header and body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import GENERIC_MAIL_SEPARATOR
from mailparser_reply.parser import EmailMessage

REPLY_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "cs", "ja", "ko", "zh"]
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Original Message\s*-{2,})",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(--|-- |__+|Sent from my .*|Get Outlook for .*|Sent from Mail for .*)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')”’]*\s+|\n{2,}")

# Judge at most this much of a very long message: its start and its end, where requests are.
HEAD_BUDGET = 6000
TAIL_BUDGET = 2000


_NEVER = re.compile(r"(?!)")  # a pattern that matches nothing
_COLONS = (":", "\uff1a")  # ASCII and full-width (Chinese, Japanese)
_SEPARATOR = re.compile(GENERIC_MAIL_SEPARATOR, re.MULTILINE | re.IGNORECASE)


def _folded(text: str) -> str:
    """Lower case as the library's IGNORECASE patterns see it (dotless and dotted i are i, long s is s)."""
    return text.lower().replace("\u0131", "i").replace("i\u0307", "i").replace("\u017f", "s")


def _may_hold_reply_header(text: str) -> bool:
    """False only when no reply header of mail-parser-reply's can be in `text` (its lines already
    stripped): every "On … wrote:" form of its languages ends its line with a colon, every Outlook
    "From: … Sent: …" line has one right after a keyword of at most 12 letters, and the one other
    separator is "-----Original Message-----"."""
    if _SEPARATOR.search(text):
        return True
    if not any(c in text for c in _COLONS):
        return False  # every other header form has a colon
    for line in text.split("\n"):
        if line.endswith(_COLONS) or any(c in line.lstrip("> *")[:16] for c in _COLONS):
            return True
    return False


def _may_hold_disclaimer(text: str) -> bool:
    """False only when mail-parser-reply's disclaimer pattern cannot match: each of its phrases
    ends with a colon or is "Disclaimer", and each must be followed by the word "mail"."""
    lower = _folded(text)
    return "mail" in lower and (any(c in text for c in _COLONS) or "disclaimer" in lower)


class _QuickMessage(EmailMessage):  # type: ignore[misc]
    """mail-parser-reply's message, minus its two costly scans (about 2 ms each on a page of
    text) where a cheap look shows they cannot match: most client mail quotes nothing. The result
    is the library's own; tests/test_fresh_text.py checks that on every message we have."""

    def _built(self, name: str) -> re.Pattern[str]:
        """The library's pattern, built once per set of languages (it builds each per message)."""
        key = (name, tuple(self.languages))
        if key not in _BUILT:
            pattern = getattr(super(), name)
            _BUILT[key] = _quick_signature(pattern) if name == "SIGNATURE_REGEX" else pattern
        return _BUILT[key]

    @property
    def HEADER_REGEX(self) -> re.Pattern[str]:  # the library's name
        if not _may_hold_reply_header(self.text):
            return _NEVER
        return self._built("HEADER_REGEX")

    @property
    def DISCLAIMERS_REGEX(self) -> re.Pattern[str]:  # the library's name
        if not _may_hold_disclaimer(self.text):
            return _NEVER
        return self._built("DISCLAIMERS_REGEX")

    @property
    def SIGNATURE_REGEX(self) -> re.Pattern[str]:  # the library's name
        return self._built("SIGNATURE_REGEX")


_BUILT: dict[tuple[str, tuple[str, ...]], re.Pattern[str]] = {}


def _quick_signature(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""The library's signature pattern with its tail, `(.|\s)*` ("and the rest of the text"),
    written `[\s\S]*`: the same match, read in one step instead of one alternation a character;
    the same signature, several times faster."""
    tail = r"(.|\s)*)"
    if not pattern.pattern.endswith(tail):
        return pattern
    # A leading `\s*` before `^` only widens the match by the blank space before the signature's
    # first line, which the library strips off again: without it, only line starts are tried.
    quick = pattern.pattern[: -len(tail)].replace(r"\s*^", "^") + r"[\s\S]*)"
    return re.compile(quick, pattern.flags)


class _QuickParser(EmailReplyParser):  # type: ignore[misc]
    def read(self, text: str) -> EmailMessage:
        return _QuickMessage(text=text, languages=list(self.languages)).read()


@lru_cache(maxsize=1)
def _parser() -> EmailReplyParser:
    return _QuickParser(languages=REPLY_LANGUAGES)


@lru_cache(maxsize=16)
def fresh_text(body: str) -> str:
    """The part of `body` that the client wrote in this message. (A poll works it out once per
    message and carries it; the small cache serves the other callers. A large one held hundreds
    of bodies of up to 200,000 characters: tens of MB.)"""
    if not body.strip():
        return ""
    try:
        replies = _parser().read(text=body).replies
        # The library's quote boundary is kept; its signature guess is not (it takes a list of
        # "- item" lines for one), so the signature is cut below by the conventional markers only.
        latest = (
            "\n".join(p for p in (replies[0].body, replies[0].signatures) if p) if replies else body
        )
    except Exception:  # noqa: BLE001 - a third-party parser on hostile text: fall back to the body
        latest = body
    lines: list[str] = []
    for line in latest.splitlines():
        if _FORWARD.match(line) or _SIGNATURE.match(line.rstrip()):
            break
        if not line.lstrip().startswith(">"):
            lines.append(line)
    return "\n".join(lines).strip()


def within_budget(text: str) -> str:
    """The start and the end of an enormous text; all of a normal one."""
    if len(text) <= HEAD_BUDGET + TAIL_BUDGET:
        return text
    return text[:HEAD_BUDGET] + "\n\n" + text[-TAIL_BUDGET:]


def sentences(text: str) -> list[str]:
    """Sentences of running text, with wrapped lines joined."""
    flat = re.sub(r"(?<!\n)\n(?!\n)", " ", text)
    return [s.strip() for s in _SENTENCE_END.split(flat) if s and s.strip()]


def excerpt(text: str, limit: int = 280) -> str:
    """A short single-paragraph excerpt, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"
