"""The store's writes and reads. Each function is one transaction, or runs inside the caller's."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, Table, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from service.classify.text import excerpt, fresh_text
from service.errors import DoorstepError
from service.records import ClientStatus, Kind, Processed, SentRecord, StoredMessage, Tag
from service.store.corrections import apply_correction
from service.store.follow_ups import asked_before
from service.store.identity import (
    KnownIdentities,
    body_hash,
    identity_of,
    storable,
    storable_row,
)
from service.store.models import (
    FolderState,
    LocalUid,
    Message,
    NewPerson,
    ParseFailureRecord,
    RosterAddress,
    UnknownSender,
)

log = logging.getLogger(__name__)


def _insert_ignoring_duplicates(
    session: Session,
    model: type[Message | ParseFailureRecord | NewPerson],
    values: dict[str, object],
) -> bool:
    """INSERT … ON CONFLICT DO NOTHING; True when a row was written."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    result = session.execute(insert(model).values(**values).on_conflict_do_nothing())
    return bool(getattr(result, "rowcount", 0))


def _insert_many_ignoring_duplicates(session: Session, rows: list[dict[str, object]]) -> int:
    """One executemany INSERT … ON CONFLICT DO NOTHING of many rows; how many were written.
    About 20 times faster than one ORM statement a row. SQLite's driver counts the rows written
    (its rowcount); psycopg's rowcount of an executemany is -1, so there RETURNING id counts
    them (on SQLite RETURNING costs 15 µs a row more)."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = Message.__table__
    assert isinstance(table, Table)
    statement = insert(table).on_conflict_do_nothing()
    if dialect == "postgresql":
        return len(session.connection().execute(statement.returning(table.c.id), rows).all())
    return max(int(getattr(session.connection().execute(statement, rows), "rowcount", 0)), 0)


class LocalUidStore:
    """Stable UIDs for a local Maildir/mbox, kept in Doorstep's database, never in the mailbox."""

    def __init__(self, sessions: sessionmaker[Session], account: str) -> None:
        self._sessions = sessions
        self._account = account

    def assign(self, folder: str, keys: Sequence[str]) -> dict[str, int]:
        with self._sessions.begin() as session:
            # Two polls at once must not number new keys each in its own way: one at a time
            # (SQLite's transactions already are; PostgreSQL takes a lock for the folder).
            if session.get_bind().dialect.name == "postgresql":
                lock = func.pg_advisory_xact_lock(func.hashtext(f"{self._account}\n{folder}"))
                session.execute(select(lock))
            rows = session.execute(
                select(LocalUid.key, LocalUid.uid).where(
                    LocalUid.account == self._account, LocalUid.folder == folder
                )
            ).all()
            known = {row.key: row.uid for row in rows}
            next_uid = max(known.values(), default=0) + 1
            for key in keys:
                if key not in known:
                    session.add(
                        LocalUid(account=self._account, folder=folder, key=key, uid=next_uid)
                    )
                    known[key] = next_uid
                    next_uid += 1
        wanted = set(keys)
        return {key: uid for key, uid in known.items() if key in wanted}


def folder_states(
    session: Session, account: str, folders: Sequence[str]
) -> dict[str, FolderState | None]:
    """Each folder's state (None for one never polled), in one query."""
    found = {
        s.folder: s
        for s in session.scalars(
            select(FolderState).where(
                FolderState.account == account, FolderState.folder.in_(folders)
            )
        )
    }
    return {f: found.get(f) for f in folders}


def folder_state(session: Session, account: str, folder: str) -> FolderState | None:
    return session.scalar(
        select(FolderState).where(FolderState.account == account, FolderState.folder == folder)
    )


@dataclass(frozen=True)
class FolderStart:
    last_uid: int  # everything up to this UID is handled
    renumbered: bool  # the server gave the folder a new UIDVALIDITY since the last poll
    since: date | None  # read only mail delivered on or after this day


