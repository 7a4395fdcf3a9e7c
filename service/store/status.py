"""The reads behind `doorstep status`: folder marks, the open outage, counts, the last digest,
and the client messages still waiting for a reply. Typed rows out; no formatting here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.records import Tag
from service.store.models import (
    Digest,
    FolderState,
    Message,
    Outage,
    ParseFailureRecord,
    UnknownSender,
)


@dataclass(frozen=True)
class StoredStatus:
    folders: list[FolderState]
    open_outage: Outage | None  # the poll's own failure, when no folder could be opened
    by_tag: dict[str, int]
    messages: int
    unknown_addresses: int
    unknown_messages: int
    unreadable_non_client: int
    last_digest: Digest | None
    waiting: list[Message]  # reply-needed client messages not yet answered, oldest first


def read_status(session: Session, account: str) -> StoredStatus:
    folders = list(
        session.scalars(
            select(FolderState).where(FolderState.account == account).order_by(FolderState.folder)
        )
    )
    outage = session.scalar(
        select(Outage)
        .where(Outage.account == account, Outage.ended_at.is_(None))
        .order_by(Outage.started_at)
        .limit(1)
    )
    messages = session.scalar(
        select(func.count()).select_from(Message).where(Message.account == account)
    )
    unknown = session.execute(
        select(func.count(), func.coalesce(func.sum(UnknownSender.count), 0)).where(
            UnknownSender.account == account
        )
    ).one()
    failures = session.scalar(
        select(func.count())
        .select_from(ParseFailureRecord)
        .where(ParseFailureRecord.account == account)
    )
    last = session.scalar(
        select(Digest).where(Digest.account == account).order_by(Digest.day.desc()).limit(1)
    )
    waiting = list(
        session.scalars(
            select(Message)
            .where(Message.account == account, Message.tag == Tag.REPLY_NEEDED.value)
            .where(Message.answered_at.is_(None))
            .order_by(Message.id)
        )
    )
    return StoredStatus(
        folders=folders,
        open_outage=outage,
        by_tag=counts_by_tag(session, account),
        messages=int(messages or 0),
        unknown_addresses=int(unknown[0]),
        unknown_messages=int(unknown[1]),
        unreadable_non_client=int(failures or 0),
        last_digest=last,
        waiting=waiting,
    )


def counts_by_tag(session: Session, account: str) -> dict[str, int]:
    rows = session.execute(
        select(Message.tag, func.count()).where(Message.account == account).group_by(Message.tag)
    ).all()
    return {str(tag): int(n) for tag, n in rows}
