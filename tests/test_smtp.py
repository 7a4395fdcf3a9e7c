"""The digest against a real SMTP server on loopback: refused, dropped, then accepted — once."""

from __future__ import annotations

import email
import email.policy
import gc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.common.errors import DeliveryError
from service.notify.outbox import run_digest, send_pending
from service.notify.transport import SmtpTransport, check_smtp
from service.poll.mailbox import poll_once
from service.cli.status import gather_status, render_status
from service.store.db import open_store
from service.store.models import Digest
from tests.mail import make_message
from tests.servers import SmtpServer

NOW = datetime(2026, 11, 18, 13, 30, tzinfo=UTC)  # 07:30 in Chicago


def smtp_config(write_config: Callable[..., Path], smtp: SmtpServer, ca_file: Path) -> Config:
    path = write_config(extra=smtp.smtp_toml(ca_file) + '\n[digest]\ndeliver = "smtp"\n')
    (path.parent / "Maildir" / "new" / "1.test").write_bytes(
        make_message(subject="Thursday", body="Could we move Thursday's session?")
    )
    return load_config(path)


@dataclass(frozen=True)
class Polled:
    """One client message polled and stored; the digest goes to the loopback SMTP server."""

    config: Config
    sessions: sessionmaker[Session]
    transport: SmtpTransport
    smtp: SmtpServer

    def digest(self) -> Digest:
        with self.sessions() as session:
            return session.scalars(select(Digest)).one()


@pytest.fixture
def polled(smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]) -> Polled:
    config = smtp_config(write_config, smtp_server, ca_file)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    assert config.smtp is not None
    return Polled(config, sessions, SmtpTransport(config.smtp), smtp_server)


@pytest.mark.parametrize("failure", ["tempfail", "drop"])
def test_temporary_failure_keeps_the_digest_and_a_retry_sends_it_once(
    polled: Polled, failure: str
) -> None:
    p = polled
    p.smtp.mode = failure
    result = run_digest(p.sessions, p.config, p.transport, NOW)
    assert (result.sent, result.failed) == (0, 1)
    assert p.smtp.received == []
    digest = p.digest()
    assert digest.status == "pending" and digest.attempts == 1 and digest.sent_at is None
    assert digest.next_attempt_at is not None and digest.next_attempt_at > NOW

    # Not yet due: nothing is sent, even though the server is back.
    p.smtp.mode = "accept"
    assert send_pending(p.sessions, p.config, p.transport, NOW).sent == 0
    # Due: the same stored digest goes out.
    later = NOW + timedelta(minutes=5)
    assert send_pending(p.sessions, p.config, p.transport, later).sent == 1
    # The daily job and further retries never send a second one that day.
    assert run_digest(p.sessions, p.config, p.transport, later + timedelta(hours=3)).sent == 0
    assert send_pending(p.sessions, p.config, p.transport, later + timedelta(hours=4)).sent == 0

    assert len(p.smtp.received) == 1
    received = email.message_from_bytes(p.smtp.received[0], policy=email.policy.default)
    assert received["Message-ID"] == digest.message_id
    assert p.digest().status == "sent" and p.digest().sent_at == later


def test_permanent_refusal_is_recorded_and_not_retried(polled: Polled) -> None:
    p = polled
    p.smtp.mode = "permfail"
    result = run_digest(p.sessions, p.config, p.transport, NOW)
    assert result.failed == 1 and "554" in result.notes[0]
    assert p.digest().status == "failed" and "554" in (p.digest().last_error or "")
    shown = render_status(gather_status(p.sessions, p.config), p.config.coach.zone)
    assert (
        "NOT SENT (failed, 1 attempt(s)); last error: The SMTP server 127.0.0.1 answered 554"
        in shown
    )
    p.smtp.mode = "accept"
    # Not retried on its own (a refusal is not a delay)...
    assert send_pending(p.sessions, p.config, p.transport, NOW + timedelta(hours=2)).sent == 0
    assert p.smtp.received == []
    # ...but sent when asked again ('digest --send', the daily job), once the cause is fixed.
    assert run_digest(p.sessions, p.config, p.transport, NOW + timedelta(hours=2)).sent == 1
    assert len(p.smtp.received) == 1


