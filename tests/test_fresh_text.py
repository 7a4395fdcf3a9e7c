"""The quick path of `fresh_text` gives exactly what mail-parser-reply alone gives.

Doorstep skips the library's two slow scans (reply headers, disclaimers) when a cheap look shows
they cannot match, and searches for a signature at line starts only. These tests compare both on every body we have: hand-written edge cases in the
library's languages, the development set, and the malformed corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from mailparser_reply import EmailReplyParser
from mailparser_reply.parser import EmailMessage

from service.classify import text
from service.ingest.parse import parse_message
from service.records import ParsedMessage
from tests.test_corpus import corpus_files

DEVSET = Path(__file__).parent / "devset"

CASES = [
    "Hi Robin,\nI got the job!\nJane",
    "Thanks.\n\nOn Tue, 17 Nov 2026 at 10:00, Robin Avery <robin@example.org> wrote:\n> How was it?",
    "Danke!\n\nAm 17.11.2026 um 10:00 schrieb Robin Avery <robin@example.org>:\n> Wie geht's?",
    "Merci\n\nLe mar. 17 nov. 2026 à 10:00, Robin a écrit :\n> Ça va ?",
    "Gracias\n\nEl mar, 17 nov 2026 a las 10:00, Robin  escribió:\n> ¿Qué tal?",
    "Ok\n\n-----Original Message-----\nFrom: Robin\nSent: Tuesday\nTo: Jane\nSubject: Hi\n\nHow was it?",
    "Ok\n\n-----ORIGINAL MEſſAGE-----\nhello",
    "Ok\n\n________________________________\nFrom: Robin Avery\nSent: Tuesday, 17 November\nTo: Jane\nSubject: Hi",
    "Ok\n\n> > *From:* Robin\n> > *Sent:* Tuesday\n> > old text",
    "了解しました。\n\n2026年11月17日(火) 10:00 Robin <robin@example.org>:\n> お元気ですか",
    "好的\n\n2026年11月17日 Robin 写道：\n> 你好",
    "네\n\n보낸 사람: Robin\n보낸 날짜: 화요일\n이전 내용",
    "Thanks!\nBest,\nJane\n--\nJane Doe | Coach\nDisclaimer this e-mail is confidential",
    "Thanks!\nCAUTION: This email originated outside the organisation. maıl",
    "See you at 10:30 on Friday.\nUpdate: the worksheet helped.\nOn my way",
    "- one\n- two\n- three\nThat is my list",
    "Ok\n\n --------------------------------\nFrom: Robin\nSent: Tuesday\nold",
    "Ok\n\n\n_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-\nolder text",
    "Signed\n\n-- \nJane\n> quoted after the signature",
    "",
    "   \n\n  ",
]


def _library_only(body: str) -> str:
    """`fresh_text` as it would be with the plain library parser."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text, "_parser", lambda: EmailReplyParser(languages=text.REPLY_LANGUAGES))
        text.fresh_text.cache_clear()
        try:
            return text.fresh_text(body)
        finally:
            text.fresh_text.cache_clear()


def _quick(body: str) -> str:
    text.fresh_text.cache_clear()
    return text.fresh_text(body)


