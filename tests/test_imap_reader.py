"""The quick reader of a command's answer files everything as imaplib itself does: checked on the
same server transcripts, hand-written and generated, against imaplib's own reading of them."""

from __future__ import annotations

import imaplib
import io
import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

import pytest

from service.ingest.imap_reader import read_answer

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

TAG = b"TEST0"

# An untagged response as imaplib files it: its text, or its text and a literal
Response: TypeAlias = bytes | tuple[bytes, bytes]
# What a reader gives back: (result, data, FETCH pieces), or the error's name and message
Answer: TypeAlias = tuple[str | list[object], ...]
# The answer, then what is left filed on the connection, and how far it read
Outcome: TypeAlias = tuple[
    Answer, dict[str, list[Response]], str, dict[bytes, list[bytes] | None], int
]


class OfflineIMAP(imaplib.IMAP4):
    """imaplib's client, reading a canned server transcript instead of a socket."""

    _cmd_log: dict[int, tuple[str, float]]  # not in imaplib's stubs

    def __init__(self, transcript: bytes, pending: dict[str, list[Response]] | None = None) -> None:
        self._transcript = transcript
        super().__init__("offline")
        self.untagged_responses.update(pending or {})

    def open(self, host: str = "", port: int = 0, timeout: float | None = None) -> None:
        self.file = io.BytesIO(self._transcript)

    def _connect(self) -> None:
        # imaplib's tags are bytes, and so is its tag pattern; its stubs say str
        tagre = re.compile(rb"(?P<tag>TEST\d+) (?P<type>[A-Z]+) (?P<data>.*)", re.ASCII)
        self.tagpre = b"TEST"  # type: ignore[assignment]
        self.tagre = tagre  # type: ignore[assignment]
        self.state = "SELECTED"
        self._cmd_log_len, self._cmd_log_idx, self._cmd_log = 10, 0, {}  # imaplib's debug record

    def send(self, data: ReadableBuffer) -> None:
        pass

    def shutdown(self) -> None:
        pass


def by_imaplib(imap: OfflineIMAP) -> Answer:
    """What imapclient's fetch path got before: `_command_complete`, then the FETCH responses."""
    tag = imap._command("UID", "FETCH", "1:*", "(UID)")
    typ, data = imap._command_complete("FETCH", tag)
    if typ == "NO":
        return (
            typ,
            data,
            [],
        )  # and the FETCH responses stay filed, as _untagged_response leaves them
    _, pieces = imap._untagged_response(typ, data, "FETCH")
    return typ, data, [] if pieces == [None] else list(pieces)


def by_reader(imap: OfflineIMAP) -> Answer:
    tag = imap._command("UID", "FETCH", "1:*", "(UID)")
    return read_answer(imap, tag, "FETCH")


def outcome(
    transcript: bytes,
    read: Callable[[OfflineIMAP], Answer],
    pending: Mapping[str, Sequence[Response]] | None = None,
) -> Outcome:
    imap = OfflineIMAP(transcript, {k: list(v) for k, v in (pending or {}).items()})
    try:
        answer = read(imap)
    except imaplib.IMAP4.error as e:
        answer = (type(e).__name__, str(e))
    return (
        answer,
        imap.untagged_responses,
        imap.continuation_response,
        imap.tagged_commands,
        imap.file.tell(),  # how far it read: never past the command's answer
    )


