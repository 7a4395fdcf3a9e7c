"""Nothing the coach typed as a secret is echoed: a password pasted where a variable's name
belongs is refused without being shown, and no credential's value reaches any output or log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from service.cli.main import main
from tests.servers import MailUser, SmtpServer

# Secrets in the output and the logs: the database has no part in it (see conftest.py).
pytestmark = pytest.mark.one_database

PASTED = "hunter2-Secret!"  # a password pasted where the variable's name belongs
MARKERS = ("Zq7-env-value", "Zq7-command-output", "Zq7-keyring-value", "Zq7-oauth2-token")


def _output(capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> str:
    captured = capsys.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    caplog.clear()
    return captured.out + captured.err + logged


@pytest.mark.parametrize("table", ["mailbox", "smtp"])
@pytest.mark.parametrize("command", [["check"], ["poll"], ["-v", "check"], ["digest", "--send"]])
def test_a_password_in_password_env_is_refused_without_being_shown(
    table: str,
    command: list[str],
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    pasted = f'password_env = "{PASTED}"'
    mailbox = (
        '[mailbox]\nkind = "imap"\nhost = "127.0.0.1"\nusername = "robin"\n'
        + (pasted if table == "mailbox" else 'password_env = "DOORSTEP_IMAP_PASSWORD"')
        + "\n"
    )
    smtp = (
        '[smtp]\nhost = "127.0.0.1"\nusername = "robin"\n'
        + (pasted if table == "smtp" else 'password_env = "DOORSTEP_SMTP_PASSWORD"')
        + '\n[digest]\ndeliver = "smtp"\n'
    )
    path = write_config(mailbox, extra=smtp)
    line = path.read_text().splitlines().index(pasted) + 1
    caplog.set_level(logging.DEBUG)
    assert main(["--config", str(path), *command]) == 2
    out = _output(capsys, caplog)
    assert PASTED not in out and "hunter2" not in out
    assert f"{path}, line {line}: {table}.password_env:" in out
    assert "looks like a password" in out
    assert "environment variable" in out and "EnvironmentFile" in out


@pytest.mark.parametrize("value", ["12345678", "true", "[1, 2]"])
def test_a_value_of_the_wrong_type_is_not_shown_either(
    value: str,
    write_config: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    mailbox = (
        '[mailbox]\nkind = "imap"\nhost = "127.0.0.1"\nusername = "robin"\n'
        f"password_env = {value}\n"
    )
    assert main(["--config", str(write_config(mailbox)), "check"]) == 2
    out = _output(capsys, caplog)
    assert "mailbox.password_env" in out and value not in out.split("password_env:", 1)[1]


class _PlantedKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return MARKERS[2]

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


@pytest.fixture
def planted_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(_PlantedKeyring())  # type: ignore[no-untyped-call]  # keyring's __init__ is not annotated
    yield
    keyring.set_keyring(previous)


def _printing(text: str) -> str:
    """A TOML literal string: a command that prints `text`."""
    return f"'{sys.executable} -c \"import sys; print(sys.argv[1])\" {text}'"


SOURCES = {
    "env": 'password_env = "DOORSTEP_PLANTED"',
    "command": f"password_command = {_printing(MARKERS[1])}",
    "keyring": 'password_keyring = "doorstep"',
    "oauth2": f"oauth2_token_command = {_printing(MARKERS[3])}",
}


@pytest.mark.usefixtures("planted_keyring")
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_no_credential_value_reaches_any_output_or_log(
    source: str,
    write_config: Callable[..., Path],
    mail_user: MailUser,
    smtp_server: SmtpServer,
    ca_file: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every source gives a wrong secret, so every login fails and says so: without the secret."""
    monkeypatch.setenv("DOORSTEP_PLANTED", MARKERS[0])
    mailbox = mail_user.mailbox_toml().replace(
        'password_env = "DOORSTEP_TEST_IMAP_PASSWORD"', SOURCES[source]
    )
    smtp = smtp_server.smtp_toml(ca_file, source=SOURCES[source]) + '[digest]\ndeliver = "smtp"\n'
    path = write_config(mailbox, extra=smtp)
    caplog.set_level(logging.DEBUG)
    outputs = []
    for verbose in ([], ["-v"]):
        for command in (["check"], ["poll"], ["digest", "--send"]):
            assert main(["--config", str(path), *verbose, *command]) != 0
            outputs.append(_output(capsys, caplog))
    everything = "\n".join(outputs)
    assert "refused" in everything or "rejected" in everything or "failed" in everything
    for marker in MARKERS:
        assert marker not in everything
