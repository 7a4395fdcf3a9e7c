"""Raw bytes → `ParsedMessage` (with mail-parser), or a `ParseFailure` that says why.

Never raises on bad input: a message that cannot be read must not stop the poll.
"""

from __future__ import annotations

import base64
import email.header
import email.parser
import email.policy
import email.utils
import re
from dataclasses import replace
from datetime import UTC, datetime

import mailparser
from mailparser.const import ADDRESSES_HEADERS
from mailparser.dates import parse_mail_date
from mailparser.utils import get_addresses

from service.ingest.bounce import failed_recipients, looks_like_bounce
from service.ingest.fields import (
    BARE_ADDRESS,
    NAMED_ADDRESS,
    address_of,
    ascii_fields,
    fallback_addresses,
    library_addresses,
    message_id,
    message_ids,
    raw_sender,
)
from service.ingest.htmltext import html_to_text
from service.ingest.plain import bounded, read_plain
from service.ingest.stdlib_parse import read_with_stdlib
from service.records import Address, ParsedMessage, ParseFailure


def _header_dict(raw_headers: object) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(raw_headers, dict):
        for key, value in raw_headers.items():
            first = value[0] if isinstance(value, list) and value else value
            out.setdefault(str(key).lower(), str(first))
    return out


def _sender_of_unparseable(data: bytes) -> str | None:
    """The From address of a message mail-parser gave up on, read with the stdlib alone."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        value = str(headers.get("From", ""))
        _, addr = email.utils.parseaddr(value)
        if "@" not in addr:
            addr = next((a.email for a in fallback_addresses(value)), "")
        if "@" not in addr:
            found = raw_sender(data)
            addr = found.email if found else ""
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
        if BARE_ADDRESS.match(text):  # the common case, "name@example.org" alone: no parser needed
            found.append(Address(name="", email=text))
            continue
        named = NAMED_ADDRESS.match(text)
        if named:
            found.append(Address(name=named.group(1), email=named.group(2)))
            continue
        read = [a for a in (address_of(p) for p in get_addresses(text, decode_names=True)) if a]
        found.extend(read or fallback_addresses(text))
    return found


def _stdlib_fields(data: bytes) -> list[tuple[str, str]]:
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
    return [(name, str(value)) for name, value in headers.items()]


_BOM = b"\xef\xbb\xbf"


def parse_headers(data: bytes) -> ParsedMessage | ParseFailure:
    """A header block (or a whole message, of which only the headers are read) into a record with
    no body, many times faster than a full parse: for the header-first pass over every new
    message. The fields are split by `ascii_fields` where the block is plain ASCII (almost
    always), else by the stdlib's header parser; addresses are read by mail-parser's reader."""
    data = data.removeprefix(_BOM)
    try:
        fields = ascii_fields(data)
        if fields is None:
            fields = _stdlib_fields(data)
        every: dict[str, list[str]] = {}
        for name, value in fields:
            every.setdefault(name.lower(), []).append(value)
        senders = _addresses(every.get("from", [])) or _addresses(every.get("sender", []))
        if not senders:
            senders = [a for a in [raw_sender(data)] if a]
        recipients = tuple(_addresses([*every.get("to", []), *every.get("cc", [])]))
        try:
            date = email.utils.parsedate_to_datetime(every.get("date", [""])[0])
            date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
        except (TypeError, ValueError, IndexError):
            date = None
        # Only the subject is shown to anyone; the other fields are matched as they are.
        flat = {k: " ".join(v[0].split()) for k, v in every.items()}
        subject = every.get("subject", [""])[0]
        flat["subject"] = " ".join((_decoded(subject) if "=?" in subject else subject).split())
    except Exception as e:  # noqa: BLE001 - hostile headers; the full parse will have its say
        return ParseFailure(error=f"{type(e).__name__}: {e}"[:500], sender_email=None)
    return ParsedMessage(
        sender=senders[0] if senders else None,
        recipients=recipients,
        date=date,
        subject=flat.get("subject", ""),
        message_id=message_id(flat.get("message-id", "")),
        in_reply_to=message_id(flat.get("in-reply-to", "")),
        references=message_ids(flat.get("references", "")),
        body_text="",
        attachment_names=(),
        headers=flat,
        content_type=flat.get("content-type", "text/plain").split(";", 1)[0].strip().lower(),
        reply_to=tuple(_addresses(every.get("reply-to", []))),
    )


class _MailParser(mailparser.MailParser):  # type: ignore[misc]
    """mail-parser, minus what Doorstep never reads: the two summaries of every header it builds
    at the end of each parse (`mail` and `mail_partial`), the Received chain, and the
    diagnostics of every header (which only fill `defects`). What Doorstep reads is the
    library's own; tests/test_parse_equivalence.py checks it on every message we have."""

    def _make_mail(self, complete: bool = True) -> dict[str, object]:
        return {}

    def _reset(self) -> None:
        # The library's `_reset`, keeping the state that `parse` and the fields Doorstep reads use.
        self._attachments: list[object] = []
        self._text_plain: list[str] = []
        self._text_html: list[str] = []
        self._text_not_managed: list[str] = []
        self._defects: list[object] = []
        self._defects_categories: set[str] = set()
        self._has_defects = False
        self._mail: dict[str, object] = {}
        self._mail_partial: dict[str, object] = {}
        self._header_index = self._build_header_index()
        self._address_header_defects: list[object] = []
        self._address_headers = {
            name: library_addresses(values[0])
            for name in ADDRESSES_HEADERS
            if (values := self._header_index.get(name))
        }
        self._date = None
        self._timezone = 0
        self._date_header_defects: list[object] = []
        for name, raw in self.message.raw_items() if self.message else []:
            if name.lower() == "date":  # the first Date field, as the library takes it
                result = parse_mail_date(raw)
                self._date, self._timezone = result.value, result.timezone
                break
        self._received_header_defects: list[object] = []
        self._received: list[object] = []


