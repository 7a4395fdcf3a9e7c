"""Passwords come from an environment variable, a command or the system keyring, OAuth2 tokens
from a command; none of them ever appears in an error."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from service.config import ImapMailbox, SmtpConfig
from service.config.credentials import Secret, read_password, read_secret
from service.common.errors import CredentialError


def test_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOORSTEP_T_PW", "s3cret")
    assert read_password("mailbox", "DOORSTEP_T_PW", None) == "s3cret"


def test_from_command_strips_the_newline_only() -> None:
    command = f"{sys.executable} -c \"print(' pass word ')\""
    assert read_password("smtp", None, command) == " pass word "


def test_failing_command_is_explained_without_its_output() -> None:
    command = f"{sys.executable} -c \"import sys; print('s3cret'); sys.exit(3)\""
    with pytest.raises(CredentialError) as info:
        read_password("smtp", None, command)
    assert "[smtp] password_command exited with status 3" in str(info.value)
    assert "s3cret" not in str(info.value)


def test_missing_program_is_explained_without_the_command() -> None:
    # What the command says may be a password pasted in the wrong place: it is not repeated.
    with pytest.raises(CredentialError, match="the program it names was not found") as info:
        read_password("mailbox", None, "no-such-password-tool show mail")
    assert "no-such-password-tool" not in str(info.value)


class MemoryKeyring(KeyringBackend):
    """A keyring for tests: what the system keyring would hold, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _mailbox(**settings: str) -> ImapMailbox:
    return ImapMailbox(
        kind="imap", host="imap.example.org", username="robin@example.org", **settings
    )


def test_from_the_system_keyring(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("doorstep", "robin@example.org", "k3y")
    secret = read_secret("mailbox", _mailbox(password_keyring="doorstep"))
    assert secret == Secret("k3y") and not secret.oauth2
    assert "k3y" not in repr(secret)


def test_a_missing_keyring_entry_says_how_to_store_it(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialError, match=r"keyring set doorstep robin@example\.org"):
        read_secret("mailbox", _mailbox(password_keyring="doorstep"))


def test_an_oauth2_token_comes_from_its_command() -> None:
    command = f"{sys.executable} -c \"print('ya29.token')\""
    secret = read_secret("mailbox", _mailbox(oauth2_token_command=command))
    assert secret.oauth2 and secret.value == "ya29.token"
    empty = f"{sys.executable} -c \"print('')\""
    with pytest.raises(CredentialError, match="oauth2_token_command printed nothing"):
        read_secret("mailbox", _mailbox(oauth2_token_command=empty))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"password_env": "A", "password_keyring": "doorstep"},
            "password_env and password_keyring",
        ),
        ({}, "no password source"),
    ],
)
def test_one_password_source_exactly(settings: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _mailbox(**settings)


def test_the_outgoing_server_takes_an_oauth2_token_command_too() -> None:
    settings = SmtpConfig(host="smtp.example.org", username="robin", oauth2_token_command="echo t")
    assert read_secret("smtp", settings) == Secret("t", oauth2=True)