def start_folder(
    sessions: sessionmaker[Session],
    account: str,
    folder: str,
    uidvalidity: int,
    now: datetime,
    since: date | None,
) -> FolderStart:
    """Where to resume reading a folder.

    The first poll of a folder fixes `since` (today less history_days), so years of old mail
    never flood the first digest. When the server renumbered the folder (a new UIDVALIDITY) the
    mark starts again at 0; messages already stored are recognised by Message-ID when they come
    round again, so nothing is doubled.
    """
    with sessions.begin() as session:
        state = folder_state(session, account, folder)
        if state is None:
            # Two first polls at once: the one that comes second finds the row the first wrote.
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            written = session.execute(
                insert(FolderState)
                .values(
                    account=account,
                    folder=folder,
                    uidvalidity=uidvalidity,
                    last_uid=0,
                    last_poll_at=now,
                    since=since,
                )
                .on_conflict_do_nothing()
            )
            if getattr(written, "rowcount", 0):
                return FolderStart(0, False, since)
            state = folder_state(session, account, folder)
            assert state is not None
        if state.uidvalidity != uidvalidity:
            # Mail up to the last good poll under the old numbers was read then.
            state.renumbered_at = state.last_success_at or state.last_poll_at or now
            state.uidvalidity = uidvalidity
            state.last_uid = 0
            state.last_poll_at = now
            return FolderStart(0, True, state.since)
        state.last_poll_at = now
        return FolderStart(state.last_uid, False, state.since)


def finish_folder(
    sessions: sessionmaker[Session],
    account: str,
    folder: str,
    now: datetime,
    error: str | None,
    checked_only: bool = False,
) -> None:
    """Note how a folder's poll ended. `checked_only`: the server said nothing is new, so this
    was the whole poll of it (its time is noted as the last poll too)."""
    with sessions.begin() as session:
        state = folder_state(session, account, folder)
        if state is None:
            return
        state.last_error = error
        if error is None:
            state.last_success_at = now
        if checked_only:
            state.last_poll_at = now


def _message_values(item: Processed, account: str, now: datetime) -> dict[str, object]:
    raw, parsed, verdict, client = item.raw, item.parsed, item.verdict, item.match.client
    assert client is not None and verdict is not None
    note = item.note
    body = note.transcript if note else parsed.body_text if parsed else ""
    clean = body if note else item.fresh if item.fresh is not None else fresh_text(body)
    return {
        "account": account,
        "folder": raw.folder,
        "uidvalidity": raw.uidvalidity,
        "uid": raw.uid,
        "message_id": parsed.message_id
        if parsed
        else (item.failure.message_id if item.failure else ""),
        "client_name": client.name,
        "client_status": (item.client_status or client.status).value,
        "sender_email": item.match.address or "",
        "subject": parsed.subject if parsed else (item.failure.subject if item.failure else ""),
        "sent_at": parsed.date if parsed else None,
        "received_at": now,
        "kind": verdict.kind.value,
        "tag": verdict.tag.value,
        "classified_tag": verdict.tag.value,
        "rule": verdict.rule,
        "phrase": verdict.phrase[:200],
        "urgent": verdict.urgent,
        "reasons": json.dumps(list(verdict.reasons)),
        "excerpt": excerpt(clean, limit=600 if note else 280),
        "phone": note.number if note else None,
        "phone_service": note.service if note else None,
        "call_duration": note.duration if note else None,
        "body_text": body,
        "attachment_names": json.dumps(
            list(note.audio if note else parsed.attachment_names if parsed else ())
        ),
        "in_reply_to": parsed.in_reply_to if parsed else "",
        "references": " ".join(parsed.references) if parsed else "",
        "parse_error": item.failure.error if item.failure else None,
        "content_hash": hashlib.sha256(raw.data).hexdigest(),
        "body_hash": body_hash(raw.data),
        "server_id": raw.server_id or None,
    }


