"""The digests table: one row per coach's local day, what each told, and its sending.

A sender claims a row with one conditional UPDATE (pending → sending), so of two senders at once
only one wins, on SQLite and PostgreSQL alike; a claim older than its `until` is a sender that
died and may be taken again.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.records import Tag
from service.store.models import Correction, Digest, Message, NewPerson, Outage

UNSENT_ALARM = timedelta(hours=24)  # a digest not out after this is an error, not a delay


@dataclass(frozen=True)
class Told:
    """What one digest tells, marked as told in it once it is stored."""

    messages: Set[int]
    corrections: Set[int]
    new_people: Set[int]
    outages: Set[int]  # outages that are over


@dataclass(frozen=True)
class Due:
    """A stored digest waiting to be sent."""

    id: int
    raw: bytes
    day: date
    created_at: datetime


def unsent_digest_ids(session: Session, account: str) -> set[int]:
    return set(
        session.scalars(select(Digest.id).where(Digest.account == account, Digest.status != "sent"))
    )


def sent_digest_message_ids(session: Session, account: str) -> frozenset[str]:
    """The Message-IDs of the digests sent to the coach: her reply to one is read for corrections."""
    found = session.scalars(select(Digest.message_id).where(Digest.account == account))
    return frozenset(m for m in found if m)


def digest_of(session: Session, account: str, day: date) -> Digest | None:
    return session.scalar(select(Digest).where(Digest.account == account, Digest.day == day))


def last_sent_at(session: Session, account: str) -> datetime | None:
    return session.scalar(
        select(func.max(Digest.created_at)).where(
            Digest.account == account, Digest.status == "sent"
        )
    )


def answered_since(session: Session, account: str, since: datetime | None) -> int:
    """Reply-needed client messages answered since `since` (all of them, when None)."""
    query = (
        select(func.count())
        .select_from(Message)
        .where(
            Message.account == account,
            Message.tag == Tag.REPLY_NEEDED.value,
            Message.answered_at.is_not(None),
        )
    )
    if since is not None:
        query = query.where(Message.answered_at >= since)
    return int(session.scalar(query) or 0)


def new_people_to_tell(session: Session, account: str, unsent: Set[int]) -> list[NewPerson]:
    return list(
        session.scalars(
            select(NewPerson)
            .where(NewPerson.account == account)
            .where(NewPerson.digest_id.is_(None) | NewPerson.digest_id.in_(unsent or {-1}))
            .order_by(NewPerson.received_at)
        )
    )


def add_digest(session: Session, digest: Digest, told: Told | None = None) -> int:
    """Store a new digest row (pending digests it replaces are superseded: it carries their
    messages) and mark what it tells as told in it. Its id."""
    if digest.status == "pending":
        session.execute(
            update(Digest)
            .where(Digest.account == digest.account, Digest.status == "pending")
            .values(status="superseded")
        )
    session.add(digest)
    session.flush()
    if told is not None:
        mark_told(session, digest.id, told)
    return digest.id


def mark_told(session: Session, digest_id: int, told: Told) -> None:
    """What the digest tells, marked as told in it."""
    if told.messages:
        session.execute(
            update(Message).where(Message.id.in_(told.messages)).values(digest_id=digest_id)
        )
    if told.outages:
        session.execute(
            update(Outage).where(Outage.id.in_(told.outages)).values(reported_digest_id=digest_id)
        )
    if told.new_people:
        session.execute(
            update(NewPerson).where(NewPerson.id.in_(told.new_people)).values(digest_id=digest_id)
        )
    if told.corrections:
        session.execute(
            update(Correction)
            .where(Correction.id.in_(told.corrections))
            .values(confirmed_in_digest_id=digest_id)
        )


def _claimable(now: datetime) -> ColumnElement[bool]:
    stale = and_(Digest.status == "sending", Digest.next_attempt_at <= now)
    return or_(Digest.status == "pending", stale)


def due_digests(
    sessions: sessionmaker[Session], account: str, now: datetime, force: bool = False
) -> list[Due]:
    """Every stored digest not gone out whose retry time has come (with `force`, all of them)."""
    with sessions() as session:
        return [
            Due(d.id, d.raw, d.day, d.created_at)
            for d in session.scalars(
                select(Digest)
                .where(Digest.account == account)
                .where(_claimable(now) if not force else Digest.status.in_(("pending", "sending")))
                .order_by(Digest.day)
            )
            if d.status == "sending"
            or force
            or d.next_attempt_at is None
            or d.next_attempt_at <= now
        ]


def claim(sessions: sessionmaker[Session], digest_id: int, now: datetime, until: datetime) -> bool:
    """Take the digest for sending; whether this process won it (one conditional UPDATE)."""
    with sessions.begin() as session:
        result = session.execute(
            update(Digest)
            .where(Digest.id == digest_id, _claimable(now))
            .values(status="sending", next_attempt_at=until)
        )
        return int(getattr(result, "rowcount", 0) or 0) == 1


def record_sent(sessions: sessionmaker[Session], digest_id: int, now: datetime) -> None:
    with sessions.begin() as session:
        session.execute(
            update(Digest)
            .where(Digest.id == digest_id)
            .values(
                status="sent",
                sent_at=now,
                last_error=None,
                next_attempt_at=None,
                attempts=Digest.attempts + 1,
            )
        )


def record_failure(
    sessions: sessionmaker[Session],
    digest_id: int,
    error: str,
    now: datetime,
    pause: Callable[[int], timedelta] | None,
) -> None:
    """A failed send: refused for good (`pause` None: status "failed"), or to be tried again
    after `pause(attempts so far)`."""
    with sessions.begin() as session:
        digest = session.get(Digest, digest_id)
        if digest is None or digest.status == "sent":
            return
        digest.attempts += 1
        digest.last_error = error
        digest.status = "failed" if pause is None else "pending"
        digest.next_attempt_at = None if pause is None else now + pause(digest.attempts)


def retry_refused(sessions: sessionmaker[Session], digest_id: int) -> None:
    """A refused digest is sent again when asked (the coach may have fixed the cause)."""
    with sessions.begin() as session:
        session.execute(
            update(Digest)
            .where(Digest.id == digest_id, Digest.status == "failed")
            .values(status="pending", next_attempt_at=None)
        )


def no_digest_for(sessions: sessionmaker[Session], account: str, day: date) -> bool:
    with sessions() as session:
        today = select(Digest.id).where(Digest.account == account, Digest.day == day)
        return session.scalar(today) is None
