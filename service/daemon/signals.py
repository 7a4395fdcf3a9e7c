"""`doorstep run` in the foreground: a mailbox's jobs until a signal says stop."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType
from typing import Protocol

from apscheduler.schedulers.background import BackgroundScheduler

from service.config import Config

log = logging.getLogger(__name__)


class Jobs(Protocol):
    """What runs here: a mailbox's jobs (`Daemon`)."""

    config: Config
    stop: threading.Event

    def build_scheduler(self) -> BackgroundScheduler: ...
    def start_idle_watch(self) -> None: ...
    def reload_soon(self) -> None: ...
    def wind_down(self) -> None: ...


def run_until_signalled(daemon: Jobs) -> None:
    """Run `daemon`'s jobs until SIGTERM or SIGINT (between batches); SIGHUP re-reads the
    config file."""

    def _stop(signum: int, _frame: FrameType | None) -> None:
        log.info("Received %s: stopping after the current batch", signal.Signals(signum).name)
        daemon.stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    scheduler = daemon.build_scheduler()

    def _reload(_signum: int, _frame: FrameType | None) -> None:
        log.info("Received SIGHUP: re-reading the config file")
        daemon.reload_soon()

    signal.signal(signal.SIGHUP, _reload)
    scheduler.start()
    daemon.start_idle_watch()
    log.info(
        "Doorstep is running: polling every %d min, digest daily at %s (%s)",
        daemon.config.daemon.poll_minutes,
        daemon.config.digest.send_at.strftime("%H:%M"),
        daemon.config.coach.timezone,
    )
    try:
        while not daemon.stop.wait(timeout=1.0):
            pass
    finally:
        scheduler.shutdown(wait=True)
        daemon.wind_down()
        log.info("Doorstep stopped")
