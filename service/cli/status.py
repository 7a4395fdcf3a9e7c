"""What `doorstep status` reports: last poll per folder, stored counts, unknown senders, last digest."""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config
from service.notify.digest import format_local
from service.store.digests import UNSENT_ALARM
from service.store.status import read_status

# Below this, the database's disk is about to fill: then nothing can be stored, not even why a
# poll failed, so `status` would show only the last good poll. Said here, from the disk itself.
LOW_DISK = 64 * 1024 * 1024


@dataclass(frozen=True)
class FolderLine:
    folder: str
    uidvalidity: int
    last_uid: int
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    # no failure noted, and none read for long: a stopped job, or a failure that could not be
    # written down (the database's disk full)
    stale: bool


@dataclass(frozen=True)
class PollFailing:
    """The poll's own failure: the mailbox could not be opened at all, so no folder shows it."""

    since: datetime
    last_error: str


@dataclass(frozen=True)
class UnknownSenders:
    addresses: int
    messages: int


@dataclass(frozen=True)
class Waiting:
    id: int
    client: str
    subject: str
    received: datetime
    urgent: bool


@dataclass(frozen=True)
class LastDigest:
    day: date
    status: str
    sent_at: datetime | None
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    created_at: datetime
    overdue: bool  # not out a day after it was made: the coach has had no digest for that long


@dataclass(frozen=True)
class Disk:
    path: str
    free_bytes: int
    low: bool


@dataclass(frozen=True)
class Status:
    """What `doorstep status` shows, and `status --json` writes (`as_json`)."""

    account: str
    folders: tuple[FolderLine, ...]
    poll_failing: PollFailing | None
    messages: int
    by_tag: dict[str, int]
    unknown_senders: UnknownSenders
    unreadable_non_client_messages: int
    waiting_for_reply: tuple[Waiting, ...]
    last_digest: LastDigest | None
    database_disk: Disk | None

    def as_json(self) -> dict[str, object]:
        """The same fields as plain JSON values: times and days in ISO 8601."""
        found = _plain(asdict(self))
        assert isinstance(found, dict)
        return found


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def database_disk(url: str) -> Disk | None:
    """The free space on the disk holding a SQLite database file (None for a server's)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    folder = Path(parsed.database).resolve().parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None  # the folder is gone: opening the store said so already
    return Disk(str(folder), free, free < LOW_DISK)


def gather_status(
    sessions: sessionmaker[Session], config: Config, now: datetime | None = None
) -> Status:
    account = config.mailbox.account
    moment = now or datetime.now(UTC)
    stale = timedelta(hours=config.digest.alert_after_hours)
    with sessions() as session:
        stored = read_status(session, account)
    outage, last = stored.open_outage, stored.last_digest
    return Status(
        account=account,
        folders=tuple(
            FolderLine(
                f.folder,
                f.uidvalidity,
                f.last_uid,
                f.last_poll_at,
                f.last_success_at,
                f.last_error,
                f.last_success_at is not None and moment - f.last_success_at >= stale,
            )
            for f in stored.folders
        ),
        poll_failing=None if outage is None else PollFailing(outage.started_at, outage.error),
        messages=stored.messages,
        by_tag=stored.by_tag,
        unknown_senders=UnknownSenders(stored.unknown_addresses, stored.unknown_messages),
        unreadable_non_client_messages=stored.unreadable_non_client,
        waiting_for_reply=tuple(
            Waiting(m.id, m.client_name, m.subject, m.sent_at or m.received_at, m.urgent)
            for m in stored.waiting
        ),
        last_digest=None
        if last is None
        else LastDigest(
            last.day,
            last.status,
            last.sent_at,
            last.attempts,
            last.last_error,
            last.next_attempt_at,
            last.created_at,
            last.status in ("pending", "sending", "failed")
            and moment - last.created_at >= UNSENT_ALARM,
        ),
        database_disk=database_disk(config.storage.url),
    )


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return "never" if moment is None else format_local(moment, zone)


def render_status(status: Status, zone: ZoneInfo) -> str:
    """The status for a person: times in the coach's zone, problems spelled out."""
    lines = [f"Mailbox {status.account}"]
    failing = status.poll_failing
    if failing:
        lines.append(
            f"  !! polls fail since {_local(failing.since, zone)}; last error: {failing.last_error}"
        )
    elif not status.folders:
        lines.append("  not polled yet: run 'doorstep poll' or start 'doorstep run'")
    disk = status.database_disk
    if disk and disk.low:
        lines.append(
            f"  !! the disk holding the database ({disk.path}) has only "
            f"{disk.free_bytes // (1024 * 1024)} MB free: once it is full I can store no "
            "mail and cannot even note why a poll failed. Free some space there."
        )
    for f in status.folders:
        state = f"error: {f.last_error}" if f.last_error else "ok"
        if not f.last_error and f.stale:
            state = (
                f"!! not read since {_local(f.last_success_at, zone)}: is 'doorstep run' "
                "(or your poll timer) running? 'doorstep poll' shows what is wrong"
            )
        lines.append(
            f"  {f.folder}: last poll {_local(f.last_poll_at, zone)} ({state}); read up to UID {f.last_uid}"
        )
    tags = status.by_tag
    lines.append(
        f"Stored client messages: {status.messages} "
        f"({tags.get('reply_needed', 0)} reply-needed, {tags.get('fyi', 0)} FYI, {tags.get('ignored', 0)} ignored)"
    )
    unknown = status.unknown_senders
    lines.append(
        f"Mail from non-clients (counted, not stored): {unknown.messages} from {unknown.addresses} address(es)"
    )
    if status.unreadable_non_client_messages:
        lines.append(
            f"Unreadable messages from unknown senders: {status.unreadable_non_client_messages}"
        )
    if status.waiting_for_reply:
        lines.append(
            "Waiting for your reply (correct with: doorstep mark ID fyi|reply_needed|answered):"
        )
        for w in status.waiting_for_reply:
            flag = "URGENT " if w.urgent else ""
            lines.append(
                f"  #{w.id} {flag}{w.client} — {w.subject or '(no subject)'} ({_local(w.received, zone)})"
            )
    d = status.last_digest
    if d is None:
        lines.append("Last digest: none yet")
    elif d.status == "sent":
        lines.append(f"Last digest: {d.day.isoformat()}, sent {_local(d.sent_at, zone)}")
    else:
        if d.overdue:
            lines.append(
                f"!! No digest has reached you since {_local(d.created_at, zone)}: check the "
                "[smtp] settings with 'doorstep check'."
            )
        lines.append(
            f"Last digest: {d.day.isoformat()}, NOT SENT ({d.status}, {d.attempts} attempt(s)); "
            f"last error: {d.last_error or 'none yet'}"
            + (f"; next try {_local(d.next_attempt_at, zone)}" if d.next_attempt_at else "")
        )
    return "\n".join(lines)
