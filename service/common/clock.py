"""The clock every stage reads, and the coach's day: one home for "now" and "today"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_day(zone: ZoneInfo, now: datetime) -> date:
    """The date it is in the coach's time zone at `now`."""
    return now.astimezone(zone).date()
