"""The quick English check never contradicts the language model, and spares loading it; Spanish,
French, German and Portuguese are read by the rules, other languages are the coach's to read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from service.classify import language
from service.classify.text import fresh_text
from service.ingest.parse import parse_message
from service.records import ParsedMessage
from tests.test_corpus import corpus_files

DEVSET = Path(__file__).parent / "devset"


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Hi Robin, I got the job! Thank you for all your help these last weeks.", True),
        ("Hola Robin, conseguí el trabajo. Gracias por toda tu ayuda.", False),
        ("Hallo Robin, ich habe die Stelle. Das war so eine gute Woche, also danke.", False),
        ("Hoi Robin, ik heb de baan! Het was een goede week, want ik had veel geluk.", False),
        ("This line is in English\nА эта линия по-русски.", False),
        ("Thanks for today 🎉 see you next time", True),
    ],
)
def test_plainly_english(text: str, english: bool) -> None:
    assert language.plainly_english(text) is english


def test_quick_check_never_says_english_where_the_model_says_otherwise() -> None:
    texts = []
    for path in [*sorted(DEVSET.rglob("*.eml")), *corpus_files()]:
        parsed = parse_message(path.read_bytes())
        if isinstance(parsed, ParsedMessage):
            text = fresh_text(parsed.body_text)
            if len(text.split()) >= language.MIN_WORDS:
                texts.append(text)
    quick = [t for t in texts if language.plainly_english(t)]
    assert len(quick) > len(texts) / 2  # most of it is plainly English
    model = language._identifier()
    for text in quick:
        found, confidence = model.classify(text)
        assert found == "en" or confidence < language.MIN_CONFIDENCE, text[:200]
    assert any(language.foreign_language(t) for t in texts)  # and the model still has its say


def test_plain_english_does_not_load_the_model() -> None:
    language._identifier.cache_clear()
    assert language.foreign_language("Hi Robin, the week went well and I kept the journal.") is None
    assert language._identifier.cache_info().currsize == 0
    assert language.language_of("Hola Robin, la semana fue muy buena y escribí el diario.") == "es"
    assert language._identifier.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Robin, the week went well and I kept the journal.", "en"),
        ("Hola Robin, la semana fue muy buena y escribí el diario todos los días.", "es"),
        ("Bonjour Robin, la semaine s'est très bien passée et j'ai tenu mon journal.", "fr"),
        ("Hallo Robin, die Woche lief sehr gut und ich habe jeden Tag Tagebuch geschrieben.", "de"),
        ("Oi Robin, a semana foi muito boa e eu escrevi no diário todos os dias.", "pt"),
        ("Ciao Robin, la settimana è andata molto bene e ho scritto il diario ogni giorno.", "it"),
        ("Hoi Robin, de week ging heel goed en ik heb elke dag in mijn dagboek geschreven.", "nl"),
        ("Llámame mañana", "en"),  # too short to tell: the rules read it, in every language
    ],
)
def test_language_of(text: str, code: str) -> None:
    assert language.language_of(text) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hola Robin, la semana fue muy buena y escribí el diario todos los días.", None),
        ("Bonjour Robin, la semaine s'est très bien passée et j'ai tenu mon journal.", None),
        ("Hallo Robin, die Woche lief sehr gut und ich habe jeden Tag Tagebuch geschrieben.", None),
        ("Oi Robin, a semana foi muito boa e eu escrevi no diário todos os dias.", None),
        (
            "Ciao Robin, la settimana è andata molto bene e ho scritto il diario ogni giorno.",
            "Italian",
        ),
        (
            "Hoi Robin, de week ging heel goed en ik heb elke dag in mijn dagboek geschreven.",
            "Dutch",
        ),
        ("Привет, Робин, неделя прошла очень хорошо, и я каждый день вёл дневник.", "Russian"),
        ("Cześć Robin, tydzień minął bardzo dobrze i codziennie pisałem dziennik.", "Polish"),
    ],
)
def test_only_languages_the_rules_do_not_read_are_foreign(text: str, name: str | None) -> None:
    assert language.foreign_language(text) == name


def _counted_as_text(text: str) -> bool:
    """`plainly_english` as first written, on str alone (ASCII text is now read as bytes)."""
    if language._NOT_LATIN.search(text):
        return False
    words = text[:4000].lower().translate(language._TO_WORDS).split()
    english = sum(map(language.ENGLISH_WORDS.__contains__, words))
    return bool(words) and english >= language.PLAINLY_ENGLISH * len(words)


def test_ascii_text_read_as_bytes_counts_the_same_words() -> None:
    rng = random.Random(1)  # noqa: S311 - repeatable test input
    pool = [*sorted(language.ENGLISH_WORDS)[:30], "Zorro", "HELLO", "The", "it's", "I'M", "x"]
    pool += ["\x1c", "\x1f", "\x0b", "\t", "-", "5", "'", ".", "\x85", "“quoted”", "café"]
    for _ in range(30_000):
        body = " ".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        body = body.replace(" ", rng.choice([" ", "", "\x1c", "\n"]), rng.randint(0, 3))
        assert language.plainly_english(body) == _counted_as_text(body), repr(body)
