"""One message, stored once: in two folders (Gmail shows a message under each of its labels), by
the server's identity where it gives one (X-GM-MSGID), else Message-ID, else a hash."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.ingest.fetch_response import FetchedItem, read_fetch
from service.poll.mailbox import poll_once
from service.records import RawMessage
from service.store.db import open_store
from service.store.models import Message
from tests.mail import make_message
from tests.servers import MailUser
from tests.test_store import ScriptedSource, factory

HEAD = b"From: a@b.example\r\n\r\n"


def test_gmail_message_ids_are_read_from_fetch_responses() -> None:
    pieces = [
        (
            b"1 (UID 41 X-GM-MSGID 1278455344230334865 RFC822.SIZE 9 BODY[HEADER.FIELDS (FROM)] {21}",
            HEAD,
        ),
        b")",
        (b"2 (UID 42 BODY[HEADER.FIELDS (FROM)] {21}", HEAD),
        b" X-GM-MSGID 1278455344230334866)",
    ]
    assert read_fetch(pieces, [41, 42]) == {
        41: FetchedItem(41, 9, HEAD, 1278455344230334865),
        42: FetchedItem(42, None, HEAD, 1278455344230334866),
    }


class Labelled(ScriptedSource):
    """Gmail-like: every message carries the server's identity for it."""

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        for raw in super().fetch_headers(folder, uids):
            yield replace(raw, server_id=f"gm:{1000 + raw.uid % 2}")


def test_the_servers_identity_decides(
    write_config: Callable[..., Path],
) -> None:
    config = load_config(write_config('[mailbox]\nkind = "maildir"\npath = "unused"\n'))
    sessions = open_store(config.storage.url)
    # Two copies of each of two messages, under new Message-IDs (as a relabelled copy might be).
    messages = {uid: make_message(subject=f"copy {uid}", body="Hello") for uid in range(1, 5)}
    source = Labelled(messages)
    poll_once(config, sessions, factory(source))
    with sessions() as session:
        stored = session.query(Message).order_by(Message.uid).all()
        assert [(m.uid, m.server_id) for m in stored] == [(1, "gm:1001"), (2, "gm:1000")]


@pytest.mark.dovecot
def test_a_message_in_two_folders_is_stored_once(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    data = make_message(subject="Filed twice", body="I got the job!")
    mail_user.deliver(data)
    mail_user.deliver(data, folder="Clients")
    mail_user.deliver(make_message(subject="Only here"), folder="Clients")
    config: Config = load_config(write_config(mail_user.mailbox_toml(folders=["INBOX", "Clients"])))
    sessions: sessionmaker[Session] = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert report.fetched == 3
    with sessions() as session:
        assert sorted(m.subject for m in session.query(Message)) == ["Filed twice", "Only here"]
    assert poll_once(config, sessions).stored == 0