HAND_WRITTEN = [
    b"* 1 FETCH (UID 4 RFC822.SIZE 12 BODY[HEADER.FIELDS (FROM)] {8}\r\nFrom: a\r\n)\r\nTEST0 OK done\r\n",
    b"* 1 FETCH (UID 4 BODY[] {0}\r\n)\r\n* 2 FETCH (FLAGS (\\Seen) UID 5)\r\nTEST0 OK done\r\n",
    b"* 1 FETCH (UID 4 BODY[1] {3}\r\nabc BODY[2] {2}\r\nde)\r\nTEST0 OK done\r\n",  # two literals
    b"* 3 EXPUNGE\r\n* 9 EXISTS\r\n* 1 FETCH (UID 4 BODY[] {5}\r\nab\r\nc)\r\nTEST0 OK [x] done\r\n",
    b"* OK [ALERT] System going down\r\n* 1 FETCH (UID 4)\r\nTEST0 OK done\r\n",
    b"* 1 FETCH (UID 4 BODY[] {4}\r\n{2}\r\n)\r\nTEST0 OK done\r\n",  # a literal that looks like one
    b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)\r\nTEST0 NO [SERVERBUG] try later\r\n",
    b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)\r\nTEST0 BAD bad command\r\n",
    b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)\r\n* BYE shutting down\r\nTEST0 OK done\r\n",
    b"* 1 FETCH (UID 4 BODY[] {20}\r\nshort",  # the connection ends inside a literal
    b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)\r\n",  # ... after a response
    b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)",  # ... inside a line
    b"* 1 FETCH (UID 4)\r\nTEST9 OK another\r\nTEST0 OK done\r\n",  # a tag nobody sent
    b"* 1 FETCH (UID 4)\r\nWHAT is this\r\nTEST0 OK done\r\n",
    b"+ go on\r\n* 1 FETCH (UID 4)\r\nTEST0 OK done\r\n",
    b"* 1 FETCH\r\n* 2 FETCH \r\n* 3 FETCHED (UID 1)\r\n* 12 FETCH (UID 5 BODY[] {1}\r\n\r)\r\nTEST0 OK\r\n",
    b"* 1 FETCH (UID 4 BODY[] {3}\r\na\rb)\r\nTEST0 OK done\r\n* 2 EXISTS\r\n",  # reads no further
    b"* SEARCH 1 2\r\n* 4 RECENT\r\n* FLAGS (\\Seen)\r\n* NO [ALERT] {3}\r\nabc\r\nTEST0 OK done\r\n",
    b"TEST0 OK done\r\n",
]


@pytest.mark.parametrize("transcript", HAND_WRITTEN)
def test_reader_files_each_transcript_as_imaplib_does(transcript: bytes) -> None:
    assert outcome(transcript, by_reader) == outcome(transcript, by_imaplib)


def test_fetch_responses_left_from_before_are_handed_over_first() -> None:
    pending = {"FETCH": [b"7 (FLAGS (\\Seen))"], "EXISTS": [b"9"]}
    transcript = b"* 1 FETCH (UID 4 BODY[] {2}\r\nab)\r\nTEST0 OK done\r\n"
    mine = outcome(transcript, by_reader, pending)
    assert mine == outcome(transcript, by_imaplib, pending)
    assert mine[0][2][0] == b"7 (FLAGS (\\Seen))"


def test_a_line_longer_than_imaplib_allows_is_refused_alike() -> None:
    maxline = imaplib._MAXLINE  # type: ignore[attr-defined]  # a private constant its stubs leave out
    transcript = b"* 1 FETCH (UID 4 " + b"x" * (maxline + 10) + b")\r\nTEST0 OK\r\n"
    mine = outcome(transcript, by_reader)
    assert mine == outcome(transcript, by_imaplib)
    assert "got more than" in str(mine[0])


def _random_response(rng: random.Random) -> bytes:
    number = rng.randint(1, 99)
    body = bytes(rng.choice(b"ab\r\n{}() 9") for _ in range(rng.randint(0, 12)))
    return rng.choice(
        [
            b"* %d FETCH (UID %d RFC822.SIZE %d BODY[] {%d}\r\n%s)\r\n"
            % (number, number + 3, len(body), len(body), body),
            b"* %d FETCH (UID %d BODY[1] {%d}\r\n%s BODY[2] {1}\r\nz)\r\n"
            % (number, number, len(body), body),
            b"* %d FETCH (FLAGS (\\Seen) UID %d)\r\n" % (number, number),
            b"* %d EXPUNGE\r\n" % number,
            b"* %d EXISTS\r\n" % number,
            b"* OK [UIDNEXT %d] predicted\r\n" % number,
            b"* %d FETCH (UID %d BODY[] NIL)\r\n" % (number, number),
            b"+ idling\r\n",
        ]
    )


def test_reader_matches_imaplib_on_generated_transcripts() -> None:
    rng = random.Random(11)  # noqa: S311 - reproducible test data
    endings = [b"TEST0 OK done\r\n", b"TEST0 NO nope\r\n", b"TEST0 BAD what\r\n", b"* BYE\r\n", b""]
    for _ in range(2000):
        transcript = b"".join(_random_response(rng) for _ in range(rng.randint(0, 8)))
        transcript += rng.choice(endings)
        if rng.random() < 0.2:
            transcript = transcript[: rng.randint(0, len(transcript))]  # the connection ends
        assert outcome(transcript, by_reader) == outcome(transcript, by_imaplib), transcript
