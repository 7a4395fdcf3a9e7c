"""Waiting longer after each failure, written once for the poll and the IDLE watch.

A refused password waits long (it will not fix itself): 15 min, 30 min, … up to 6 h. Anything
else (a dropped connection, a server away) waits briefly and grows: 30 s, 1 min, 2 min, … up to
a cap; with jitter, so that many daemons do not all retry at the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from service.common.errors import CredentialError, DoorstepError, MailboxAuthError

AUTH_BACKOFF = timedelta(minutes=15)
AUTH_BACKOFF_MAX = timedelta(hours=6)


def refused_login(error: BaseException) -> bool:
    return isinstance(error, MailboxAuthError | CredentialError)


class Backoff:
    """Failures in a row, and when to try again."""

    def __init__(self, first: timedelta, jitter: Callable[[], float]) -> None:
        self.first = first
        self.jitter = jitter
        self.failures = 0
        self.retry_after: datetime | None = None

    def pause(self, error: DoorstepError, cap: timedelta) -> timedelta:
        """Count one more failure; how long to wait before the next try."""
        self.failures += 1
        if refused_login(error):
            return min(AUTH_BACKOFF * (1 << (self.failures - 1)), AUTH_BACKOFF_MAX)
        return min(self.first * (1 << (self.failures - 1)), cap) * self.jitter()

    def failed(self, error: DoorstepError, cap: timedelta, now: datetime) -> datetime:
        self.retry_after = now + self.pause(error, cap)
        return self.retry_after

    def waiting(self, now: datetime) -> bool:
        return self.retry_after is not None and now < self.retry_after

    def reset(self) -> None:
        self.failures, self.retry_after = 0, None