def parse_message(data: bytes) -> ParsedMessage | ParseFailure:
    data = data.removeprefix(_BOM)  # a byte-order mark some tools write hides the first header
    try:
        quick = read_plain(data)  # one plain-text part, plain headers: as mail-parser reads it
        if quick is not None:
            return _finished(quick, data)
        mail = _MailParser.from_bytes(data)
        return _finished(_to_record(mail, data), data)
    except Exception as e:  # noqa: BLE001 - a parser fed real-world mail can raise anything
        fallback = read_with_stdlib(data, parse_headers(data))
        if fallback is not None:
            return _finished(fallback, data)
        return ParseFailure(
            error=f"{type(e).__name__}: {e}"[:500], sender_email=_sender_of_unparseable(data)
        )


def _finished(record: ParsedMessage, data: bytes) -> ParsedMessage:
    """The record with what every reader leaves undone: Japanese text in ISO-2022-JP decoded
    (`_iso_2022`), and for what looks like a bounce the addresses it says failed."""
    record = _iso_2022(record)
    if not looks_like_bounce(record):
        return record
    return replace(record, failed_recipients=failed_recipients(data))


_ISO_2022_ESCAPE = re.compile(r"\x1b[$(][@A-Z]")


def _iso_2022(record: ParsedMessage) -> ParsedMessage:
    """ISO-2022-JP is 7-bit, so mail-parser (and the quick reader, as it) pass it on as ASCII,
    escape sequences and all: decode it, as Japanese mail programs mean it."""
    if not _ISO_2022_ESCAPE.search(record.body_text):
        return record
    try:
        text = record.body_text.encode("ascii").decode("iso2022_jp_ext")
    except UnicodeError:
        return record
    return replace(record, body_text=text)


def _attached_text(attachments: list[object]) -> str:
    """The text of attached plain-text parts ("text_0.txt"), as a phone's MMS carries it."""
    texts: list[str] = []
    for part in attachments:
        if not isinstance(part, dict) or part.get("mail_content_type") != "text/plain":
            continue
        payload = str(part.get("payload") or "")
        if part.get("binary"):
            try:
                data = base64.b64decode(payload)
            except ValueError:
                continue
            charset = str(part.get("charset") or "utf-8")
            try:
                payload = data.decode(charset, errors="replace")
            except LookupError:
                payload = data.decode("utf-8", errors="replace")
        texts.append(payload.strip())
    return "\n\n".join(t for t in texts if t)


def _to_record(mail: mailparser.MailParser, raw: bytes) -> ParsedMessage:
    headers = _header_dict(mail.headers)
    senders = [a for a in (address_of(p) for p in (mail.from_ or [])) if a]
    if not senders and mail.message is not None:  # an encoded word the library misread
        senders = [a for v in mail.message.get_all("From", []) for a in fallback_addresses(str(v))]
    if not senders:
        senders = [a for a in [raw_sender(raw)] if a]
    if not senders and headers.get("sender"):
        pairs = email.utils.getaddresses([headers["sender"]])
        senders = [a for a in (address_of(p) for p in pairs) if a]
    recipients = tuple(
        a for a in (address_of(p) for p in [*(mail.to or []), *(mail.cc or [])]) if a
    )
    date = mail.date if isinstance(mail.date, datetime) else None
    if date is not None:
        date = date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)
    plain = "\n".join(str(p) for p in (mail.text_plain or [])).strip()
    if not plain and mail.text_html:
        plain = html_to_text("\n".join(str(p) for p in mail.text_html))
    if not plain:  # an MMS through a carrier's gateway: the text only in "text_0.txt"
        plain = _attached_text(mail.attachments or [])
    attachments = tuple(
        str(a.get("filename") or "attachment")
        for a in (mail.attachments or [])
        if isinstance(a, dict)
    )
    return ParsedMessage(
        sender=senders[0] if senders else None,
        recipients=recipients,
        date=date,
        subject=" ".join(str(mail.subject or "").split()),
        message_id=message_id(str(mail.message_id or "")),
        in_reply_to=message_id(str(mail.in_reply_to or "")),
        references=message_ids(str(mail.references or "")),
        body_text=bounded(plain.replace("\r\n", "\n").replace("\x00", "")),
        attachment_names=attachments,
        headers=headers,
        content_type=headers.get("content-type", "text/plain").split(";", 1)[0].strip().lower(),
        reply_to=tuple(a for a in (address_of(p) for p in (mail.reply_to or [])) if a),
    )