def test_next_day_digest_carries_messages_of_a_digest_that_never_went_out(polled: Polled) -> None:
    p = polled
    p.smtp.mode = "permfail"
    run_digest(p.sessions, p.config, p.transport, NOW)
    p.smtp.mode = "accept"
    assert run_digest(p.sessions, p.config, p.transport, NOW + timedelta(days=1)).sent == 1
    text = email.message_from_bytes(p.smtp.received[0], policy=email.policy.default)
    assert "Thursday" in text.get_body(("plain",)).get_content()


def test_wrong_smtp_password_is_explained(
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = smtp_config(write_config, smtp_server, ca_file)
    assert "logged in as digest-sender" in check_smtp(config.smtp)  # type: ignore[arg-type]
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_PASSWORD", "wrong")
    with pytest.raises(DeliveryError, match="refused the login"):
        check_smtp(config.smtp)  # type: ignore[arg-type]


def test_smtp_certificate_is_verified(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    toml = "\n".join(
        line
        for line in smtp_server.smtp_toml(ca_file).splitlines()
        if not line.startswith("ca_file")
    )
    path = write_config(extra=toml + '\n[digest]\ndeliver = "smtp"\n')
    config = load_config(path)
    with pytest.raises(DeliveryError, match="not trusted"):
        check_smtp(config.smtp)  # type: ignore[arg-type]


def test_a_digest_not_out_for_a_day_is_an_error_in_the_log_and_status(
    polled: Polled, caplog: pytest.LogCaptureFixture
) -> None:
    p = polled
    p.smtp.mode = "tempfail"
    run_digest(p.sessions, p.config, p.transport, NOW)
    assert "could not be sent yet" in caplog.text and "has not reached you" not in caplog.text
    early = render_status(
        gather_status(p.sessions, p.config, NOW + timedelta(hours=2)), p.config.coach.zone
    )
    assert "No digest has reached you" not in early
    a_day_later = NOW + timedelta(hours=25)
    caplog.clear()
    send_pending(p.sessions, p.config, p.transport, a_day_later)
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert errors and "has not reached you for 25 hours" in errors[0].getMessage()
    shown = render_status(gather_status(p.sessions, p.config, a_day_later), p.config.coach.zone)
    assert "!! No digest has reached you since" in shown and "doorstep check" in shown


def test_the_digest_goes_out_with_an_oauth2_token(
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """XOAUTH2 (Microsoft 365, Gmail): the token command is run for each send; a refused
    token is explained in words that name the command."""
    source = "oauth2_token_command = 'printenv DOORSTEP_TEST_SMTP_TOKEN'"
    path = write_config(
        extra=smtp_server.smtp_toml(ca_file, source) + '\n[digest]\ndeliver = "smtp"\n'
    )
    (path.parent / "Maildir" / "new" / "1.test").write_bytes(make_message(subject="Thursday"))
    config = load_config(path)
    assert config.smtp is not None
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_TOKEN", smtp_server.password)
    assert "logged in as digest-sender with an OAuth2 token" in check_smtp(config.smtp)
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_TOKEN", "expired-token")
    with pytest.raises(
        DeliveryError, match=r"refused the OAuth2 access token.*oauth2_token_command"
    ):
        check_smtp(config.smtp)
    transport = SmtpTransport(config.smtp)
    first = run_digest(sessions, config, transport, NOW)
    assert first.sent == 0 and "refused the OAuth2 access token" in first.notes[0]
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_TOKEN", smtp_server.password)  # a fresh token
    again = send_pending(sessions, config, transport, NOW + timedelta(minutes=5), force=True)
    assert again.sent == 1 and len(smtp_server.received) == 1
    assert b"Thursday" in smtp_server.received[0]


def test_a_refused_login_leaves_no_connection_behind(
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A TLS connection closed on an error used to be left half-closed when asyncio.run() ended
    (a ResourceWarning, which pytest here turns into a failure), about one time in two."""
    config = smtp_config(write_config, smtp_server, ca_file)
    assert config.smtp is not None
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_PASSWORD", "wrong")
    for _ in range(6):
        with pytest.raises(DeliveryError, match="refused the login"):
            SmtpTransport(config.smtp).deliver(
                b"Subject: x\r\n\r\nx\r\n", "a@x.example", "b@x.example", "x"
            )
        with pytest.raises(DeliveryError, match="refused the login"):
            check_smtp(config.smtp)
    gc.collect()
