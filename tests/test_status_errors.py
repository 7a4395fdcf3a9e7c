"""`doorstep status` shows each job's real last error: the poll's and the digest's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from service.config import load_config
from service.notify.outbox import run_digest
from service.notify.transport import SmtpTransport
from service.poll.mailbox import poll_once, utc_now
from service.cli.status import gather_status, render_status
from service.store.db import open_store
from tests.mail import make_message
from tests.servers import SmtpServer

UNREADABLE_MAILBOX = (
    "[mailbox]\n"
    'kind = "imap"\n'
    'host = "127.0.0.1"\n'
    "port = 9\n"
    'username = "robin"\n'
    'password_env = "DOORSTEP_TEST_UNSET_IMAP_PASSWORD"\n'
)


def test_status_shows_the_digests_last_error(
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_config(extra=smtp_server.smtp_toml(ca_file) + '\n[digest]\ndeliver = "smtp"\n')
    (path.parent / "Maildir" / "new" / "1.test").write_bytes(make_message(subject="Thursday"))
    config = load_config(path)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    monkeypatch.delenv("DOORSTEP_TEST_SMTP_PASSWORD")
    assert config.smtp is not None
    result = run_digest(sessions, config, SmtpTransport(config.smtp), utc_now())
    assert result.failed == 1 and "password_env" in result.notes[0]
    shown = render_status(gather_status(sessions, config), config.coach.zone)
    assert "none yet" not in shown
    assert "NOT SENT (pending, 1 attempt(s)); last error: [smtp] password_env" in shown


def test_status_shows_the_polls_last_error(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(UNREADABLE_MAILBOX)
    assert main(["--config", str(path), "poll"]) != 0
    capsys.readouterr()
    assert main(["--config", str(path), "status"]) == 0
    shown = capsys.readouterr().out
    assert "!! polls fail since" in shown
    assert "last error: [mailbox] password_env" in shown


def test_status_shows_a_folder_not_read_for_long_although_no_poll_failed(
    write_config: Callable[..., Path],
) -> None:
    """A poll that could not note its failure (the database's disk full) or a job that stopped
    left the folder "(ok)" for ever."""
    from datetime import timedelta

    config = load_config(write_config())
    sessions = open_store(config.storage.url)
    then = utc_now()
    poll_once(config, sessions, clock=lambda: then)
    soon = render_status(gather_status(sessions, config, then), config.coach.zone)
    assert "INBOX: last poll" in soon and "(ok)" in soon
    later = then + timedelta(hours=config.digest.alert_after_hours)
    shown = render_status(gather_status(sessions, config, later), config.coach.zone)
    assert "(ok)" not in shown and "(!! not read since " in shown
