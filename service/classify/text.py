"""What the client wrote now: the body without quoted earlier mail, forwards or a signature.

mail-parser-reply finds the reply boundary ("On Tue, Dana wrote:", Outlook's "From: … Sent: …"
block, "-----Original Message-----", in a dozen languages) and the signature; a last pass drops
what it leaves: `>` lines and a forwarded message's header and body.
"""

from __future__ import annotations

import re
import re._constants as _constants  # type: ignore[import-not-found]  # the parse tree's names
import re._parser as _parser_module  # type: ignore[import-not-found]  # reads a pattern's anchors
from functools import lru_cache
from typing import Any, TypeAlias

from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import GENERIC_MAIL_SEPARATOR
from mailparser_reply.parser import EmailMessage

REPLY_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "cs", "ja", "ko", "zh"]
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Original Message\s*-{2,})",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(--|-- |__+|Sent from my .*|Get Outlook for .*|Sent from Mail for .*)$")
# A sentence ends after . ! or ? (and any closing quotes or brackets) before a space, or at a
# blank line. Written to start with the character it turns on, so that `re` jumps from one such
# character to the next; the punctuation is captured and given back to its sentence.
_SENTENCE_END = re.compile(r"([.!?\n])(?:(?<=[.!?])[\"')”’]*\s+|(?<=\n)\n+)")
_LONE_NEWLINE = re.compile(r"\n(?<!\n\n)(?!\n)")  # a wrapped line, not a paragraph break

# Judge at most this much of a very long message: its start and its end, where requests are.
HEAD_BUDGET = 6000
TAIL_BUDGET = 2000


Searcher: TypeAlias = "re.Pattern[str] | LineStartSearch | _Never"  # the pattern properties


class _Never:
    """A pattern that matches nothing, and says so at once (`(?!)` is tried at every position)."""

    def search(self, text: str) -> None:
        return None

    def findall(self, text: str) -> list[str]:
        return []


_NEVER = _Never()
# What the library's line-ending rule needs before it can change anything: a blank line, then a
# line of at least 32 underscores or dashes.
_OUTLOOK_RULE = re.compile(r"\n\n ?[_-]{32}")
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
    for colon in _COLONS:  # every other header form has a colon: at its line's end, or early
        at = text.find(colon)
        while at >= 0:
            if text.startswith("\n", at + 1) or at + 1 == len(text):
                return True
            start = text.rfind("\n", 0, at) + 1
            if len(text[start : at + 1].lstrip("> *")) <= 16:  # within the line's first 16
                return True
            at = text.find(colon, at + 1)
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

    text: str  # the library's attribute: the text being read

    def _normalize_text(self) -> None:
        """The library's, with its last step (a regex tried at every character) only where it
        can change something."""
        text = "\n".join([line.strip() for line in self.text.replace("\r\n", "\n").split("\n")])
        self.text = text
        if _OUTLOOK_RULE.search(text):
            super()._normalize_text()  # its first two steps again change nothing

    def _built(self, name: str) -> Searcher:
        """The library's pattern, built once per set of languages (it builds each per message)."""
        key = (name, tuple(self.languages))
        if key not in _BUILT:
            pattern = getattr(super(), name)
            if name == "SIGNATURE_REGEX":
                pattern = _quick_signature(pattern)
                if starts_at_lines(pattern):
                    pattern = LineStartSearch(pattern)
            _BUILT[key] = pattern
        return _BUILT[key]

    @property
    def HEADER_REGEX(self) -> Searcher:  # the library's name
        if not _may_hold_reply_header(self.text):
            return _NEVER
        return self._built("HEADER_REGEX")

    @property
    def DISCLAIMERS_REGEX(self) -> Searcher:  # the library's name
        if not _may_hold_disclaimer(self.text):
            return _NEVER
        return self._built("DISCLAIMERS_REGEX")

    @property
    def SIGNATURE_REGEX(self) -> Searcher:  # the library's name
        return self._built("SIGNATURE_REGEX")


_BUILT: dict[tuple[str, tuple[str, ...]], Searcher] = {}


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


class LineStartSearch:
    """`pattern.search`, for a pattern whose every match starts at a line's start or at a
    newline (see `starts_at_lines`), tried only there: the same leftmost match as `re`'s search,
    which tries every position of the text, at a third of the cost."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        match = self.pattern.match
        found = match(text, 0)
        at = text.find("\n")
        while found is None and at >= 0:
            found = match(text, at) or match(text, at + 1)
            at = text.find("\n", at + 1)
        return found


def starts_at_lines(pattern: re.Pattern[str]) -> bool:
    """True when every match of `pattern` starts at the text's start, just after a newline
    (`^`, with re.MULTILINE) or at a newline, as read from the pattern's parse tree."""
    if not pattern.flags & re.MULTILINE:
        return False
    return _anchored(list(_parser_module.parse(pattern.pattern, pattern.flags)))


def _anchored(items: list[tuple[object, Any]]) -> bool:
    for op, av in items:  # the first item that is not a lookaround decides
        if op in (_constants.ASSERT, _constants.ASSERT_NOT):
            continue
        if op is _constants.AT:
            return bool(av is _constants.AT_BEGINNING)
        if op is _constants.LITERAL:
            return bool(av == ord("\n"))
        if op is _constants.SUBPATTERN:
            return _anchored(list(av[3]))
        if op is _constants.BRANCH:
            return all(_anchored(list(branch)) for branch in av[1])
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            return bool(av[0] >= 1) and _anchored(list(av[2]))
        return False
    return False


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
    return own_lines(latest)


def own_lines(text: str) -> str:
    """`text` up to a forward or a signature marker, without `>` lines."""
    if ">" not in text and not _may_end_early(text):
        return "\n".join(text.splitlines()).strip()  # what the loop below gives such text
    lines: list[str] = []
    for line in text.splitlines():
        if _FORWARD.match(line) or _SIGNATURE.match(line.rstrip()):
            break
        if not line.lstrip().startswith(">"):
            lines.append(line)
    return "\n".join(lines).strip()


def _may_end_early(text: str) -> bool:
    """False only when no line of `text` can be a forward's start or a signature marker: each of
    them holds "--", "__", "Sent from ", "Get Outlook for " or "forwarded message"."""
    if "--" in text or "__" in text or "Sent from " in text or "Get Outlook for " in text:
        return True
    return "forwarded message" in _folded(text)


def within_budget(text: str) -> str:
    """The start and the end of an enormous text; all of a normal one."""
    if len(text) <= HEAD_BUDGET + TAIL_BUDGET:
        return text
    return text[:HEAD_BUDGET] + "\n\n" + text[-TAIL_BUDGET:]


def sentences(text: str) -> list[str]:
    """Sentences of running text, with wrapped lines joined."""
    parts = _SENTENCE_END.split(_LONE_NEWLINE.sub(" ", text))
    # [text, mark, text, mark, …, text]: a mark of . ! or ? ends the text before it
    found = []
    for index in range(0, len(parts), 2):
        mark = parts[index + 1] if index + 1 < len(parts) else ""
        sentence = (parts[index] + mark if mark != "\n" else parts[index]).strip()
        if sentence:
            found.append(sentence)
    return found


def excerpt(text: str, limit: int = 280) -> str:
    """A short single-paragraph excerpt, cut at a word boundary."""
    # The flattened start of the text is the start of the flattened text, so a long text is
    # flattened only as far as the excerpt can reach.
    flat = " ".join(text[: 2 * limit + 2].split())
    if len(flat) <= limit:
        flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"
