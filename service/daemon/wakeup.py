"""Word of new mail that a poll must follow, never dropped. IDLE's news may come while a poll or
the digest of the mailbox runs; the job asked for then may find the mailbox busy (or, with one id
for all such jobs, be skipped by the scheduler as a second instance). So the news is kept as a
flag: whoever holds the mailbox looks at it after letting go, and a poll follows it either way."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Wakeup:
    def __init__(self, busy: threading.Lock, stop: threading.Event) -> None:
        """`busy` is held by whichever job of the mailbox runs."""
        self._busy = busy
        self._stop = stop
        self._pending = threading.Event()

    def news(self) -> None:
        """New mail is said to be there."""
        self._pending.set()

    def taken(self) -> None:
        """A poll begins: it reads whatever the news was about."""
        self._pending.clear()

    def follow(self, poll: Callable[[], None]) -> None:
        """Poll while news is pending. When another job holds the mailbox this returns at once:
        that job calls it after letting go, and then sees the news (it is set before the try)."""
        while self._pending.is_set() and not self._stop.is_set():
            if not self._busy.acquire(blocking=False):
                return
            try:
                while self._pending.is_set() and not self._stop.is_set():
                    self._pending.clear()
                    poll()
            finally:
                self._busy.release()
