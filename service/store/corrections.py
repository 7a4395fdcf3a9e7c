"""The coach's corrections: `doorstep mark` and correction lines in a reply to the digest."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from service.common.errors import DoorstepError
from service.records import ANSWERED, Lessons, Tag, normalise_mark
from service.store.models import Correction, Message


@dataclass(frozen=True)
class Applied:
    message_id: int
    summary: str  # e.g. "#3 Jane Doe — Thursday: reply-needed → FYI"


_LABEL = {Tag.FYI.value: "FYI", Tag.REPLY_NEEDED.value: "reply-needed", ANSWERED: "answered"}


def apply_correction(
    session: Session, account: str, message_id: int, mark: str, source: str, now: datetime
) -> Applied:
    """Apply one correction to a message of the mailbox `account`, inside the caller's
    transaction; `DoorstepError` for an unknown ID (or another mailbox's)."""
    to_tag = normalise_mark(mark)
    if to_tag is None:
        raise DoorstepError(f"{mark!r} is not a mark; use fyi, reply_needed or answered.")
    message = session.get(Message, message_id)
    if message is None or message.account != account:
        raise DoorstepError(
            f"There is no message #{message_id}. The numbers are shown in the digest and by 'doorstep status'."
        )
    before = ANSWERED if message.answered_at is not None else message.tag
    if to_tag == ANSWERED:
        message.answered_at = now
        message.answered_how = "marked" if source == "command" else "email"
    else:
        message.tag = to_tag
        message.answered_at = None
        message.answered_how = None
    session.add(
        Correction(
            message_id=message.id,
            client_name=message.client_name,
            rule=message.rule,
            phrase=message.phrase,
            from_tag=message.classified_tag,
            to_tag=to_tag,
            source=source,
            created_at=now,
        )
    )
    return Applied(
        message.id,
        f"#{message.id} {message.client_name} — {message.subject or '(no subject)'}: "
        f"{_LABEL.get(before, before)} → {_LABEL[to_tag]}",
    )


def mark(
    sessions: sessionmaker[Session], account: str, message_id: int, word: str, now: datetime
) -> Applied:
    with sessions.begin() as session:
        return apply_correction(session, account, message_id, word, "command", now)


def load_lessons(session: Session, account: str) -> Lessons:
    """What the coach of `account` taught by their corrections (not another coach's)."""
    rows = session.execute(
        select(
            Correction.client_name,
            Correction.rule,
            Correction.phrase,
            Correction.from_tag,
            Correction.to_tag,
            func.count(),
        )
        .join(Message, Message.id == Correction.message_id)
        .where(Message.account == account)
        .group_by(
            Correction.client_name,
            Correction.rule,
            Correction.phrase,
            Correction.from_tag,
            Correction.to_tag,
        )
    ).all()
    sender_to_fyi: Counter[tuple[str, str]] = Counter()
    phrase_to_fyi: Counter[str] = Counter()
    sender_to_reply: Counter[str] = Counter()
    for client, rule, phrase, from_tag, to_tag, count in rows:
        if from_tag == Tag.REPLY_NEEDED.value and to_tag == Tag.FYI.value:
            sender_to_fyi[(client, rule)] += count
            if phrase:
                phrase_to_fyi[phrase] += count
        elif from_tag == Tag.FYI.value and to_tag == Tag.REPLY_NEEDED.value:
            sender_to_reply[client] += count
    return Lessons(dict(sender_to_fyi), dict(phrase_to_fyi), dict(sender_to_reply))


def pending_confirmations(
    session: Session, account: str, unsent_digests: set[int], subjects: bool = True
) -> list[tuple[int, str]]:
    """The mailbox's corrections not yet confirmed in a sent digest: (correction id, what the
    digest says). `subjects`: whether it names the message by its subject (the client's words)."""
    rows = session.execute(
        select(Correction, Message)
        .join(Message, Message.id == Correction.message_id)
        .where(Message.account == account)
        .where(
            Correction.confirmed_in_digest_id.is_(None)
            | Correction.confirmed_in_digest_id.in_(unsent_digests or {-1})
        )
        .order_by(Correction.id)
    ).all()
    return [
        (
            c.id,
            f"#{m.id} {m.client_name}"
            + (f" — {m.subject or '(no subject)'}" if subjects else "")
            + f": now {_LABEL[c.to_tag]}"
            + (" (from your reply)" if c.source == "email" else ""),
        )
        for c, m in rows
    ]
