"""The digest goes out once: two senders at once deliver it once, the send is recorded the moment
the server takes it, and a refused digest is sent again once the cause is fixed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import delete, select, update

from service.common.clock import utc_now
from service.config import Config, load_config
from service.notify.outbox import CLAIM_FOR, prepare, run_digest, send_pending
from service.notify.transport import SmtpTransport
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import Digest, Message
from tests.mail import make_message
from tests.servers import SmtpServer

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, Envelope
    from aiosmtpd.smtp import Session as SmtpSession

ROUNDS = 6


def _config(write_config: Callable[..., Path], smtp: SmtpServer, ca_file: Path) -> Path:
    path = write_config(extra=smtp.smtp_toml(ca_file) + '\n[digest]\ndeliver = "smtp"\n')
    (path.parent / "Maildir" / "new" / "1.test").write_bytes(
        make_message(subject="Thursday", body="Could we move Thursday's session?")
    )
    return path


def test_two_senders_at_once_deliver_one_digest(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    path = _config(write_config, smtp_server, ca_file)
    config = load_config(path)
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    command = [sys.executable, "-m", "service", "--config", str(path), "digest", "--send"]
    for round in range(ROUNDS):
        with sessions.begin() as session:  # a new day's digest, stored and waiting
            session.execute(update(Message).values(digest_id=None))
            session.execute(delete(Digest))
        assert prepare(sessions, config, utc_now()).digest_id is not None
        before = len(smtp_server.received)
        senders = [
            subprocess.Popen(
                command,
                cwd=path.parent,
                env=dict(os.environ),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [s.communicate(timeout=120)[0] for s in senders]
        assert [s.returncode for s in senders] == [0, 0], outputs
        assert len(smtp_server.received) - before == 1, (round, outputs)
        with sessions() as session:
            assert session.scalars(select(Digest.status)).all() == ["sent"]


def test_the_send_is_recorded_before_quit(
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the database says when the server hears QUIT: a kill from then on resends nothing."""
    config = load_config(_config(write_config, smtp_server, ca_file))
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    seen: list[str] = []

    def status_now() -> str:
        with sessions() as session:
            return session.scalars(select(Digest.status)).one()

    async def handle_QUIT(server: SMTP, session: SmtpSession, envelope: Envelope) -> str:
        seen.append(status_now())
        return "221 Bye"

    monkeypatch.setattr(smtp_server, "handle_QUIT", handle_QUIT, raising=False)
    assert config.smtp is not None
    result = run_digest(sessions, config, SmtpTransport(config.smtp), utc_now())
    assert result.sent == 1 and len(smtp_server.received) == 1
    assert seen == ["sent"]


def test_a_killed_senders_claim_is_taken_again_after_a_while(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    config = load_config(_config(write_config, smtp_server, ca_file))
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    now = utc_now()
    prepare(sessions, config, now)
    with sessions.begin() as session:  # as a sender killed mid-conversation leaves it
        session.execute(update(Digest).values(status="sending", next_attempt_at=now + CLAIM_FOR))
    assert config.smtp is not None
    transport = SmtpTransport(config.smtp)
    assert send_pending(sessions, config, transport, now).sent == 0
    assert send_pending(sessions, config, transport, now + CLAIM_FOR).sent == 1
    assert len(smtp_server.received) == 1


def test_a_refused_digest_is_sent_once_the_cause_is_fixed(
    smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    path = _config(write_config, smtp_server, ca_file)
    config: Config = load_config(path)
    poll_once(config, open_store(config.storage.url))
    command = [sys.executable, "-m", "service", "--config", str(path), "digest", "--send"]

    def send() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=path.parent, capture_output=True, text=True, timeout=120, check=False
        )

    smtp_server.mode = "permfail"
    first = send()
    assert first.returncode != 0
    assert "554" in first.stderr and "doorstep: " in first.stderr
    assert "'doorstep digest --send' sends" in first.stderr and first.stdout == ""
    again = send()  # still refused: still an error, still says why
    assert again.returncode != 0 and "554" in again.stderr
    assert smtp_server.received == []

    smtp_server.mode = "accept"
    fixed = send()
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert len(smtp_server.received) == 1
    assert send().returncode == 0 and len(smtp_server.received) == 1  # once
