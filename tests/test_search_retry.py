"""A server that answers a search wrongly never makes Doorstep skip mail (against a real Dovecot,
its answers changed as GNU Mailutils' imap4d gives them).

imap4d finds nothing for `UID SEARCH UID 1:* SINCE …` (it mishandles `*`), while `UID 1:511`
finds all 500: `doorstep poll` said "Read 0 new message(s)" and moved the folder's mark to
UIDNEXT - 1, so that mail would never have been read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from service.config import load_config
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import FolderState, Message
from tests.mail import make_message
from tests.servers import MailUser

pytestmark = pytest.mark.dovecot


def _poll_with_search(
    monkeypatch: pytest.MonkeyPatch,
    mail_user: MailUser,
    write_config: Callable[..., Path],
    answer: Callable[[list[Any], list[int]], list[int]],
) -> tuple[int, int, int]:
    real = IMAPClient.search

    def search(self: IMAPClient, criteria: Any = "ALL", charset: str | None = None) -> Any:
        found = real(self, criteria, charset)
        return answer([str(c) for c in criteria], list(found))

    monkeypatch.setattr(IMAPClient, "search", search)
    config = load_config(write_config(mail_user.mailbox_toml(batch_size=20)))
    sessions = open_store(config.storage.url)
    try:
        report = poll_once(config, sessions)
        with sessions() as session:
            mark = session.query(FolderState).one().last_uid
            count = session.query(Message).count()
    finally:
        sessions.kw["bind"].dispose()
    return report.fetched, count, mark


def test_a_search_that_mishandles_star_is_asked_again_with_a_range(
    mail_user: MailUser,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for i in range(30):
        mail_user.deliver(make_message(subject=f"note {i}"))

    def imap4d(criteria: list[str], found: list[int]) -> list[int]:
        return [] if any("*" in c for c in criteria) else found

    with caplog.at_level(logging.WARNING):
        fetched, stored, mark = _poll_with_search(monkeypatch, mail_user, write_config, imap4d)
    assert (fetched, stored, mark) == (30, 30, 30)
    assert "found nothing, but UIDs 1:30 found 30" in caplog.text


def test_a_search_that_finds_nothing_at_all_does_not_move_the_mark_past_mail(
    mail_user: MailUser,
    write_config: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for i in range(5):
        mail_user.deliver(make_message(subject=f"note {i}"))

    def broken(criteria: list[str], found: list[int]) -> list[int]:
        return []

    with caplog.at_level(logging.WARNING):
        fetched, stored, mark = _poll_with_search(monkeypatch, mail_user, write_config, broken)
    assert (fetched, stored, mark) == (5, 5, 5)  # read by their INTERNALDATEs instead
    assert "5 message(s) in UIDs 1:5" in caplog.text
