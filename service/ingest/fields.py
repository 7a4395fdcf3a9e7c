"""Header fields read quickly, exactly as the stdlib's compat32 parser and mail-parser read them:
the field splitter for plain ASCII header blocks, Message-IDs, and the common forms of an
address. Pure."""

from __future__ import annotations

import re

from mailparser.utils import get_addresses

from service.records import Address

_MSGID_RE = re.compile(r"<[^<>\s]+>")
BARE_ADDRESS = re.compile(r"^[^\s<>\"(),:;@]+@[^\s<>\"(),:;@]+$")
# "Jane Doe <jane@example.org>" with a plain name (letters, digits, spaces, - and '): the common case
NAMED_ADDRESS = re.compile(
    r"^([A-Za-z0-9][A-Za-z0-9 '-]*[A-Za-z0-9]|[A-Za-z0-9]) <([^\s<>\"(),:;@]+@[^\s<>\"(),:;@]+)>$"
)


def message_ids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID_RE.findall(value or ""))


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


def address_of(pair: object) -> Address | None:
    """A (name, address) pair as mail-parser gives it, as an `Address`; None if it holds none."""
    if not isinstance(pair, (tuple, list)) or len(pair) != 2:
        return None
    name, addr = (str(x or "").strip() for x in pair)
    if "@" not in addr:
        return None
    return Address(name=name, email=addr)
