"""What the rules see of a message: its headers, the client's fresh text, and that text's
sentences as `reading.read` gives them, each with its role; and the patterns the rules search
sentences with (case-blind, with a quick RE2 form that finds candidates fast)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from service.classify.quick import QuickPattern, quick_form
from service.classify.reading import Role, Sentence, read
from service.records import ParsedMessage


@dataclass(frozen=True)
class MessageView:
    """A parsed message plus the text the client wrote now (quotes and signature removed)."""

    message: ParsedMessage
    fresh: str

    def header(self, name: str) -> str:
        return self.message.headers.get(name.lower(), "").strip()

    @cached_property
    def reading(self) -> tuple[Sentence, ...]:
        return read(self.fresh)

    @cached_property
    def sentences(self) -> list[str]:
        """The client's own sentences to the coach: what questions and requests are read in."""
        return [s.text for s in self.reading if s.role is Role.OWN]

    @cached_property
    def spoken(self) -> list[str]:
        """Every sentence the client wrote (reported questions and poems too, not signatures
        or footers): what distress is read in."""
        return [s.text for s in self.reading if s.role in (Role.OWN, Role.REPORTED, Role.POEM)]

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
        """The first sentence that `pattern` matches, and the match."""
        return next(self.each_sentence(pattern), None)

    def each_sentence(self, pattern: SentencePattern) -> Iterator[tuple[str, re.Match[str]]]:
        """The sentences that `pattern` matches, in order, with the match. Sentences that the
        pattern's quick form passes over cannot match and are not searched one by one (several
        times faster than one case-blind search per sentence)."""
        data, starts = self._lowered
        position = 0
        while (hit := pattern.quick.search(data, position)) is not None:
            index = bisect_right(starts, hit.start()) - 1
            found = pattern.search(self.sentences[index])
            if found:
                yield self.sentences[index], found
            if index + 1 >= len(starts):
                break
            position = starts[index + 1]


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


@dataclass(frozen=True)
class SentencePattern:
    """A pattern searched in each sentence (`each`, case-insensitive), and its quick form, which
    searches all the sentences at once, lower-cased and a line each (`quick`, see quick.py).
    `each` is compiled the first time it is needed: the quick form most often says there is
    nothing to look for, and compiling all of them at start-up cost a third of a second."""

    source: str
    quick: QuickPattern

    @cached_property
    def each(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    def search(self, sentence: str) -> re.Match[str] | None:
        return self.each.search(sentence)


def sentence_pattern(pattern: str) -> SentencePattern:
    if pattern != pattern.lower():
        raise ValueError(f"sentence patterns are written in lower case: {pattern!r}")
    return SentencePattern(pattern, quick_form(pattern))
