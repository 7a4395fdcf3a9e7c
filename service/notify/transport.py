"""The one seam for sending: SMTP through aiosmtplib (TLS verified), or a folder for trying Doorstep.

A transport either hands the message over or raises `DeliveryError` (try again later) or
`PermanentDeliveryError` (the server said no for good).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiosmtplib

from service.common.errors import DeliveryError, PermanentDeliveryError
from service.common.oserrors import plain_reason
from service.common.tls import explain_connection_error, tls_context
from service.config import SmtpConfig
from service.config.credentials import Secret, read_secret


def _nothing() -> None:
    pass


class Transport(Protocol):
    def deliver(
        self,
        raw: bytes,
        sender: str,
        recipient: str,
        name: str,
        accepted: Callable[[], None] = _nothing,
    ) -> str:
        """Hand over the message, calling `accepted` the moment it is taken (before anything
        else, such as SMTP's QUIT); return a short description of where it went."""


@dataclass(frozen=True)
class SmtpTransport:
    settings: SmtpConfig

    def deliver(
        self,
        raw: bytes,
        sender: str,
        recipient: str,
        name: str,
        accepted: Callable[[], None] = _nothing,
    ) -> str:
        s = self.settings
        secret = read_secret("smtp", s) if s.username else None
        try:
            context = tls_context(s.ca_file)
        except Exception as e:
            raise PermanentDeliveryError(str(e)) from e
        try:
            asyncio.run(_send(s, secret, context, raw, sender, recipient, accepted))
        except aiosmtplib.SMTPAuthenticationError as e:
            raise DeliveryError(
                _refused(s, secret) + f" ({e.code}). Doorstep will try again later."
            ) from e
        except aiosmtplib.SMTPRecipientsRefused as e:
            codes = [r.code for r in e.recipients]
            error = f"The SMTP server {s.host} refused the recipient {recipient} ({codes})."
            if all(c >= 500 for c in codes):
                raise PermanentDeliveryError(error + " Check [digest] to in the config.") from e
            raise DeliveryError(error + " Doorstep will try again later.") from e
        except aiosmtplib.SMTPResponseException as e:
            error = f"The SMTP server {s.host} answered {e.code} {e.message}"
            if e.code >= 500:
                raise PermanentDeliveryError(error + "; it will not accept this digest.") from e
            raise DeliveryError(error + "; Doorstep will try again later.") from e
        except (aiosmtplib.SMTPException, OSError) as e:
            cause = e.__cause__ if isinstance(e.__cause__, OSError) else e
            raise DeliveryError(
                explain_connection_error("SMTP", s.host, s.effective_port, cause)
                + " Doorstep will try again later."
            ) from e
        return f"sent to {recipient} through {s.host}"


@dataclass(frozen=True)
class FileTransport:
    """Writes the digest as an .eml file into a folder (the demo, and coaches without SMTP)."""

    folder: Path

    def deliver(
        self,
        raw: bytes,
        sender: str,
        recipient: str,
        name: str,
        accepted: Callable[[], None] = _nothing,
    ) -> str:
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = self.folder / f"{name}.eml"
            tmp = path.with_suffix(".eml.tmp")
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(raw)
            tmp.replace(path)
        except OSError as e:
            raise DeliveryError(
                f"Could not write the digest into {self.folder}: {plain_reason(e)}. Check "
                "[digest] file_dir: it must name a folder Doorstep's user may write to, on a "
                "disk with room."
            ) from e
        accepted()
        return f"written to {path}"

    def check(self) -> str:
        """Make the folder and write a file there as a digest would; raise `DeliveryError`."""
        probe = self.folder / ".doorstep-check.tmp"
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(b"check\n")
            probe.unlink()
        except OSError as e:
            raise DeliveryError(
                f"Digests cannot be written to {self.folder}: {plain_reason(e)}. Check [digest] "
                "file_dir: it must name a folder Doorstep's user may write to, on a disk with room."
            ) from e
        return f'Digests are written to {self.folder} (deliver = "file"); a test file was written there'


def _refused(settings: SmtpConfig, secret: Secret | None) -> str:
    if secret is not None and secret.oauth2:
        return (
            f"The SMTP server {settings.host} refused the OAuth2 access token for "
            f"{settings.username!r}. Check that [smtp] oauth2_token_command prints a fresh token "
            "for that account, with permission to send mail (SMTP)"
        )
    return (
        f"The SMTP server {settings.host} refused the login for {settings.username!r}. Check "
        "[smtp] username and the password its password source gives"
    )


async def _session(
    settings: SmtpConfig, secret: Secret | None, context: ssl.SSLContext | None
) -> aiosmtplib.SMTP:
    """Connected, encrypted as configured, logged in (with a password or an XOAUTH2 token)."""
    client = aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.effective_port,
        use_tls=settings.security == "tls",
        start_tls=settings.security == "starttls",
        tls_context=context if settings.security != "none" else None,
        timeout=settings.timeout_seconds,
    )
    await client.connect()
    try:
        if settings.username and secret is not None:
            if secret.oauth2:
                await client.auth_xoauth2(settings.username, secret.value)
            else:
                await client.login(settings.username, secret.value)
    except BaseException:
        await _drop(client)
        raise
    return client


async def _drop(client: aiosmtplib.SMTP, quitting: bool = False) -> None:
    """Close the connection at once (after QUIT, or an error). A graceful close of a TLS
    connection takes several turns of the event loop, and asyncio.run() would close the loop
    first and leak the socket (a ResourceWarning; seen after a refused login)."""
    transport = client.transport
    if quitting:
        with contextlib.suppress(aiosmtplib.SMTPException):
            await client.quit()  # the server may have hung up already
    if isinstance(transport, asyncio.WriteTransport):
        transport.abort()
    client.close()
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def _send(
    settings: SmtpConfig,
    secret: Secret | None,
    context: ssl.SSLContext,
    raw: bytes,
    sender: str,
    recipient: str,
    accepted: Callable[[], None],
) -> None:
    client = await _session(settings, secret, context)
    try:
        await client.sendmail(sender, [recipient], raw)
    except BaseException:
        await _drop(client)
        raise
    try:
        accepted()  # the server's reply to DATA said yes: recorded before QUIT, or anything else
    finally:
        await _drop(client, quitting=True)


async def _smtp_login_check(settings: SmtpConfig, secret: Secret | None) -> None:
    context = tls_context(settings.ca_file) if settings.security != "none" else None
    await _drop(await _session(settings, secret, context), quitting=True)


def check_smtp(settings: SmtpConfig) -> str:
    """Connect and log in without sending anything; raise `DeliveryError` explaining a failure."""
    secret = read_secret("smtp", settings) if settings.username else None
    try:
        asyncio.run(_smtp_login_check(settings, secret))
    except aiosmtplib.SMTPAuthenticationError as e:
        raise DeliveryError(_refused(settings, secret) + ".") from e
    except (aiosmtplib.SMTPException, OSError) as e:
        cause = e.__cause__ if isinstance(e.__cause__, OSError) else e
        raise DeliveryError(
            explain_connection_error("SMTP", settings.host, settings.effective_port, cause)
        ) from e
    how = " with an OAuth2 token" if secret is not None and secret.oauth2 else ""
    return f"SMTP {settings.host}:{settings.effective_port}: connected" + (
        f" and logged in as {settings.username}{how}" if settings.username else ""
    )
