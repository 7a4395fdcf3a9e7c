"""Whose mailbox a log line is about, when one worker serves many coaches (`service/daemon/practice.py`):
jobs run `with for_coach(name)`, and `CoachInLog` on the log handler starts their lines with
"[name] ", the coach's config file name. Nothing else, and never a message's content."""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterator
from contextlib import contextmanager

COACH: contextvars.ContextVar[str] = contextvars.ContextVar("coach", default="")


@contextmanager
def for_coach(name: str) -> Iterator[None]:
    token = COACH.set(name)
    try:
        yield
    finally:
        COACH.reset(token)


class CoachInLog(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        coach = COACH.get()
        if coach and not getattr(record, "coach", None):
            record.coach = coach
            record.msg = f"[{coach}] {record.msg}"
        return True
