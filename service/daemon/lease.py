"""One worker polls a mailbox at a time: its lease, taken, renewed when a third of it is gone,
stood by while another worker holds it, and given up when the worker stops."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import Clock
from service.store.lease import release_lease, take_lease

log = logging.getLogger(__name__)

LEASE_AT_LEAST = timedelta(minutes=10)  # a mailbox's lease lasts this long at least unrenewed


class LeaseKeeper:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        worker: str,
        clock: Clock,
        may_take: Callable[[], bool],
    ) -> None:
        self.sessions = sessions
        self.worker = worker  # who holds the lease, as other workers see it
        self.clock = clock
        self.may_take = may_take
        self.held = False
        self.standing_by = False
        self.renewed: datetime | None = None

    @staticmethod
    def length(poll_minutes: int) -> timedelta:
        """How long the lease lasts without renewal: a worker that died is replaced after it."""
        return max(timedelta(minutes=3 * poll_minutes), LEASE_AT_LEAST)

    def hold(self, account: str, poll_minutes: int) -> bool:
        """Take or renew the lease; False (and polling waits) while another worker holds it."""
        length = self.length(poll_minutes)
        renewed = self.renewed
        if not self.standing_by and renewed and self.clock() - renewed < length / 3:
            return True  # ours, and far from running out: a poll with nothing new writes nothing
        if not self.held and not self.may_take():
            if not self.standing_by:
                log.info("This worker serves as many mailboxes as it may; %s waits", account)
            self.standing_by = True
            return False
        held = take_lease(self.sessions, account, self.worker, self.clock(), length)
        self.held = held
        if held:
            self.renewed = self.clock()
        if held and self.standing_by:
            log.info("This worker (%s) now polls %s", self.worker, account)
        elif not held and not self.standing_by:
            log.info(
                "Another Doorstep worker polls %s; this one (%s) stands by", account, self.worker
            )
        self.standing_by = not held
        return held

    def release(self, account: str) -> None:
        try:
            release_lease(self.sessions, account, self.worker)
            self.held = False
        except Exception:
            log.exception("Could not give up the mailbox's lease; it runs out by itself")
