"""`doorstep run`: one mailbox's jobs. The poll every N minutes and the digest at the coach's local
time, each run by APScheduler 3, with the parts that serve them: the kept connection
(`connection.py`), the lease (`lease.py`), backoff (`backoff.py`), the IDLE watch (`idle.py`) and
its news (`wakeup.py`), the config watch (`config_watch.py`) and the triggers (`schedule.py`).

One job of a mailbox runs at a time (a lock per mailbox, `max_instances=1`, `coalesce=True`), so a
poll and the digest never race, whether the scheduler serves one mailbox (`doorstep run`, one
worker thread) or a practice's many (`practice.py`). Each job's errors are logged in one place,
`_exclusive`; SIGTERM and SIGINT stop between batches.
"""

from __future__ import annotations

import itertools
import logging
import random
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import Clock, utc_now
from service.common.errors import DoorstepError
from service.common.logcontext import for_coach
from service.config import Config, ImapMailbox
from service.daemon.backoff import Backoff, refused_login
from service.daemon.config_watch import ConfigWatch
from service.daemon.connection import KeptConnection
from service.daemon.idle import IdleWatch
from service.daemon.lease import LeaseKeeper
from service.daemon.schedule import add_mailbox_jobs, digest_due, digest_trigger
from service.daemon.signals import run_until_signalled
from service.daemon.wakeup import Wakeup
from service.ingest.source import Source
from service.notify.outbox import run_digest, send_pending
from service.notify.transport import Transport
from service.poll.mailbox import open_source, poll_once, roster_of
from service.records import PollReport
from service.store.health import note_poll_failure, note_poll_success
from service.store.lease import worker_name
from service.store.privacy import forget_old

log = logging.getLogger(__name__)

RETRY_BACKOFF = timedelta(seconds=30)  # after a dropped connection: 30 s, 1 min, 2 min, … ≤ poll


