"""Which addresses a bounce says failed, read by GNU Mailman's bounce reader (flufl.bounce: some
thirty MTAs' formats, RFC 3464 reports among them). Only for a message that looks like a bounce
by its headers (a mailer daemon's, a report, X-Failed-Recipients, an empty or a mailer
daemon's Return-Path, a bounce's subject).
Pure."""

from __future__ import annotations

import email
import email.message
import email.policy
import logging
import re

from flufl.bounce import scan_message

from service.records import ParsedMessage

# The reader logs a traceback for each of its detectors that trips on odd input, and then goes on
# with the others: nothing a coach can act on, so it stays out of Doorstep's log.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

MAILER_DAEMON = re.compile(r"^(mailer-?daemon|postmaster|mail-?daemon)@", re.IGNORECASE)

# What bounces that send no report say in their subject, from a sender with a person's name.
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery (status notification|failure|warning|notification)|"
    r"mail delivery (failed|failure|warning)|returned mail|failure notice|mail system error|"
    r"non[- ]?delivery|delivery has failed|unzustellbar|non remis)|"
    r"\b(could not be delivered|delivery failed)\b",
    re.IGNORECASE,
)


def looks_like_bounce(message: ParsedMessage) -> bool:
    sender = message.sender.email if message.sender else ""
    return bool(
        MAILER_DAEMON.match(sender)
        or message.content_type in ("multipart/report", "message/delivery-status")
        or MAILER_DAEMON.match(message.headers.get("return-path", "").strip().strip("<>"))
        or _BOUNCE_SUBJECT.search(message.subject)
        or message.headers.get("x-failed-recipients")
        or message.headers.get("return-path", "").strip() == "<>"
    )


def failed_recipients(data: bytes) -> tuple[str, ...]:
    """The permanently failed recipients the bounce names, lower case, or () when it names none
    the reader can find (or cannot be read)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        found = [
            a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a)
            for a in scan_message(message)
        ]
        if not found:  # a feedback report (RFC 5965), which the bounce reader leaves alone
            found = _report_recipients(message)
    except Exception:  # noqa: BLE001 - a third-party reader on hostile input; () is "none found"
        return ()
    return tuple(sorted({a.strip().strip("<>").lower() for a in found if "@" in a}))


_RECIPIENT_FIELD = re.compile(
    r"^(?:original-rcpt-to|final-recipient|original-recipient|removal-recipient)\s*:\s*"
    r"(?:rfc822\s*;)?\s*<?([^>\s;]+@[^>\s;]+)>?",
    re.IGNORECASE | re.MULTILINE,
)


def _report_recipients(message: email.message.Message) -> list[str]:
    """The recipients a report's machine-readable part names (Original-Rcpt-To, Final-Recipient)."""
    found: list[str] = []
    for part in message.walk():
        if part.get_content_type() in ("message/feedback-report", "message/delivery-status"):
            found += _RECIPIENT_FIELD.findall(part.as_string())
    return found
