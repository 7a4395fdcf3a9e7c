"""The roster's addresses as last seen by the store, so that a newly added address is
noticed (and its earlier mail backfilled)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import (
    FolderState,
    RosterAddress,
)
from service.store.upsert import insert

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
        for address in sorted(addresses):
            session.execute(
                insert(session, RosterAddress)
                .values(account=account, address=address, first_seen_at=now)
                .on_conflict_do_nothing()
            )
