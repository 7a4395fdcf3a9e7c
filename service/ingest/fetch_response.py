"""Reading IMAP FETCH responses, fast, for the two commands a poll sends by the thousand. Pure.

imapclient's general response parser reads a response a character at a time; on a batch of 500
header blocks it takes longer than the server takes to send them. The responses to
`UID FETCH (UID RFC822.SIZE BODY.PEEK[…])` have one simple shape, which is read here straight from
imaplib's pieces; anything of another shape (a quoted or NIL body, two literals, an item this
reader does not know) makes `read_fetch` return None, and the caller hands the same pieces to
imapclient's parser instead. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# imaplib hands over each untagged FETCH as b"<seq> (<items>" with the literal split off, as
# (b"<seq> (… BODY[…] {<n>}", literal) followed by the text after the literal (b")").
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_GM_MSGID = re.compile(rb"\bX-GM-MSGID (\d+)")
_BODY_AT_END = re.compile(rb"\bBODY\[[^\]]*\](?:<\d+>)? \{\d+\}$")
_KNOWN_ITEMS = re.compile(
    rb"^\d+ \((?:(?:UID \d+|RFC822\.SIZE \d+|FLAGS \([^()]*\)|MODSEQ \(\d+\)|X-GM-MSGID \d+)"
    rb"(?: |$))*"
)
MAX_SET_CHARS = 4000  # a UID set longer than this is split over several commands


@dataclass(frozen=True)
class FetchedItem:
    """One message of a FETCH response: its UID, the server's size for it, and the bytes of the
    one body section asked for."""

    uid: int
    size: int | None
    data: bytes
    gm_msgid: int | None = None  # Gmail's identity of the message, the same under every label


def uid_sets(uids: Iterable[int], max_chars: int = MAX_SET_CHARS) -> list[str]:
    """UIDs as IMAP sequence sets ("4:9,12,15:20"), each at most `max_chars` long: short
    commands for runs of new mail, and bounded ones for scattered UIDs."""
    ordered = sorted(set(uids))
    runs: list[str] = []
    start = prev = None
    for uid in ordered:
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if start is not None:
            runs.append(f"{start}:{prev}" if prev != start else f"{start}")
        start = prev = uid
    if start is not None:
        runs.append(f"{start}:{prev}" if prev != start else f"{start}")
    sets: list[str] = []
    current: list[str] = []
    length = 0
    for run in runs:
        if current and length + 1 + len(run) > max_chars:
            sets.append(",".join(current))
            current, length = [], 0
        current.append(run)
        length += len(run) + (1 if length else 0)
    if current:
        sets.append(",".join(current))
    return sets


def read_fetch(
    pieces: Sequence[bytes | tuple[bytes, bytes] | None], wanted: Iterable[int]
) -> dict[int, FetchedItem] | None:
    """The messages among `wanted` in imaplib's pieces of a UID FETCH response, or None when
    a piece has a shape this reader does not handle (the caller then uses imapclient's parser).
    Responses for other UIDs, and unsolicited FLAGS updates, are dropped."""
    want = set(wanted)
    found: dict[int, FetchedItem] = {}
    pending: tuple[bytes, bytes] | None = None
    for piece in [*(p for p in pieces if p is not None), None]:
        if pending is not None and (piece is None or _starts_response(piece)):
            item = _item(pending[0], pending[1], b"")
            if item is None:
                return None
            if item.uid in want:
                found[item.uid] = item
            pending = None
        if piece is None:
            break
        if isinstance(piece, tuple):
            if len(piece) != 2 or not _starts_response(piece[0]):
                return None  # a second literal in one response: not this reader's shape
            pending = (piece[0], piece[1])
        elif pending is not None:
            item = _item(pending[0], pending[1], piece)
            if item is None:
                return None
            if item.uid in want:
                found[item.uid] = item
            pending = None
        elif not _flags_only(piece):
            return None  # a response without a literal that is not a mere flags update
    return found


def _starts_response(piece: bytes | tuple[bytes, bytes]) -> bool:
    head = piece[0] if isinstance(piece, tuple) else piece
    return isinstance(head, bytes) and head[:1].isdigit()


def _flags_only(piece: bytes) -> bool:
    """An unsolicited update such as b"12 (FLAGS (\\Seen) UID 40)": no body, safe to drop."""
    return bool(re.fullmatch(rb"\d+ \((?:UID \d+|FLAGS \([^()]*\)|MODSEQ \(\d+\)| )*\)", piece))


def _item(head: bytes, literal: bytes, tail: bytes) -> FetchedItem | None:
    body = _BODY_AT_END.search(head)
    if body is None:
        return None
    before = head[: body.start()]
    known = _KNOWN_ITEMS.match(before)
    if known is None or known.end() != len(before):
        return None
    if not re.fullmatch(
        rb"(?: (?:UID \d+|RFC822\.SIZE \d+|X-GM-MSGID \d+|FLAGS \([^()]*\)))*\)", tail
    ):
        return None
    text = before + b" " + tail
    uid = _UID.search(text)
    if uid is None:
        return None
    size = _SIZE.search(text)
    gm = _GM_MSGID.search(text)
    return FetchedItem(
        int(uid.group(1)),
        int(size.group(1)) if size else None,
        literal,
        int(gm.group(1)) if gm else None,
    )
