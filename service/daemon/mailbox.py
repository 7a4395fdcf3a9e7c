"""`doorstep run`: APScheduler 3 polls every N minutes and sends the digest at the coach's local time.

One job of a mailbox runs at a time (a lock per mailbox, `max_instances=1`, `coalesce=True`), so a
poll and the digest never race, whether the scheduler serves one mailbox (`doorstep run`, one worker
thread) or a practice's many (service/practice.py). SIGTERM and SIGINT stop between batches.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import Clock, local_day, utc_now
from service.common.errors import (
    ConfigError,
    CredentialError,
    DoorstepError,
    MailboxAuthError,
    MailboxError,
)
from service.common.logcontext import for_coach
from service.config import Config, ImapMailbox, load_config
from service.ingest.source import Source, Watcher
from service.notify.outbox import run_digest, send_pending
from service.notify.transport import Transport
from service.poll.mailbox import open_source, poll_once
from service.store.digests import no_digest_for
from service.store.health import note_poll_failure, note_poll_success
from service.store.lease import release_lease, take_lease, worker_name
from service.store.privacy import forget_old

log = logging.getLogger(__name__)

POLL_MISFIRE_GRACE_SECONDS = 300
RETRY_BACKOFF = timedelta(seconds=30)  # after a dropped connection: 30 s, 1 min, 2 min, … ≤ poll
AUTH_BACKOFF = timedelta(minutes=15)  # after a refused password: 15 min, 30 min, … ≤ 6 h
AUTH_BACKOFF_MAX = timedelta(hours=6)
CONFIG_WATCH_SECONDS = 30
DIGEST_MISFIRE_GRACE_SECONDS = 6 * 3600
KEEPALIVE_CHECK = timedelta(minutes=3)  # how often the kept connection's idleness is looked at
KEEPALIVE_AFTER = timedelta(minutes=8)  # a NOOP after this long unused: under 10 min, always
FRESH_CONNECTION_AFTER = 1000  # messages read in one poll, after which it is not kept
IDLE_RESTART = timedelta(minutes=9)  # IDLE is ended and begun again at least this often
LEASE_AT_LEAST = timedelta(minutes=10)  # a mailbox's lease lasts this long at least unrenewed
IDLE_RETRY = timedelta(seconds=30)  # after the IDLE connection failed: 30 s, doubling to 15 min
IDLE_RETRY_MAX = timedelta(minutes=15)


def digest_trigger(config: Config) -> CronTrigger:
    """Every day at `digest.send_at` in the coach's time zone; zoneinfo keeps it right across DST."""
    at = config.digest.send_at
    return CronTrigger(hour=at.hour, minute=at.minute, second=at.second, timezone=config.coach.zone)


