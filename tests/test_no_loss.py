"""Client mail is never lost without a word, whatever its headers say (issue: nothing lost).

Each test here failed on the code before the fix it names: a From display name with an encoded
colon or line break lost the message; odd Message-IDs were cut down to one string and collided;
a second, different message reusing a Message-ID was dropped; a NUL in a Subject stopped the
folder on PostgreSQL; one deeply nested message stopped a Maildir's every poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.common.errors import MailboxError
from service.ingest.parse import parse_headers, parse_message
from service.poll.mailbox import poll_once
from service.records import ParsedMessage
from service.store.db import open_store
from service.store.models import Message, ParseFailureRecord

_counter = iter(range(1, 1_000_000))


def raw(
    sender: str = "Jane Doe <jane.doe@example.org>",
    subject: str = "Hello",
    body: str = "Just an update.",
    message_id: str | None = None,
) -> bytes:
    """A message written as a client's mail program might, headers exactly as given."""
    mid = message_id if message_id is not None else f"<n{next(_counter)}@example.org>"
    head = (
        f"From: {sender}\r\nTo: robin@avery-coaching.example\r\nSubject: {subject}\r\n"
        f"Date: Tue, 17 Nov 2026 15:00:00 +0000\r\nMessage-ID: {mid}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return head.encode("utf-8", "surrogateescape") + body.encode("utf-8") + b"\r\n"


def deliver(tmp_path: Path, messages: list[bytes]) -> None:
    new = tmp_path / "Maildir" / "new"
    start = len(list(new.iterdir()))
    for i, data in enumerate(messages, start=start):
        (new / f"{i:05d}.m").write_bytes(data)


def stored(sessions: sessionmaker[Session]) -> list[Message]:
    with sessions() as session:
        return list(session.query(Message).order_by(Message.id))


@pytest.mark.parametrize(
    "sender",
    [
        "=?utf-8?q?Jane:_D?= <jane.doe@example.org>",
        "=?utf-8?q?Jane=0D=0ABcc:_evil@x.example?= <jane.doe@example.org>",
        "=?utf-8?b?SmFuZSA8ZXZpbEB4LmV4YW1wbGU+?= <jane.doe@example.org>",  # "Jane <evil@x.example>"
        "=?utf-8?q?Doe=2C_Jane?= <jane.doe@example.org>",
    ],
)
def test_an_encoded_colon_or_line_break_in_the_name_keeps_the_client(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path, sender: str
) -> None:
    data = raw(sender=sender)
    for reading in (parse_message(data), parse_headers(data)):
        assert isinstance(reading, ParsedMessage)
        assert reading.sender is not None and reading.sender.email == "jane.doe@example.org"
    deliver(tmp_path, [data, raw()])
    report = poll_once(config, sessions)
    assert report.stored == 2
    assert [m.client_name for m in stored(sessions)] == ["Jane Doe", "Jane Doe"]


def test_odd_message_ids_are_never_cut_down_to_one(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    ids = [
        '<"><img src=x>@other.example>',
        '<"><img src=y>@other.example>',
        '<"a>one"@x.example>',
        '<"a>two"@x.example>',
    ]
    deliver(tmp_path, [raw(message_id=m, body=f"Note {m}") for m in ids])
    report = poll_once(config, sessions)
    assert report.stored == 4
    assert len({m.message_id for m in stored(sessions)}) == 4


def test_a_different_message_reusing_a_message_id_is_kept(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    deliver(tmp_path, [raw(message_id="<same@jane.example>", body="Just an FYI, all good.")])
    assert poll_once(config, sessions).stored == 1
    later = raw(message_id="<same@jane.example>", subject="Can we meet?", body="Can we meet?")
    copy = raw(message_id="<same@jane.example>", body="Just an FYI, all good.")
    deliver(tmp_path, [later, copy])
    report = poll_once(config, sessions)
    # The different message is stored; the copy of the first is the same message, once.
    assert (report.stored, report.already_stored) == (1, 1)
    assert sorted(m.subject for m in stored(sessions)) == ["Can we meet?", "Hello"]


def test_a_nul_or_a_lone_surrogate_in_a_subject_is_stored_cleaned(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """On PostgreSQL a NUL in a Subject raised DataError, and the folder never moved on."""
    deliver(
        tmp_path,
        [
            raw(subject="Week\x00 update"),
            raw(subject="=?utf-8?q?Caf=00e?="),
            raw(subject="bad \udcff byte"),
            raw(),
        ],
    )
    report = poll_once(config, sessions)
    assert report.stored == 4
    subjects = [m.subject for m in stored(sessions)]
    assert all("\x00" not in s for s in subjects)
    assert "Week\ufffd update" in subjects


def _nested(depth: int) -> bytes:
    head = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    return (
        "From: Jane Doe <jane.doe@example.org>\r\nSubject: deep\r\nMessage-ID: <deep@x>\r\n"
        f"MIME-Version: 1.0\r\n{head}Content-Type: text/plain\r\n\r\nHi\r\n"
    ).encode()


def test_one_deeply_nested_message_stops_nothing_else(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """A 1,000-level multipart made every poll end in RecursionError (reading its date for
    history_days), so none of the other messages was ever stored."""
    deliver(tmp_path, [raw(body=f"note {i}") for i in range(5)] + [_nested(1000)])
    report = poll_once(config, sessions)
    assert report.fetched == 6
    rows = stored(sessions)
    assert len(rows) == 6  # the deep one too: stored, or stored as one Doorstep could not read
    assert poll_once(config, sessions).fetched == 0


def test_a_first_poll_cut_short_resumes_without_reading_clients_as_new(
    config: Config,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The roster was saved only at the end of the first poll: a first poll killed half-way made
    each later poll re-read every client's earlier mail as if the address were new."""
    deliver(tmp_path, [raw(body=f"note {i}") for i in range(150)])

    def progress(folder: str, done: int, total: int) -> None:
        raise MailboxError("connection dropped")  # after the first batch of 100 is committed

    with pytest.raises(MailboxError):
        poll_once(config, sessions, progress=progress)
    assert len(stored(sessions)) == 100
    with caplog.at_level(logging.INFO):
        second = poll_once(config, sessions)
    assert second.stored == 50 and second.backfilled == 0
    assert "newly added client address" not in caplog.text


@pytest.fixture
def two_sessions(config: Config) -> Iterator[tuple[sessionmaker[Session], sessionmaker[Session]]]:
    first, second = open_store(config.storage.url), open_store(config.storage.url)
    yield first, second
    first.kw["bind"].dispose()
    second.kw["bind"].dispose()


def test_two_polls_at_once_count_others_mail_once(
    config: Config,
    two_sessions: tuple[sessionmaker[Session], sessionmaker[Session]],
    tmp_path: Path,
) -> None:
    """Two polls at once added every non-client sender's count twice (the count was added even
    when the other poll had already moved the mark past that batch)."""
    mixed = [
        raw(sender=f"news{i % 7}@letters.example", body=f"n{i}") if i % 3 else raw(body=f"c{i}")
        for i in range(600)
    ]
    deliver(tmp_path, mixed)
    reports = []
    threads = [
        threading.Thread(target=lambda s=s: reports.append(poll_once(config, s)))
        for s in two_sessions
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reports) == 2
    from service.store.models import UnknownSender

    with two_sessions[0]() as session:
        counts = {u.address: u.count for u in session.query(UnknownSender)}
        assert session.query(Message).count() == 200
    assert sum(counts.values()) == 400


HOSTILE_NAMES = st.text(
    alphabet=st.sampled_from(list(':;,<>@"()[]\\\r\n\t\x00\x1b é=?_')), min_size=0, max_size=12
)


def _encoded(text: str, encoding: str) -> str:
    import base64

    data = text.encode("utf-8", "surrogatepass")
    if encoding == "b":
        return f"=?utf-8?b?{base64.b64encode(data).decode()}?="
    q = "".join(chr(b) if chr(b).isalnum() else f"={b:02X}" for b in data)
    return f"=?utf-8?q?{q}?="


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    names=st.lists(st.tuples(HOSTILE_NAMES, st.sampled_from(["b", "q"])), min_size=1, max_size=4),
    mid=st.text(alphabet=st.sampled_from(list('<>"@ab. ()\\')), max_size=20),
    depth=st.sampled_from([0, 1, 50, 400]),
)
def test_hostile_headers_from_clients_are_stored_or_recorded(
    write_config: Callable[..., Path],
    tmp_path_factory: pytest.TempPathFactory,
    names: list[tuple[str, str]],
    mid: str,
    depth: int,
) -> None:
    """Encoded words with every special character, odd Message-IDs and deep nesting, from a
    client's address: every message is stored, or recorded as unreadable; none vanishes."""
    config = load_config(write_config())
    box = config.mailbox.path  # type: ignore[union-attr]
    for old in (box / "new").iterdir():
        old.unlink()
    sessions = open_store(config.storage.url)
    try:
        with sessions.begin() as session:
            for table in (Message, ParseFailureRecord):
                session.query(table).delete()
            from service.store.models import FolderState, LocalUid

            session.query(FolderState).delete()
            session.query(LocalUid).delete()
        messages = []
        for i, (name, encoding) in enumerate(names):
            sender = f"{_encoded(name, encoding)} <jane.doe@example.org>"
            messages.append(raw(sender=sender, message_id=mid, body=f"Message {i} {name!r}"))
        if depth:
            messages.append(_nested(depth))
        for i, data in enumerate(messages):
            (box / "new" / f"{i:03d}.m").write_bytes(data)
        report = poll_once(config, sessions)
        assert report.fetched == len(messages)
        with sessions() as session:
            rows = session.query(Message).count()
            failures = session.query(ParseFailureRecord).count()
        assert rows + failures == len(messages), (rows, failures, report)
    finally:
        sessions.kw["bind"].dispose()


def test_a_message_that_breaks_a_step_stops_no_other(
    config: Config,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should any step fail on a message nobody foresaw, that one is stored as one to open in the
    mail program (a stranger's recorded as unreadable), and the folder goes on."""
    import service.poll.message

    real = service.poll.message.classify

    def breaks_on_one(parsed: ParsedMessage, *args: object) -> object:
        if "trap" in parsed.subject:
            raise RecursionError("maximum recursion depth exceeded")
        return real(parsed, *args)  # type: ignore[arg-type]

    real_prospect = service.poll.message.read_prospect

    def prospect_breaks_on_one(parsed: ParsedMessage, *args: object) -> object:
        if "trap" in parsed.subject:
            raise ValueError("an unforeseen header")
        return real_prospect(parsed, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(service.poll.message, "classify", breaks_on_one)
    monkeypatch.setattr(service.poll.message, "read_prospect", prospect_breaks_on_one)
    deliver(
        tmp_path,
        [
            raw(body="before"),
            raw(subject="trap"),
            raw(sender="x@stranger.example", subject="trap"),
            raw(body="after"),
        ],
    )
    report = poll_once(config, sessions)
    assert (report.fetched, report.stored) == (4, 3)
    rows = stored(sessions)
    assert ["could not read" in m.reasons for m in rows] == [False, True, False]
    with sessions() as session:
        assert session.query(ParseFailureRecord).count() == 1
