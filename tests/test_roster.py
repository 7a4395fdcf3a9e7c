"""The roster, edited by hand or by command: comments kept, bad edits refused, the daemon reloads
it, and a newly added address brings in that client's earlier mail (the backfill)."""

from __future__ import annotations

import difflib
import logging
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.cli.main import main
from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.common.errors import ConfigError
from service.notify.transport import FileTransport
from service.poll.mailbox import poll_once, roster_of
from service.config.roster_file import add_client, end_client
from service.store.db import open_store
from service.store.models import Message
from service.store.privacy import forget_client
from service.store.repo import roster_changes
from tests.conftest import REPO
from tests.mail import make_message
from tests.servers import MailUser


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    shutil.copyfile(REPO / "config.example.toml", path)
    return path


def test_add_keeps_the_file_byte_for_byte_and_appends_one_table(example: Path) -> None:
    before = example.read_bytes()
    add_client(example, "Sam Ortiz", ["sam@ortiz.example"], ["+1 646 555 0199"])
    after = example.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :] == (
        b'\n[[clients]]\nname = "Sam Ortiz"\nemails = ["sam@ortiz.example"]\n'
        b'phones = ["+1 646 555 0199"]\nstatus = "active"\n'
    )
    assert [c.name for c in load_config(example).clients][-1] == "Sam Ortiz"


def test_end_changes_only_that_client(example: Path) -> None:
    before = example.read_text().splitlines()
    end_client(example, "jane doe", date(2026, 11, 20))
    after = example.read_text().splitlines()
    changes = [line for line in difflib.ndiff(before, after) if line[:2] in ("- ", "+ ")]
    assert changes == [
        '- status = "active"              # "active" or "former"',
        '+ status = "former"              # "active" or "former"',
        "+ ended = 2026-11-20",
    ]


def test_a_bad_addition_changes_nothing(example: Path) -> None:
    before = example.read_bytes()
    with pytest.raises(ConfigError, match="belongs to both 'Jane Doe' and 'Impostor'"):
        add_client(example, "Impostor", ["JANE.DOE@example.org"], [])
    with pytest.raises(ConfigError, match="'12' is not a phone number"):
        add_client(example, "Shorty", [], ["12"])
    assert example.read_bytes() == before


def test_clients_commands(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "clients",
                "add",
                "Sam Ortiz",
                "--email",
                "sam@ortiz.example",
                "--config",
                str(example),
            ]
        )
        == 0
    )
    assert (
        main(["clients", "end", "Sam Ortiz", "--date", "2026-11-01", "--config", str(example)]) == 0
    )
    assert main(["clients", "list", "--config", str(example)]) == 0
    out = capsys.readouterr().out
    assert "Sam Ortiz (former, ended 2026-11-01): sam@ortiz.example" in out
    assert "Jane Doe (active): jane.doe@example.org, jdoe@work.example, +1 312 555 0142" in out
    assert main(["clients", "end", "Nobody", "--config", str(example)]) == 1
    assert "No client named 'Nobody'" in capsys.readouterr().err


def test_the_daemon_reloads_a_changed_roster_and_keeps_the_old_one_on_a_bad_edit(
    write_config: Callable[..., Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_config()
    config = load_config(path)
    daemon = Daemon(config, open_store(config.storage.url), FileTransport(tmp_path / "out"))
    assert not daemon.reload_if_changed()
    add_client(path, "Sam Ortiz", ["sam@ortiz.example"], [])
    assert daemon.reload_if_changed()
    assert "Sam Ortiz" in [c.name for c in daemon.config.clients]

    path.write_text(path.read_text().replace('name = "Sam Ortiz"', 'nmae = "Sam Ortiz"'))
    with caplog.at_level(logging.ERROR):
        assert not daemon.reload_if_changed()
    assert "previous settings stay in force" in caplog.text and "unknown key 'nmae'" in caplog.text
    assert "Sam Ortiz" in [c.name for c in daemon.config.clients]


def test_an_added_address_brings_in_that_clients_earlier_mail(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    path = write_config()
    new = tmp_path / "Maildir" / "new"
    (new / "1").write_bytes(
        make_message(
            sender="Sam <sam@ortiz.example>",
            subject="Before I was added",
            body="Do you have room for me?",
        )
    )
    (new / "2").write_bytes(make_message(subject="Jane's note"))
    config = load_config(path)
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 1
    add_client(path, "Sam Ortiz", ["sam@ortiz.example"], [])
    config = load_config(path)
    report = poll_once(config, sessions)
    assert (report.fetched, report.backfilled) == (0, 1)
    assert poll_once(config, sessions).backfilled == 0  # once only
    with sessions() as session:
        assert sorted(m.subject for m in session.query(Message)) == [
            "Before I was added",
            "Jane's note",
        ]


@pytest.mark.dovecot
def test_backfill_against_dovecot_fetches_only_that_clients_mail(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    for i in range(5):
        mail_user.deliver(make_message(sender=f"stranger{i}@example.net", subject=f"Other {i}"))
    mail_user.deliver(
        make_message(
            sender="Sam <sam@ortiz.example>",
            subject="Sam's question",
            body="Can we talk?",
            message_id="<sam-q@ortiz.example>",
        )
    )
    mail_user.deliver(
        make_message(
            sender="Robin <robin@avery-coaching.example>",
            to="sam@ortiz.example",
            subject="Re: Sam's question",
            body="Yes, Tuesday.",
            headers={"In-Reply-To": "<sam-q@ortiz.example>"},
        ),
        folder="Sent Items",
    )
    path = write_config(mail_user.mailbox_toml())
    config = load_config(path)
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).fetched == 6
    add_client(path, "Sam Ortiz", ["sam@ortiz.example"], [])
    report = poll_once(load_config(path), sessions)
    assert (report.fetched, report.backfilled, report.answered) == (0, 1, 1)
    with sessions() as session:
        sam = session.query(Message).filter_by(client_name="Sam Ortiz").one()
        assert sam.answered_how == "replied"


def test_a_roster_known_once_is_not_looked_up_again_until_it_changes(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    """A poll with nothing new asks nothing about the roster; a changed roster is looked up again,
    so a client forgotten and then added back has their earlier mail read once more."""
    account = config.mailbox.account
    roster = set(roster_of(config).by_email)
    poll_once(config, sessions)  # the first poll remembers the roster
    assert roster_changes(sessions, account, roster) == (set(), False)  # found known: kept
    jane = {"jane.doe@example.org", "jdoe@work.example"}
    forget_client(sessions, account, "Jane Doe", set(), jane)  # off the roster, then forgotten
    assert roster_changes(sessions, account, roster - jane) == (set(), False)
    assert roster_changes(sessions, account, roster) == (jane, False)  # back: new again
