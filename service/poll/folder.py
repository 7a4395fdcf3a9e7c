"""One folder of one poll: what is new past its mark read in batches, each batch stored with the
mark in one transaction; the coach's Sent folder read for what her replies answer."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import Clock, local_day
from service.config import Config, ImapMailbox
from service.ingest.match import Roster
from service.ingest.source import FolderInfo, Source
from service.poll import batches
from service.poll.message import passed_over, process_safely, process_sent
from service.records import Lessons, Outcome, ParsedMessage
from service.store.answers import commit_sent_batch
from service.store.folders import advance_mark, start_folder
from service.store.messages import commit_batch
from service.store.models import FolderState

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # folder, messages read so far, messages to read
SUCCESS_NOTE_EVERY = timedelta(minutes=10)


@dataclass
class Tally:
    fetched: int = 0
    stored: int = 0
    non_client: int = 0
    parse_errors: int = 0
    answered: int = 0
    sent_read: int = 0
    backfilled: int = 0
    already_stored: int = 0


@dataclass
class Reading:
    """What every folder of one poll is read with."""

    config: Config
    sessions: sessionmaker[Session]
    source: Source
    roster: Roster
    clock: Clock
    stop: threading.Event | None
    progress: Progress | None
    lessons: Lessons = field(default_factory=Lessons)
    digest_ids: frozenset[str] = frozenset()
    tally: Tally = field(default_factory=Tally)

    @property
    def account(self) -> str:
        return self.config.mailbox.account

    def stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()


def unchanged(state: FolderState | None, info: FolderInfo | None) -> bool:
    """True when the server says the folder has nothing past the mark (same UIDVALIDITY)."""
    return (
        state is not None
        and info is not None
        and info.uidnext is not None
        and info.uidvalidity == state.uidvalidity
        and info.uidnext <= state.last_uid + 1
    )


def success_is_old(state: FolderState | None, now: datetime) -> bool:
    """Whether an unchanged folder's last good poll should be written down: at most every few
    minutes, so that a poll with nothing new writes nothing, yet `status` stays current."""
    last = state.last_success_at if state is not None else None
    if last is None or state is None or state.last_error:
        return True
    last = last if last.tzinfo else last.replace(tzinfo=UTC)
    return now - last >= SUCCESS_NOTE_EVERY


def read_folder(r: Reading, folder: str, sent: bool) -> None:
    """Everything new in `folder`, past its mark, stored; the mark moves with each batch. Raises
    `MailboxError` when the folder cannot be read (what was committed stays committed)."""
    mailbox = r.config.mailbox
    batch_size = mailbox.batch_size if isinstance(mailbox, ImapMailbox) else 100
    now = r.clock()
    info = r.source.open_folder(folder)
    history = mailbox.history_days
    since = (now - timedelta(days=history)).date() if history else None
    start = start_folder(r.sessions, r.account, folder, info.uidvalidity, now, since)
    if start.renumbered:
        log.warning(
            "%s: the server renumbered this folder (new UIDVALIDITY %s); re-reading it, "
            "skipping messages already stored",
            folder,
            info.uidvalidity,
        )
    uids = r.source.uids_after(folder, start.last_uid, start.since)
    done = 0
    for chunk in batches.chunks(uids, batch_size):
        if r.stopping():
            log.info("Stopping between batches, as asked")
            return
        if sent:
            _read_sent_batch(r, folder, info.uidvalidity, chunk)
        else:
            _read_batch(r, folder, info.uidvalidity, chunk)
        done += len(chunk)
        if r.progress is not None:
            r.progress(folder, done, len(uids))
    if info.uidnext is not None:
        # UIDs the search passed over are older than `since`: never wanted. Moving the mark
        # past them lets the next poll see "nothing new" with one STATUS.
        advance_mark(r.sessions, r.account, folder, info.uidvalidity, info.uidnext - 1)


def _read_sent_batch(r: Reading, folder: str, uidvalidity: int, chunk: Sequence[int]) -> None:
    """The coach's replies are told by their headers: no body is fetched."""
    now = r.clock()
    heads = list(r.source.fetch_headers(folder, chunk))
    r.tally.sent_read += len(heads)
    records = [process_sent(raw, r.roster) for raw in heads]
    r.tally.answered += commit_sent_batch(
        r.sessions, r.account, folder, uidvalidity, max(chunk), records, now
    )


def _read_batch(r: Reading, folder: str, uidvalidity: int, chunk: Sequence[int]) -> None:
    now = r.clock()
    today = local_day(r.config.coach.zone, now)
    heads = batches.read_heads(r.source.fetch_headers(folder, chunk), r.roster, r.digest_ids)
    runs = batches.runs(heads, batches.BODY_BYTES_PER_BATCH)
    for number, run in enumerate(runs, start=1):
        fetched = batches.with_bodies(r.source, folder, run, r.config.mailbox.max_message_bytes)
        r.tally.fetched += len(fetched)
        items = [
            process_safely(
                f.raw, r.roster, today, r.lessons, r.digest_ids, f.headers, f.client_match
            )
            if f.wanted or not isinstance(f.headers, ParsedMessage) or f.match is None
            else passed_over(f.raw, f.headers, f.match)
            for f in fetched
        ]
        batches.log_unmatched_notes(items)
        outcomes = [i.outcome for i in items]
        r.tally.non_client += sum(1 for o in outcomes if o is not Outcome.STORED)
        r.tally.parse_errors += sum(1 for i in items if i.failure is not None)
        # The mark moves past this run (the whole batch, with the last run).
        high = max(chunk) if number == len(runs) else run[-1].raw.uid
        stored = commit_batch(r.sessions, r.account, folder, uidvalidity, high, items, now)
        r.tally.stored += stored
        r.tally.already_stored += outcomes.count(Outcome.STORED) - stored