def commit_batch(
    sessions: sessionmaker[Session],
    account: str,
    folder: str,
    uidvalidity: int,
    high_uid: int,
    items: Sequence[Processed],
    now: datetime,
) -> int:
    """Store a batch and move the folder's mark to `high_uid`, in one transaction.

    Returns how many client messages were newly stored. Re-running the same batch stores nothing
    twice: the (account, folder, UIDVALIDITY, UID) key is unique and inserts skip duplicates.
    """
    unknown: Counter[str] = Counter()
    with sessions.begin() as session:
        # The folder's row first, locked till the commit: a second poll at once waits here, and
        # then counts nothing that this one counted.
        state = session.scalar(
            select(FolderState)
            .where(FolderState.account == account, FolderState.folder == folder)
            .with_for_update()
        )
        client_items = [i for i in items if i.match.client is not None and i.verdict is not None]
        keys = {id(i): identity_of(i) for i in client_items}
        known = KnownIdentities(session, account, list(keys.values()))
        rows: list[dict[str, object]] = []
        for item in items:
            if item.match.client is not None and item.verdict is not None:
                key = keys[id(item)]
                if key in known:
                    continue  # seen before in another folder or UIDVALIDITY, or in this batch
                rows.append(storable_row(_message_values(item, account, now)))
                known.add(key)
            elif not _first_reading(state, item):
                continue  # counted, told or applied when it was first read
            elif item.corrections:
                _apply_emailed_corrections(session, account, item.corrections, now)
            elif item.failure is not None:
                _insert_ignoring_duplicates(
                    session,
                    ParseFailureRecord,
                    storable_row(
                        {
                            "account": account,
                            "folder": folder,
                            "uidvalidity": item.raw.uidvalidity,
                            "uid": item.raw.uid,
                            "error": item.failure.error,
                            "seen_at": now,
                        }
                    ),
                )
            elif item.match.address and not (item.match.own_digest or item.match.from_coach):
                unknown[storable(item.match.address)] += 1
                if item.prospect is not None:
                    p = item.prospect
                    _insert_ignoring_duplicates(
                        session,
                        NewPerson,
                        storable_row(
                            {
                                "account": account,
                                "folder": folder,
                                "uidvalidity": item.raw.uidvalidity,
                                "uid": item.raw.uid,
                                "name": p.name,
                                "address": p.address,
                                "subject": p.subject,
                                "excerpt": p.excerpt,
                                "note": p.note,
                                "received_at": (
                                    item.parsed.date if item.parsed and item.parsed.date else now
                                ),
                            }
                        ),
                    )
        stored = _insert_many_ignoring_duplicates(session, rows)
        _count_unknown(session, account, unknown, now)
        _move_mark(session, account, folder, uidvalidity, high_uid)
    return stored


def _first_reading(state: FolderState | None, item: Processed) -> bool:
    """Whether this is the first time a message not stored (another sender's, the coach's
    correction, an unreadable one) is read: past the folder's mark, and not mail from before a
    renumbering that was read under the old numbers (known by its date; undated mail then
    counts as read)."""
    if state is None or item.raw.uidvalidity != state.uidvalidity:
        return True
    if item.raw.uid <= state.last_uid:
        return False
    if state.renumbered_at is None:
        return True
    sent = item.parsed.date if item.parsed else None
    renumbered = state.renumbered_at
    renumbered = renumbered if renumbered.tzinfo else renumbered.replace(tzinfo=UTC)
    return sent is not None and sent > renumbered


def _move_mark(
    session: Session, account: str, folder: str, uidvalidity: int, high_uid: int
) -> None:
    session.execute(
        update(FolderState)
        .where(
            FolderState.account == account,
            FolderState.folder == folder,
            FolderState.uidvalidity == uidvalidity,
            FolderState.last_uid < high_uid,
        )
        .values(last_uid=high_uid)
    )


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


