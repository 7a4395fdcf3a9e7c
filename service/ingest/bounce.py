"""Which addresses a bounce says failed, read by GNU Mailman's bounce reader (flufl.bounce: some
thirty MTAs' formats, RFC 3464 reports among them). Only for a message that looks like a bounce
by its headers (a mailer daemon's, a multipart/report, X-Failed-Recipients, an empty Return-Path).
Pure."""

from __future__ import annotations

import email
import email.policy
import re

from flufl.bounce import scan_message

from service.records import ParsedMessage

MAILER_DAEMON = re.compile(r"^(mailer-?daemon|postmaster|mail-?daemon)@", re.IGNORECASE)


def looks_like_bounce(message: ParsedMessage) -> bool:
    sender = message.sender.email if message.sender else ""
    return bool(
        MAILER_DAEMON.match(sender)
        or message.content_type == "multipart/report"
        or message.headers.get("x-failed-recipients")
        or message.headers.get("return-path", "").strip() == "<>"
    )


def failed_recipients(data: bytes) -> tuple[str, ...]:
    """The permanently failed recipients the bounce names, lower case, or () when it names none
    the reader can find (or cannot be read)."""
    try:
        found = scan_message(email.message_from_bytes(data, policy=email.policy.compat32))
    except Exception:  # noqa: BLE001 - a third-party reader on hostile input; () is "none found"
        return ()
    addresses = (a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a) for a in found)
    return tuple(sorted(a.strip().lower() for a in addresses if "@" in a))
