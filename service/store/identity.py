"""What makes a stored message the same message, and text made fit to store. Pure but for the one
look-up of a batch's identities.

A message seen again (in another folder, as Gmail shows one message under each of its labels, or
under a new UIDVALIDITY) is known by the server's identity for it where there is one; else by its
Message-ID together with a hash of its body, so that a client's mail program that reuses a
Message-ID never loses the second message; else by the hash of all its bytes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.records import Processed
from service.store.models import Message

# What no database column may hold: NUL (PostgreSQL refuses it in text) and lone surrogates
# (neither driver can encode them as UTF-8).
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without what SQLite or PostgreSQL cannot hold, each such character a U+FFFD."""
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def storable_row(values: Mapping[str, object]) -> dict[str, object]:
    """A row's values with every text made `storable`: the one cleaning at the store's edge."""
    return {k: storable(v) if isinstance(v, str) else v for k, v in values.items()}


def body_hash(data: bytes) -> str:
    """sha256 of a message's body: the bytes after the blank line that ends its header."""
    ends = [e for e in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if e >= 0]
    start = min(ends) if ends else len(data)
    return hashlib.sha256(data[start:].lstrip(b"\r\n")).hexdigest()


@dataclass(frozen=True)
class Identity:
    server_id: str = ""  # the server's own ("gm:…"), where it gives one
    message_id: str = ""
    body: str = ""  # body_hash, with the Message-ID
    content: str = ""  # sha256 of all the bytes


def identity_of(item: Processed) -> Identity:
    if item.raw.server_id:
        return Identity(server_id=item.raw.server_id)
    message_id = item.parsed.message_id if item.parsed else ""
    content = hashlib.sha256(item.raw.data).hexdigest()
    if message_id:
        return Identity(message_id=message_id, body=body_hash(item.raw.data), content=content)
    return Identity(content=content)


class KnownIdentities:
    """The identities of a batch already stored for the mailbox (in any folder), and those added
    as the batch goes on."""

    def __init__(self, session: Session, account: str, keys: Sequence[Identity]) -> None:
        where = Message.account == account
        self._servers: set[str] = set()
        self._pairs: set[tuple[str, str]] = set()
        # Stored before bodies were hashed: (Message-ID, hash of all the bytes)
        self._old_pairs: set[tuple[str, str]] = set()
        self._contents: set[str] = set()
        servers = sorted({k.server_id for k in keys if k.server_id})
        ids = sorted({k.message_id for k in keys if k.message_id})
        contents = sorted({k.content for k in keys if k.content and not k.message_id})
        if servers:
            found = select(Message.server_id).where(where, Message.server_id.in_(servers))
            self._servers = {s for s in session.scalars(found) if s}
        if ids:
            pairs = select(Message.message_id, Message.body_hash, Message.content_hash).where(
                where, Message.message_id.in_(ids)
            )
            for message_id, body, content in session.execute(pairs):
                if body is not None:
                    self._pairs.add((message_id, body))
                elif content is not None:
                    self._old_pairs.add((message_id, content))
        if contents:
            found = select(Message.content_hash).where(where, Message.content_hash.in_(contents))
            self._contents = {h for h in session.scalars(found) if h}

    def __contains__(self, key: Identity) -> bool:
        if key.server_id:
            return key.server_id in self._servers
        if key.message_id:
            return (key.message_id, key.body) in self._pairs or (
                key.message_id,
                key.content,
            ) in self._old_pairs
        return key.content in self._contents

    def add(self, key: Identity) -> None:
        if key.server_id:
            self._servers.add(key.server_id)
        elif key.message_id:
            self._pairs.add((key.message_id, key.body))
        else:
            self._contents.add(key.content)
