"""Reads passwords from where the config says they are: an environment variable or a command.

Passwords are never logged, never put into an error message, and never kept longer than needed.
"""

from __future__ import annotations

import os
import shlex
import subprocess

from service.errors import CredentialError

_COMMAND_TIMEOUT_SECONDS = 30


def read_password(table: str, password_env: str | None, password_command: str | None) -> str:
    """The password for `[table]`; `CredentialError` says which setting to fix."""
    if password_env:
        value = os.environ.get(password_env)
        if not value:
            raise CredentialError(
                f"[{table}] password_env names the environment variable {password_env}, but it is "
                f"not set. Export it before starting Doorstep (export {password_env}=…) or put it "
                "in the systemd unit's EnvironmentFile."
            )
        return value
    if password_command:
        try:
            result = subprocess.run(
                shlex.split(password_command),
                capture_output=True,
                timeout=_COMMAND_TIMEOUT_SECONDS,
                check=False,
            )
        except FileNotFoundError:
            raise CredentialError(
                f"[{table}] password_command could not be started: the program "
                f"{shlex.split(password_command)[0]!r} was not found. Check the command in the config."
            ) from None
        except subprocess.TimeoutExpired:
            raise CredentialError(
                f"[{table}] password_command did not finish within {_COMMAND_TIMEOUT_SECONDS} s. "
                "Run it by hand to see whether it waits for input."
            ) from None
        if result.returncode != 0:
            raise CredentialError(
                f"[{table}] password_command exited with status {result.returncode}. "
                "Run it by hand to see what it needs."
            )
        value = result.stdout.decode("utf-8", errors="strict").rstrip("\r\n")
        if not value:
            raise CredentialError(
                f"[{table}] password_command printed nothing; it should print the password."
            )
        return value
    raise CredentialError(
        f"[{table}] has no password source; add password_env or password_command to the config."
    )