def digest_due(sessions: sessionmaker[Session], config: Config, now: datetime) -> bool:
    """True when today's send time has passed and no digest was stored for today (a missed run)."""
    local = now.astimezone(config.coach.zone)
    if local.time() < config.digest.send_at:
        return False
    return no_digest_for(sessions, config.mailbox.account, local_day(config.coach.zone, now))


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
        self.sessions = sessions
        self.transport = transport
        self.clock = clock
        self.source_factory = source_factory
        self.jitter = jitter
        self.stop = threading.Event()
        self.failures = 0
        self.retry_after: datetime | None = None
        self._source: Source | None = None  # kept open between polls
        self._source_used: datetime | None = None
        self._scheduler: BackgroundScheduler | None = None
        self._idle_thread: threading.Thread | None = None
        self.idle_restart = IDLE_RESTART
        self._config_stamp = self._stamp()
        self.worker = worker or worker_name()  # who holds the lease, as other workers see it
        self.may_take = may_take
        self.label = label
        self.holds_lease = False
        self._prefix = ""  # of its jobs' ids, in a scheduler shared with other mailboxes' jobs
        self._busy = threading.Lock()  # one job of this mailbox at a time
        self._standing_by = False
        self._lease_renewed: datetime | None = None
        self._outage_open = True  # unknown at start: the first poll that works closes any

    def _stamp(self) -> tuple[int, int] | None:
        path = self.config.path
        try:
            info = path.stat() if path else None
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size) if info else None

    def reload_if_changed(self, force: bool = False) -> bool:
        """Re-read the config file when it changed; a bad edit is logged and the old one stays."""
        stamp = self._stamp()
        if self.config.path is None or (stamp == self._config_stamp and not force):
            return False
        self._config_stamp = stamp
        try:
            new = load_config(self.config.path)
        except ConfigError as e:
            log.error(
                "The config file changed, but the new version has a problem, so the previous "
                "settings stay in force until it is fixed. %s",
                e,
            )
            return False
        if (
            new.storage.url != self.config.storage.url
            or new.mailbox.account != self.config.mailbox.account
        ):
            log.warning(
                "The mailbox or storage settings changed: they take effect when Doorstep restarts"
            )
            new = new.model_copy(
                update={"storage": self.config.storage, "mailbox": self.config.mailbox}
            )
        before = self.config
        self.config = new
        if self._scheduler is not None and (
            new.digest.send_at != before.digest.send_at
            or new.coach.timezone != before.coach.timezone
        ):
            self._scheduler.reschedule_job(self._prefix + "digest", trigger=digest_trigger(new))
        log.info("Config reloaded from %s: %d client(s)", new.path, len(new.clients))
        return True

    def watch_config_job(self) -> None:
        try:
            self.reload_if_changed()
        except Exception:
            log.exception("Checking the config file for changes failed; the current settings stay")

    def _back_off(self, error: DoorstepError) -> None:
        """After a failure, wait longer each time: a refused password for long (it will not fix
        itself), a dropped connection briefly (with jitter, so many daemons do not retry at once)."""
        self.failures += 1
        if isinstance(error, MailboxAuthError | CredentialError):
            pause = min(AUTH_BACKOFF * 2 ** (self.failures - 1), AUTH_BACKOFF_MAX)
        else:
            interval = timedelta(minutes=self.config.daemon.poll_minutes)
            pause = min(RETRY_BACKOFF * 2 ** (self.failures - 1), interval) * self.jitter()
        self.retry_after = self.clock() + pause
        log.error(
            "Poll failed (%d in a row): %s Doorstep tries again at %s UTC.",
            self.failures,
            error,
            self.retry_after.strftime("%H:%M:%S"),
        )
        if self._scheduler is not None and not isinstance(
            error, MailboxAuthError | CredentialError
        ):
            self._scheduler.add_job(
                self._exclusive(self.poll_job),
                "date",
                run_date=self.retry_after,
                id=self._prefix + "retry",
                replace_existing=True,
            )

    def _poll_on_kept_connection(self) -> None:
        """Poll on the connection kept from the last poll; when the server dropped it in the
        meantime, open a new one and poll again at once (a dropped idle connection is normal)."""
        reused = self._source is not None
        if self._source is None:
            self._source = self.source_factory(self.config, self.sessions)
        try:
            report = poll_once(
                self.config,
                self.sessions,
                clock=self.clock,
                stop=self.stop,
                source=self._source,
                progress=self._renew_while_reading,
            )
            if report.fetched + report.sent_read >= FRESH_CONNECTION_AFTER:
                # After a long read (the first poll, a backfill) the next poll starts on a new
                # connection: a session that filled the server's caches can stay slow (Dovecot
                # answers its STATUS in 20 ms instead of 1 after 50,000 messages).
                self.close_source()
        except MailboxError:
            self.close_source()
            if not reused or self.stop.is_set():
                raise
            log.info("The kept connection was closed by the server; reconnecting")
            self._source = self.source_factory(self.config, self.sessions)
            poll_once(
                self.config, self.sessions, clock=self.clock, stop=self.stop, source=self._source
            )
        finally:
            self._source_used = self.clock()

    def keepalive_job(self) -> None:
        """NOOP on the kept connection when it has been unused for a while (never during a poll:
        jobs run one at a time). A connection found dead is dropped; the next poll reconnects."""
        if self._source is None or self._source_used is None:
            return
        if self.clock() - self._source_used < KEEPALIVE_AFTER:
            return
        try:
            self._source.keepalive()
            self._source_used = self.clock()
        except MailboxError:
            log.info("The kept connection was closed by the server; the next poll reconnects")
            self.close_source()

    def close_source(self) -> None:
        if self._source is not None:
            try:
                self._source.close()
            except Exception:  # noqa: BLE001 - it is being dropped anyway
                log.debug("Closing the mail source failed")
            self._source = None

    @property
    def lease_length(self) -> timedelta:
        """How long the lease lasts without renewal: a worker that died is replaced after it."""
        return max(timedelta(minutes=3 * self.config.daemon.poll_minutes), LEASE_AT_LEAST)

    def hold_lease(self) -> bool:
        """Take or renew this mailbox's lease; False (and polling waits) while another worker
        holds it."""
        account = self.config.mailbox.account
        renewed = self._lease_renewed
        if not self._standing_by and renewed and self.clock() - renewed < self.lease_length / 3:
            return True  # ours, and far from running out: a poll with nothing new writes nothing
        if not self.holds_lease and not self.may_take():
            if not self._standing_by:
                log.info("This worker serves as many mailboxes as it may; %s waits", account)
            self._standing_by = True
            return False
        held = take_lease(self.sessions, account, self.worker, self.clock(), self.lease_length)
        self.holds_lease = held
        if held:
            self._lease_renewed = self.clock()
        if held and self._standing_by:
            log.info("This worker (%s) now polls %s", self.worker, account)
        elif not held and not self._standing_by:
            log.info(
                "Another Doorstep worker polls %s; this one (%s) stands by", account, self.worker
            )
        self._standing_by = not held
        return held

    def _renew_while_reading(self, _folder: str, _done: int, _total: int) -> None:
        """During a long poll, between batches: keep the lease (renewed when a third is gone)."""
        if not self.hold_lease():
            log.error("Another worker took the lease of this mailbox during a poll")

    def poll_job(self) -> None:
        self.watch_config_job()
        if not self.hold_lease():
            return  # another worker polls this mailbox and sends its digest
        now = self.clock()
        if self.retry_after is not None and now < self.retry_after:
            log.debug("Skipping this poll: backing off until %s", self.retry_after)
            return
        try:
            self._poll_on_kept_connection()
            if self.failures:
                log.info("Polling works again after %d failure(s)", self.failures)
            self.failures, self.retry_after = 0, None
            self._note_health(None)
        except DoorstepError as e:
            self.close_source()
            self._back_off(e)
            self._note_health(str(e))
        except Exception:
            log.exception("Poll failed unexpectedly; the next poll will try again")
        # The digest job fires at the hour; this catches a missed one (the daemon was down, the
        # machine asleep) and sends it once, on the first poll after the hour.
        if digest_due(self.sessions, self.config, self.clock()):
            log.info("Today's digest time has passed and none was stored: sending it now")
            self.digest_job()
            return
        try:
            send_pending(self.sessions, self.config, self.transport, self.clock())
        except Exception:
            log.exception(
                "Retrying the digest failed unexpectedly; it stays stored for the next try"
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
        self.retention()  # first, so that the digest never shows what is past retention
        try:
            result = run_digest(self.sessions, self.config, self.transport, self.clock())
            for note in result.notes:
                log.info("%s", note)
        except DoorstepError as e:
            log.error("Digest failed: %s", e)
        except Exception:
            log.exception("Digest failed unexpectedly; it will be retried after the next poll")

    def retention(self) -> None:
        """Once a day, before the digest: what clients wrote longer ago than retention_days goes."""
        try:
            removed = forget_old(
                self.sessions,
                self.config.mailbox.account,
                self.clock(),
                self.config.storage.retention_days,
            )
            if removed.messages or removed.digests or removed.new_people:
                log.info("%s", removed.summary)
        except Exception:
            log.exception("Removing old message text failed; it will be tried again tomorrow")

    def poll_soon(self) -> None:
        """Run a poll now (never beside another job of this mailbox)."""
        if self._scheduler is not None and not self.stop.is_set():
            self._scheduler.add_job(
                self._exclusive(self.poll_job), id=self._prefix + "poll-now", replace_existing=True
            )

    def _exclusive(self, job: Callable[[], None]) -> Callable[[], None]:
        """`job`, run only when no other job of this mailbox runs (in a scheduler whose threads
        serve many mailboxes, a poll and the digest of one must still never race)."""

        def run() -> None:
            with self._busy, for_coach(self.label):
                job()

        return run

    def start_idle_watch(self) -> None:
        """With `idle = true`, a thread that waits for new mail with IMAP IDLE on its own
        connection and asks for a poll as soon as some arrives."""
        mailbox = self.config.mailbox
        if not isinstance(mailbox, ImapMailbox) or not mailbox.idle:
            return

        def watch() -> None:
            with for_coach(self.label):
                self._idle_loop()

        self._idle_thread = threading.Thread(target=watch, name=f"{self._prefix}idle", daemon=True)
        self._idle_thread.start()

    def _idle_loop(self) -> None:
        folder = self.config.mailbox.folders[0]
        failures = 0
        while not self.stop.is_set():
            watcher = None
            try:
                watcher = self.source_factory(self.config, self.sessions)
                if not isinstance(watcher, Watcher) or not watcher.can_idle():
                    log.info("The server does not offer IDLE: new mail is read by polling only")
                    return
                log.info("Waiting for new mail in %s with IDLE", folder)
                failures = 0
                while not self.stop.is_set():
                    seconds = self.idle_restart.total_seconds()
                    if watcher.wait_for_news(folder, seconds, self.stop):
                        log.debug("New mail in %s: polling now", folder)
                        self.poll_soon()
            except DoorstepError as e:
                failures += 1
                base = (
                    AUTH_BACKOFF
                    if isinstance(e, MailboxAuthError | CredentialError)
                    else IDLE_RETRY
                )
                cap = AUTH_BACKOFF_MAX if base is AUTH_BACKOFF else IDLE_RETRY_MAX
                pause = min(base * 2 ** (failures - 1), cap) * self.jitter()
                log.warning(
                    "Waiting for new mail with IDLE failed: %s Polling goes on; IDLE is tried "
                    "again in %d s.",
                    e,
                    pause.total_seconds(),
                )
                self.stop.wait(pause.total_seconds())
            except Exception:
                log.exception("The IDLE watch failed unexpectedly; polling goes on without it")
                return
            finally:
                if watcher is not None:
                    try:
                        watcher.close()
                    except Exception:  # noqa: BLE001 - it is being dropped anyway
                        log.debug("Closing the IDLE connection failed")

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
        zone = self.config.coach.zone
        jobs = [
            (
                "poll",
                self.poll_job,
                IntervalTrigger(minutes=self.config.daemon.poll_minutes, timezone=zone),
                POLL_MISFIRE_GRACE_SECONDS,
            ),
            (
                "watch-config",
                self.watch_config_job,
                IntervalTrigger(seconds=CONFIG_WATCH_SECONDS, timezone=zone),
                CONFIG_WATCH_SECONDS,
            ),
            (
                "keepalive",
                self.keepalive_job,
                IntervalTrigger(seconds=KEEPALIVE_CHECK.total_seconds(), timezone=zone),
                int(KEEPALIVE_CHECK.total_seconds()),
            ),
            ("digest", self.digest_job, digest_trigger(self.config), DIGEST_MISFIRE_GRACE_SECONDS),
        ]
        for name, job, trigger, grace in jobs:
            scheduler.add_job(
                self._exclusive(job),
                trigger,
                id=prefix + name,
                misfire_grace_time=grace,
                coalesce=True,
                max_instances=1,
                **({"next_run_time": self.clock()} if name == "poll" else {}),
            )
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
        def _stop(signum: int, _frame: FrameType | None) -> None:
            log.info("Received %s: stopping after the current batch", signal.Signals(signum).name)
            self.stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        scheduler = self.build_scheduler()

        def _reload(_signum: int, _frame: FrameType | None) -> None:
            log.info("Received SIGHUP: re-reading the config file")
            self.reload_soon()

        signal.signal(signal.SIGHUP, _reload)
        scheduler.start()
        self.start_idle_watch()
        log.info(
            "Doorstep is running: polling every %d min, digest daily at %s (%s)",
            self.config.daemon.poll_minutes,
            self.config.digest.send_at.strftime("%H:%M"),
            self.config.coach.timezone,
        )
        try:
            while not self.stop.wait(timeout=1.0):
                pass
        finally:
            scheduler.shutdown(wait=True)
            self.wind_down()
            log.info("Doorstep stopped")

    def wind_down(self) -> None:
        """After its jobs have stopped: end the IDLE watch, give up the lease, close the
        connection."""
        self.stop.set()
        if self._idle_thread is not None:
            self._idle_thread.join(timeout=10)
        try:
            release_lease(self.sessions, self.config.mailbox.account, self.worker)
            self.holds_lease = False
        except Exception:
            log.exception("Could not give up the mailbox's lease; it runs out by itself")
        self.close_source()
