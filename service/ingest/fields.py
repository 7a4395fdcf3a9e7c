"""Header fields read quickly, exactly as the stdlib's compat32 parser and mail-parser read them:
the field splitter for plain ASCII header blocks, Message-IDs, the common forms of an address,
and a subject's reply and forward prefixes. Pure."""

from __future__ import annotations

import email.header
import email.utils
import hashlib
import re

from mailparser.utils import get_addresses

from service.records import Address

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
# A msg-id as RFC 5322 writes it (with its obsolete forms: a quoted local part, a domain literal)
_STRICT_MSGID = rf'<(?:{_ATEXT}|"(?:[^"\\\r\n]|\\.)*")@(?:{_ATEXT}|\[[^\[\]\\\r\n]*\])>'
_STRICT_RE = re.compile(_STRICT_MSGID)
_MSGID_RE = re.compile(rf"{_STRICT_MSGID}|<[^<>\s]+>")
# A forwarded message's subject, in the mail programs' languages ("Fwd:", "WG:", "TR:", …).
FORWARD = re.compile(r"^\s*(fwd?|fw|wg|tr|rv|enc|i|doorgestuurd|vs)\s*:", re.IGNORECASE)
_PREFIXES = re.compile(
    r"^\s*((re|aw|sv|antw|r|fwd?|fw|wg|tr|rv|enc|i|doorgestuurd|vs)\s*(\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)


def header_block(data: bytes) -> bytes:
    """The message's header block, up to the blank line that ends it (the whole, if none does)."""
    end = data.find(b"\r\n\r\n")
    end = end if end >= 0 else data.find(b"\n\n")
    return data if end < 0 else data[: end + 2]


def bare_subject(subject: str) -> str:
    """The subject without its "Re:" and "Fwd:" prefixes, spaces and case, to compare two."""
    return " ".join(_PREFIXES.sub("", subject).split()).casefold()


MAX_ID_CHARS = 900  # the store keeps up to 998; longer ids are kept as a hash of the whole
BARE_ADDRESS = re.compile(r"^[^\s<>\"(),:;@]+@[^\s<>\"(),:;@]+$")
# "Jane Doe <jane@example.org>" with a plain name (letters, digits, spaces, - and '): the common case
NAMED_ADDRESS = re.compile(
    r"^([A-Za-z0-9][A-Za-z0-9 '-]*[A-Za-z0-9]|[A-Za-z0-9]) <([^\s<>\"(),:;@]+@[^\s<>\"(),:;@]+)>$"
)


def message_ids(value: str) -> tuple[str, ...]:
    """The msg-ids of a list field (References): proper ones whole, then anything in <…>."""
    return tuple(_MSGID_RE.findall(value or ""))


def message_id(value: str) -> str:
    """A message's identity from its Message-ID (or In-Reply-To) field, never a lossy reading:
    the first msg-id in it that is one by RFC 5322 (comments around it left out), else the field's whole value (spaces
    folded), so that two different odd ids are never cut down to the same string. An overlong
    value is kept as a hash of all of it; an empty one is ""."""
    text = " ".join((value or "").split())
    if not text:
        return ""
    strict = _STRICT_RE.search(text)
    if strict:
        text = strict.group()
    if len(text) > MAX_ID_CHARS:
        return f"<{hashlib.sha256(text.encode('utf-8', 'replace')).hexdigest()}@hashed.invalid>"
    return text


_FIELD_NAME = re.compile(r"[!-9;-~]+:")  # printable ASCII but the colon, then the colon


def ascii_fields(data: bytes) -> list[tuple[str, str]] | None:
    """The header fields of a plain ASCII header block, (name, raw value) in order, exactly as the
    stdlib's compat32 header parser reads them (unfolded later, as there); None for anything it
    would treat specially (8-bit bytes, a bare CR, a line that is no field), left to the stdlib."""
    end = data.find(b"\n\n")
    end_crlf = data.find(b"\n\r\n")
    ends = [e for e in (end, end_crlf) if e >= 0]
    data = data[: min(ends) + 1] if ends else data
    if not data.isascii() or data.count(b"\r") != data.count(b"\r\n"):
        return None
    fields: list[tuple[str, list[str]]] = []
    lines = data.decode("ascii").split("\n")
    for index, bare in enumerate(lines):
        line = bare + "\n" if index < len(lines) - 1 else bare
        if not line.rstrip("\r\n"):
            break  # the blank line that ends the header block
        if line[0] in " \t":
            if not fields:
                return None
            fields[-1][1].append(line)
            continue
        name = _FIELD_NAME.match(line)
        if name is None:
            return None
        fields.append((name.group()[:-1], [line[name.end() :].lstrip(" \t")]))
    return [(name, "".join(parts).rstrip("\r\n")) for name, parts in fields]


def library_addresses(value: object) -> list[tuple[str, str]]:
    """mail-parser's reading of an address field's value: a plain "Name <a@b>" or a bare address
    straight away, anything else by the library's own address parser."""
    if isinstance(value, str):
        text = " ".join(value.split())
        if BARE_ADDRESS.match(text):
            return [("", text)]
        named = NAMED_ADDRESS.match(text)
        if named:
            return [(named.group(1), named.group(2))]
    return list(get_addresses(value, defects=[], decode_names=True))


_ENCODED_RUN = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=(?:\s+=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _as_quoted_words(run: re.Match[str]) -> str:
    """A run of RFC 2047 encoded words as the quoted display words they stand for: what they
    encode is never address syntax (a colon, a comma, an angle bracket or a line break)."""
    try:
        text = str(email.header.make_header(email.header.decode_header(run.group())))
    except (ValueError, LookupError, UnicodeError):
        text = run.group()
    text = _CONTROL.sub(" ", text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def fallback_addresses(value: str) -> list[Address]:
    """The mailboxes of an address field that the usual reading found none in: its encoded words
    turned into quoted display words first, then read by the standard library's parser. So
    `=?utf-8?q?Jane:_D?= <jane@example.org>` is Jane's, not nobody's."""
    text = _CONTROL.sub(" ", _ENCODED_RUN.sub(_as_quoted_words, value or ""))
    found = []
    for name, addr in email.utils.getaddresses([text]):
        local, at, domain = addr.rpartition("@")
        if at and local and domain and not any(c in addr for c in ' <>"'):
            found.append(Address(name=" ".join(name.split()), email=addr))
    return found


_RAW_FROM = re.compile(rb"^From:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def raw_sender(data: bytes) -> Address | None:
    """The From address read straight from a message's bytes, lines split at LF only and any
    stray CR taken for a space: the last resort where every parser found no sender (a bare CR
    inside the field makes them end it early)."""
    end = min((e for e in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if e >= 0), default=-1)
    found = _RAW_FROM.search(data[: end if end >= 0 else len(data)])
    if found is None:
        return None
    value = found.group(1).decode("utf-8", "replace").replace("\r", " ")
    senders = fallback_addresses(" ".join(value.split()))
    return senders[0] if senders else None


def address_of(pair: object) -> Address | None:
    """A (name, address) pair as mail-parser gives it, as an `Address`; None if it holds none."""
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        return None
    name, addr = (str(x or "").strip() for x in pair)
    if "@" not in addr:
        return None
    return Address(name=name, email=addr)
