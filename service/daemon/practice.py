"""`doorstep run --coaches DIR`: one worker serving many coaches' mailboxes, a coaching practice's.

Each `*.toml` file in DIR is one coach's config, as `doorstep run` reads it; usually they share one
PostgreSQL database. Every mailbox gets the jobs a single daemon has (`mailbox.py`), in one
scheduler whose few threads serve them all; one job of a mailbox runs at a time. Several such
workers, on one machine or several, may serve the same folder of configs: each mailbox is polled,
and its digest sent, by the one worker that holds its lease, and a worker that dies has its
mailboxes taken over when their leases run out. `max_mailboxes` caps how many one worker serves,
so that a practice's mailboxes spread over its workers.

A file with a mistake is reported (which file, which line) and left out; the other coaches are
served. The folder is read again every minute and on SIGHUP: a new file is a new coach, a removed
one is let go (its lease given up), a changed one is re-read by its own mailbox's watch.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import Clock, utc_now
from service.common.errors import ConfigError, DoorstepError
from service.common.logcontext import for_coach
from service.config import Config, load_config
from service.config.roster_checks import roster_warnings
from service.daemon.mailbox import Daemon
from service.ingest.source import Source
from service.notify.transport import Transport
from service.poll.mailbox import open_source
from service.store.db import open_store
from service.store.lease import worker_name

log = logging.getLogger(__name__)

RESCAN_SECONDS = 60
THREADS = 4  # polls at once: the work is mostly waiting for servers, and the GIL is shared


def coach_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.toml") if p.is_file())


class Practice:
    def __init__(
        self,
        directory: Path,
        transport_for: Callable[[Config], Transport],
        max_mailboxes: int | None = None,
        threads: int = THREADS,
        clock: Clock = utc_now,
        source_factory: Callable[[Config, sessionmaker[Session]], Source] = open_source,
    ) -> None:
        if not directory.is_dir():
            raise DoorstepError(
                f"{directory} is not a folder. Give --coaches the folder that holds one config "
                "file (NAME.toml) for each coach."
            )
        self.directory = directory
        self.transport_for = transport_for
        self.max_mailboxes = max_mailboxes
        self.clock = clock
        self.source_factory = source_factory
        self.worker = worker_name()
        self.daemons: dict[Path, Daemon] = {}
        self.problems: dict[Path, str] = {}  # files left out, and why (each told once)
        self._stores: dict[str, sessionmaker[Session]] = {}
        self._lock = threading.Lock()
        self.stop = threading.Event()
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=threads)},
            job_defaults={"coalesce": True, "max_instances": 1},
        )

    def _may_take(self) -> bool:
        """Whether this worker may take one more mailbox (its cap, if any, not yet reached)."""
        if self.max_mailboxes is None:
            return True
        # A copy, made at once: job threads ask this while a rescan may add a coach.
        daemons = list(self.daemons.values())
        return sum(1 for d in daemons if d.holds_lease) < self.max_mailboxes

    def _sessions(self, url: str) -> sessionmaker[Session]:
        if url not in self._stores:
            self._stores[url] = open_store(url)  # migrated once, shared by its mailboxes
        return self._stores[url]

    def scan(self) -> None:
        """Take in the coaches whose files are new; let go of those whose files are gone."""
        with self._lock:
            files = coach_files(self.directory)
            if not files and not self.daemons:
                log.warning("No coach config files (*.toml) in %s yet", self.directory)
            for path in files:
                if path not in self.daemons:
                    self._add(path)
            for path in [p for p in self.daemons if p not in files]:
                self._remove(path)
            for path in [p for p in self.problems if p not in files]:
                del self.problems[path]

    def _add(self, path: Path) -> None:
        with for_coach(path.stem):
            try:
                config = load_config(path)
                accounts = {d.config.mailbox.account for d in self.daemons.values()}
                if config.mailbox.account in accounts:
                    raise ConfigError(
                        f"{path}: its mailbox ({config.mailbox.account}) is another file's "
                        "already; a mailbox belongs to one coach. Remove one of the two."
                    )
                daemon = Daemon(
                    config,
                    self._sessions(config.storage.url),
                    self.transport_for(config),
                    clock=self.clock,
                    source_factory=self.source_factory,
                    may_take=self._may_take,
                    worker=self.worker,
                    label=path.stem,
                )
            except DoorstepError as e:
                if self.problems.get(path) != str(e):
                    log.error("This coach is left out until the file is fixed: %s", e)
                    self.problems[path] = str(e)
                return
            self.problems.pop(path, None)
            for warning in roster_warnings(config):
                log.warning("%s", warning)
            daemon.add_jobs(self.scheduler, prefix=f"{path.stem}:")
            self.daemons[path] = daemon
            if self.scheduler.running:
                daemon.start_idle_watch()
            log.info("Serving %s (%s)", config.coach.name, config.mailbox.account)

    def _remove(self, path: Path) -> None:
        daemon = self.daemons.pop(path)
        with for_coach(path.stem):
            for job in self.scheduler.get_jobs():
                if job.id.startswith(f"{path.stem}:"):
                    job.remove()
            daemon.wind_down()
            log.info("The config file is gone: no longer serving %s", daemon.config.mailbox.account)

    def start(self) -> None:
        self.scan()
        self.scheduler.add_job(
            self._rescan_job,
            IntervalTrigger(seconds=RESCAN_SECONDS),
            id="practice:rescan",
            misfire_grace_time=RESCAN_SECONDS,
        )
        self.scheduler.start()
        for path, daemon in self.daemons.items():
            with for_coach(path.stem):
                daemon.start_idle_watch()
        log.info(
            "Doorstep is serving %d coach(es) from %s as worker %s%s",
            len(self.daemons),
            self.directory,
            self.worker,
            f", at most {self.max_mailboxes} mailbox(es)" if self.max_mailboxes else "",
        )

    def _rescan_job(self) -> None:
        try:
            self.scan()
        except Exception:
            log.exception("Reading the folder of coach configs failed; it is tried again soon")

    def reload(self) -> None:
        """SIGHUP: read the folder again, and every coach's file."""
        self.scheduler.add_job(self._rescan_job, id="practice:rescan-now", replace_existing=True)
        for daemon in list(self.daemons.values()):
            daemon.reload_soon()

    def shutdown(self) -> None:
        self.stop.set()
        for daemon in self.daemons.values():
            daemon.stop.set()  # a long poll stops between batches
        self.scheduler.shutdown(wait=True)
        for path, daemon in self.daemons.items():
            with for_coach(path.stem):
                daemon.wind_down()
        log.info("Doorstep stopped")

    def run(self) -> None:
        """In the foreground until SIGTERM or SIGINT; SIGHUP re-reads the folder and the files."""

        def _stop(signum: int, _frame: FrameType | None) -> None:
            log.info("Received %s: stopping after the current batches", signal.Signals(signum).name)
            self.stop.set()

        def _reload(_signum: int, _frame: FrameType | None) -> None:
            log.info("Received SIGHUP: re-reading the coaches' config files")
            self.reload()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        signal.signal(signal.SIGHUP, _reload)
        self.start()
        try:
            while not self.stop.wait(timeout=1.0):
                pass
        finally:
            self.shutdown()
