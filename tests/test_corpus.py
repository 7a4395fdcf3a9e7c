"""Every message of the real-world malformed corpus gets a clear outcome; none stops a poll.

The corpus is read from ../shared/corpora/malformed (or $DOORSTEP_MALFORMED_CORPUS), never copied
into the project.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from service.config import load_config, normalise_email
from service.ingest.parse import parse_message
from service.poll.mailbox import poll_once
from service.records import ParsedMessage, ParseFailure
from service.store.db import open_store
from service.store.identity import body_hash
from service.store.models import Message
from tests.conftest import REPO
from tests.mail import make_message
from tests.servers import MailUser
from tests.support import unavailable

NOT_MAIL = ("LICENSE", "NOTICE", "COPYING", "SOURCES", ".gitattributes")


def corpus_files() -> list[Path]:
    root = Path(
        os.environ.get(
            "DOORSTEP_MALFORMED_CORPUS", REPO.parent / "shared" / "corpora" / "malformed"
        )
    )
    if not root.is_dir():
        unavailable(f"the malformed-mail corpus is not at {root} (set DOORSTEP_MALFORMED_CORPUS)")
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and not any(n in p.name for n in NOT_MAIL)
    )
    assert len(files) > 300, f"expected the ~340-message corpus at {root}, found {len(files)} files"
    return files


def identity(data: bytes) -> tuple[str | None, str]:
    """(sender address usable in a roster, identity) as Doorstep reads them: the identity is the
    Message-ID with the hash of the body (two different messages may share a Message-ID), or
    for a message without one, the hash of its bytes."""
    result = parse_message(data)
    if isinstance(result, ParsedMessage):
        sender, message_id = (result.sender.email if result.sender else None), result.message_id
        message_id = message_id and f"{message_id} {body_hash(data)}"
    else:
        sender, message_id = result.sender_email, ""
    message_id = message_id or "sha256:" + hashlib.sha256(data).hexdigest()
    if sender and re.fullmatch(r"[^@\s\"<>]+@[^@\s\"<>]+\.[^@\s\"<>]+", sender):
        return normalise_email(sender), message_id
    return None, message_id


def _reports_about_clients(stored: list[Message], senders: list[str]) -> list[Message]:
    """The stored messages whose sender is not a roster address: each a machine's report about a
    client's address (a bounce, a delay, a feedback report), and ignored."""
    others = [m for m in stored if normalise_email(m.sender_email or "") not in senders]
    assert {m.tag for m in others} <= {"ignored"}, [(m.sender_email, m.tag) for m in others]
    assert len(others) <= 5  # the corpus holds a handful of bounces naming another's address
    return others


def test_every_corpus_message_parses_or_fails_cleanly() -> None:
    outcomes = [parse_message(p.read_bytes()) for p in corpus_files()]
    assert all(isinstance(o, ParsedMessage | ParseFailure) for o in outcomes)
    failures = [o for o in outcomes if isinstance(o, ParseFailure)]
    assert all(f.error for f in failures)
    assert len(failures) < 10  # mail-parser reads nearly all of it


def test_a_poll_over_the_whole_corpus_stores_every_client_message(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    files = corpus_files()
    identities = [identity(p.read_bytes()) for p in files]
    senders = sorted({s for s, _ in identities if s})
    roster = "".join(
        f'\n[[clients]]\nname = "Sender {i}"\nemails = ["{s}"]\n' for i, s in enumerate(senders)
    )
    roster += '\n[[clients]]\nname = "Jane Doe"\nemails = ["jane.doe@example.org"]\n'
    config = load_config(write_config(roster=roster))
    new = tmp_path / "Maildir" / "new"
    for i, p in enumerate(files):
        shutil.copyfile(p, new / f"{i:04d}.corpus")
    (new / "9999.last").write_bytes(make_message(subject="After the corpus", body="Still here."))

    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert report.fetched == len(files) + 1
    with sessions() as session:
        stored = session.query(Message).all()
    # Every message from a client address is stored once (unreadable ones with their parse
    # error); copies sharing a Message-ID are one message. So are the bounces and reports about a
    # client's address, sent by a mail server that is not on the roster: set aside as ignored.
    client_ids = [mid for s, mid in identities if s]
    expected = len(set(client_ids))
    assert (
        report.stored
        == len(stored)
        == expected + 1 + len(_reports_about_clients(stored, [*senders, "jane.doe@example.org"]))
    )
    assert any(m.subject == "After the corpus" for m in stored)
    assert any(m.parse_error for m in stored) == any(
        isinstance(parse_message(p.read_bytes()), ParseFailure) and identity(p.read_bytes())[0]
        for p in files
    )
    assert poll_once(config, sessions).fetched == 0


def test_classify_cli_reports_every_corpus_file(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = corpus_files()
    path = write_config()
    assert main(["--config", str(path), "classify", "--json", *map(str, files)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(files)
    for line, file in zip(lines, files, strict=True):
        record = json.loads(line)
        assert record["file"] == str(file)
        assert set(record) >= {"file", "client", "client_status", "kind", "tag", "reasons"}


@pytest.mark.dovecot
def test_the_corpus_through_dovecot_stores_every_client_message(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    files = corpus_files()
    identities = [identity(p.read_bytes()) for p in files]
    senders = sorted({s for s, _ in identities if s})
    roster = "".join(
        f'\n[[clients]]\nname = "Sender {i}"\nemails = ["{s}"]\n' for i, s in enumerate(senders)
    )
    for p in files:
        mail_user.deliver(p.read_bytes())
    mail_user.deliver(make_message(subject="After the corpus", body="Still here?"))
    config = load_config(
        write_config(mail_user.mailbox_toml(batch_size=50) + "history_days = 0\n", roster=roster)
    )
    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert report.fetched == len(files) + 1
    assert poll_once(config, sessions).fetched == 0
    with sessions() as session:
        stored = session.query(Message).all()
    # Every client message is there once; Dovecot may rewrite line endings, never senders.
    client_ids = [mid for s, mid in identities if s]
    expected = len(set(client_ids))
    assert len(stored) == report.stored == expected + len(_reports_about_clients(stored, senders))
