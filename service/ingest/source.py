"""What every mail source offers the poll: folders, their UIDVALIDITY, new UIDs and raw bytes.

A source only ever reads. IMAP folders are selected read-only and fetched with BODY.PEEK;
local Maildir and mbox files are opened for reading and never written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from service.records import RawMessage

# What is fetched first for every new message: enough to tell client mail from the rest.
HEADER_FIELDS = (
    "FROM",
    "SENDER",
    "REPLY-TO",
    "TO",
    "CC",
    "SUBJECT",
    "DATE",
    "MESSAGE-ID",
    "IN-REPLY-TO",
    "REFERENCES",
    "AUTO-SUBMITTED",
    "PRECEDENCE",
    "LIST-ID",
    "LIST-UNSUBSCRIBE",
    "CONTENT-TYPE",
    "CONTENT-CLASS",
    "X-DOORSTEP",
    "X-AUTOREPLY",
    "X-MAILER",
    "RETURN-PATH",
    "X-FAILED-RECIPIENTS",
)


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int | None  # None where the server does not say


class Source(Protocol):
    def open_folder(self, folder: str) -> FolderInfo:
        """Select `folder` for reading only."""

    def status(self, folder: str) -> FolderInfo | None:
        """UIDVALIDITY and UIDNEXT without selecting (IMAP STATUS), for a poll that finds nothing
        new in one round trip; None where the source cannot tell cheaply."""

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        """UIDs greater than `last_uid` of mail delivered on or after `since`, ascending."""

    def uids_with(
        self, folder: str, field: str, address: str, up_to_uid: int, since: date | None
    ) -> list[int]:
        """UIDs up to `up_to_uid` of mail whose `field` ("FROM" or "TO", which includes Cc) has
        `address`: a newly added client's earlier mail, read once (the backfill)."""

    def fetch(
        self,
        folder: str,
        uids: Sequence[int],
        max_bytes: int | None = None,
        sizes: Mapping[int, int] | None = None,
    ) -> Iterator[RawMessage]:
        """The messages with these UIDs, in UID order; UIDs that vanished are skipped. A message
        larger than `max_bytes` comes back cut to its first `max_bytes`, marked truncated.
        `sizes`, where the header pass already learnt them, spare asking for them again."""

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        """Only the header fields Doorstep matches on (HEADER_FIELDS), with each message's size."""

    def sent_folder(self) -> str | None:
        """The folder where the coach's sent mail is kept, if the mailbox says (or None)."""

    def keepalive(self) -> None:
        """Keep a kept-open connection from timing out (IMAP NOOP); nothing for local sources."""

    def close(self) -> None:
        """Log out and release the connection."""


@runtime_checkable
class Watcher(Protocol):
    """A source that can be told of new mail as it arrives (IMAP IDLE)."""

    def can_idle(self) -> bool:
        """Whether the server offers IDLE."""

    def wait_for_news(self, folder: str, seconds: float, stop: threading.Event) -> bool:
        """Wait in IDLE on `folder` up to `seconds` (or until `stop`); True on new mail."""

    def close(self) -> None:
        """Log out and release the connection."""


class UidAllocator(Protocol):
    """Gives local messages (Maildir files, mbox entries) stable UIDs, as an IMAP server would."""

    def assign(self, folder: str, keys: Sequence[str]) -> dict[str, int]:
        """The UID of every key, allocating new ones (ascending, never reused) for keys not seen."""
