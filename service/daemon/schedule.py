"""When a mailbox's jobs run: the digest at the coach's local time (and a missed one caught up),
the poll every N minutes, the config watch and the keepalive; APScheduler 3 runs them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from service.common.clock import local_day
from service.config import Config
from service.store.digests import no_digest_for

POLL_MISFIRE_GRACE_SECONDS = 300
CONFIG_WATCH_SECONDS = 30
DIGEST_MISFIRE_GRACE_SECONDS = 6 * 3600
KEEPALIVE_CHECK = timedelta(minutes=3)  # how often the kept connection's idleness is looked at

Job = Callable[[], None]


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


def add_mailbox_jobs(
    scheduler: BackgroundScheduler,
    config: Config,
    prefix: str,
    jobs: dict[str, Job],
    first_poll_at: datetime,
) -> None:
    """The jobs `poll`, `watch-config`, `keepalive` and `digest`, each with its trigger, with
    `prefix` on their ids (one scheduler may serve many mailboxes)."""
    zone = config.coach.zone
    triggers: dict[str, tuple[BaseTrigger, int]] = {
        "poll": (
            IntervalTrigger(minutes=config.daemon.poll_minutes, timezone=zone),
            POLL_MISFIRE_GRACE_SECONDS,
        ),
        "watch-config": (
            IntervalTrigger(seconds=CONFIG_WATCH_SECONDS, timezone=zone),
            CONFIG_WATCH_SECONDS,
        ),
        "keepalive": (
            IntervalTrigger(seconds=KEEPALIVE_CHECK.total_seconds(), timezone=zone),
            int(KEEPALIVE_CHECK.total_seconds()),
        ),
        "digest": (digest_trigger(config), DIGEST_MISFIRE_GRACE_SECONDS),
    }
    for name, (trigger, grace) in triggers.items():
        scheduler.add_job(
            jobs[name],
            trigger,
            id=prefix + name,
            misfire_grace_time=grace,
            coalesce=True,
            max_instances=1,
            **({"next_run_time": first_poll_at} if name == "poll" else {}),
        )
