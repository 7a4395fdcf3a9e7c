"""Reads passwords from where the config says they are: an environment variable, a command or
the system keyring; or an OAuth2 access token from a command that prints a fresh one.

Passwords are never logged, never put into an error message, and never kept longer than needed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from service.common.errors import CredentialError

if TYPE_CHECKING:
    from service.config import Credentials

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
        return _run(table, "password_command", password_command, "the password")
    raise CredentialError(
        f"[{table}] has no password source; add password_env or password_command to the config."
    )


@dataclass(frozen=True)
class Secret:
    """What logs in: a password, or an OAuth2 access token (for XOAUTH2). Never logged."""

    value: str = field(repr=False)
    oauth2: bool = False


def read_secret(table: str, settings: Credentials) -> Secret:
    """The secret for `[table]`, from whichever source its settings name."""
    if settings.oauth2_token_command:
        token = _run(
            table, "oauth2_token_command", settings.oauth2_token_command, "an access token"
        )
        return Secret(token, oauth2=True)
    if settings.password_keyring:
        return Secret(_from_keyring(table, settings.password_keyring, settings.username or ""))
    return Secret(read_password(table, settings.password_env, settings.password_command))


def _from_keyring(table: str, service: str, username: str) -> str:
    import keyring  # only for those who use it: it looks for a desktop keyring on import
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(service, username)
    except KeyringError as e:
        raise CredentialError(
            f"[{table}] password_keyring: the system keyring could not be read "
            f"({type(e).__name__}). On a server with no desktop session there is often none: "
            "use password_env or password_command there."
        ) from None
    if not value:
        raise CredentialError(
            f"[{table}] password_keyring = {service!r}: the keyring holds no password for "
            f"{username!r}. Store it with: keyring set {service} {username}"
        )
    return value


def _run(table: str, setting: str, command: str, what: str) -> str:
    """The first line a command prints (without its line end), or why there is none."""
    try:
        argv = shlex.split(command)
    except ValueError:
        raise CredentialError(
            f"[{table}] {setting} is not a command line Doorstep can read (a quote is not "
            "closed). Check the command in the config."
        ) from None
    if not argv:
        raise CredentialError(f"[{table}] {setting} is empty; write the command to run.")
    try:
        result = subprocess.run(
            argv, capture_output=True, timeout=_COMMAND_TIMEOUT_SECONDS, check=False
        )
    except (FileNotFoundError, PermissionError):
        raise CredentialError(
            f"[{table}] {setting} could not be started: the program it names was not found or "
            "may not be run. Check the command in the config (its first word is the program)."
        ) from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"[{table}] {setting} did not finish within {_COMMAND_TIMEOUT_SECONDS} s. "
            "Run it by hand to see whether it waits for input."
        ) from None
    if result.returncode != 0:
        raise CredentialError(
            f"[{table}] {setting} exited with status {result.returncode}. "
            "Run it by hand to see what it needs."
        )
    try:
        printed = result.stdout.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise CredentialError(
            f"[{table}] {setting} printed something that is not UTF-8 text; it should print {what}."
        ) from None
    # The first line only: `pass show` prints the password, then the entry's other lines.
    value = printed.splitlines()[0] if printed.splitlines() else ""
    if not value:
        raise CredentialError(
            f"[{table}] {setting} printed nothing on its first line; it should print {what}."
        )
    return value
