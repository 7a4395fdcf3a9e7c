"""Exactly once under any crash: a first poll of 2,000 messages, SIGKILLed at random points at
least 50 times and restarted each time, ends with every client message stored exactly once and
the mailbox untouched. In the spirit of mbsync's own suite."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from service.config import load_config
from service.store.db import open_store
from service.store.models import Message
from tests.mail import make_message
from tests.servers import MailUser
from tests.test_imap import snapshot

pytestmark = pytest.mark.dovecot

MESSAGES = 2000
KILLS = 50


def test_sigkill_at_random_points_loses_nothing_and_doubles_nothing(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    rng = random.Random(2026)  # noqa: S311 - reproducible kill times, not cryptography
    for i in range(MESSAGES):
        sender = "jane.doe@example.org" if i % 5 == 0 else f"someone{i}@elsewhere.example"
        mail_user.deliver(
            make_message(sender=sender, subject=f"n{i}", message_id=f"<kill-{i}@test>")
        )
    before = snapshot(mail_user)
    path = write_config(mail_user.mailbox_toml(batch_size=25) + "history_days = 0\n")
    env = {**os.environ, "DOORSTEP_TEST_IMAP_PASSWORD": mail_user.password}
    command = [sys.executable, "-m", "service", "--config", str(path), "poll"]

    kills = attempts = 0
    delay = 0.6
    while kills < KILLS and attempts < 400:
        attempts += 1
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, delay))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        delay = min(delay + 0.02, 2.0)  # later restarts get further before the next kill
    assert kills >= KILLS, f"only {kills} kills in {attempts} attempts"

    for _ in range(5):  # as the daemon would: the next poll, a moment later
        final = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        if final.returncode == 0:
            break
        time.sleep(2)
    assert final.returncode == 0, final.stderr

    config = load_config(path)
    sessions = open_store(config.storage.url)
    with sessions() as session:
        rows = session.execute(select(Message.uid, Message.subject)).all()
        distinct = session.scalar(select(func.count(func.distinct(Message.message_id))))
    expected = {f"n{i}" for i in range(0, MESSAGES, 5)}
    assert len(rows) == len(expected) == distinct
    assert {subject for _, subject in rows} == expected

    client = mail_user.client()
    client.select_folder("INBOX", readonly=True)
    server_uids = set(client.search(["FROM", "jane.doe@example.org"]))
    client.logout()
    assert {uid for uid, _ in rows} == server_uids
    assert snapshot(mail_user) == before
