"""Against a real Dovecot: the full poll → digest round trip, read-only proof, incremental polls."""

from __future__ import annotations

import email
import email.policy
import logging
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from service.cli.main import QUIET_LOGGERS, _setup_logging, main
from service.common.errors import MailboxAuthError, MailboxError
from service.config import load_config
from service.ingest.source import FolderInfo
from service.notify.outbox import run_digest
from service.notify.transport import SmtpTransport
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import Message, UnknownSender
from tests.mail import make_message
from tests.servers import MailUser, SmtpServer, mail_log_events

pytestmark = pytest.mark.dovecot


def snapshot(user: MailUser) -> dict[str, object]:
    """Everything a client could change: UIDVALIDITY, UIDNEXT, and each message's UID and flags."""
    client = user.client()
    try:
        info = client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
        return {
            "uidvalidity": info[b"UIDVALIDITY"],
            "uidnext": info[b"UIDNEXT"],
            "exists": info[b"EXISTS"],
            # \\Recent is a per-session flag that no client can set or keep; leave it out.
            "flags": {uid: sorted(f for f in fl if f != b"\\Recent") for uid, fl in flags.items()},
        }
    finally:
        client.logout()


def test_poll_to_digest_round_trip_is_read_only(
    mail_user: MailUser, smtp_server: SmtpServer, ca_file: Path, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(make_message(subject="Values list", body="I finished my values list."))
    mail_user.deliver(
        make_message(
            sender="Marcus Lee <marcus@lee-family.example>",
            subject="Thursday",
            body="Could we move Thursday's session to Friday?",
        )
    )
    mail_user.deliver(
        make_message(
            sender="News <news@letters.example>",
            subject="Weekly news",
            body="Ten tips for better sleep.",
        )
    )
    mail_user.deliver(
        make_message(
            sender="Priya <PRIYA.N+jobs@Example.NET>",
            subject="I got the job!",
            body="I start in January. Thank you!",
        )
    )
    before = snapshot(mail_user)
    # One message the coach has already read, flagged: its flags must stay exactly as they are.
    client = mail_user.client()
    client.select_folder("INBOX")
    client.add_flags(client.search(["ALL"])[:1], [b"\\Seen", b"\\Flagged"])
    client.logout()
    before = snapshot(mail_user)
    log_lines_before = len(mail_log_events(mail_user.server, mail_user))

    config = load_config(
        write_config(
            mail_user.mailbox_toml(),
            extra=smtp_server.smtp_toml(ca_file) + '\n[digest]\ndeliver = "smtp"\n',
        )
    )
    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert (report.fetched, report.stored, report.skipped_non_client) == (4, 3, 1)

    assert config.smtp is not None
    result = run_digest(sessions, config, SmtpTransport(config.smtp), datetime.now(UTC))
    assert result.sent == 1, result.notes
    assert len(smtp_server.received) == 1
    digest = email.message_from_bytes(smtp_server.received[0], policy=email.policy.default)
    body = digest.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert digest["Auto-Submitted"] == "auto-generated"
    assert digest["Message-ID"].startswith("<doorstep-digest-")
    assert "Marcus Lee — Thursday" in text and "waiting" in text
    assert "Jane Doe\n* Values list" in text
    assert "NEWS FROM FORMER CLIENTS" in text and "Priya Natarajan — I got the job!" in text
    assert "Weekly news" not in text

    assert snapshot(mail_user) == before
    assert mail_log_events(mail_user.server, mail_user)[log_lines_before:] == []

    # The digest lands in the coach's INBOX (it is sent to the coach): it is never taken for mail.
    mail_user.deliver(smtp_server.received[0])
    again = poll_once(config, sessions)
    assert (again.fetched, again.stored) == (1, 0)
    with sessions() as session:
        assert session.query(UnknownSender).count() == 1  # still only the newsletter


def test_second_poll_fetches_nothing_and_new_mail_is_picked_up_once(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(make_message(subject="First"))
    config = load_config(write_config(mail_user.mailbox_toml(security="starttls")))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).fetched == 1
    assert poll_once(config, sessions).fetched == 0

    mail_user.deliver(make_message(subject="Second"))
    assert poll_once(config, sessions).fetched == 1
    assert poll_once(config, sessions).fetched == 0
    with sessions() as session:
        subjects = sorted(m.subject for m in session.query(Message))
    assert subjects == ["First", "Second"]


def test_batches_commit_as_they_go(mail_user: MailUser, write_config: Callable[..., Path]) -> None:
    for i in range(7):
        mail_user.deliver(make_message(subject=f"Note {i}"))
    config = load_config(write_config(mail_user.mailbox_toml(batch_size=3)))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 7
    with sessions() as session:
        assert session.query(Message).count() == 7


@pytest.mark.one_database  # logging in and its messages: no database in it
def test_wrong_password_is_explained(
    mail_user: MailUser, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOORSTEP_TEST_IMAP_PASSWORD", "not-the-password")
    config = load_config(write_config(mail_user.mailbox_toml()))
    with pytest.raises(MailboxAuthError, match="refused the login"):
        poll_once(config, open_store(config.storage.url))


def test_untrusted_certificate_is_explained(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    toml = "\n".join(
        line for line in mail_user.mailbox_toml().splitlines() if not line.startswith("ca_file")
    )
    config = load_config(write_config(toml))
    with pytest.raises(MailboxError, match=r"certificate that is not trusted.*ca_file"):
        poll_once(config, open_store(config.storage.url))


@pytest.mark.one_database  # logging in and its messages: no database in it
def test_missing_folder_is_explained(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    config = load_config(write_config(mail_user.mailbox_toml(folders=["INBOX", "Clients"])))
    with pytest.raises(MailboxError, match="'Clients' does not exist"):
        poll_once(config, open_store(config.storage.url))


def test_history_window_uses_the_servers_delivery_date(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(make_message(subject="Last year"))
    for path in (mail_user.maildir / "new").iterdir():
        stamp = time.time() - 365 * 86400
        os.utime(path, (stamp, stamp))  # Dovecot takes INTERNALDATE from the file's time
    mail_user.deliver(make_message(subject="Today"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).fetched == 1
    with sessions() as session:
        assert [m.subject for m in session.query(Message)] == ["Today"]


def test_a_poll_with_nothing_new_is_one_status_on_the_kept_connection(
    mail_user: MailUser, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.poll.mailbox import open_source

    mail_user.deliver(make_message(subject="First"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    source = open_source(config, sessions)
    try:
        assert poll_once(config, sessions, source=source).fetched == 1
        opened: list[str] = []
        real_open = source.open_folder

        def recording(folder: str) -> FolderInfo:
            opened.append(folder)
            return real_open(folder)

        monkeypatch.setattr(source, "open_folder", recording)  # the source's own calls too
        assert poll_once(config, sessions, source=source).fetched == 0
        assert opened == []  # STATUS said nothing is new: no SELECT, no SEARCH, no FETCH
        mail_user.deliver(make_message(subject="Second"))
        assert poll_once(config, sessions, source=source).fetched == 1
        assert opened == ["INBOX"]
    finally:
        source.close()


def test_no_protocol_line_reaches_the_log_even_at_debug(
    mail_user: MailUser, write_config: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    """`doorstep --verbose` logs at DEBUG, with the libraries that could print message content
    kept at WARNING. imapclient also asks imaplib to hand it every protocol line (LOGIN with the
    password, message text); Doorstep turns that off at the source, so even with imapclient's
    own logger at DEBUG no line of the mailbox reaches the log."""
    mail_user.deliver(make_message(body="My sister's wedding is a secret for now."))
    config = load_config(write_config(mail_user.mailbox_toml()))
    named = QUIET_LOGGERS
    before = {name: logging.getLogger(name).level for name in named}
    root, root_handlers = logging.getLogger(), logging.getLogger().handlers[:]
    root_level = root.level
    try:
        _setup_logging(verbose=True, daemon=True)
        logging.getLogger("imapclient").setLevel(logging.DEBUG)
        with caplog.at_level(logging.DEBUG):
            assert poll_once(config, open_store(config.storage.url)).stored == 1
    finally:
        root.handlers[:] = root_handlers
        root.setLevel(root_level)
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert any(r.name.startswith("imapclient") for r in caplog.records)  # it did log, at DEBUG
    assert mail_user.password not in logged
    assert "wedding" not in logged


@pytest.mark.one_database  # logging in and its messages: no database in it
def test_oauth2_logs_in_with_xoauth2(
    mail_user: MailUser,
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Microsoft 365 and Gmail take an OAuth2 access token (XOAUTH2) instead of a password.
    The test Dovecot checks the bearer token against its password file."""
    mail_user.deliver(make_message(subject="Token"))
    printer = tmp_path / "token.sh"
    printer.write_text(f"#!/bin/sh\necho '{mail_user.password}'\n")
    printer.chmod(0o700)
    toml = mail_user.mailbox_toml().replace(
        'password_env = "DOORSTEP_TEST_IMAP_PASSWORD"', f'oauth2_token_command = "{printer}"'
    )
    assert "oauth2_token_command" in toml
    config = load_config(write_config(toml))
    assert poll_once(config, open_store(config.storage.url)).stored == 1
    logins = [
        line
        for line in mail_user.server.log.read_text().splitlines()
        if f"user=<{mail_user.name}>" in line and "Login:" in line
    ]
    assert logins and all("method=XOAUTH2" in line for line in logins)
    assert main(["--config", str(config.path), "check"]) == 0
    checked = capsys.readouterr().out
    assert f"logged in as {mail_user.name} with an OAuth2 token (XOAUTH2)" in checked

    printer.write_text("#!/bin/sh\necho 'an-expired-token'\n")
    with pytest.raises(MailboxAuthError, match="refused the OAuth2 access token"):
        poll_once(config, open_store(config.storage.url))
    assert main(["--config", str(config.path), "check"]) == 1
    assert "refused the OAuth2 access token" in capsys.readouterr().out


def test_the_logs_of_a_full_run_hold_no_password_and_no_message_text(
    mail_user: MailUser,
    smtp_server: SmtpServer,
    ca_file: Path,
    write_config: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`doorstep -v poll` then `doorstep -v digest --send`, at the most talkative log level: the
    log (stderr) names what happened, never a password or what a client wrote."""
    sentence = "The results from the clinic came back and I am scared."
    mail_user.deliver(make_message(subject="News", body=f"{sentence} Can we talk on Friday?"))
    mail_user.deliver(make_message(sender="News <news@letters.example>", body="Ten tips."))
    toml = mail_user.mailbox_toml() + smtp_server.smtp_toml(ca_file)
    path = write_config(toml, extra='[digest]\ndeliver = "smtp"\n')
    assert main(["poll", "-v", "--config", str(path)]) == 0
    assert main(["digest", "--send", "-v", "--config", str(path)]) == 0
    # The loopback SMTP server of the test (aiosmtpd, "mail.log") runs in this process and logs
    # what it receives at DEBUG: its lines are not Doorstep's.
    logged = "\n".join(
        line for line in capsys.readouterr().err.splitlines() if " mail.log: " not in line
    )
    assert " service." in logged  # it did log (at DEBUG, its most talkative)
    assert len(smtp_server.received) == 1 and b"clinic" in smtp_server.received[0]  # the digest
    for secret in (mail_user.password, smtp_server.password, sentence, "clinic", "Ten tips"):
        assert secret not in logged, secret
