"""Header-first fetch: every new message's headers, whole messages only where they may concern a
client, and a size cap beyond which only the start of a message is read (and the digest says so)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.ingest.parse import parse_headers
from service.poll.prefilter import needs_body
from service.ingest.source import Source
from service.poll.mailbox import open_source, poll_once, roster_of
from service.records import RawMessage
from service.store.db import open_store
from service.store.models import Message, UnknownSender
from tests.mail import make_message
from tests.servers import MailUser


def head(data: bytes) -> bytes:
    return data.split(b"\n\n", 1)[0] + b"\n\n"


@pytest.mark.parametrize(
    ("kwargs", "wanted"),
    [
        ({}, True),  # from a client
        ({"sender": "news@letters.example", "headers": {"List-Id": "<l.example>"}}, False),
        ({"sender": "no-reply@shop.example"}, False),
        (
            {
                "sender": "friend@example.net",
                "subject": "Re: dinner",
                "headers": {"In-Reply-To": "<x@y>"},
            },
            False,
        ),
        (
            {"sender": "dana.w@example.com", "subject": "Coaching enquiry"},
            True,
        ),  # maybe a new person
        (
            {
                "sender": "Google Voice <voice-noreply@google.com>",
                "subject": "New voicemail from (312) 555-0142",
            },
            True,
        ),
        ({"sender": "3125550142@vtext.com", "subject": ""}, True),
        ({"sender": "robin@avery-coaching.example", "subject": "note to self"}, False),
    ],
)
def test_which_messages_are_fetched_whole(
    config: Config, kwargs: dict[str, object], wanted: bool
) -> None:
    headers = parse_headers(head(make_message(**kwargs)))  # type: ignore[arg-type]
    assert needs_body(headers, roster_of(config), frozenset()) is wanted


class Spy:
    """Wraps the real IMAP source and notes which UIDs were fetched whole."""

    def __init__(self) -> None:
        self.whole: list[int] = []
        self.calls: list[list[int]] = []

    def factory(self, config: Config, sessions: sessionmaker[Session]) -> Source:
        real = open_source(config, sessions)
        spy = self

        class Watched:
            def __getattr__(self, name: str) -> object:
                return getattr(real, name)

            def fetch(
                self,
                folder: str,
                uids: Sequence[int],
                max_bytes: int | None = None,
                sizes: Mapping[int, int] | None = None,
            ) -> Iterator[RawMessage]:
                spy.whole.extend(uids)
                spy.calls.append(list(uids))
                return real.fetch(folder, uids, max_bytes, sizes)

        return Watched()  # type: ignore[return-value]


@pytest.mark.dovecot
def test_only_mail_that_may_concern_a_client_is_downloaded(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(
        make_message(
            sender="news@letters.example",
            subject="Weekly",
            body="x" * 50_000,
            headers={"List-Id": "<l.example>"},
        )
    )
    mail_user.deliver(make_message(subject="From Jane", body="Could we talk?"))
    mail_user.deliver(make_message(sender="no-reply@shop.example", subject="Order shipped"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    spy = Spy()
    report = poll_once(config, sessions, source_factory=spy.factory)
    assert (report.fetched, report.stored, report.skipped_non_client) == (3, 1, 2)
    assert spy.whole == [2]  # only Jane's message; the others by their headers alone
    with sessions() as session:
        assert session.query(UnknownSender).count() == 2


@pytest.mark.dovecot
def test_a_message_over_the_cap_is_read_in_part_and_the_digest_says_so(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(
        make_message(subject="Big scan", body="Could you look at my scan?\n" + "y" * 400_000)
    )
    config = load_config(write_config(mail_user.mailbox_toml() + "max_message_bytes = 150000\n"))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 1
    with sessions() as session:
        message = session.query(Message).one()
    assert message.tag == "reply_needed"
    assert "Doorstep read only its first 150 KB: open it in your mail program" in message.reasons


def test_runs_keep_the_bytes_held_at_once_bounded() -> None:
    from service.poll.mailbox import _Head, _runs
    from service.records import ParsedMessage

    def head(uid: int, size: int, wanted: bool) -> _Head:
        read = ParsedMessage(None, (), None, "", "", "", (), "", ())
        return _Head(RawMessage("INBOX", 1, uid, b"", size=size), read, wanted)

    heads = [head(1, 90, True), head(2, 5000, False), head(3, 90, True), head(4, 90, True)]
    heads.append(head(5, 400, True))  # larger than the budget alone: a run of its own
    runs = _runs(heads, budget=200)
    assert [[h.raw.uid for h in run] for run in runs] == [[1, 2, 3], [4], [5]]
    assert _runs([], budget=200) == [[]]


@pytest.mark.dovecot
def test_big_client_mail_is_fetched_a_few_at_a_time(
    mail_user: MailUser, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import service.poll.mailbox

    monkeypatch.setattr(service.poll.mailbox, "BODY_BYTES_PER_BATCH", 250_000)
    for i in range(5):
        mail_user.deliver(make_message(subject=f"Scan {i}", body=f"page {i}\n" + "z" * 100_000))
        mail_user.deliver(make_message(sender="news@letters.example", subject=f"News {i}"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    spy = Spy()
    report = poll_once(config, sessions, source_factory=spy.factory)
    assert report.stored == 5
    sizes = [len(c) for c in spy.calls]
    assert max(sizes) <= 2 and sum(sizes) == 5  # never more than 250 KB of bodies at once
    assert poll_once(config, sessions).stored == 0
