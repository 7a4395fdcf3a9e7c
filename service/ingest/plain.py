"""The quick reading of the simplest, commonest kind of message: one plain-text part under plain
ASCII headers. It gives exactly the record that mail-parser's reading gives, at a fifth of the
cost, and None for anything else (or anything unsure), which goes to mail-parser.

tests/test_parse_equivalence.py compares both readings on every message we have.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable
from datetime import UTC, datetime

from mailparser.const import ADDRESSES_HEADERS
from mailparser.dates import parse_mail_date

from service.ingest.fields import (
    address_of,
    ascii_fields,
    library_addresses,
    message_id,
    message_ids,
)
from service.records import ParsedMessage

# text/plain with simple parameters only (charset, format, delsp; quoted or not). A `name` would
# make the part an attachment.
_PLAIN = re.compile(
    r'text/plain(?:\s*;\s*(?:charset|format|delsp)=(?:"[^"\\\r\n]*"|[^;"\s\\]+))*\s*;?',
    re.IGNORECASE,
)
_CHARSET = re.compile(r';\s*charset=(?:"([^"]*)"|([^;"\s]+))', re.IGNORECASE)
MAX_BODY_CHARS = 200_000  # enough for any letter a client writes; more is cut, not refused
_KEEP_TAIL = 50_000  # of a longer body, its end is kept too: that is where requests tend to be
_SINGLE = {"from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references"}
_DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "": bytes,
    "7bit": bytes,
    "8bit": bytes,
    "quoted-printable": quopri.decodestring,
}


def read_plain(data: bytes) -> ParsedMessage | None:
    """The record of a single-part text/plain message, as `parse._to_record` makes it from
    mail-parser; None where this reading is not sure to be the same."""
    blank = min((e for e in (data.find(b"\n\n"), data.find(b"\n\r\n")) if e >= 0), default=-1)
    if blank < 0:
        return None
    fields = ascii_fields(data)
    if fields is None:
        return None
    every: dict[str, list[str]] = {}
    for name, value in fields:
        every.setdefault(name.lower(), []).append(value)
    if any("=?" in v or "\n" in v for vs in every.values() for v in vs):
        return None  # encoded words and folded lines: the library's decoding decides
    if any(len(every.get(name, ())) > 1 for name in _SINGLE):
        return None
    if {"content-disposition", "content-id"} & every.keys():
        return None
    content_type = every.get("content-type", ["text/plain"])
    if len(content_type) != 1 or not _PLAIN.fullmatch(content_type[0].strip()):
        return None
    decode = _DECODERS.get(every.get("content-transfer-encoding", [""])[0].strip().lower())
    if decode is None or len(every.get("content-transfer-encoding", ())) > 1:
        return None
    start = blank + (2 if data[blank + 1 : blank + 2] == b"\n" else 3)
    body = _body(data[start:], content_type[0], decode)
    if body is None:
        return None

    pairs = {
        name: [("" if n == a else n, a) for n, a in library_addresses(every[name][0]) if a]
        for name in ADDRESSES_HEADERS
        if name in every
    }
    senders = [a for a in (address_of(p) for p in pairs.get("from", [])) if a]
    if not senders:
        return None  # the library then looks at Sender, in its own way
    recipients = tuple(
        a for a in (address_of(p) for p in [*pairs.get("to", []), *pairs.get("cc", [])]) if a
    )
    headers: dict[str, str] = {}
    for name, values in every.items():
        if name in pairs:
            headers[name] = str(pairs[name][0] if pairs[name] else pairs[name])
        else:
            headers[name] = values[0].strip()  # the first, as the record keeps it
    date = parse_mail_date(every["date"][0]).value if "date" in every else None
    if isinstance(date, datetime):
        date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
    else:
        date = None
    return ParsedMessage(
        sender=senders[0],
        recipients=recipients,
        date=date,
        subject=" ".join(headers.get("subject", "").split()),
        message_id=message_id(headers.get("message-id", "")),
        in_reply_to=message_id(headers.get("in-reply-to", "")),
        references=message_ids(headers.get("references", "")),
        body_text=bounded(body.strip().replace("\r\n", "\n").replace("\x00", "")),
        attachment_names=(),
        headers=headers,
        content_type=headers.get("content-type", "text/plain").split(";", 1)[0].strip().lower(),
        reply_to=tuple(a for a in (address_of(p) for p in pairs.get("reply-to", [])) if a),
    )


def _body(raw: bytes, content_type: str, decode: Callable[[bytes], bytes]) -> str | None:
    """The body as mail-parser decodes it: ASCII as it is, else by the part's charset (UTF-8 if
    none is named); None where that fails and the library would fall back in its own way."""
    if decode is bytes and raw.isascii():
        return raw.decode("ascii")
    found = _CHARSET.search(content_type)
    charset = (
        "utf-8"
        if found is None
        else (found.group(1) if found.group(1) is not None else found.group(2))
    )
    charset = charset.lower()
    try:
        text = decode(raw).decode(charset)
        text.encode("utf-8")
    except (LookupError, UnicodeError, ValueError):
        return None
    return text


def bounded(text: str) -> str:
    """All of a normal body; the start and the end of an enormous one, with what was left out said."""
    if len(text) <= MAX_BODY_CHARS:
        return text
    head = MAX_BODY_CHARS - _KEEP_TAIL
    left_out = len(text) - MAX_BODY_CHARS
    return f"{text[:head]}\n\n[… {left_out:,} characters not kept …]\n\n{text[-_KEEP_TAIL:]}"
