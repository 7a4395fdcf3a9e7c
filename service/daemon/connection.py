"""The IMAP connection kept open between polls: reused, kept alive with a NOOP when unused for a
while, dropped when the server closed it (the next poll reconnects at once)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from service.common.clock import Clock
from service.common.errors import MailboxError
from service.ingest.source import Source
from service.records import PollReport

log = logging.getLogger(__name__)

KEEPALIVE_AFTER = timedelta(minutes=8)  # a NOOP after this long unused: under 10 min, always
FRESH_CONNECTION_AFTER = 1000  # messages read in one poll, after which it is not kept


class KeptConnection:
    def __init__(self, open_source: Callable[[], Source], clock: Clock) -> None:
        self.open_source = open_source
        self.clock = clock
        self.source: Source | None = None
        self.used_at = clock()

    def poll(
        self, poll: Callable[[Source, bool], PollReport], stopping: Callable[[], bool]
    ) -> None:
        """`poll` on the kept connection (`True`: the first try); when the server dropped it in
        the meantime, open a new one and poll again at once (a dropped idle connection is
        normal)."""
        reused = self.source is not None
        if self.source is None:
            self.source = self.open_source()
        try:
            report = poll(self.source, True)
            if report.fetched + report.sent_read >= FRESH_CONNECTION_AFTER:
                # After a long read (the first poll, a backfill) the next poll starts on a new
                # connection: a session that filled the server's caches can stay slow (Dovecot
                # answers its STATUS in 20 ms instead of 1 after 50,000 messages).
                self.close()
        except MailboxError:
            self.close()
            if not reused or stopping():
                raise
            log.info("The kept connection was closed by the server; reconnecting")
            self.source = self.open_source()
            poll(self.source, False)
        finally:
            self.used_at = self.clock()

    def keepalive(self) -> None:
        """NOOP on the kept connection when it has been unused for a while. A connection found
        dead is dropped; the next poll reconnects."""
        if self.source is None or self.clock() - self.used_at < KEEPALIVE_AFTER:
            return
        try:
            self.source.keepalive()
            self.used_at = self.clock()
        except MailboxError:
            log.info("The kept connection was closed by the server; the next poll reconnects")
            self.close()

    def close(self) -> None:
        if self.source is not None:
            try:
                self.source.close()
            except Exception:  # noqa: BLE001 - it is being dropped anyway
                log.debug("Closing the mail source failed")
            self.source = None
