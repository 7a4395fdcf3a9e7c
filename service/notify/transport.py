"""The one seam for sending: SMTP through aiosmtplib (TLS verified), or a folder for trying Doorstep.

A transport either hands the message over or raises `DeliveryError` (try again later) or
`PermanentDeliveryError` (the server said no for good).
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiosmtplib

from service.config import SmtpConfig
from service.credentials import read_secret
from service.errors import DeliveryError, PermanentDeliveryError
from service.ingest.imap import explain_connection_error, tls_context


class Transport(Protocol):
    def deliver(self, raw: bytes, sender: str, recipient: str, name: str) -> str:
        """Hand over the message; return a short description of where it went."""


@dataclass(frozen=True)
class SmtpTransport:
    settings: SmtpConfig

    def deliver(self, raw: bytes, sender: str, recipient: str, name: str) -> str:
        s = self.settings
        password = read_secret("smtp", s).value if s.username else None
        try:
            context = tls_context(s.ca_file)
        except Exception as e:
            raise PermanentDeliveryError(str(e)) from e
        try:
            asyncio.run(
                aiosmtplib.send(
                    raw,
                    sender=sender,
                    recipients=[recipient],
                    hostname=s.host,
                    port=s.effective_port,
                    username=s.username,
                    password=password,
                    use_tls=s.security == "tls",
                    start_tls=s.security == "starttls",
                    tls_context=context if s.security != "none" else None,
                    timeout=s.timeout_seconds,
                )
            )
        except aiosmtplib.SMTPAuthenticationError as e:
            raise DeliveryError(
                f"The SMTP server {s.host} refused the login for {s.username!r} ({e.code}). Check "
                "[smtp] username and its password source; Doorstep will try again later."
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

    def deliver(self, raw: bytes, sender: str, recipient: str, name: str) -> str:
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
                f"Could not write the digest into {self.folder}: {e}. Check [digest] file_dir."
            ) from e
        return f"written to {path}"


async def _smtp_login_check(settings: SmtpConfig, password: str | None) -> None:
    context = tls_context(settings.ca_file) if settings.security != "none" else None
    client = aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.effective_port,
        use_tls=settings.security == "tls",
        start_tls=settings.security == "starttls",
        tls_context=context,
        timeout=settings.timeout_seconds,
    )
    await client.connect()
    try:
        if settings.username and password is not None:
            await client.login(settings.username, password)
    finally:
        try:
            await client.quit()
        except aiosmtplib.SMTPException:
            client.close()  # the server already hung up (as some do after a failed login)
        # Let the socket finish closing before asyncio.run() closes the loop; otherwise the
        # transport is left half-closed and leaks (seen as a ResourceWarning in CI).
        await asyncio.sleep(0)
        await asyncio.sleep(0)


def check_smtp(settings: SmtpConfig) -> str:
    """Connect and log in without sending anything; raise `DeliveryError` explaining a failure."""
    password = read_secret("smtp", settings).value if settings.username else None
    try:
        asyncio.run(_smtp_login_check(settings, password))
    except aiosmtplib.SMTPAuthenticationError as e:
        raise DeliveryError(
            f"The SMTP server {settings.host} refused the login for {settings.username!r}. Check "
            "[smtp] username and the password its password source gives."
        ) from e
    except (aiosmtplib.SMTPException, OSError) as e:
        cause = e.__cause__ if isinstance(e.__cause__, OSError) else e
        raise DeliveryError(
            explain_connection_error("SMTP", settings.host, settings.effective_port, cause)
        ) from e
    return f"SMTP {settings.host}:{settings.effective_port}: connected" + (
        f" and logged in as {settings.username}" if settings.username else ""
    )
