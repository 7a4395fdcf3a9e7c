"""Which language the client wrote in. The rules read English, Spanish, French, German and
Portuguese (phrasebook.py); a message in another language is the coach's to read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


# Languages a coach's clients commonly write in; restricting the model keeps short English
# notes from being taken for something exotic.
CANDIDATES = [
    "en",
    "es",
    "de",
    "fr",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "no",
    "pl",
    "cs",
    "ja",
    "zh",
    "ko",
    "ru",
    "tr",
    "ar",
    "hi",
]
NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "pl": "Polish",
    "cs": "Czech",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "ru": "Russian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
}
# The languages whose phrases the rules know (service/classify/phrasebook.py).
UNDERSTOOD = frozenset({"en", "es", "fr", "de", "pt"})
MIN_WORDS = 4
MIN_CONFIDENCE = 0.8  # on the development set no English message is taken for another language


# Everyday English words that are not also everyday words of the other candidates (so not "a",
# "in", "is", "was", "so", "to", "on", "me", "for", "at", "i", "do", "of", "will", "also", "had",
# "has", "just", "week", "glad", "want", "still", "last", "see", "over", "even", "session").
ENGLISH_WORDS = frozenset(
    """the and you that it this with have are not but my your what would there about been from
    they know really think it's i'm don't can't didn't we our be when how some which because
    going get got very much could should were did feel felt thanks thank again being things
    something everything anything hope hoping sorry tomorrow today yesterday morning evening
    though then than them their these those where who why doing done make made said next after
    before into through while any every other only well good great better new first work job
    family call""".split()  # noqa: SIM905 - a word list reads better as text
)
# Punctuation and digits become spaces, the typographic apostrophe a plain one: then str.split()
# gives the words, all in C.
_TO_WORDS = str.maketrans(
    {c: " " for c in '!"#$%&()*+,-./0123456789:;<=>?@[\\]^_`{|}~\u201c\u201d\u2014\u2013'}
    | {"\u2019": "'"}
)
# The same for ASCII text as bytes; bytes.split() knows fewer spaces than str.split() (not the
# separators \x1c-\x1f), so those become spaces too.
_ASCII_TO_WORDS = bytes.maketrans(
    bytes(c for c in range(128) if c in _TO_WORDS or 0x1C <= c <= 0x1F),
    b" " * sum(1 for c in range(128) if c in _TO_WORDS or 0x1C <= c <= 0x1F),
)
_ENGLISH_BYTES = frozenset(w.encode() for w in ENGLISH_WORDS)
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")  # a letter of another script
PLAINLY_ENGLISH = (
    0.12  # English notes: 12-50 % of their words are these; other languages: under 4 %
)


def plainly_english(text: str) -> bool:
    """True when everyday English words make up much of `text`: told in microseconds, without the
    language model (which costs about 100 MB of memory, loaded only when this is not enough)."""
    head = text[:4000]
    if head.isascii():  # the same words, read as bytes: several times faster
        words: list[str] | list[bytes] = head.encode().lower().translate(_ASCII_TO_WORDS).split()
        known: frozenset[str] | frozenset[bytes] = _ENGLISH_BYTES
    elif _NOT_LATIN.search(text):
        return False  # Cyrillic, Greek, Arabic, CJK…: the model decides
    else:
        words, known = head.lower().translate(_TO_WORDS).split(), ENGLISH_WORDS
    english = sum(map(known.__contains__, words))
    return bool(words) and english >= PLAINLY_ENGLISH * len(words)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The language model, loaded the first time a message needs it (it brings numpy: a sixth of
    a second, which a poll of plainly English mail never spends)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def language_of(text: str) -> str:
    """The language code of `text` ("en", "es", "fr", "de", "pt" or another candidate's). Text too
    short to tell, plainly English, or that the model is not confident about counts as "en", as
    it always has: then the rules read it."""
    if len(text.split(maxsplit=MIN_WORDS)) < MIN_WORDS or plainly_english(text):  # too short
        return "en"
    language, confidence = _identifier().classify(text)
    return str(language) if confidence >= MIN_CONFIDENCE else "en"


def foreign_language(text: str) -> str | None:
    """The name of the language when `text` is confidently in one the rules do not understand
    (not English, Spanish, French, German or Portuguese); None otherwise."""
    language = language_of(text)
    return None if language in UNDERSTOOD else NAMES.get(language, language)
