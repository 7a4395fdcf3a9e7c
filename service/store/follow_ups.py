"""The same request asked again: a client's nudge threaded onto her own earlier message ("Just
bumping this"), or her forwarded copy of it ("Fwd: Pricing?", sent again from her other
address). The coach's reply to it answers the first as well. A follow-up that says something
new in the same thread does not: the reply may answer only that. Reads only the store."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.ingest.fields import FORWARD, bare_subject
from service.store.models import Message

_RESENT_WITHIN = timedelta(days=30)  # a forwarded copy re-sends a message at most this old
_DEPTH = 5  # a chain of follow-ups this long at most


def asked_before(session: Session, account: str, replied_to: frozenset[str]) -> frozenset[str]:
    """The Message-IDs of the earlier messages that the stored messages `replied_to` ask again:
    the client's own message each nudge replies to (its In-Reply-To, or the last of its
    References), and for a forwarded copy the same client's message of that subject; and so on
    back along the chain."""
    arrived = func.coalesce(Message.sent_at, Message.received_at)
    found: set[str] = set()
    frontier = set(replied_to)
    for _ in range(_DEPTH):
        if not frontier:
            break
        rows = session.execute(
            select(
                Message.client_name,
                Message.in_reply_to,
                Message.references,
                Message.subject,
                Message.asks_again,
                arrived,
            ).where(Message.account == account, Message.message_id.in_(frontier))
        ).all()
        earlier: set[str] = set()
        for client, in_reply_to, references, subject, nudge, at in rows:
            parents = {p for p in (in_reply_to, *references.split()[-1:]) if p} if nudge else set()
            earlier |= set(
                session.scalars(
                    select(Message.message_id).where(
                        Message.account == account,
                        Message.client_name == client,
                        Message.message_id.in_(parents),
                    )
                )
            )
            if FORWARD.match(subject) and at is not None:
                earlier |= _forwarded_original(session, account, client, subject, at)
        frontier = earlier - found - set(replied_to)
        found |= frontier
    return frozenset(found)


def _forwarded_original(
    session: Session, account: str, client: str, subject: str, at: datetime
) -> set[str]:
    arrived = func.coalesce(Message.sent_at, Message.received_at)
    rows = session.execute(
        select(Message.message_id, Message.subject).where(
            Message.account == account,
            Message.client_name == client,
            arrived < at,
            arrived >= at - _RESENT_WITHIN,
        )
    ).all()
    return {mid for mid, theirs in rows if bare_subject(theirs) == bare_subject(subject)}
