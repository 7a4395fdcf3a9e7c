"""Forgetting: what clients wrote is kept for `retention_days`, then removed (the counts and
verdicts stay); and everything stored about one client goes when that client asks.

Neither touches the coach's mailbox, which keeps its own copy of every message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.common.addresses import normalise_email
from service.common.errors import DoorstepError
from service.store.models import (
    Correction,
    Digest,
    Message,
    NewPerson,
    RosterAddress,
    UnknownSender,
)

REMOVED = (
    "Doorstep removed what this message said after {days} days (retention_days); "
    "your mailbox still has it."
)


@dataclass(frozen=True)
class Retained:
    messages: int  # client messages whose text was removed
    new_people: int  # unknown people's notes removed
    digests: int  # sent digests whose text was removed

    @property
    def summary(self) -> str:
        return (
            f"Removed the text of {self.messages} client message(s), {self.digests} digest(s) and "
            f"{self.new_people} note(s) from new people older than the retention period."
        )


def forget_old(sessions: sessionmaker[Session], account: str, now: datetime, days: int) -> Retained:
    """Remove the text of what of the mailbox `account` is older than `days` days (each coach's
    config says how long for their clients): message bodies, subjects, excerpts,
    the sentences quoted in reasons and the words that triggered a rule; sent digests' text;
    new people's notes. Each message's client, kind, dates, tag and rule stay, so counts and
    verdicts do. `days` = 0 keeps everything. Running it again changes nothing more."""
    if days <= 0:
        return Retained(0, 0, 0)
    cutoff = now - timedelta(days=days)
    removed = REMOVED.format(days=days)
    with sessions.begin() as session:
        messages = session.execute(
            update(Message)
            .where(Message.account == account)
            .where(Message.received_at < cutoff, Message.excerpt != removed)
            .values(
                body_text="",
                subject="",
                excerpt=removed,
                reasons=json.dumps([]),
                phrase="",
                attachment_names=json.dumps([]),
            )
        )
        people = session.execute(
            delete(NewPerson).where(NewPerson.account == account, NewPerson.received_at < cutoff)
        )
        digests = session.execute(
            update(Digest)
            .where(Digest.account == account)
            .where(Digest.created_at < cutoff, Digest.status != "pending", Digest.text != "")
            .values(raw=b"", text="", html="")
        )
    return Retained(_count(messages), _count(people), _count(digests))


@dataclass(frozen=True)
class Forgotten:
    client: str
    messages: int
    addresses: tuple[str, ...]
    digests: int

    @property
    def summary(self) -> str:
        return (
            f"Forgot {self.client}: {self.messages} message(s), their corrections, "
            f"{len(self.addresses)} address(es) ({', '.join(self.addresses) or 'none'}) and the "
            f"text of {self.digests} digest(s) that mentioned them. Their mail is still in your "
            "mailbox; Doorstep keeps no copy."
        )


def forget_client(
    sessions: sessionmaker[Session],
    account: str,
    name: str,
    roster_names: set[str],
    extra_addresses: set[str],
    apply: bool = True,
) -> Forgotten:
    """Remove everything stored about the mailbox's client `name` (as stored, any case; another
    coach's client of that name, in a shared database, is left alone): their messages
    and the corrections of them, the addresses they wrote from (kept to notice roster changes,
    to count mail from unknown senders and to list new people), and the text of the sent
    digests that showed their messages. Refused while they are on the roster (Doorstep would
    go on storing their mail) or while a digest that shows them waits to be sent. With
    `apply` False, nothing is changed: the result says what would go."""
    if name.casefold() in {n.casefold() for n in roster_names}:
        raise DoorstepError(
            f"{name} is still a client in your config, so Doorstep would go on storing their "
            "mail. Remove them from the config first (delete their [[clients]] entry), then run "
            "doorstep forget again."
        )
    with sessions() as session:
        stored = _stored_name(session, account, name, required=not extra_addresses)
        rows = session.execute(
            select(Message.id, Message.sender_email, Message.digest_id).where(
                Message.account == account, Message.client_name == stored
            )
        ).all()
        digest_ids = {d for _, _, d in rows if d is not None}
        pending = session.scalar(
            select(func.count())
            .select_from(Digest)
            .where(Digest.id.in_(digest_ids), Digest.status == "pending")
        )
        if pending:
            raise DoorstepError(
                f"A digest that shows {stored}'s messages is waiting to be sent. Run doorstep "
                "forget again once it has gone (doorstep status shows it)."
            )
        addresses = {normalise_email(a) for _, a, _ in rows if a} | {
            normalise_email(a) for a in extra_addresses
        }
        ids = [i for i, _, _ in rows]
        session.execute(delete(Correction).where(Correction.message_id.in_(ids)))
        session.execute(delete(Message).where(Message.id.in_(ids)))
        lowered = [a.lower() for a in addresses]
        for table in (RosterAddress, UnknownSender, NewPerson):
            session.execute(
                delete(table).where(
                    table.account == account, func.lower(table.address).in_(lowered)
                )
            )
        scrubbed = session.execute(
            update(Digest)
            .where(Digest.account == account)
            .where(or_(Digest.id.in_(digest_ids), Digest.text.contains(stored)))
            .where(Digest.status != "pending")
            .values(raw=b"", text="", html="")
        )
        if apply:
            session.commit()
        else:
            session.rollback()
    return Forgotten(stored, len(ids), tuple(sorted(addresses)), _count(scrubbed))


def _stored_name(session: Session, account: str, name: str, required: bool) -> str:
    names = sorted(
        set(session.scalars(select(Message.client_name).where(Message.account == account)))
    )
    for stored in names:
        if stored.casefold() == name.casefold():
            return stored
    if not required:
        return name  # nothing stored under that name: the addresses given are still forgotten
    known = ", ".join(names) or "none yet"
    raise DoorstepError(
        f"No messages from a client named {name!r} are stored (stored clients: {known}). "
        "Give the name as the digest shows it."
    )


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
