"""The day's digest, built from what Doorstep read and stored once with its Message-ID, so that
every try sends the same bytes. Sending is `service.notify.outbox`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config
from service.notify.digest import DigestContent, NewPersonItem, build_digest, format_local
from service.notify.render import RenderedDigest, compose, new_digest_message_id, render_digest
from service.records import Tag
from service.store.corrections import pending_confirmations
from service.store.health import health_notices
from service.store.models import Correction, Digest, Message, NewPerson, Outage
from service.store.repo import messages_for_next_digest, to_record

log = logging.getLogger(__name__)


def local_day(config: Config, now: datetime) -> date:
    return now.astimezone(config.coach.zone).date()


def _unsent_digest_ids(session: Session, account: str) -> set[int]:
    return set(
        session.scalars(select(Digest.id).where(Digest.account == account, Digest.status != "sent"))
    )


def preview(
    sessions: sessionmaker[Session], config: Config, now: datetime
) -> tuple[DigestContent, RenderedDigest]:
    """What the digest would say if it were built now. Stores and sends nothing."""
    with sessions() as session:
        unsent = _unsent_digest_ids(session, config.mailbox.account)
        content = _build(session, config, now, unsent).content
    return content, render_digest(content)


@dataclass(frozen=True)
class _Built:
    content: DigestContent
    new_ids: set[int]
    correction_ids: set[int]
    new_person_ids: set[int]
    outage_ids: set[int]  # outages that are over, told in this digest


def _build(session: Session, config: Config, now: datetime, unsent: set[int]) -> _Built:
    account = config.mailbox.account
    rows = messages_for_next_digest(session, account, unsent)
    new_ids = {r.id for r in rows if r.digest_id is None or r.digest_id in unsent}
    last_sent = session.scalar(
        select(func.max(Digest.created_at)).where(
            Digest.account == account, Digest.status == "sent"
        )
    )
    answered = (
        select(func.count())
        .select_from(Message)
        .where(
            Message.account == account,
            Message.tag == Tag.REPLY_NEEDED.value,
            Message.answered_at.is_not(None),
        )
    )
    if last_sent is not None:
        answered = answered.where(Message.answered_at >= last_sent)
    corrections = pending_confirmations(session, account, unsent)
    people = list(
        session.scalars(
            select(NewPerson)
            .where(NewPerson.account == account)
            .where(NewPerson.digest_id.is_(None) | NewPerson.digest_id.in_(unsent or {-1}))
            .order_by(NewPerson.received_at)
        )
    )
    health = health_notices(
        session,
        account,
        now,
        config.coach.zone,
        timedelta(hours=config.digest.alert_after_hours),
        unsent,
        config.mailbox.folders,
        last_sent,
    )
    content = build_digest(
        [to_record(r) for r in rows],
        new_ids,
        local_day(config, now),
        now,
        config.coach.zone,
        config.coach.name,
        answered_since=int(session.scalar(answered) or 0),
        corrections=[text for _, text in corrections],
        nudge_days=config.digest.nudge_days,
        link_pattern=config.digest.message_link,
        new_people=[
            NewPersonItem(
                p.name,
                p.address,
                p.subject or "(no subject)",
                p.excerpt,
                format_local(p.received_at, config.coach.zone),
                p.note,
            )
            for p in people
        ],
        notices=health.lines,
        alarm=health.alarm,
    )
    return _Built(
        content,
        new_ids,
        {cid for cid, _ in corrections},
        {p.id for p in people},
        set(health.ended_ids),
    )


@dataclass(frozen=True)
class Prepared:
    digest_id: int | None
    already_sent: bool
    note: str
    refused: bool = False  # the server refused it; asked again, Doorstep tries again


def _existing(digest: Digest, zone: ZoneInfo) -> Prepared:
    if digest.status == "sent" and digest.sent_at is not None:
        when = format_local(digest.sent_at, zone)
        return Prepared(
            digest.id, True, f"Today's digest was already sent ({when}); one a day at most."
        )
    if digest.status == "skipped":
        return Prepared(None, True, 'Nothing new today and empty_day = "skip": no digest today.')
    if digest.status == "failed":
        return Prepared(
            digest.id,
            False,
            f"Today's digest was refused by the mail server: {digest.last_error}",
            refused=True,
        )
    return Prepared(digest.id, False, "Today's digest is stored and waiting to be sent.")


def prepare(sessions: sessionmaker[Session], config: Config, now: datetime) -> Prepared:
    """Today's digest, stored and ready to send; or why there is none."""
    day = local_day(config, now)
    try:
        return _prepare(sessions, config, now, day)
    except IntegrityError:
        # Another process stored today's digest at the same moment: theirs stands.
        with sessions() as session:
            existing = _digest_of(session, config.mailbox.account, day)
            if existing is None:
                raise
            return _existing(existing, config.coach.zone)


