"""The header pass's own field splitter reads every header block as the stdlib's parser does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from service.ingest import fields, parse
from tests.mail import make_message
from tests.test_corpus import corpus_files

TESTS = Path(__file__).parent
# Blocks the quick splitter must leave to the stdlib, each for its own reason.
ODD_BLOCKS = (
    b" continuation first\nFrom: a@b.example\n\n",
    b"From a@b.example Tue Nov 17\nFrom: a@b.example\n\n",
    b"From: a@b.example\rSubject: bare CR\r\n\r\n",
    b"Subject : space before the colon\nFrom: a@b.example\n\n",
    b"From: caf\xc3\xa9 <a@b.example>\n\n",
)


def _blocks() -> list[bytes]:
    files = [
        *sorted((TESTS / "devset").rglob("*.eml")),
        *sorted((TESTS / "phone_samples").iterdir()),
    ]
    found = [p.read_bytes() for p in [*files, *corpus_files()] if p.is_file()]
    rng = random.Random(5)  # noqa: S311 - test data, not secrets
    for i in range(200):  # folded, encoded and odd-but-valid fields
        found.append(
            make_message(
                sender=rng.choice(
                    ["Jane Doe <jane@x.example>", "j@x.example", '"Doe, J" <j@x.example>']
                ),
                subject=rng.choice(["Hi", "=?utf-8?q?Caf=C3=A9?=", "a " * 60, "Re:  spaced   out"]),
                headers={"References": " ".join(f"<{n}@x>" for n in range(i % 30))},
            )
        )
    found += [
        b"From: a@b.example\r\nSubject: one\r\n two\r\n\tthree\r\n\r\nbody",
        b"From:a@b.example\nX-Empty:\nSubject:   lead\n\n",
        b"Subject: no blank line at the end",
        *ODD_BLOCKS,
    ]
    return found


def test_the_quick_splitter_and_the_stdlib_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks()
    quick = [parse.parse_headers(b) for b in blocks]
    assert sum(fields.ascii_fields(b) is not None for b in blocks) > len(blocks) * 0.8
    monkeypatch.setattr(parse, "ascii_fields", lambda _data: None)
    for block, fast in zip(blocks, quick, strict=True):
        assert fast == parse.parse_headers(block), block[:300]


def test_odd_blocks_are_left_to_the_stdlib() -> None:
    for block in ODD_BLOCKS:
        assert fields.ascii_fields(block) is None
    assert fields.ascii_fields(b"Subject: one\r\n two\r\n\r\nbody") == [("Subject", "one\r\n two")]