def _bodies(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        parsed = parse_message(path.read_bytes())
        if isinstance(parsed, ParsedMessage) and parsed.body_text.strip():
            found.append(parsed.body_text)
    return found


@pytest.mark.parametrize("body", CASES)
def test_quick_path_matches_the_library_on_edge_cases(body: str) -> None:
    assert _quick(body) == _library_only(body)


def test_the_quick_path_is_taken_for_plain_notes_and_not_for_quotes() -> None:
    assert not text._may_hold_reply_header("Hi Robin,\nI got the job!\nJane")
    assert text._may_hold_reply_header("On Tue, Robin wrote:")
    assert text._may_hold_reply_header("> > **Von:** Robin")
    assert not text._may_hold_disclaimer("no colon and no such word here")
    assert text._may_hold_disclaimer("Disclaimer for this maıl")


def test_quick_path_matches_the_library_on_the_development_set() -> None:
    bodies = _bodies(sorted(DEVSET.rglob("*.eml")))
    assert len(bodies) > 100
    quoted = 0
    for body in bodies:
        assert _quick(body) == _library_only(body), body[:200]
        quoted += text._may_hold_reply_header(body)
    assert 0 < quoted < len(bodies)  # both paths are exercised


def test_quick_path_matches_the_library_on_the_malformed_corpus() -> None:
    bodies = _bodies(corpus_files())
    assert len(bodies) > 250
    for body in bodies:
        body = body[:20_000]  # the library's scans are slow on the corpus's giant bodies
        assert _quick(body) == _library_only(body), body[:200]


def _signature_pattern() -> re.Pattern[str]:
    library = EmailMessage(text="", languages=text.REPLY_LANGUAGES)
    return text._quick_signature(library.SIGNATURE_REGEX)


def test_the_signature_search_tries_line_starts_only_and_finds_what_re_finds() -> None:
    pattern = _signature_pattern()
    assert text.starts_at_lines(pattern)
    quick = text.LineStartSearch(pattern)
    rng = random.Random(2)  # noqa: S311 - repeatable test input
    pieces = [
        "Best regards",
        "Thanks,",
        "-- ",
        "--",
        "__",
        "- x",
        "Sent from my iPhone",
        "> ",
        "> > ",
        "hello",
        "Take care",
        "\n",
        "\n\n",
        "_" * 33,
        "-" * 40,
        " ",
        "Grüße",
        "/x",
        "Mvh",
        "谢谢，",
    ]
    for _ in range(20_000):
        body = "".join(
            rng.choice(pieces) + rng.choice(["", "\n", " "]) for _ in range(rng.randint(0, 9))
        )
        expected, found = pattern.search(body), quick.search(body)
        assert (found and (found.span(), found.group())) == (
            expected and (expected.span(), expected.group())
        ), body


@pytest.mark.parametrize(
    ("source", "flags", "anchored"),
    [
        (r"(^a|\n\nb|(?<!\A)^c)[\s\S]*", re.MULTILINE, True),
        (r"^a", 0, False),  # without MULTILINE, `^` is the text's start only: left to re
        (r"(^a|b)", re.MULTILINE, False),
        (r"x?^a", re.MULTILINE, False),
        (r"(?=a)^a", re.MULTILINE, True),
        (r"\n*a", re.MULTILINE, False),
    ],
)
def test_line_anchors_are_read_from_the_pattern(source: str, flags: int, anchored: bool) -> None:
    assert text.starts_at_lines(re.compile(source, flags)) is anchored


def _own_lines_reference(body: str) -> str:
    """`own_lines` without its quick path: the loop over every line."""
    lines: list[str] = []
    for line in body.splitlines():
        if text._FORWARD.match(line) or text._SIGNATURE.match(line.rstrip()):
            break
        if not line.lstrip().startswith(">"):
            lines.append(line)
    return "\n".join(lines).strip()


def test_own_lines_quick_path_gives_what_the_line_loop_gives() -> None:
    rng = random.Random(4)  # noqa: S311 - repeatable test input
    pieces = [
        "Thanks",
        "> old",
        " >x",
        "--",
        "-- ",
        "__",
        "___",
        "Sent from my phone",
        "Sent from ",
        "Get Outlook for iOS",
        "---- Forwarded message ----",
        "Begin forwarded message:",
        "-----Original Message-----",
        "BEGIN FORWARDED MESSAGE:",
        "\u2028",
        "\r",
        "\x0c",
        " ",
    ]
    for _ in range(20_000):
        body = "".join(rng.choice(pieces) + rng.choice(["\n", "", " ", "\r\n"]) for _ in range(6))
        assert text.own_lines(body) == _own_lines_reference(body), repr(body)
    assert text.own_lines("Great news\n> an old line\nBye") == "Great news\nBye"


def _excerpt_of_whole_text(body: str, limit: int) -> str:
    flat = " ".join(body.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + "…"


def test_excerpt_flattens_only_the_start_and_gives_what_flattening_everything_gives() -> None:
    rng = random.Random(5)  # noqa: S311 - reproducible test data
    pieces = ["word", "a", "longerword,", "x-", " ", "  ", "\n", "\n\n\t", " " * 300, "é", "…"]
    for _ in range(5000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        limit = rng.choice([1, 5, 40, 280, 600])
        assert text.excerpt(body, limit) == _excerpt_of_whole_text(body, limit), (body, limit)
