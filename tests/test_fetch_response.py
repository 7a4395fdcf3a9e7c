"""The fast FETCH reader: the same answer as imapclient's parser, or None (never a guess)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.config import ImapMailbox, load_config
from service.config.credentials import read_secret
from service.ingest.fetch_response import FetchedItem, read_fetch, uid_sets
from service.ingest.imap import HEADER_ITEMS, WHOLE_ITEMS, ImapSource, _read_slowly, connect_imap
from tests.mail import make_message
from tests.servers import MailUser

HEAD = b"From: a@b.example\r\n\r\n"


def test_dovecot_shape() -> None:
    pieces = [
        (b"1 (UID 41 RFC822.SIZE 900 BODY[HEADER.FIELDS (FROM)] {21}", HEAD),
        b")",
        (b"2 (UID 42 RFC822.SIZE 901 BODY[HEADER.FIELDS (FROM)] {21}", HEAD),
        b")",
    ]
    assert read_fetch(pieces, [41, 42]) == {
        41: FetchedItem(41, 900, HEAD),
        42: FetchedItem(42, 901, HEAD),
    }
    assert read_fetch(pieces, [42]) == {42: FetchedItem(42, 901, HEAD)}  # others dropped


def test_items_after_the_literal_and_partial_bodies() -> None:
    pieces = [(b"7 (BODY[]<0> {21}", HEAD), b" UID 9 RFC822.SIZE 5000)"]
    assert read_fetch(pieces, [9]) == {9: FetchedItem(9, 5000, HEAD)}


def test_unsolicited_flag_updates_are_dropped() -> None:
    pieces = [
        b"3 (FLAGS (\\Seen) UID 12)",
        (b"1 (UID 41 FLAGS (\\Seen \\Answered) BODY[] {21}", HEAD),
        b")",
        None,
    ]
    assert read_fetch(pieces, [41]) == {41: FetchedItem(41, None, HEAD)}


@pytest.mark.parametrize(
    "pieces",
    [
        [b'1 (UID 41 BODY[] "")'],  # a quoted (empty) body
        [b"1 (UID 41 BODY[] NIL)"],
        [(b"1 (UID 41 BODY[HEADER] {21}", HEAD), (b" BODY[TEXT] {21}", HEAD), b")"],
        [(b"1 (UID 41 ENVELOPE (NIL) BODY[] {21}", HEAD), b")"],  # an item it does not know
        [(b"1 (UID 41 BODY[] {21}", HEAD), b' INTERNALDATE "x")'],
        [(b"1 (RFC822.SIZE 3 BODY[] {21}", HEAD), b")"],  # no UID
    ],
)
def test_other_shapes_are_left_to_imapclient(pieces: list[object]) -> None:
    assert read_fetch(pieces, [41]) is None  # type: ignore[arg-type]


def test_imapclient_reads_what_the_fast_reader_leaves() -> None:
    pieces = [(b"1 (UID 41 RFC822.SIZE 3 BODY[HEADER] {21}", HEAD), (b" BODY[TEXT] {3}", b"abc")]
    pieces.append(b")")  # type: ignore[arg-type]
    assert read_fetch(pieces, [41]) is None  # type: ignore[arg-type]
    assert _read_slowly(pieces, [41]) == {41: FetchedItem(41, 3, HEAD)}


def test_uid_sets_are_compact_and_bounded() -> None:
    assert uid_sets([5, 1, 2, 3, 7, 8, 3]) == ["1:3,5,7:8"]
    assert uid_sets([]) == []
    scattered = list(range(1, 20_000, 2))
    sets = uid_sets(scattered, max_chars=100)
    assert all(len(s) <= 100 for s in sets)
    back = [int(u) for s in sets for u in s.split(",")]
    assert back == scattered


@pytest.mark.dovecot
def test_fast_and_imapclient_readers_agree_on_dovecots_answers(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    for i in range(30):
        mail_user.deliver(make_message(subject=f"n{i}", body="x" * (i * 300)))
    config = load_config(write_config(mail_user.mailbox_toml()))
    mailbox = config.mailbox
    assert isinstance(mailbox, ImapMailbox)
    source = ImapSource(connect_imap(mailbox, read_secret("m", mailbox)), "h")
    try:
        source.open_folder("INBOX")
        uids = list(range(1, 31))
        for items in (HEADER_ITEMS, WHOLE_ITEMS, "(UID BODY.PEEK[]<0.500>)"):
            pieces = source._fetch_pieces("1:30", items)
            fast = read_fetch(pieces, uids)
            assert fast is not None  # Dovecot's answers take the fast path
            assert fast == _read_slowly(pieces, uids)
            assert len(fast) == 30
    finally:
        source.close()
