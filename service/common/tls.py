"""TLS for every connection Doorstep makes (IMAP and SMTP), and what a failed connection means.

Certificates and host names are always verified; nothing here turns that off.
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

from service.common.errors import MailboxError


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificates and host names are always verified; `ca_file` adds a self-hosted server's CA."""
    context = ssl.create_default_context()
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as e:
            raise MailboxError(
                f"Could not load the CA file {ca_file} ({e}). Check ca_file in the config: it "
                "should be the PEM certificate of the authority that signed your server's certificate."
            ) from e
    return context


def explain_connection_error(what: str, host: str, port: int, error: BaseException) -> str:
    """A plain-language reason for a failed connection, naming the setting to check."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return (
            f"The {what} server {host}:{port} presented a certificate that is not trusted "
            f"({error.verify_message}). If the server is your own, set ca_file to its CA "
            "certificate; otherwise check host."
        )
    if isinstance(error, ssl.SSLError):
        return (
            f"TLS with the {what} server {host}:{port} failed ({error.reason}). Check security "
            '("tls" for port 993/465, "starttls" for 143/587) and port.'
        )
    if isinstance(error, ConnectionRefusedError):
        return f"The {what} server {host}:{port} refused the connection. Check host and port."
    if isinstance(error, socket.gaierror):
        return f"The {what} server name {host!r} could not be found. Check host, and the network."
    if isinstance(error, TimeoutError | socket.timeout):
        return f"The {what} server {host}:{port} did not answer in time. Check host, port and the network."
    return f"Could not talk to the {what} server {host}:{port}: {type(error).__name__}: {error}"
