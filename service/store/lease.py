"""One worker per mailbox: several Doorstep processes may share a database (PostgreSQL, for a
practice with many coaches, or a second machine standing by), but a mailbox is polled, and its
digest sent, only by the worker holding its lease. A worker renews the lease as it works; one
that dies stops renewing, and when the lease runs out another takes the mailbox over.

Taking the lease is one atomic statement, INSERT … ON CONFLICT DO UPDATE … WHERE (the lease is
free, run out, or already ours) RETURNING: on PostgreSQL the conflicting row is locked for the
statement, on SQLite there is one writer at a time, so two workers can never both win.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, or_
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import MailboxLease
from service.store.upsert import insert


def worker_name() -> str:
    """This process, as other workers see it in the lease: host, pid, and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def take_lease(
    sessions: sessionmaker[Session], account: str, worker: str, now: datetime, length: timedelta
) -> bool:
    """Take or renew the lease of `account` until now + `length`; False if another worker holds
    it and it has not run out."""
    with sessions.begin() as session:
        statement = insert(session, MailboxLease).values(
            account=account, worker=worker, expires_at=now + length
        )
        table = MailboxLease.__table__
        upsert = statement.on_conflict_do_update(
            index_elements=[table.c.account],
            set_={"worker": statement.excluded.worker, "expires_at": statement.excluded.expires_at},
            where=or_(table.c.worker == worker, table.c.expires_at < now),
        ).returning(table.c.worker)
        return session.execute(upsert).scalar_one_or_none() == worker


def release_lease(sessions: sessionmaker[Session], account: str, worker: str) -> None:
    """Give the lease up (on a clean stop), so that another worker need not wait for it."""
    with sessions.begin() as session:
        session.execute(
            delete(MailboxLease).where(
                MailboxLease.account == account, MailboxLease.worker == worker
            )
        )
