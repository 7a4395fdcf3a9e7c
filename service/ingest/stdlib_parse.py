"""The last reading of a message mail-parser could not read: its headers as the header pass reads
them, and its text and attachment names from the standard library's parser. Real bounces and
broken mail make mail-parser raise; a client's message is then still read, not "could not read".
Pure."""

from __future__ import annotations

import email
import email.message
import email.policy
from dataclasses import replace

from service.ingest.htmltext import html_to_text
from service.ingest.plain import bounded
from service.records import ParsedMessage, ParseFailure


def _text_of(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def read_with_stdlib(data: bytes, headers: ParsedMessage | ParseFailure) -> ParsedMessage | None:
    """`headers` (the header pass's record) with the message's text and attachment names, or
    None when even this cannot read it."""
    if isinstance(headers, ParseFailure):
        return None
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        plain: list[str] = []
        html: list[str] = []
        names: list[str] = []
        for part in message.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            kind = part.get_content_type()
            if name:
                names.append(str(name))
                if kind == "text/plain" and not plain:  # an MMS's text_0.txt
                    plain.append(_text_of(part))
            elif kind == "text/plain":
                plain.append(_text_of(part))
            elif kind == "text/html":
                html.append(_text_of(part))
        text = "\n".join(plain).strip() or (html_to_text("\n".join(html)) if html else "")
    except Exception:  # noqa: BLE001 - the last reading of hostile input; None means unreadable
        return None
    return replace(
        headers,
        body_text=bounded(text.replace("\r\n", "\n").replace("\x00", "")),
        attachment_names=tuple(names),
        content_type=message.get_content_type(),
    )
