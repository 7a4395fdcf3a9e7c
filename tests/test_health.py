"""When the mailbox cannot be read for long, the digest says so first, in plain words; once it can
be read again, the next digest says that it was and that nothing was lost, once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.common.errors import MailboxError
from service.ingest.source import Source
from service.notify.outbox import preview
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source, poll_once
from service.store.db import open_store
from service.store.models import Digest, Message
from tests.mail import make_message
from tests.servers import running_dovecot, stop_dovecot
from tests.support import Clock

T0 = datetime(2026, 12, 1, 9, 10, tzinfo=UTC)  # a Tuesday; the coach is in Chicago (UTC-6)


def _notices(sessions: sessionmaker[Session], config: Config, now: datetime) -> tuple[str, ...]:
    content, rendered = preview(sessions, config, now)
    for notice in content.notices:
        assert notice in rendered.text and notice.split(":")[0] in rendered.html
    return content.notices


def _sent_digests(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(Digest.text).order_by(Digest.id)))


def _flaky(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path, error: str
) -> tuple[Daemon, Clock, dict[str, bool]]:
    """A daemon whose mailbox fails with `error` while `down["yes"]`, on a clock of the test's."""
    down = {"yes": True}

    def source(config: Config, sessions: sessionmaker[Session]) -> Source:
        if down["yes"]:
            raise MailboxError(error)
        return open_source(config, sessions)

    clock = Clock(T0)
    daemon = Daemon(
        config, sessions, FileTransport(tmp_path / "out"), clock=clock, source_factory=source
    )
    return daemon, clock, down


def test_a_long_outage_is_told_while_it_lasts_and_once_when_over(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    daemon, clock, down = _flaky(config, sessions, tmp_path, "The IMAP server refused the login.")
    daemon.poll_job()
    clock.now = T0 + timedelta(hours=1)
    # Failing now, and never read: said at once, however short (it was silent here: the bug)
    (notice,) = _notices(sessions, config, clock.now)
    assert notice.startswith("I could not read your mailbox since Tuesday 1 December, 03:10: ")
    clock.now = T0 + timedelta(hours=8)  # past the digest's hour (07:30 in Chicago)
    daemon.poll_job()  # fails again, then sends the day's digest, which starts with the notice
    (first,) = _sent_digests(sessions)
    assert "!! I could not read your mailbox since Tuesday 1 December, 03:10: " in first
    assert "refused the login" in first and "Nothing is lost" in first

    down["yes"] = False
    (tmp_path / "Maildir" / "new" / "1").write_bytes(make_message(subject="Hello"))
    clock.now = T0 + timedelta(hours=30)
    daemon.poll_job()  # works, and sends Wednesday's digest
    second = _sent_digests(sessions)[1]
    assert (
        "!! I could not read your mailbox from Tuesday 1 December, 03:10 until Wednesday 2 "
        "December, 09:10" in second
    )
    assert "nothing was lost" in second and "Hello" in second
    clock.now += timedelta(days=1)
    daemon.poll_job()  # polling goes on as usual (and sends Thursday's digest)
    assert _notices(sessions, config, clock.now) == ()  # told once
    assert "could not read" not in _sent_digests(sessions)[2]


def test_a_short_outage_is_not_mentioned(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    daemon, clock, down = _flaky(config, sessions, tmp_path, "Could not reach the IMAP server.")
    daemon.poll_job()
    down["yes"] = False
    clock.now = T0 + timedelta(minutes=40)
    daemon.poll_job()
    clock.now += timedelta(hours=5)
    daemon.poll_job()  # polling goes on as usual
    assert _notices(sessions, config, clock.now) == ()


@pytest.mark.dovecot
def test_the_digest_tells_of_a_stopped_server(
    ca: trustme.CA,
    ca_file: Path,
    write_config: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = running_dovecot(ca, ca_file)
    try:
        user = server.add_user()
        monkeypatch.setenv("DOORSTEP_TEST_IMAP_PASSWORD", user.password)
        user.deliver(make_message(subject="Before"))
        config = load_config(write_config(user.mailbox_toml()))
        sessions = open_store(config.storage.url)
        clock = Clock(T0)
        daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock)
        daemon.poll_job()
        server.stop()
        daemon.close_source()  # its connection went with the server (an imap process may linger)
        clock.now = T0 + timedelta(hours=1)
        daemon.poll_job()
        clock.now = T0 + timedelta(hours=5)
        daemon.poll_job()
        (notice,) = _notices(sessions, config, clock.now)
        assert notice.startswith("I could not read your mailbox since Tuesday 1 December, 04:10: ")

        server.start_again()
        user.deliver(make_message(subject="During"))
        clock.now = T0 + timedelta(hours=6)
        daemon.poll_job()
        daemon.close_source()
        (notice,) = _notices(sessions, config, clock.now)
        assert "until Tuesday 1 December, 09:10" in notice and "nothing was lost" in notice
        with sessions() as session:
            subjects = sorted(session.scalars(select(Message.subject)))
        assert subjects == ["Before", "During"]  # the mail of the outage read once it was over
    finally:
        stop_dovecot(server)


def test_a_mailbox_not_read_for_long_without_a_failure_is_told_too(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """No poll failed, but none ran: a `doorstep poll` cron job that stopped while `doorstep
    digest --send` still runs. The digest says when the mailbox was last read."""
    (tmp_path / "Maildir" / "new" / "1").write_bytes(make_message(subject="Hello"))
    poll_once(config, sessions, clock=lambda: T0)
    assert _notices(sessions, config, T0 + timedelta(hours=2)) == ()  # recent enough
    (notice,) = _notices(sessions, config, T0 + timedelta(hours=30))
    assert notice.startswith("I have not read your mailbox since Tuesday 1 December, 03:10")
    assert "'doorstep poll'" in notice
    poll_once(config, sessions, clock=lambda: T0 + timedelta(hours=30))  # the job runs again
    assert _notices(sessions, config, T0 + timedelta(hours=31)) == ()
