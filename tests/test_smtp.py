"""The digest against a real SMTP server on loopback: refused, dropped, then accepted — once."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from service.config import Config, load_config
from service.errors import DeliveryError
from service.notify.outbox import run_digest, send_pending
from service.notify.transport import SmtpTransport, check_smtp
from service.pipeline import poll_once
from service.store.db import open_store
from service.store.models import Digest
from tests.mail import make_message
from tests.servers import SmtpServer

NOW = datetime(2026, 11, 18, 13, 30, tzinfo=UTC)  # 07:30 in Chicago


def smtp_config(
    write_config: Callable[..., Path], smtp: SmtpServer, ca_file: Path, digest: str = ""
) -> Config:
    path = write_config(extra=smtp.smtp_toml(ca_file) + '\n[digest]\ndeliver = "smtp"\n' + digest)
    (path.parent / "Maildir" / "new" / "1.test").write_bytes(
        make_message(subject="Thursday", body="Could we move Thursday's session?")
    )
    return load_config(path)


@pytest.mark.parametrize("failure", ["tempfail", "drop"])
def test_temporary_failure_keeps_the_digest_and_a_retry_sends_it_once(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path], failure: str
) -> None:
    config = smtp_config(write_config, smtp_server, ca_file)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    transport = SmtpTransport(config.smtp)  # type: ignore[arg-type]

    smtp_server.mode = failure
    result = run_digest(sessions, config, transport, NOW)
    assert (result.sent, result.failed) == (1 - 1, 1)
    assert smtp_server.received == []
    with sessions() as session:
        digest = session.scalars(select(Digest)).one()
        assert digest.status == "pending" and digest.attempts == 1 and digest.sent_at is None
        assert digest.next_attempt_at is not None and digest.next_attempt_at > NOW
        stored_message_id = digest.message_id

    # Not yet due: nothing is sent, even though the server is back.
    smtp_server.mode = "accept"
    assert send_pending(sessions, config, transport, NOW).sent == 0
    # Due: the same stored digest goes out.
    later = NOW + timedelta(minutes=5)
    assert send_pending(sessions, config, transport, later).sent == 1
    # The daily job and further retries never send a second one that day.
    assert run_digest(sessions, config, transport, later + timedelta(hours=3)).sent == 0
    assert send_pending(sessions, config, transport, later + timedelta(hours=4)).sent == 0

    assert len(smtp_server.received) == 1
    received = email.message_from_bytes(smtp_server.received[0], policy=email.policy.default)
    assert received["Message-ID"] == stored_message_id
    with sessions() as session:
        digest = session.scalars(select(Digest)).one()
        assert digest.status == "sent" and digest.sent_at == later


def test_permanent_refusal_is_recorded_and_not_retried(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    config = smtp_config(write_config, smtp_server, ca_file)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    smtp_server.mode = "permfail"
    result = run_digest(sessions, config, SmtpTransport(config.smtp), NOW)  # type: ignore[arg-type]
    assert result.failed == 1 and "554" in result.notes[0]
    with sessions() as session:
        digest = session.scalars(select(Digest)).one()
        assert digest.status == "failed" and "554" in (digest.last_error or "")
    smtp_server.mode = "accept"
    assert (
        send_pending(
            sessions, config, SmtpTransport(config.smtp), NOW + timedelta(days=0, hours=2)
        ).sent
        == 0
    )  # type: ignore[arg-type]
    assert smtp_server.received == []


def test_next_day_digest_carries_messages_of_a_digest_that_never_went_out(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    config = smtp_config(write_config, smtp_server, ca_file)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    transport = SmtpTransport(config.smtp)  # type: ignore[arg-type]
    smtp_server.mode = "permfail"
    run_digest(sessions, config, transport, NOW)
    smtp_server.mode = "accept"
    assert run_digest(sessions, config, transport, NOW + timedelta(days=1)).sent == 1
    text = email.message_from_bytes(smtp_server.received[0], policy=email.policy.default)
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
