"""Doorstep's lighter use of mail-parser, and its own quick reading of plain single-part
messages, read every message exactly as the library's own `MailParser` does."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import mailparser
import pytest

from service.ingest import parse, plain
from service.records import ParsedMessage, ParseFailure
from tests.mail import make_message
from tests.test_corpus import corpus_files

TESTS = Path(__file__).parent

HEAD = b"From: Jane Doe <jane@x.example>\r\nTo: robin@avery-coaching.example\r\nSubject: Hi\r\n"
# Plain messages of every shape the quick reading takes or must leave to the library.
ODD_PLAIN = [
    HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"Caf\xc3\xa9 \xe2\x80\x94 fine\r\n",
    HEAD + b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nCaf\xe9\r\n",
    HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nbroken \xff\xfe utf-8\r\n",
    HEAD + b"Content-Type: text/plain; charset=no-such-charset\r\n\r\nCaf\xe9\r\n",
    HEAD + b'Content-Type: text/plain; charset=""\r\n\r\nCaf\xe9\r\n',
    HEAD + b"Content-Type: text/plain; charset=no-such-charset\r\n\r\nplain ascii\r\n",
    HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    b"\r\n\r\nCaf=C3=A9 and a soft=\r\n break=3F\r\n",
    HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"SGVsbG8gdGhlcmU=\r\n",
    HEAD + b"Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\nFlowed \r\ntext\r\n",
    HEAD + b"Content-Type: text/plain; name=notes.txt\r\n\r\nan attachment by its name\r\n",
    HEAD + b"Content-Type: text/plain\r\nContent-Disposition: attachment\r\n\r\nattached\r\n",
    HEAD
    + b"Content-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\nContent-Transfer-Encoding: 7BIT \r\n\r\nx",
    HEAD + b"Content-Type: text/html\r\n\r\n<p>Hello</p>\r\n",
    HEAD + b"\r\n",
    HEAD + b"\r\n   \r\n\x00\r\n",
    HEAD + b"Subject: twice\r\n\r\nbody\r\n",
    HEAD + b"Cc: A <a@x.example>, b@x.example\r\nReply-To:\r\nX-Empty:\r\n\r\nbody\r\n",
    HEAD + b"Received: one \r\nReceived: two\r\nDate: Tue, 17 Nov 2026 10:00 -0500\r\n\r\nbody",
    HEAD
    + b"Message-ID: <a@b> <c@d>\r\nX-Note:  padded  \r\nx-note: again\r\nDate: yesterday\r\n\r\nb",
    HEAD + b"Date: yesterday\r\nMessage-ID: <a@b> <c@d>\r\nReferences: <1@x>\r\n <2@x>\r\n\r\nb",
    b"To: robin@avery-coaching.example\r\nSender: s@x.example\r\n\r\nno From\r\n",
    b"From: =?utf-8?q?Jos=C3=A9?= <j@x.example>\r\n\r\nencoded name\r\n",
    b"From: j@x.example\nSubject: LF only\n\nbody\nlines\n",
    b"From: j@x.example\nSubject: no blank line",
]


def _generated() -> list[bytes]:
    rng = random.Random(9)  # noqa: S311 - repeatable test input
    words = ["Thanks", "session", "Could we", "move", "Friday?", "café", "—", ">", "-- ", "\n"]
    found = []
    for i in range(150):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 80)))
        sender = rng.choice(["Jane Doe <jane@x.example>", "j@x.example", '"Doe, J" <j@x.example>'])
        found.append(make_message(sender=sender, subject=f"Update {i}", body=body))
    return found


def test_every_message_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    files = [
        *sorted((TESTS / "devset").rglob("*.eml")),
        *sorted((TESTS / "phone_samples").iterdir()),
        *corpus_files(),
    ]
    datas = [p.read_bytes() for p in files if p.is_file()] + ODD_PLAIN + _generated()
    ours = [parse.parse_message(d) for d in datas]
    quick = sum(plain.read_plain(d) is not None for d in datas)
    assert 200 < quick < len(datas) - 200  # both readings are exercised
    monkeypatch.setattr(parse, "_MailParser", mailparser.MailParser)
    monkeypatch.setattr(parse, "read_plain", lambda _data: None)
    for data, mine in zip(datas, ours, strict=True):
        assert _comparable(mine) == _comparable(parse.parse_message(data)), data[:300]


def test_the_quick_reading_takes_plain_mail_and_leaves_the_rest() -> None:
    assert plain.read_plain(ODD_PLAIN[0]) is not None  # 8-bit UTF-8
    assert plain.read_plain(ODD_PLAIN[6]) is not None  # quoted-printable
    assert plain.read_plain(ODD_PLAIN[2]) is None  # bytes its charset cannot read
    assert plain.read_plain(ODD_PLAIN[9]) is None  # named: an attachment to the library
    assert plain.read_plain(ODD_PLAIN[12]) is None  # HTML
    assert plain.read_plain(ODD_PLAIN[19]) is None  # no From


def _comparable(result: ParsedMessage | ParseFailure) -> ParsedMessage | ParseFailure:
    """mail-parser names an attachment that has no name at random ("zxzqofhouz.txt")."""
    if isinstance(result, ParseFailure):
        return result
    names = tuple(re.sub(r"^[a-z]{10}(\.\w+)$", r"random\1", n) for n in result.attachment_names)
    return replace(result, attachment_names=names)
