"""Each folder's mark: how far it has been read, under which UIDVALIDITY, and the local
sources' stable numbers. A mark only moves in the transaction that stores what it passes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import (
    FolderState,
    LocalUid,
)
from service.store.upsert import insert, on_postgres


class LocalUidStore:
    """Stable UIDs for a local Maildir/mbox, kept in Doorstep's database, never in the mailbox."""

    def __init__(self, sessions: sessionmaker[Session], account: str) -> None:
        self._sessions = sessions
        self._account = account

    def assign(self, folder: str, keys: Sequence[str]) -> dict[str, int]:
        with self._sessions.begin() as session:
            # Two polls at once must not number new keys each in its own way: one at a time
            # (SQLite's transactions already are; PostgreSQL takes a lock for the folder).
            if on_postgres(session):
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
            written = session.execute(
                insert(session, FolderState)
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


def advance_mark(
    sessions: sessionmaker[Session], account: str, folder: str, uidvalidity: int, uid: int
) -> None:
    with sessions.begin() as session:
        _move_mark(session, account, folder, uidvalidity, uid)
