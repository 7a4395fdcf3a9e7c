"""Whether Doorstep could read the mailbox: each failed poll opens (or extends) an outage, the
next poll that works closes it. The digest starts with a plain-language notice of an outage that
lasted long: one still going is told every day, one that is over is told once. It also says so
when the mailbox has not been read for long with no failure to show for it (no poll ran: a
`doorstep poll` job that stopped, say)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import FolderState, Outage


def note_poll_failure(
    sessions: sessionmaker[Session], account: str, now: datetime, error: str
) -> None:
    with sessions.begin() as session:
        current = _open(session, account)
        if current is None:
            session.add(Outage(account=account, started_at=now, ended_at=None, error=error))
        else:
            current.error = error


def note_poll_success(sessions: sessionmaker[Session], account: str, now: datetime) -> None:
    with sessions.begin() as session:
        session.execute(
            update(Outage)
            .where(Outage.account == account, Outage.ended_at.is_(None))
            .values(ended_at=now)
        )


def _open(session: Session, account: str) -> Outage | None:
    return session.scalar(
        select(Outage).where(Outage.account == account, Outage.ended_at.is_(None)).limit(1)
    )


@dataclass(frozen=True)
class Notices:
    lines: tuple[str, ...]
    ended_ids: frozenset[int]  # outages that are over and told here: not to be told again
    # Set when the mailbox (or a folder) is not being read: the digest's first line and subject.
    alarm: str = ""


def health_notices(
    session: Session,
    account: str,
    now: datetime,
    zone: ZoneInfo,
    alert_after: timedelta,
    unsent: set[int],
    folders: Sequence[str] = (),
    last_digest: datetime | None = None,
) -> Notices:
    """The notices for a digest built `now`: outages that lasted `alert_after` or longer, not
    yet told in a digest that went out (`unsent`: the digests stored but never sent), and
    folders not read since `alert_after` ago or since `last_digest` (the last one sent),
    whichever is sooner: a digest only speaks for what was read since the one before."""
    rows = session.scalars(
        select(Outage)
        .where(Outage.account == account)
        .where(
            or_(Outage.reported_digest_id.is_(None), Outage.reported_digest_id.in_(unsent or {-1}))
        )
        .order_by(Outage.started_at)
    ).all()
    lines: list[str] = []
    ended: set[int] = set()
    alarm = ""
    names = ", ".join(folders) or "your mailbox"
    for outage in rows:
        until = outage.ended_at or now
        if outage.ended_at is not None and until - outage.started_at < alert_after:
            continue
        since = _when(outage.started_at, zone)
        if outage.ended_at is None:  # failing now, however briefly: never an all-clear
            alarm = f"I could not read {names} since {since}: this digest may be missing mail"
            lines.append(
                f"I could not read your mailbox since {since}: {outage.error} Until this is "
                "fixed, this digest may be missing messages. Nothing is lost: I will read "
                "everything that arrived in the meantime as soon as I can. 'doorstep check' "
                "shows what is wrong."
            )
        else:
            lines.append(
                f"I could not read your mailbox from {since} until {_when(outage.ended_at, zone)} "
                f"({outage.error}). Everything that arrived then has been read since: nothing "
                "was lost."
            )
            ended.add(outage.id)
    states = {
        s.folder: s
        for s in session.scalars(select(FolderState).where(FolderState.account == account))
    }
    read = {f for f, s in states.items() if s.last_success_at is not None}
    unread = [f for f in folders if f not in read]
    failing = [f for f in folders if f in read and states[f].last_error]
    if failing and not alarm:  # one folder failing while the others are read
        alarm = f"I could not read {', '.join(failing)} on the last poll: this digest may be missing mail"
        lines += [
            f"I could not read {f} on the last poll: {states[f].last_error} Until this is fixed, "
            "this digest may be missing its messages. 'doorstep check' shows what is wrong."
            for f in failing
        ]
    if unread and not alarm:
        alarm = f"I have not read {', '.join(unread)} yet: this digest may be missing mail"
        lines.append(
            f"I have not read {', '.join(unread)} yet, so this digest cannot tell you what is "
            "there. Run 'doorstep check' to see whether I can, then 'doorstep poll' (or start "
            "'doorstep run')."
        )
    if not any(o.ended_at is None for o in rows):
        # The stalest of the configured folders (of all, if none is named)
        times = [states[f].last_success_at for f in folders if f in read]
        last = (
            min(t for t in times if t is not None)
            if times
            else session.scalar(
                select(func.max(FolderState.last_success_at)).where(FolderState.account == account)
            )
        )
        if last is not None and (
            now - last >= alert_after or (last_digest is not None and last < last_digest)
        ):
            alarm = alarm or (
                f"I have not read your mailbox since {_when(last, zone)}: this digest may be "
                "missing mail"
            )
            lines.append(
                f"I have not read your mailbox since {_when(last, zone)}: no poll has run since "
                "then. If Doorstep runs as a service, check it with 'doorstep status'; if you "
                "run 'doorstep poll' from a timer or cron, check that it still runs. Nothing is "
                "lost: the next poll reads everything that arrived in the meantime."
            )
    return Notices(tuple(lines), frozenset(ended), alarm)


def _when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B}, {local:%H:%M}"
