"""Helpers shared by fixtures and tests."""

from __future__ import annotations

import os
from datetime import datetime
from typing import NoReturn

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(reason: str) -> NoReturn:
    """Skip outside CI; fail in CI, where every server the tests need must be there."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true, so this fails instead of skipping)")
    pytest.skip(reason)


class Clock:
    """A clock the test moves by hand: `clock.now += timedelta(hours=1)`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
