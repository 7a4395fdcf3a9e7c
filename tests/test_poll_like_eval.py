"""A labelled set, polled as the coach's mailbox (a Maildir, the header fields read first and
the whole message only where they say it may concern a client), stores exactly the messages its
labels give a client, each as that client's and with the tag `doorstep eval` gives it. So what
`eval` measures is what a poll does."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from service.cli.commands import _judge
from service.ingest.parse import parse_headers
from service.poll.mailbox import poll_once
from service.records import ParsedMessage
from service.store.db import open_store
from service.store.models import Message
from tests.answered_sets import polled_as_maildir
from tests.conftest import REPO

SETS = sorted(p.parent for p in (REPO / "tests" / "evalsets").glob("*/labels.csv"))


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_a_poll_stores_what_eval_judges(folder: Path, tmp_path: Path) -> None:
    with (folder / "labels.csv").open(encoding="utf-8") as labels:
        rows = list(csv.DictReader(labels))
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    files: dict[str, str] = {}
    for row in rows:
        shutil.copyfile(folder / row["file"], maildir / "new" / row["file"])
        parsed = parse_headers((folder / row["file"]).read_bytes())
        assert isinstance(parsed, ParsedMessage) and parsed.message_id, row["file"]
        files[parsed.message_id] = row["file"]
    config = polled_as_maildir(folder / "config.toml", tmp_path)
    sessions = open_store(config.storage.url)
    try:
        poll_once(config, sessions)
        with sessions() as session:
            stored = {
                files.get(m.message_id, m.message_id): (m.client_name, m.tag)
                for m in session.query(Message)
            }
    finally:
        sessions.kw["bind"].dispose()
    judge = _judge(config)
    judged = {}
    for row in rows:
        done = judge((folder / row["file"]).read_bytes())
        if done.match.client is not None and done.verdict is not None:
            judged[row["file"]] = (done.match.client.name, done.verdict.tag.value)
    assert stored == judged
