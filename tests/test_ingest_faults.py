"""Ingest against a real Dovecot when things go wrong: the server renumbers the folder, mail
arrives during a poll, the connection drops in the middle of a FETCH."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from service.config import load_config
from service.common.errors import MailboxError
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import Message
from tests.mail import make_message
from tests.servers import MailUser

pytestmark = pytest.mark.dovecot


def stored_subjects(config_path: Path) -> list[str]:
    config = load_config(config_path)
    with open_store(config.storage.url)() as session:
        return sorted(m.subject for m in session.query(Message))


def test_a_renumbered_folder_is_reconciled_without_duplicates(
    mail_user: MailUser, write_config: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    for i in range(5):
        mail_user.deliver(make_message(subject=f"n{i}", message_id=f"<renum-{i}@test>"))
    path = write_config(mail_user.mailbox_toml())
    config = load_config(path)
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 5
    client = mail_user.client()
    before = client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    client.logout()
    # Recreate the folder with the same messages: Dovecot forgets its UID list and starts anew.
    time.sleep(1.1)  # UIDVALIDITY is a timestamp: make sure the new one differs
    for name in mail_user.maildir.iterdir():
        if name.name.startswith("dovecot") and name.is_file():
            name.unlink()
    mail_user.deliver(make_message(subject="n5", message_id="<renum-5@test>"))
    client = mail_user.client()
    after = client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    client.logout()
    assert after != before

    with caplog.at_level(logging.WARNING):
        report = poll_once(config, sessions)
    assert (report.fetched, report.stored) == (6, 1)
    assert "renumbered this folder" in caplog.text
    assert stored_subjects(path) == [f"n{i}" for i in range(6)]


def test_mail_arriving_during_a_poll_is_picked_up_exactly_once(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    for i in range(200):
        mail_user.deliver(make_message(subject=f"early {i:03d}"))
    path = write_config(mail_user.mailbox_toml(batch_size=10))
    config = load_config(path)
    sessions = open_store(config.storage.url)

    def deliver_late() -> None:
        for i in range(40):
            mail_user.deliver(make_message(subject=f"late {i:03d}"))
            time.sleep(0.01)

    thread = threading.Thread(target=deliver_late)
    thread.start()
    poll_once(config, sessions)
    thread.join()
    poll_once(config, sessions)
    assert poll_once(config, sessions).fetched == 0
    expected = sorted([f"early {i:03d}" for i in range(200)] + [f"late {i:03d}" for i in range(40)])
    assert stored_subjects(path) == expected


class CuttingProxy:
    """A loopback TCP proxy to Dovecot that cuts the connection after `limit` bytes from the server."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.limit: int | None = None
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cuts = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                downstream, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            limit = self.limit
            threading.Thread(
                target=self._pump, args=(downstream, upstream, None), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(upstream, downstream, limit), daemon=True
            ).start()

    def _pump(self, source: socket.socket, sink: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while data := source.recv(16384):
                if limit is not None and sent + len(data) > limit:
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


@pytest.fixture
def proxy(mail_user: MailUser) -> Iterator[CuttingProxy]:
    p = CuttingProxy(mail_user.server.imaps_port)
    yield p
    p.listener.close()


def test_a_connection_dropped_mid_fetch_loses_nothing(
    mail_user: MailUser, write_config: Callable[..., Path], proxy: CuttingProxy
) -> None:
    for i in range(60):
        mail_user.deliver(make_message(subject=f"m{i:02d}", body="Could we talk? " + "x" * 3000))
    toml = mail_user.mailbox_toml(batch_size=10).replace(
        f"port = {mail_user.server.imaps_port}", f"port = {proxy.port}"
    )
    path = write_config(toml)
    config = load_config(path)
    sessions = open_store(config.storage.url)
    proxy.limit = 120_000  # enough to log in and store some batches, then the line goes dead
    with pytest.raises(MailboxError, match="Nothing was lost"):
        poll_once(config, sessions)
    assert proxy.cuts >= 1
    partial = stored_subjects(path)
    assert 0 < len(partial) < 60
    proxy.limit = None
    poll_once(config, sessions)
    assert stored_subjects(path) == [f"m{i:02d}" for i in range(60)]


def test_messages_expunged_during_a_poll_are_skipped_without_harm(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    from service.poll.mailbox import open_source

    for i in range(30):
        mail_user.deliver(make_message(subject=f"e{i:02d}"))
    path = write_config(mail_user.mailbox_toml(batch_size=10))
    config = load_config(path)
    sessions = open_store(config.storage.url)

    def factory(config_: object, sessions_: object) -> object:
        real = open_source(config, sessions)
        done = False

        class Expunging:
            def __getattr__(self, name: str) -> object:
                return getattr(real, name)

            def fetch_headers(self, folder: str, uids: list[int]) -> object:
                nonlocal done
                heads = list(real.fetch_headers(folder, uids))
                if not done:  # the coach deletes messages 21-25 while Doorstep reads 1-10
                    done = True
                    other = mail_user.client()
                    other.select_folder("INBOX")
                    other.delete_messages(list(range(21, 26)))
                    other.expunge()
                    other.logout()
                return heads

        return Expunging()

    report = poll_once(config, sessions, source_factory=factory)  # type: ignore[arg-type]
    assert report.stored == 25
    expected = [f"e{i:02d}" for i in range(30) if not 20 <= i < 25]
    assert stored_subjects(path) == expected
    assert poll_once(config, sessions).fetched == 0


def test_a_server_without_uidnext_is_polled_the_long_way(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    from service.poll.mailbox import open_source

    mail_user.deliver(make_message(subject="only"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    source = open_source(config, sessions)
    source.status = lambda folder: None  # type: ignore[method-assign]  # as a server that does not say
    try:
        assert poll_once(config, sessions, source=source).fetched == 1
        assert poll_once(config, sessions, source=source).fetched == 0
        mail_user.deliver(make_message(subject="second"))
        assert poll_once(config, sessions, source=source).fetched == 1
    finally:
        source.close()
