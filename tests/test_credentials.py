"""Passwords come from an environment variable or a command, and never appear in an error."""

from __future__ import annotations

import sys

import pytest

from service.credentials import read_password
from service.errors import CredentialError


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


def test_missing_program() -> None:
    with pytest.raises(CredentialError, match="'no-such-password-tool' was not found"):
        read_password("mailbox", None, "no-such-password-tool show mail")
