"""Corrections by email: the coach answers the digest with short lines such as `3 fyi`, `5 done`.

Only lines of that form, in the part the coach wrote (not the quoted digest), are read; nothing
else of the reply is kept.
"""

from __future__ import annotations

import re

from service.classify.text import fresh_text
from service.records import ParsedMessage

_LINE = re.compile(
    r"^\s*#?(\d{1,9})\s*[:=\-–—]?\s*(fyi|done|answered|reply|reply[ _-]needed)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def replies_to_digest(message: ParsedMessage, digest_ids: frozenset[str]) -> bool:
    return bool(digest_ids) and (
        message.in_reply_to in digest_ids or any(ref in digest_ids for ref in message.references)
    )


def correction_lines(message: ParsedMessage) -> tuple[tuple[int, str], ...]:
    """(message number, mark) for every correction line the coach wrote."""
    found = []
    for line in fresh_text(message.body_text).splitlines():
        m = _LINE.match(line)
        if m:
            found.append((int(m.group(1)), m.group(2).lower().replace(" ", "_").replace("-", "_")))
    return tuple(found)
