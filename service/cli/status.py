"""What `doorstep status` reports: last poll per folder, stored counts, unknown senders, last digest."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
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


def database_disk(url: str) -> dict[str, Any] | None:
    """The free space on the disk holding a SQLite database file (None for a server's)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    folder = Path(parsed.database).resolve().parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None  # the folder is gone: opening the store said so already
    return {"path": str(folder), "free_bytes": free, "low": free < LOW_DISK}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def gather_status(
    sessions: sessionmaker[Session], config: Config, now: datetime | None = None
) -> dict[str, Any]:
    account = config.mailbox.account
    moment = now or datetime.now(UTC)
    stale = timedelta(hours=config.digest.alert_after_hours)
    with sessions() as session:
        stored = read_status(session, account)
    folders = [
        {
            "folder": f.folder,
            "uidvalidity": f.uidvalidity,
            "last_uid": f.last_uid,
            "last_poll_at": _iso(f.last_poll_at),
            "last_success_at": _iso(f.last_success_at),
            "last_error": f.last_error,
            # no failure noted, and none read for long: a stopped job, or a failure that
            # could not be written down (the database's disk full)
            "stale": f.last_success_at is not None and moment - f.last_success_at >= stale,
        }
        for f in stored.folders
    ]
    outage, last = stored.open_outage, stored.last_digest
    waiting = [
        {
            "id": m.id,
            "client": m.client_name,
            "subject": m.subject,
            "received": _iso(m.sent_at or m.received_at),
            "urgent": m.urgent,
        }
        for m in stored.waiting
    ]
    last_digest = (
        None
        if last is None
        else {
            "day": last.day.isoformat(),
            "status": last.status,
            "sent_at": _iso(last.sent_at),
            "attempts": last.attempts,
            "last_error": last.last_error,
            "next_attempt_at": _iso(last.next_attempt_at),
            "created_at": _iso(last.created_at),
            # not out a day after it was made: the coach has had no digest for that long
            "overdue": last.status in ("pending", "sending", "failed")
            and moment - last.created_at >= UNSENT_ALARM,
        }
    )
    return {
        "account": account,
        "folders": folders,
        # the poll's own failure (the mailbox could not be opened at all: no folder shows it)
        "poll_failing": None
        if outage is None
        else {"since": _iso(outage.started_at), "last_error": outage.error},
        "messages": stored.messages,
        "by_tag": stored.by_tag,
        "unknown_senders": {
            "addresses": stored.unknown_addresses,
            "messages": stored.unknown_messages,
        },
        "unreadable_non_client_messages": stored.unreadable_non_client,
        "waiting_for_reply": waiting,
        "last_digest": last_digest,
        "database_disk": database_disk(config.storage.url),
    }


def _local(iso: str | None, zone: ZoneInfo) -> str:
    if iso is None:
        return "never"
    return format_local(datetime.fromisoformat(iso), zone)


def render_status(status: dict[str, Any], zone: ZoneInfo) -> str:
    """The status for a person: times in the coach's zone, problems spelled out."""
    lines = [f"Mailbox {status['account']}"]
    failing = status.get("poll_failing")
    if failing:
        lines.append(
            f"  !! polls fail since {_local(failing['since'], zone)}; last error: "
            f"{failing['last_error']}"
        )
    elif not status["folders"]:
        lines.append("  not polled yet: run 'doorstep poll' or start 'doorstep run'")
    disk = status.get("database_disk")
    if disk and disk["low"]:
        lines.append(
            f"  !! the disk holding the database ({disk['path']}) has only "
            f"{disk['free_bytes'] // (1024 * 1024)} MB free: once it is full I can store no "
            "mail and cannot even note why a poll failed. Free some space there."
        )
    for f in status["folders"]:
        state = f"error: {f['last_error']}" if f["last_error"] else "ok"
        if not f["last_error"] and f.get("stale"):
            state = (
                f"!! not read since {_local(f['last_success_at'], zone)}: is 'doorstep run' "
                "(or your poll timer) running? 'doorstep poll' shows what is wrong"
            )
        lines.append(
            f"  {f['folder']}: last poll {_local(f['last_poll_at'], zone)} ({state}); read up to UID {f['last_uid']}"
        )
    tags = status["by_tag"]
    lines.append(
        f"Stored client messages: {status['messages']} "
        f"({tags.get('reply_needed', 0)} reply-needed, {tags.get('fyi', 0)} FYI, {tags.get('ignored', 0)} ignored)"
    )
    unknown = status["unknown_senders"]
    lines.append(
        f"Mail from non-clients (counted, not stored): {unknown['messages']} from {unknown['addresses']} address(es)"
    )
    if status["unreadable_non_client_messages"]:
        lines.append(
            f"Unreadable messages from unknown senders: {status['unreadable_non_client_messages']}"
        )
    if status["waiting_for_reply"]:
        lines.append(
            "Waiting for your reply (correct with: doorstep mark ID fyi|reply_needed|answered):"
        )
        for w in status["waiting_for_reply"]:
            flag = "URGENT " if w["urgent"] else ""
            lines.append(
                f"  #{w['id']} {flag}{w['client']} — {w['subject'] or '(no subject)'} ({_local(w['received'], zone)})"
            )
    d = status["last_digest"]
    if d is None:
        lines.append("Last digest: none yet")
    elif d["status"] == "sent":
        lines.append(f"Last digest: {d['day']}, sent {_local(d['sent_at'], zone)}")
    else:
        if d.get("overdue"):
            lines.append(
                f"!! No digest has reached you since {_local(d['created_at'], zone)}: check the "
                "[smtp] settings with 'doorstep check'."
            )
        lines.append(
            f"Last digest: {d['day']}, NOT SENT ({d['status']}, {d['attempts']} attempt(s)); "
            f"last error: {d['last_error'] or 'none yet'}"
            + (f"; next try {_local(d['next_attempt_at'], zone)}" if d["next_attempt_at"] else "")
        )
    return "\n".join(lines)
