"""What the coach's sent mail answers: replies matched to the client messages they answer,
"you wrote after this", and corrections the coach emailed in reply to a digest."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, update
from sqlalchemy.orm import Session, sessionmaker

from service.common.errors import DoorstepError
from service.records import Kind, SentRecord, Tag
from service.store.corrections import apply_correction
from service.store.folders import _move_mark
from service.store.follow_ups import asked_before
from service.store.models import (
    Message,
)

log = logging.getLogger(__name__)


CALL_BACK_WINDOW = timedelta(hours=24)  # a direct email answers the voicemails and texts this old


def commit_sent_batch(
    sessions: sessionmaker[Session],
    account: str,
    folder: str,
    uidvalidity: int,
    high_uid: int,
    records: Sequence[SentRecord],
    now: datetime,
) -> int:
    """Mark the client messages these sent messages answer, and move the Sent folder's mark.

    A client message is answered by a sent message that replies to it (its In-Reply-To, or the
    last of its References), or to her follow-up of it (`follow_ups`). A direct email to a client, one that replies to nothing, answers
    that client's voicemails and texts of the 24 hours before it (a call back by email), and no
    other message: a later email about something else answers nothing. Returns how many were
    newly answered.
    """
    answered = 0
    with sessions.begin() as session:
        for record in records:
            when = record.sent_at or now
            if record.replies_to:
                asked = record.replies_to | asked_before(session, account, record.replies_to)
                answered += _mark_answered(
                    session, account, Message.message_id.in_(asked), when, "replied"
                )
            elif record.clients:
                arrived = func.coalesce(Message.sent_at, Message.received_at)
                answered += _mark_answered(
                    session,
                    account,
                    Message.client_name.in_(record.clients)
                    & Message.kind.in_((Kind.VOICEMAIL.value, Kind.SMS.value))
                    & (arrived <= when)
                    & (arrived >= when - CALL_BACK_WINDOW),
                    when,
                    "wrote",
                )
            if record.clients:  # it may have answered these too: the digest asks, never decides
                _mark_wrote_after(session, account, record.clients, when)
        _move_mark(session, account, folder, uidvalidity, high_uid)
    return answered


WROTE_AFTER = "wrote_after"  # answered_how, with answered_at still empty: "you wrote after this"


def _mark_wrote_after(
    session: Session, account: str, clients: frozenset[str], when: datetime
) -> None:
    """Note, on each still-open reply-needed email of these clients that came before `when`,
    that the coach wrote to them after it (without calling it answered)."""
    arrived = func.coalesce(Message.sent_at, Message.received_at)
    session.execute(
        update(Message)
        .where(
            Message.account == account,
            Message.client_name.in_(clients),
            Message.kind == Kind.EMAIL.value,
            Message.tag == Tag.REPLY_NEEDED.value,
            Message.answered_at.is_(None),
            Message.answered_how.is_(None),
            arrived <= when,
        )
        .values(answered_how=WROTE_AFTER)
    )


def _mark_answered(
    session: Session, account: str, which: ColumnElement[bool], when: datetime, how: str
) -> int:
    """Mark the mailbox's still-open reply-needed messages that `which` selects as answered;
    how many."""
    result = session.execute(
        update(Message)
        .where(Message.account == account, which, Message.answered_at.is_(None))
        .where(Message.tag == Tag.REPLY_NEEDED.value)
        .values(answered_at=when, answered_how=how)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _apply_emailed_corrections(
    session: Session, account: str, lines: Sequence[tuple[int, str]], now: datetime
) -> None:
    for number, word in lines:
        try:
            with session.begin_nested():
                apply_correction(session, account, number, word, "email", now)
            log.info(
                "Applied a correction from the coach's reply to the digest: #%d %s", number, word
            )
        except DoorstepError as e:
            log.warning("A correction line in your reply to the digest was not applied: %s", e)
