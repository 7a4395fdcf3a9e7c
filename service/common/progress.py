"""A one-line progress bar on a terminal, for the first, long poll of a big mailbox:

Reading INBOX: 12,500 of 50,000 messages [######----------------] 25 %, about 40 s left
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

SHOW_FROM = 1000  # messages to read in a folder before a bar is worth drawing
WIDTH = 22


def bar_line(folder: str, done: int, total: int, elapsed: float) -> str:
    """The bar's text. Pure."""
    share = done / total if total else 1.0
    filled = int(WIDTH * share)  # never full before the end
    line = (
        f"Reading {folder}: {done:,} of {total:,} messages "
        f"[{'#' * filled}{'-' * (WIDTH - filled)}] {int(share * 100):3d}%"
    )
    if 0 < done < total and elapsed >= 1:
        left = elapsed / done * (total - done)
        line += f", about {_duration(left)} left"
    return line


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


class ProgressBar:
    """Draws `bar_line` on `stream` (a terminal; elsewhere it draws nothing) as each batch is
    stored, for folders with `SHOW_FROM` messages or more to read."""

    def __init__(
        self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self._started: dict[str, float] = {}
        self._width = 0

    def __call__(self, folder: str, done: int, total: int) -> None:
        if total < SHOW_FROM or not self.stream.isatty():
            return
        started = self._started.setdefault(folder, self.clock())
        line = bar_line(folder, done, total, self.clock() - started)
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        if done >= total:
            self.stream.write("\n")
            self._width = 0
        self.stream.flush()
