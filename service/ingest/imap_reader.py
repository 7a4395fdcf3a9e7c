"""Reading the answer to one IMAP command off imaplib's connection, quickly: the FETCH responses
a poll reads by the ten thousand.

imaplib reads a response a line at a time through several layers (a repr of every line for its
debug record, a regex match stored on the object per test, a dict append per piece); on a batch
of header blocks that is most of the time the client spends. `read_answer` reads the same lines
off the same connection and files everything exactly as imaplib's `_command_complete` followed by
`_untagged_response(…, "FETCH")` would: the FETCH responses it returns, in imaplib's pieces
(`(b"<n> (… {size}", literal)` then the text after the literal); every other untagged response
into imaplib's `untagged_responses`, so that the rest of imaplib and imapclient see the session as
they always would. A server's BYE, an unexpected line, a connection that ends, all raise
imaplib's own exceptions with imaplib's own messages. tests/test_imap_reader.py checks it against
imaplib itself on the same server transcripts.
"""

from __future__ import annotations

import imaplib
import re
from typing import Any

# imaplib's own response patterns (module constants its stubs do not declare)
_IMAPLIB: Any = imaplib
_FETCH = re.compile(rb"\* (\d+) FETCH(?: (.*))?", re.DOTALL)


def read_answer(
    connection: imaplib.IMAP4, tag: bytes, name: str
) -> tuple[str, list[Any], list[Any]]:
    """The answer to the command `name` sent with `tag`: (result, its data, the FETCH pieces),
    as imaplib's `_command_complete(name, tag)` and `_untagged_response(…, "FETCH")` give them,
    except that pieces are returned whatever the result (the caller looks at the result first).
    Raises `imaplib.IMAP4.abort` / `.error` where those would."""
    imap: Any = connection  # imaplib's private parts, which its stubs leave out
    imap._check_bye()
    pending = imap.untagged_responses.pop("FETCH", None)
    pieces: list[Any] = list(pending) if pending else []
    try:
        typ, data = _read_until(imap, tag, pieces, name)
        imap._check_bye()
    except BaseException:
        _file_back(imap, pieces)  # where imaplib would have left them
        raise
    if typ != "OK":
        _file_back(imap, pieces)
        pieces = []
    if typ == "BAD":
        raise imap.error(f"{name} command error: {typ} {data}")
    return typ, data, pieces


def _file_back(imap: Any, pieces: list[Any]) -> None:
    if pieces:
        imap.untagged_responses["FETCH"] = [*pieces, *imap.untagged_responses.get("FETCH", [])]


def _line(imap: Any) -> bytes:
    line: bytes = imap.readline()
    if not line:
        raise imap.abort("socket error: EOF")
    if not line.endswith(b"\r\n"):
        raise imap.abort(f"socket error: unterminated line: {line!r}")
    return line[:-2]


def _read_until(imap: Any, tag: bytes, pieces: list[Any], name: str) -> tuple[str, list[Any]]:
    try:
        return _read_lines(imap, tag, pieces)
    except imap.abort as e:
        raise imap.abort(f"command: {name} => {e}") from None
    except imap.error as e:
        raise imap.error(f"command: {name} => {e}") from None


def _read_lines(imap: Any, tag: bytes, pieces: list[Any]) -> tuple[str, list[Any]]:
    tagre: re.Pattern[bytes] = imap.tagre
    literal = imap.Literal
    while True:
        line = _line(imap)
        fetch = _FETCH.fullmatch(line)
        if fetch is not None:  # by far the most common line: a message
            dat = fetch.group(1) + (b" " + fetch.group(2) if fetch.group(2) else b"")
            while dat.endswith(b"}") and (size := literal.match(dat)) is not None:
                pieces.append((dat, imap.read(int(size.group("size")))))
                dat = _line(imap)
            pieces.append(dat)
            continue
        tagged = tagre.match(line)
        if tagged is not None:
            got = tagged.group("tag")
            if got not in imap.tagged_commands:
                raise imap.abort(f"unexpected tagged response: {line!r}")
            typ = tagged.group("type").decode(imap._encoding)
            result = (typ, [tagged.group("data")])
            _file_code(imap, typ, tagged.group("data"))
            if got == tag:
                imap.tagged_commands.pop(tag, None)
                return result
            imap.tagged_commands[got] = result  # another command's answer, as imaplib keeps it
            continue
        _file_untagged(imap, line)


def _file_untagged(imap: Any, line: bytes) -> None:
    """Any other response line, filed as imaplib's `_get_response` files it."""
    dat2 = None
    mo = _IMAPLIB.Untagged_response.match(line)
    if mo is None:
        mo = imap.Untagged_status.match(line)
        if mo is not None:
            dat2 = mo.group("data2")
    if mo is None:
        cont = _IMAPLIB.Continuation.match(line)
        if cont is not None:
            imap.continuation_response = cont.group("data")
            return
        raise imap.abort(f"unexpected response: {line!r}")
    typ = mo.group("type").decode(imap._encoding)
    dat = mo.group("data") or b""
    if dat2:
        dat = dat + b" " + dat2
    while (size := imap.Literal.match(dat)) is not None:
        imap._append_untagged(typ, (dat, imap.read(int(size.group("size")))))
        dat = _line(imap)
    imap._append_untagged(typ, dat)
    _file_code(imap, typ, dat)
    if typ == "BYE":
        imap._check_bye()


def _file_code(imap: Any, typ: str, dat: bytes) -> None:
    """A response code ("[UIDNEXT 5]") of an OK, NO or BAD, filed under its name as imaplib does."""
    if typ in ("OK", "NO", "BAD"):
        code = _IMAPLIB.Response_code.match(dat)
        if code is not None:
            name = code.group("type").decode(imap._encoding)
            imap._append_untagged(name, code.group("data"))
