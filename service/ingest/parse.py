"""Raw bytes → `ParsedMessage` (with mail-parser), or a `ParseFailure` that says why.

Never raises on bad input: a message that cannot be read must not stop the poll.
"""

from __future__ import annotations

import email.header
import email.parser
import email.policy
import email.utils
import re
from datetime import UTC, datetime

import mailparser
from mailparser.utils import get_addresses

from service.ingest.htmltext import html_to_text
from service.records import Address, ParsedMessage, ParseFailure

MAX_BODY_CHARS = 200_000  # enough for any letter a client writes; more is cut, not refused
_KEEP_TAIL = 50_000  # of a longer body, its end is kept too: that is where requests tend to be
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_BARE_ADDRESS = re.compile(r"^[^\s<>\"(),:;@]+@[^\s<>\"(),:;@]+$")


def _address(pair: object) -> Address | None:
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        return None
    name, addr = (str(x or "").strip() for x in pair)
    if "@" not in addr:
        return None
    return Address(name=name, email=addr)


def _header_dict(raw_headers: object) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(raw_headers, dict):
        for key, value in raw_headers.items():
            first = value[0] if isinstance(value, list) and value else value
            out.setdefault(str(key).lower(), str(first))
    return out


def _ids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID_RE.findall(value or ""))


def _sender_of_unparseable(data: bytes) -> str | None:
    """The From address of a message mail-parser gave up on, read with the stdlib alone."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        _, addr = email.utils.parseaddr(str(headers.get("From", "")))
    except Exception:  # noqa: BLE001 - hostile input; any failure means "sender unknown"
        return None
    return addr if "@" in addr else None


def _decoded(value: object) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(str(value or ""))))
    except (ValueError, LookupError, UnicodeError):
        return str(value or "")


def _addresses(values: list[str]) -> list[Address]:
    """Mailboxes as mail-parser reads them: "alice@x <bob@y>" is bob, never alice."""
    found: list[Address] = []
    for value in values:
        text = " ".join(str(value).split())
        if _BARE_ADDRESS.match(text):  # the common case, "name@example.org" alone: no parser needed
            found.append(Address(name="", email=text))
            continue
        for pair in get_addresses(text, decode_names=True):
            address = _address(pair)
            if address:
                found.append(address)
    return found


def parse_headers(data: bytes) -> ParsedMessage | ParseFailure:
    """A header block (or a whole message, of which only the headers are read) into a record with
    no body: the stdlib's header parser and mail-parser's address reader, many times faster than
    a full parse. For the header-first pass over every new message."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        senders = _addresses(headers.get_all("From", [])) or _addresses(
            headers.get_all("Sender", [])
        )
        recipients = tuple(_addresses([*headers.get_all("To", []), *headers.get_all("Cc", [])]))
        try:
            date = email.utils.parsedate_to_datetime(str(headers.get("Date", "")))
            date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
        except (TypeError, ValueError, IndexError):
            date = None
        # Only the subject is shown to anyone; the other fields are matched as they are.
        flat = {k.lower(): " ".join(str(v).split()) for k, v in reversed(headers.items())}
        flat["subject"] = " ".join(_decoded(headers.get("Subject", "")).split())
    except Exception as e:  # noqa: BLE001 - hostile headers; the full parse will have its say
        return ParseFailure(error=f"{type(e).__name__}: {e}"[:500], sender_email=None)
    return ParsedMessage(
        sender=senders[0] if senders else None,
        recipients=recipients,
        date=date,
        subject=flat.get("subject", ""),
        message_id=(_ids(flat.get("message-id", "")) or ("",))[0],
        in_reply_to=(_ids(flat.get("in-reply-to", "")) or ("",))[0],
        references=_ids(flat.get("references", "")),
        body_text="",
        attachment_names=(),
        headers=flat,
        content_type=flat.get("content-type", "text/plain").split(";", 1)[0].strip().lower(),
    )


def _bounded(text: str) -> str:
    """All of a normal body; the start and the end of an enormous one, with what was left out said."""
    if len(text) <= MAX_BODY_CHARS:
        return text
    head = MAX_BODY_CHARS - _KEEP_TAIL
    left_out = len(text) - MAX_BODY_CHARS
    return f"{text[:head]}\n\n[… {left_out:,} characters not kept …]\n\n{text[-_KEEP_TAIL:]}"


def parse_message(data: bytes) -> ParsedMessage | ParseFailure:
    try:
        mail = mailparser.parse_from_bytes(data)
        return _to_record(mail)
    except Exception as e:  # noqa: BLE001 - a parser fed real-world mail can raise anything
        return ParseFailure(
            error=f"{type(e).__name__}: {e}"[:500], sender_email=_sender_of_unparseable(data)
        )


def _to_record(mail: mailparser.MailParser) -> ParsedMessage:
    headers = _header_dict(mail.headers)
    senders = [a for a in (_address(p) for p in (mail.from_ or [])) if a]
    if not senders and headers.get("sender"):
        pairs = email.utils.getaddresses([headers["sender"]])
        senders = [a for a in (_address(p) for p in pairs) if a]
    recipients = tuple(a for a in (_address(p) for p in [*(mail.to or []), *(mail.cc or [])]) if a)
    date = mail.date if isinstance(mail.date, datetime) else None
    if date is not None:
        date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
    plain = "\n".join(str(p) for p in (mail.text_plain or [])).strip()
    if not plain and mail.text_html:
        plain = html_to_text("\n".join(str(p) for p in mail.text_html))
    attachments = tuple(
        str(a.get("filename") or "attachment")
        for a in (mail.attachments or [])
        if isinstance(a, dict)
    )
    message_id = (_ids(str(mail.message_id or "")) or ("",))[0]
    return ParsedMessage(
        sender=senders[0] if senders else None,
        recipients=recipients,
        date=date,
        subject=" ".join(str(mail.subject or "").split()),
        message_id=message_id,
        in_reply_to=(_ids(str(mail.in_reply_to or "")) or ("",))[0],
        references=_ids(str(mail.references or "")),
        body_text=_bounded(plain.replace("\r\n", "\n").replace("\x00", "")),
        attachment_names=attachments,
        headers=headers,
        content_type=headers.get("content-type", "text/plain").split(";", 1)[0].strip().lower(),
    )
