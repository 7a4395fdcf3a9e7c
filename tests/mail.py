"""Test messages, written for this project."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TypedDict

_counter = itertools.count(1)


class MessageParts(TypedDict, total=False):
    """make_message's arguments, for a test that passes some of them on as a dict."""

    sender: str
    subject: str
    body: str
    to: str
    date: datetime | None
    message_id: str | None
    headers: dict[str, str] | None
    attachment: tuple[str, bytes] | None


def make_message(
    sender: str = "Jane Doe <jane.doe@example.org>",
    subject: str = "Hello",
    body: str = "Just an update.",
    to: str = "robin@avery-coaching.example",
    date: datetime | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 11, 17, 15, 0, tzinfo=UTC))
    msg["Message-ID"] = message_id or f"<test-{next(_counter)}-{id(msg)}@example.org>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if attachment:
        msg.add_attachment(
            attachment[1], maintype="application", subtype="octet-stream", filename=attachment[0]
        )
    return msg.as_bytes()
