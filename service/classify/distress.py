"""Warning signs of distress in a client's sentences: the first sentence showing one, and which.

Pure and fast: the sentences are lower-cased, accents folded and punctuation made spaces once,
all together; one RE2 search (each sign's quick form, quick.py) passes over the ordinary ones,
and only a sentence it flags is searched by the signs themselves, in distress_signs.py's order.
A joke or a played-down tone never cancels a sign: "lol", "jk" and "not a big deal" are not read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from service.classify.distress_signs import SIGNS
from service.classify.quick import quick_form


@dataclass(frozen=True)
class Sign:
    sentence: str  # the client's sentence that shows it, exactly as given
    sign: str  # the warning sign in plain words for the coach, e.g. "talks of being a burden"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(
            c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c)
        )
        if base != chr(code):
            table[code] = base.lower()
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe", ord("ø"): "o", ord("ł"): "l"})
    table.update(dict.fromkeys(map(ord, "’‘ʼ´`′"), "'"))
    table.update({code: "" for code in range(0x300, 0x370)})  # combining marks
    return table


_FOLD = _fold_table()
# Punctuation becomes one space; a run of it (", " or "  ") one space too. Apostrophes stay.
_NOISE = re.compile(r"[^\w'\n]{2,}|[^\w'\n ]|\b(?:u+h+m*|u+m{2,}|e+r+m+|h+m{2,})\b")
_PATTERNS = tuple((label, re.compile(pattern)) for label, pattern in SIGNS)
_QUICK = quick_form("|".join(f"(?:{pattern})" for _, pattern in SIGNS))


def normalised(text: str) -> str:
    """`text` as the signs read it: lower case, accents folded, punctuation as single spaces."""
    text = text.lower()
    if not text.isascii():
        text = text.translate(_FOLD)
    return _NOISE.sub(" ", text)


def warning_sign(sentences: Sequence[str]) -> Sign | None:
    """The first sentence (in order) showing a warning sign of distress, or None."""
    if not sentences:
        return None
    text = normalised("\n".join(s.replace("\n", " ") for s in sentences))
    data = text.encode("utf-8", "surrogatepass")
    hit = _QUICK.search(data)
    if hit is None:
        return None
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.encode("utf-8", "surrogatepass")) + 1)
    while hit is not None:
        index = bisect_right(starts, hit.start()) - 1
        for label, pattern in _PATTERNS:
            if pattern.search(lines[index]):
                return Sign(sentences[index], label)
        if index + 1 >= len(starts):
            return None
        hit = _QUICK.search(data, starts[index + 1])
    return None