def _count_unknown(session: Session, account: str, counts: Counter[str], now: datetime) -> None:
    """Add a batch's counts per unknown sender: one query for the batch, not one per message."""
    if not counts:
        return
    rows = session.scalars(
        select(UnknownSender).where(
            UnknownSender.account == account, UnknownSender.address.in_(list(counts))
        )
    ).all()
    for row in rows:
        row.count += counts.pop(row.address)
        row.last_seen_at = now
    session.add_all(
        UnknownSender(account=account, address=address, count=n, last_seen_at=now)
        for address, n in counts.items()
    )


def to_record(row: Message) -> StoredMessage:
    return StoredMessage(
        id=row.id,
        client_name=row.client_name,
        client_status=ClientStatus(row.client_status),
        sender_email=row.sender_email,
        subject=row.subject,
        received=row.sent_at or row.received_at,
        kind=Kind(row.kind),
        tag=Tag(row.tag),
        urgent=row.urgent,
        reasons=tuple(json.loads(row.reasons)),
        excerpt=row.excerpt,
        attachment_names=tuple(json.loads(row.attachment_names)),
        message_id=row.message_id,
        parse_error=row.parse_error,
        answered=row.answered_at is not None,
        wrote_after=row.answered_at is None and row.answered_how == WROTE_AFTER,
        phone=row.phone,
        phone_service=row.phone_service,
        call_duration=row.call_duration,
    )


def messages_for_next_digest(
    session: Session, account: str, unsent_digests: set[int]
) -> list[Message]:
    """The mailbox's messages not yet in a sent digest (but ignored mail), plus every
    reply-needed still unanswered."""
    not_yet_sent = Message.digest_id.is_(None) | Message.digest_id.in_(unsent_digests or {-1})
    return list(
        session.scalars(
            select(Message)
            .where(Message.account == account)
            .where(
                or_(
                    not_yet_sent & (Message.tag != Tag.IGNORED.value),
                    (Message.tag == Tag.REPLY_NEEDED.value) & Message.answered_at.is_(None),
                )
            )
            .order_by(Message.id)
        )
    )


def counts_by_tag(session: Session, account: str) -> dict[str, int]:
    rows = session.execute(
        select(Message.tag, func.count()).where(Message.account == account).group_by(Message.tag)
    ).all()
    return {str(tag): int(n) for tag, n in rows}


# The roster (as a set of addresses) last found fully known, per database and mailbox: a poll
# with nothing new then asks the database nothing about the roster. Only the same set is taken
# as known; any change to it (an address added, or removed and forgotten) is looked up again.
_ROSTER_KNOWN: dict[tuple[str, str], frozenset[str]] = {}


def roster_changes(
    sessions: sessionmaker[Session], account: str, current: set[str]
) -> tuple[set[str], bool]:
    """Client addresses not seen by an earlier poll, and whether this is the mailbox's first poll."""
    key = (str(sessions.kw["bind"].url), account)
    if _ROSTER_KNOWN.get(key) == frozenset(current):
        return set(), False
    with sessions() as session:
        known = set(
            session.scalars(select(RosterAddress.address).where(RosterAddress.account == account))
        )
        polled = session.scalar(
            select(func.count()).select_from(FolderState).where(FolderState.account == account)
        )
    if polled and current <= known:
        _ROSTER_KNOWN[key] = frozenset(current)
    return current - known, not polled


def remember_roster(
    sessions: sessionmaker[Session], account: str, addresses: set[str], now: datetime
) -> None:
    with sessions.begin() as session:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        for address in sorted(addresses):
            session.execute(
                insert(RosterAddress)
                .values(account=account, address=address, first_seen_at=now)
                .on_conflict_do_nothing()
            )


def advance_mark(
    sessions: sessionmaker[Session], account: str, folder: str, uidvalidity: int, uid: int
) -> None:
    with sessions.begin() as session:
        _move_mark(session, account, folder, uidvalidity, uid)
