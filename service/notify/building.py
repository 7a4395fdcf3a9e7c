"""The day's digest, built from what Doorstep read and stored once with its Message-ID, so that
every try sends the same bytes. Sending is `service.notify.outbox`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import local_day
from service.config import Config
from service.notify.digest import DigestContent, NewPersonItem, build_digest, format_local
from service.notify.render import RenderedDigest, compose, new_digest_message_id, render_digest
from service.store.corrections import pending_confirmations
from service.store.digests import (
    Told,
    add_digest,
    answered_since,
    digest_of,
    last_sent_at,
    mark_told,
    new_people_to_tell,
    unsent_digest_ids,
)
from service.store.health import health_notices
from service.store.messages import messages_for_next_digest, to_record
from service.store.models import Digest

log = logging.getLogger(__name__)


def preview(
    sessions: sessionmaker[Session], config: Config, now: datetime
) -> tuple[DigestContent, RenderedDigest]:
    """What the digest would say if it were built now. Stores and sends nothing."""
    with sessions() as session:
        unsent = unsent_digest_ids(session, config.mailbox.account)
        content = _build(session, config, now, unsent).content
    return content, render_digest(content)


@dataclass(frozen=True)
class StoredToday:
    rendered: RenderedDigest
    said: str  # which digest it is, for the coach: "today's digest, as sent at Thu 3 Dec, 07:30"


def stored_today(
    sessions: sessionmaker[Session], config: Config, now: datetime
) -> StoredToday | None:
    """Today's digest as it was stored, sent or waiting to be sent: what the coach got (or will
    get) today, word for word. None before it is built, on a skipped day, or once its text is
    forgotten; the preview is then what the digest would say if it were built now."""
    with sessions() as session:
        digest = digest_of(session, config.mailbox.account, local_day(config.coach.zone, now))
        if digest is None or not digest.html:
            return None
        if digest.status == "sent" and digest.sent_at is not None:
            said = f"today's digest, as sent at {format_local(digest.sent_at, config.coach.zone)}"
        else:
            said = "today's digest, stored and not sent yet"
        return StoredToday(RenderedDigest(digest.subject, digest.text, digest.html), said)


@dataclass(frozen=True)
class _Built:
    content: DigestContent
    told: Told


def _build(session: Session, config: Config, now: datetime, unsent: set[int]) -> _Built:
    account = config.mailbox.account
    rows = messages_for_next_digest(session, account, unsent)
    new_ids = {r.id for r in rows if r.digest_id is None or r.digest_id in unsent}
    last_sent = last_sent_at(session, account)
    level = config.digest.content  # how much of what clients wrote it shows
    corrections = pending_confirmations(session, account, unsent, subjects=level == "full")
    people = new_people_to_tell(session, account, unsent)
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
        local_day(config.coach.zone, now),
        now,
        config.coach.zone,
        config.coach.name,
        answered_since=answered_since(session, account, last_sent),
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
        content=level,
    )
    told = Told(
        messages=new_ids,
        corrections={cid for cid, _ in corrections},
        new_people={p.id for p in people},
        outages=set(health.ended_ids),
    )
    return _Built(content, told)


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
    day = local_day(config.coach.zone, now)
    try:
        return _prepare(sessions, config, now, day)
    except IntegrityError:
        # Another process stored today's digest at the same moment: theirs stands.
        with sessions() as session:
            existing = digest_of(session, config.mailbox.account, day)
            if existing is None:
                raise
            return _existing(existing, config.coach.zone)


def _prepare(sessions: sessionmaker[Session], config: Config, now: datetime, day: date) -> Prepared:
    account = config.mailbox.account
    with sessions.begin() as session:
        existing = digest_of(session, account, day)
        if existing is not None:
            return _existing(existing, config.coach.zone)
        unsent = unsent_digest_ids(session, account)
        built = _build(session, config, now, unsent)
        content = built.content
        if content.is_empty and config.digest.empty_day == "skip":
            # Recorded, so the day is decided: mail arriving later waits for tomorrow's digest.
            add_digest(
                session,
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
                ),
            )
            return Prepared(
                None, True, 'Nothing new today and empty_day = "skip": no digest today.'
            )
        rendered = render_digest(content)
        message_id = new_digest_message_id(content, config.digest_from)
        raw = compose(rendered, config.digest_from, config.digest_to, message_id, now).as_bytes()
        # Older digests that never went out are replaced by this one, which carries their messages.
        digest_id = add_digest(
            session,
            Digest(
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
            ),
            built.told,
        )
        log.info("Digest for %s stored as %s (%s)", day, message_id, content.summary)
        return Prepared(digest_id, False, "Today's digest is stored and ready to send.")


def rebuild_if_read_since(
    sessions: sessionmaker[Session], config: Config, digest_id: int, now: datetime
) -> bytes | None:
    """A stored digest that said the mailbox could not be read, now that it can: built again in
    place (a new Message-ID: it is a different digest), not resent. Its new bytes, or None."""
    with sessions.begin() as session:
        digest = session.get(Digest, digest_id)
        if digest is None or not digest.text.startswith("!! "):  # the alarm is the first line
            return None
        unsent = unsent_digest_ids(session, config.mailbox.account)
        built = _build(session, config, now, unsent)
        if built.content.alarm:
            return None  # still not read: the stored digest says so
        rendered = render_digest(built.content)
        message_id = new_digest_message_id(built.content, config.digest_from)
        raw = compose(rendered, config.digest_from, config.digest_to, message_id, now).as_bytes()
        digest.message_id, digest.subject, digest.raw = message_id, rendered.subject, raw
        digest.text, digest.html, digest.created_at = rendered.text, rendered.html, now
        session.flush()
        mark_told(session, digest_id, built.told)
        log.info("Digest for %s built again now that the mailbox was read", digest.day)
        return raw