class Daemon:
    def __init__(
        self,
        config: Config,
        sessions: sessionmaker[Session],
        transport: Transport,
        clock: Clock = utc_now,
        source_factory: Callable[[Config, sessionmaker[Session]], Source] = open_source,
        jitter: Callable[[], float] = lambda: random.uniform(0.8, 1.2),  # noqa: S311 - not crypto
        may_take: Callable[[], bool] = lambda: True,
        worker: str | None = None,
        label: str = "",
    ) -> None:
        """`may_take` says whether this worker may take one more mailbox's lease (a practice's
        worker serves at most so many); `worker` is its name in the leases; `label` starts the
        log lines of this mailbox's jobs (the coach's name in a practice)."""
        self.config = config
        self.roster = roster_of(config)  # built again when the config file changes
        self.sessions = sessions
        self.transport = transport
        self.clock = clock
        self.source_factory = source_factory
        self.stop = threading.Event()
        self.label = label
        self.backoff = Backoff(RETRY_BACKOFF, jitter)
        self.connection = KeptConnection(self._open_source, clock)
        self.lease = LeaseKeeper(sessions, worker or worker_name(), clock, may_take)
        self.idle = IdleWatch(self._open_source, self.poll_soon, self.stop, jitter)
        self.config_watch = ConfigWatch(config)
        self._scheduler: BackgroundScheduler | None = None
        self._prefix = ""  # of its jobs' ids, in a scheduler shared with other mailboxes' jobs
        self._busy = threading.Lock()  # one job of this mailbox at a time
        self.wakeup = Wakeup(self._busy, self.stop)  # IDLE's news, followed by a poll
        self._news_jobs = itertools.count(1)  # ids: a second one is never skipped as a repeat
        self._outage_open = True  # unknown at start: the first poll that works closes any

    # What tests and the practice read of the parts.
    @property
    def failures(self) -> int:
        return self.backoff.failures

    @property
    def retry_after(self) -> datetime | None:
        return self.backoff.retry_after

    @property
    def holds_lease(self) -> bool:
        return self.lease.held

    @property
    def lease_length(self) -> timedelta:
        return self.lease.length(self.config.daemon.poll_minutes)

    @property
    def worker(self) -> str:
        return self.lease.worker

    @property
    def idle_restart(self) -> timedelta:
        return self.idle.restart

    @idle_restart.setter
    def idle_restart(self, value: timedelta) -> None:
        self.idle.restart = value

    @property
    def _source(self) -> Source | None:
        return self.connection.source

    def _open_source(self) -> Source:
        return self.source_factory(self.config, self.sessions)

    def reload_if_changed(self, force: bool = False) -> bool:
        """Re-read the config file when it changed; a bad edit is logged and the old one stays."""
        new = self.config_watch.changed(self.config, force)
        if new is None:
            return False
        before, self.config, self.roster = self.config, new, roster_of(new)
        if self._scheduler is not None and (
            new.digest.send_at != before.digest.send_at
            or new.coach.timezone != before.coach.timezone
        ):
            self._scheduler.reschedule_job(self._prefix + "digest", trigger=digest_trigger(new))
        return True

    def watch_config_job(self) -> None:
        _guarded(
            "Checking the config file for changes (the current settings stay)",
            self.reload_if_changed,
        )

    def hold_lease(self) -> bool:
        return self.lease.hold(self.config.mailbox.account, self.config.daemon.poll_minutes)

    def _renew_while_reading(self, _folder: str, _done: int, _total: int) -> None:
        """During a long poll, between batches: keep the lease (renewed when a third is gone)."""
        if not self.hold_lease():
            log.error("Another worker took the lease of this mailbox during a poll")

    def _poll(self, source: Source, first_try: bool) -> PollReport:
        progress = self._renew_while_reading if first_try else None
        return poll_once(
            self.config,
            self.sessions,
            clock=self.clock,
            stop=self.stop,
            source=source,
            progress=progress,
            roster=self.roster,
        )

    def keepalive_job(self) -> None:
        """NOOP on the kept connection when unused for a while (never during a poll: jobs of a
        mailbox run one at a time)."""
        _guarded("Keeping the kept connection alive", self.connection.keepalive)

    def close_source(self) -> None:
        self.connection.close()

    def poll_job(self) -> None:
        self.wakeup.taken()
        self.watch_config_job()
        if not self.hold_lease():
            return  # another worker polls this mailbox and sends its digest
        if self.backoff.waiting(self.clock()):
            log.debug("Skipping this poll: backing off until %s", self.backoff.retry_after)
            return
        _guarded("Poll", self._poll_step)
        _guarded("Retrying the digest (it stays stored for the next try)", self._digest_step)

    def _poll_step(self) -> None:
        try:
            self.connection.poll(self._poll, self.stop.is_set)
            if self.backoff.failures:
                log.info("Polling works again after %d failure(s)", self.backoff.failures)
            self.backoff.reset()
            self._note_health(None)
        except DoorstepError as e:
            self.close_source()
            self._back_off(e)
            self._note_health(str(e))

    def _digest_step(self) -> None:
        # The digest job fires at the hour; this catches a missed one (the daemon was down, the
        # machine asleep) and sends it once, on the first poll after the hour.
        if digest_due(self.sessions, self.config, self.clock()):
            log.info("Today's digest time has passed and none was stored: sending it now")
            self.digest_job()
            return
        send_pending(self.sessions, self.config, self.transport, self.clock())

    def _back_off(self, error: DoorstepError) -> None:
        """After a failure, wait longer each time; a dropped connection is retried by a job of
        its own, a refused password at the next poll after its pause."""
        interval = timedelta(minutes=self.config.daemon.poll_minutes)
        retry_at = self.backoff.failed(error, interval, self.clock())
        log.error(
            "Poll failed (%d in a row): %s Doorstep tries again at %s UTC.",
            self.backoff.failures,
            error,
            retry_at.strftime("%H:%M:%S"),
        )
        if self._scheduler is not None and not refused_login(error):
            self._scheduler.add_job(
                self._exclusive(self.poll_job),
                "date",
                run_date=retry_at,
                id=self._prefix + "retry",
                replace_existing=True,
            )

    def _note_health(self, error: str | None) -> None:
        """Note the poll's outcome for the digest's notice (never itself a reason to stop)."""
        account = self.config.mailbox.account
        try:
            if error is None:
                if self._outage_open:  # else nothing to close, and nothing is written
                    note_poll_success(self.sessions, account, self.clock())
                    self._outage_open = False
            else:
                note_poll_failure(self.sessions, account, self.clock(), error)
                self._outage_open = True
        except Exception:
            log.exception("Could not note the poll's outcome for the digest")

    def digest_job(self) -> None:
        if not self.hold_lease():
            return  # the worker holding the mailbox sends its digest
        # retention first, so that the digest never shows what is past retention
        _guarded("Removing old message text (tried again tomorrow)", self.retention)
        _guarded("Digest (retried after the next poll)", self._send_digest)

    def _send_digest(self) -> None:
        try:
            result = run_digest(self.sessions, self.config, self.transport, self.clock())
            for note in result.notes:
                log.info("%s", note)
        except DoorstepError as e:
            log.error("Digest failed: %s", e)

    def retention(self) -> None:
        """Once a day, before the digest: what clients wrote longer ago than retention_days goes."""
        removed = forget_old(
            self.sessions,
            self.config.mailbox.account,
            self.clock(),
            self.config.storage.retention_days,
        )
        if removed.messages or removed.digests or removed.new_people:
            log.info("%s", removed.summary)

    def poll_soon(self) -> None:
        """New mail: a poll now, or right after the job of this mailbox that runs (`wakeup.py`)."""
        self.wakeup.news()
        if self._scheduler is not None and not self.stop.is_set():
            self._scheduler.add_job(
                self._follow_news, id=f"{self._prefix}poll-now-{next(self._news_jobs)}"
            )

    def _follow_news(self) -> None:
        with for_coach(self.label):
            self.wakeup.follow(lambda: _guarded("Poll", self.poll_job))

    def _exclusive(self, job: Callable[[], None]) -> Callable[[], None]:
        """`job`, run only when no other job of this mailbox runs (in a scheduler whose threads
        serve many mailboxes, a poll and the digest of one must still never race)."""

        def run() -> None:
            with self._busy, for_coach(self.label):
                _guarded("This job", job)
            self._follow_news()  # news that came while it ran

        return run

    def start_idle_watch(self) -> None:
        """With `idle = true`, a thread that waits for new mail with IMAP IDLE on its own
        connection and asks for a poll as soon as some arrives."""
        mailbox = self.config.mailbox
        if isinstance(mailbox, ImapMailbox) and mailbox.idle:
            self.idle.start(mailbox.folders[0], self.label, f"{self._prefix}idle")

    def build_scheduler(self) -> BackgroundScheduler:
        scheduler = BackgroundScheduler(
            timezone=self.config.coach.zone,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self.add_jobs(scheduler)
        return scheduler

    def add_jobs(self, scheduler: BackgroundScheduler, prefix: str = "") -> None:
        """This mailbox's jobs, in `scheduler` (its own, or one that serves many mailboxes, with
        `prefix` on their ids): poll, config watch, keepalive and digest."""
        self._prefix = prefix
        jobs = {
            "poll": self._exclusive(self.poll_job),
            "watch-config": self._exclusive(self.watch_config_job),
            "keepalive": self._exclusive(self.keepalive_job),
            "digest": self._exclusive(self.digest_job),
        }
        add_mailbox_jobs(scheduler, self.config, prefix, jobs, first_poll_at=self.clock())
        self._scheduler = scheduler

    def reload_soon(self) -> None:
        """Re-read the config file now (SIGHUP), as a job of this mailbox."""

        def reload() -> None:
            self.reload_if_changed(force=True)

        if self._scheduler is not None:
            self._scheduler.add_job(
                self._exclusive(reload),
                id=self._prefix + "reload-now",
                replace_existing=True,
            )

    def run(self) -> None:
        """Until SIGTERM or SIGINT; SIGHUP re-reads the config file."""
        run_until_signalled(self)

    def wind_down(self) -> None:
        """After its jobs have stopped: end the IDLE watch, give up the lease, close the
        connection."""
        self.stop.set()
        self.idle.join()
        self.lease.release(self.config.mailbox.account)
        self.close_source()


def _guarded(what: str, step: Callable[[], object]) -> None:
    """The one place a job's unforeseen error stops: logged with its traceback (for the log, not
    the coach's terminal), and the job's next run tries again. Foreseen errors (`DoorstepError`)
    are handled where they happen, with what to do."""
    try:
        step()
    except Exception:
        log.exception("%s failed unexpectedly; the next run will try again", what)
