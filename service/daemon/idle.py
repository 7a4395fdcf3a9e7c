"""With `idle = true`: a thread that waits for new mail with IMAP IDLE on a connection of its own
and asks for a poll as soon as some arrives. Polling goes on whatever becomes of it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from service.common.errors import DoorstepError
from service.common.logcontext import for_coach
from service.daemon.backoff import Backoff
from service.ingest.source import Source, Watcher

log = logging.getLogger(__name__)

IDLE_RESTART = timedelta(minutes=9)  # IDLE is ended and begun again at least this often
IDLE_RETRY = timedelta(seconds=30)  # after the IDLE connection failed: 30 s, doubling to 15 min
IDLE_RETRY_MAX = timedelta(minutes=15)


class IdleWatch:
    def __init__(
        self,
        open_source: Callable[[], Source],
        on_news: Callable[[], None],
        stop: threading.Event,
        jitter: Callable[[], float],
    ) -> None:
        self.open_source = open_source
        self.on_news = on_news
        self.stop = stop
        self.jitter = jitter
        self.restart = IDLE_RESTART
        self.thread: threading.Thread | None = None

    def start(self, folder: str, label: str, name: str) -> None:
        def watch() -> None:
            with for_coach(label):
                self.loop(folder)

        self.thread = threading.Thread(target=watch, name=name, daemon=True)
        self.thread.start()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join(timeout=10)

    def loop(self, folder: str) -> None:
        backoff = Backoff(IDLE_RETRY, self.jitter)
        while not self.stop.is_set():
            watcher = None
            try:
                watcher = self.open_source()
                if not isinstance(watcher, Watcher) or not watcher.can_idle():
                    log.info("The server does not offer IDLE: new mail is read by polling only")
                    return
                log.info("Waiting for new mail in %s with IDLE", folder)
                backoff.reset()
                while not self.stop.is_set():
                    if watcher.wait_for_news(folder, self.restart.total_seconds(), self.stop):
                        log.debug("New mail in %s: polling now", folder)
                        self.on_news()
            except DoorstepError as e:
                pause = backoff.pause(e, IDLE_RETRY_MAX)
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
