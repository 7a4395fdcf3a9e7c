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
from functools import cache

from service.classify.distress_concepts import CONCEPT_SIGNS
from service.classify.distress_signs import SIGNS
from service.classify.quick import quick_form


@dataclass(frozen=True)
class Sign:
    sentence: str  # the client's sentence that shows it, exactly as given
    sign: str  # the warning sign in plain words for the coach, e.g. "talks of being a burden"


def _fold_table() -> dict[int, str]:
    """Accents folded (ä is a, ç is c, ß is ss), apostrophes straight, other punctuation a space."""
    table: dict[int, str] = {}
    for code in range(0xA0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        if base.isalpha() and base != char:
            table[code] = base.lower()
        elif not char.isalpha():
            table[code] = " "
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe", ord("ø"): "o", ord("ł"): "l"})
    table.update(dict.fromkeys(range(0x300, 0x370), ""))  # combining marks
    table.update(dict.fromkeys(range(0x2000, 0x2070), " "))  # dashes, quotes, ellipsis, spaces
    table.update(dict.fromkeys(map(ord, "’‘ʼ´`′"), "'"))
    return table


_FOLD = _fold_table()
# ASCII punctuation (but the apostrophe and the line end) becomes a space, byte by byte.
_ASCII_PUNCTUATION = bytes(
    b if chr(b).isalnum() or chr(b) in "'\n_" or b >= 0x80 else 0x20 for b in range(256)
)
# The listed phrasings first, then the joined concepts (each first looked for by its anchor).
# Each sign's own pattern is compiled the first time its quick form finds something (`_full`).
_PATTERNS = tuple((label, quick_form(pattern), pattern) for label, pattern in SIGNS) + tuple(
    (label, quick_form(anchor), pattern) for label, pattern, anchor in CONCEPT_SIGNS
)
# Two first looks (one RE2 program for both would outgrow RE2's memory for its DFA).
_QUICKS = (
    quick_form("|".join(f"(?:{pattern})" for _, pattern in SIGNS)),
    quick_form("|".join(f"(?:{anchor})" for _, _, anchor in CONCEPT_SIGNS)),
)


@cache
def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _next_hit(data: bytes, position: int) -> int | None:
    """Where the first line from `position` on that may show a sign starts, or None."""
    hits = [hit.start() for quick in _QUICKS if (hit := quick.search(data, position)) is not None]
    return min(hits) if hits else None


# "This file is going to kill me", "ce dossier a failli me tuer": a thing, not a person, does
# the killing, and the sentence names it. ("He is going to kill me" stays a sign.)
_THING = (
    r"file|project|deadline|report|spreadsheet|commute|week|job|work|meeting|client|inbox|"
    r"dossier|projet|boulot|travail|semaine|trajet|rapport|chantier|reunion|tableur|"
    r"proyecto|trabajo|semana|informe|reunion|expediente|projekt|arbeit|woche|bericht|"
    r"besprechung|akte|projeto|trabalho|relatorio|reuniao|processo"
)
_WORK_IS_KILLING_ME = re.compile(
    rf"\b(?:{_THING})\b(?: \w+(?:'\w*)?){{0,5}} (?:is |are |was |will |va |vont |a |ont |me va a |"
    r"bringt |wird |vai |esta |ta |tava )?(?:(?:going to|gonna|finir par|bien failli|failli|acabar|"
    r"mich noch|me) )*(?:kill(?:ing)? me|me tuer|matarme|matando|me mata|me matar|mich (?:noch )?um|"
    r"umbringen)\b"
)


def normalised(text: str) -> bytes:
    """`text` as the signs read it, in UTF-8: lower case, accents folded, punctuation and runs
    of spaces as one space (C-speed steps only: this runs on every message)."""
    text = text.lower()
    if not text.isascii():
        text = text.translate(_FOLD)
    data = text.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCTUATION)
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    return data


def warning_sign(sentences: Sequence[str]) -> Sign | None:
    """The first sentence (in order) showing a warning sign of distress, or None."""
    if not sentences:
        return None
    data = normalised("\n".join(s.replace("\n", " ") for s in sentences))
    hit = _next_hit(data, 0)
    if hit is None:
        return None
    lines = data.split(b"\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    while hit is not None:
        index = bisect_right(starts, hit) - 1
        line = lines[index]
        text = _WORK_IS_KILLING_ME.sub(" ", line.decode("utf-8", "surrogatepass"))
        for label, quick, pattern in _PATTERNS:
            if quick.search(line) and _full(pattern).search(text):
                return Sign(sentences[index], label)
        if index + 1 >= len(starts):
            return None
        hit = _next_hit(data, starts[index + 1])
    return None
