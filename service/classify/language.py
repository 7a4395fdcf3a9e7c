"""Which language the client wrote in, so Doorstep knows when its English rules cannot judge."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

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
MIN_WORDS = 4
MIN_CONFIDENCE = 0.8  # on the development set no English message is taken for another language


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def foreign_language(text: str) -> str | None:
    """The name of the language when `text` is confidently not English; None otherwise."""
    if len(text.split()) < MIN_WORDS:
        return None
    language, confidence = _identifier().classify(text)
    if language != "en" and confidence >= MIN_CONFIDENCE:
        return NAMES.get(str(language), str(language))
    return None