def _prepare(sessions: sessionmaker[Session], config: Config, now: datetime, day: date) -> Prepared:
    account = config.mailbox.account
    with sessions.begin() as session:
        existing = _digest_of(session, account, day)
        if existing is not None:
            return _existing(existing, config.coach.zone)
        unsent = _unsent_digest_ids(session, account)
        built = _build(session, config, now, unsent)
        content = built.content
        if content.is_empty and config.digest.empty_day == "skip":
            # Recorded, so the day is decided: mail arriving later waits for tomorrow's digest.
            session.add(
                Digest(
                    account=account,
                    day=day,
                    message_id=None,
                    subject="",
                    raw=b"",
                    text="",
                    html="",
                    created_at=now,
                    attempts=0,
                    status="skipped",
                )
            )
            return Prepared(
                None, True, 'Nothing new today and empty_day = "skip": no digest today.'
            )
        rendered = render_digest(content)
        message_id = new_digest_message_id(content, config.digest_from)
        raw = compose(rendered, config.digest_from, config.digest_to, message_id, now).as_bytes()
        # Older digests that never went out are replaced by this one, which carries their messages.
        session.execute(
            update(Digest)
            .where(Digest.account == account, Digest.status == "pending")
            .values(status="superseded")
        )
        digest = Digest(
            account=account,
            day=day,
            message_id=message_id,
            subject=rendered.subject,
            raw=raw,
            text=rendered.text,
            html=rendered.html,
            created_at=now,
            attempts=0,
            status="pending",
        )
        session.add(digest)
        session.flush()
        _link(session, digest.id, built)
        log.info("Digest for %s stored as %s (%s)", day, message_id, content.summary)
        return Prepared(digest.id, False, "Today's digest is stored and ready to send.")


def _link(session: Session, digest_id: int, built: _Built) -> None:
    """What the digest tells, marked as told in it."""
    if built.new_ids:
        session.execute(
            update(Message).where(Message.id.in_(built.new_ids)).values(digest_id=digest_id)
        )
    if built.outage_ids:
        session.execute(
            update(Outage)
            .where(Outage.id.in_(built.outage_ids))
            .values(reported_digest_id=digest_id)
        )
    if built.new_person_ids:
        session.execute(
            update(NewPerson)
            .where(NewPerson.id.in_(built.new_person_ids))
            .values(digest_id=digest_id)
        )
    if built.correction_ids:
        session.execute(
            update(Correction)
            .where(Correction.id.in_(built.correction_ids))
            .values(confirmed_in_digest_id=digest_id)
        )


def rebuild_if_read_since(
    sessions: sessionmaker[Session], config: Config, digest_id: int, now: datetime
) -> bytes | None:
    """A stored digest that said the mailbox could not be read, now that it can: built again in
    place (a new Message-ID: it is a different digest), not resent. Its new bytes, or None."""
    with sessions.begin() as session:
        digest = session.get(Digest, digest_id)
        if digest is None or not digest.text.startswith("!! "):  # the alarm is the first line
            return None
        unsent = _unsent_digest_ids(session, config.mailbox.account)
        built = _build(session, config, now, unsent)
        if built.content.alarm:
            return None  # still not read: the stored digest says so
        rendered = render_digest(built.content)
        message_id = new_digest_message_id(built.content, config.digest_from)
        raw = compose(rendered, config.digest_from, config.digest_to, message_id, now).as_bytes()
        digest.message_id, digest.subject, digest.raw = message_id, rendered.subject, raw
        digest.text, digest.html, digest.created_at = rendered.text, rendered.html, now
        session.flush()
        _link(session, digest_id, built)
        log.info("Digest for %s built again now that the mailbox was read", digest.day)
        return raw


def _digest_of(session: Session, account: str, day: date) -> Digest | None:
    return session.scalar(select(Digest).where(Digest.account == account, Digest.day == day))
