"""Doorstep's lighter use of mail-parser reads every message exactly as the library's own
`parse_from_bytes` does."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import mailparser
import pytest

from service.ingest import parse
from service.records import ParsedMessage, ParseFailure
from tests.test_corpus import corpus_files

TESTS = Path(__file__).parent


def test_every_message_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [
        *sorted((TESTS / "devset").rglob("*.eml")),
        *sorted((TESTS / "phone_samples").iterdir()),
        *corpus_files(),
    ]
    datas = [p.read_bytes() for p in files if p.is_file()]
    ours = [parse.parse_message(d) for d in datas]
    monkeypatch.setattr(parse, "_MailParser", mailparser.MailParser)
    assert parse._MailParser is mailparser.MailParser
    for data, mine in zip(datas, ours, strict=True):
        assert _comparable(mine) == _comparable(parse.parse_message(data)), data[:300]


def _comparable(result: ParsedMessage | ParseFailure) -> ParsedMessage | ParseFailure:
    """mail-parser names an attachment that has no name at random ("zxzqofhouz.txt")."""
    if isinstance(result, ParseFailure):
        return result
    names = tuple(re.sub(r"^[a-z]{10}(\.\w+)$", r"random\1", n) for n in result.attachment_names)
    return replace(result, attachment_names=names)
