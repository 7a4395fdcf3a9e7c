"""A bad config stops start-up with one clear message naming the key and what to write instead."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from service.common.addresses import normalise_email
from service.common.errors import ConfigError
from service.config import (
    ClientConfig,
    CoachConfig,
    Config,
    DaemonConfig,
    DigestConfig,
    ImapMailbox,
    LocalMailbox,
    SmtpConfig,
    StorageConfig,
    load_config,
)
from tests.conftest import REPO

IMAP = """
[mailbox]
kind = "imap"
host = "imap.example.org"
username = "robin@avery-coaching.example"
password_env = "DOORSTEP_IMAP_PASSWORD"
"""


def test_the_example_config_is_valid() -> None:
    config = load_config(REPO / "config.example.toml")
    assert isinstance(config.mailbox, ImapMailbox)
    assert config.mailbox.effective_port == 993
    assert [c.name for c in config.clients] == ["Jane Doe", "Priya Natarajan"]
    assert config.digest_to == "robin@avery-coaching.example"


def test_the_example_explains_every_key() -> None:
    """Each key of each table is in config.example.toml, written out or commented out."""
    text = (REPO / "config.example.toml").read_text()
    tables: tuple[type[BaseModel], ...] = (Config, CoachConfig, ImapMailbox, LocalMailbox)
    tables += (SmtpConfig, DigestConfig, StorageConfig, DaemonConfig, ClientConfig)
    missing = [
        f"{table.__name__}.{key}"
        for table in tables
        for key in table.model_fields
        if key != "path" and not re.search(rf"^(# ?)?\[*{key}\]*( =|$)", text, re.MULTILINE)
    ]
    assert missing == []


def test_the_demo_config_is_valid_and_its_paths_are_relative_to_it() -> None:
    config = load_config(REPO / "demo" / "config.toml")
    assert isinstance(config.mailbox, LocalMailbox)
    assert config.mailbox.path == REPO / "demo" / "maildir"
    assert config.storage.url == f"sqlite:///{REPO / '.demo' / 'doorstep.db'}"


def problem(
    write_config: Callable[..., Path],
    mailbox: str | None = None,
    extra: str = "",
    roster: str | None = None,
) -> str:
    kwargs = {"mailbox": mailbox, "extra": extra}
    if roster is not None:
        kwargs["roster"] = roster
    with pytest.raises(ConfigError) as info:
        load_config(write_config(**kwargs))
    return str(info.value)


def test_unknown_key_names_the_key_and_line(write_config: Callable[..., Path]) -> None:
    message = problem(write_config, IMAP + "fodlers = ['INBOX']\n")
    assert "mailbox.fodlers: unknown key 'fodlers'; did you mean 'folders'?" in message
    assert "config.toml, line 15:" in message  # where the coach wrote it


def test_wrong_type(write_config: Callable[..., Path]) -> None:
    message = problem(write_config, IMAP + 'port = "nine-nine-three"\n')
    assert "mailbox.port: write a whole number without quotes" in message


def test_duplicate_client_address(write_config: Callable[..., Path]) -> None:
    roster = """
[[clients]]
name = "Jane Doe"
emails = ["jane.doe@example.org"]

[[clients]]
name = "Janet Dow"
emails = ["Jane.Doe+x@Example.org"]
"""
    message = problem(write_config, roster=roster)
    assert "belongs to both 'Jane Doe' and 'Janet Dow'" in message


def test_bad_timezone(write_config: Callable[..., Path], tmp_path: Path) -> None:
    path = write_config()
    path.write_text(path.read_text().replace("America/Chicago", "Central Time"))
    with pytest.raises(
        ConfigError,
        match=r"coach.timezone: 'Central Time' is not an IANA time zone name; write one such as",
    ):
        load_config(path)


def test_missing_password_source(write_config: Callable[..., Path]) -> None:
    message = problem(write_config, IMAP.replace('password_env = "DOORSTEP_IMAP_PASSWORD"\n', ""))
    assert "no password source" in message and "password_env" in message


def test_plain_password_is_refused_with_the_alternative(write_config: Callable[..., Path]) -> None:
    message = problem(write_config, IMAP + 'password = "hunter2"\n')
    assert "plain-text 'password'" in message and "password_command" in message
    assert "hunter2" not in message


def test_both_password_sources(write_config: Callable[..., Path]) -> None:
    message = problem(write_config, IMAP + 'password_command = "pass show mail"\n')
    assert "keep only one" in message


def test_bad_client_entries(write_config: Callable[..., Path]) -> None:
    roster = """
[[clients]]
name = "Jane Doe"
emails = ["jane.doe"]
status = "paused"
"""
    message = problem(write_config, roster=roster)
    assert "clients[0].emails" in message and "not an email address" in message
    assert "clients[0].status" in message and "'active' or 'former'" in message


def test_invalid_toml(write_config: Callable[..., Path]) -> None:
    path = write_config()
    path.write_text(path.read_text() + "\n[[clients]\nname = \n")
    with pytest.raises(ConfigError, match="a table name must end with ']]' on the same line"):
        load_config(path)


def test_missing_file_says_where_to_put_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"Copy config\.example\.toml there"):
        load_config(tmp_path / "nope.toml")


def test_unencrypted_smtp_only_to_this_machine(write_config: Callable[..., Path]) -> None:
    smtp = '[smtp]\nhost = "smtp.example.org"\nsecurity = "none"\n[digest]\ndeliver = "smtp"\n'
    assert "only allowed to a server on this machine" in problem(write_config, extra=smtp)
    load_config(write_config(extra=smtp.replace("smtp.example.org", "localhost")))


def test_smtp_delivery_needs_an_smtp_table(write_config: Callable[..., Path]) -> None:
    assert "there is no [smtp] table" in problem(write_config, extra='[digest]\ndeliver = "smtp"\n')


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Jane.Doe@Example.ORG", "jane.doe@example.org"),
        (" jane.doe+coaching@example.org ", "jane.doe@example.org"),
    ],
)
def test_normalise_email(given: str, expected: str) -> None:
    assert normalise_email(given) == expected
