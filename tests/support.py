"""Helpers shared by fixtures and tests."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import NoReturn

import pytest

from service.ingest.source import FolderInfo, Source
from service.records import RawMessage

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


class PassThrough:
    """A mail source that hands every call on to `real`: a test's spy subclasses it and overrides
    only what it watches or changes."""

    def __init__(self, real: Source) -> None:
        self.real = real

    def open_folder(self, folder: str) -> FolderInfo:
        return self.real.open_folder(folder)

    def status(self, folder: str) -> FolderInfo | None:
        return self.real.status(folder)

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        return self.real.uids_after(folder, last_uid, since)

    def uids_with(
        self, folder: str, field: str, address: str, up_to_uid: int, since: date | None
    ) -> list[int]:
        return self.real.uids_with(folder, field, address, up_to_uid, since)

    def fetch(
        self,
        folder: str,
        uids: Sequence[int],
        max_bytes: int | None = None,
        sizes: Mapping[int, int] | None = None,
    ) -> Iterator[RawMessage]:
        return self.real.fetch(folder, uids, max_bytes, sizes)

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        return self.real.fetch_headers(folder, uids)

    def sent_folder(self) -> str | None:
        return self.real.sent_folder()

    def keepalive(self) -> None:
        self.real.keepalive()

    def close(self) -> None:
        self.real.close()
