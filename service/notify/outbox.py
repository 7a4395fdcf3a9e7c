"""Sending the day's stored digest until the server takes it — by one process only.

One row per local day (see `service.notify.building`). A sender first claims the row with one
conditional UPDATE (pending → sending); of two senders at once only one wins, on SQLite and
PostgreSQL alike. A claim not resolved within `CLAIM_FOR` is a sender that died mid-send and may
be taken again, so a crash never loses the day's digest. The send is recorded the moment the
server accepts the message (its reply to DATA), before anything else; a kill in the short window
between the two resends the same bytes, with the same Message-ID (SMTP gives at-least-once).
A send that fails for a while is retried with growing pauses; a refusal is recorded, shown by
`doorstep status`, and sent again by the next `doorstep digest --send`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from service.common.errors import DoorstepError, PermanentDeliveryError
from service.config import Config
from service.notify.building import prepare, preview, rebuild_if_read_since, stored_today
from service.notify.transport import Transport
from service.store.digests import (
    UNSENT_ALARM,
    claim,
    due_digests,
    record_failure,
    record_sent,
    retry_refused,
)

__all__ = ["UNSENT_ALARM", "prepare", "preview", "run_digest", "send_pending", "stored_today"]

log = logging.getLogger(__name__)
MAX_RETRY_PAUSE = timedelta(hours=1)
CLAIM_FOR = timedelta(minutes=10)  # longer than any SMTP conversation (timeouts are seconds)


def retry_pause(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(0, attempts - 1)), MAX_RETRY_PAUSE)


@dataclass(frozen=True)
class SendResult:
    sent: int
    failed: int
    notes: tuple[str, ...]
    problems: tuple[str, ...] = ()  # those of the notes that say a digest did not go out


@dataclass
class _Recorder:
    """Called the moment the server takes the digest: records it before anything else."""

    sessions: sessionmaker[Session]
    digest_id: int
    now: datetime
    done: bool = False

    def __call__(self) -> None:
        record_sent(self.sessions, self.digest_id, self.now)
        self.done = True


def send_pending(
    sessions: sessionmaker[Session],
    config: Config,
    transport: Transport,
    now: datetime,
    force: bool = False,
) -> SendResult:
    """Try every stored digest that has not gone out and whose retry time has come."""
    due = due_digests(sessions, config.mailbox.account, now, force)
    sent = failed = 0
    notes: list[str] = []
    problems: list[str] = []
    for digest_id, raw, day, created in ((d.id, d.raw, d.day, d.created_at) for d in due):
        if not claim(sessions, digest_id, now, until=now + CLAIM_FOR):
            notes.append(f"The digest for {day} is being sent by another Doorstep process.")
            continue
        raw = rebuild_if_read_since(sessions, config, digest_id, now) or raw
        accepted = _Recorder(sessions, digest_id, now)
        try:
            where = transport.deliver(
                raw, config.digest_from, config.digest_to, f"digest-{day.isoformat()}", accepted
            )
        except PermanentDeliveryError as e:
            failed += 1
            notes.append(
                f"{e} Once that is fixed, 'doorstep digest --send' sends today's digest again."
            )
            problems.append(notes[-1])
            log.error("The digest for %s was refused: %s", day, e)
            _record_failure(sessions, digest_id, now, str(e), permanent=True)
        except (
            DoorstepError
        ) as e:  # a delay, or what stops any send: "[smtp] password_env … not set"
            failed += 1
            notes.append(str(e))
            problems.append(notes[-1])
            if now - created >= UNSENT_ALARM:
                log.error(
                    "The digest for %s has not reached you for %d hours: %s Doorstep keeps "
                    "trying; 'doorstep check' tests the connection to the mail server.",
                    day,
                    (now - created) // timedelta(hours=1),
                    e,
                )
            else:
                log.warning("The digest for %s could not be sent yet: %s", day, e)
            _record_failure(sessions, digest_id, now, str(e), permanent=False)
        except BaseException:
            _record_failure(sessions, digest_id, now, "the send failed unexpectedly", False)
            raise
        else:
            if not accepted.done:
                accepted()
            sent += 1
            notes.append(f"The digest for {day} was {where}.")
            log.info("The digest for %s was %s", day, where)
    return SendResult(sent=sent, failed=failed, notes=tuple(notes), problems=tuple(problems))


def _record_failure(
    sessions: sessionmaker[Session], digest_id: int, now: datetime, error: str, permanent: bool
) -> None:
    record_failure(sessions, digest_id, error, now, None if permanent else retry_pause)


def run_digest(
    sessions: sessionmaker[Session], config: Config, transport: Transport, now: datetime
) -> SendResult:
    """The daily job and `digest --send`: store today's digest (if not yet), then send what is
    waiting, a refused one included."""
    prepared = prepare(sessions, config, now)
    if prepared.digest_id is None or prepared.already_sent:
        return SendResult(sent=0, failed=0, notes=(prepared.note,))
    if prepared.refused:
        retry_refused(sessions, prepared.digest_id)
    return send_pending(sessions, config, transport, now, force=True)
