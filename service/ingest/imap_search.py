"""Which UIDs of a folder are new: the search, and what is done when a server answers it wrongly.

GNU Mailutils' imap4d, for one, finds nothing for `UID SEARCH UID 1:* SINCE …` (it mishandles
`*`) while `UID SEARCH UID 1:511 SINCE …` finds all 500. A search that finds nothing while the
folder's UIDNEXT says mail has come is therefore asked again with an explicit range, and if
that finds nothing either, the range's INTERNALDATEs are read: the folder's mark then moves
only past mail Doorstep has seen is older than `since`, never past mail it did not read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

log = logging.getLogger(__name__)

_DATES_PER_FETCH = 500  # UIDs a command, written out one by one
Call = Callable[..., Any]  # ImapSource._call: (what, function, *args) with errors explained


def _search(call: Call, client: Any, folder: str, uids: str, since: date | None) -> list[int]:
    criteria: list[object] = ["UID", uids]
    if since is not None:
        criteria += ["SINCE", since]  # by INTERNALDATE, the day the server received it
    return sorted(int(u) for u in call(f"listing {folder}", client.search, criteria))


def new_uids(
    call: Call, client: Any, folder: str, last_uid: int, since: date | None, uidnext: int | None
) -> list[int]:
    """The UIDs above `last_uid` (delivered on or after `since`), in order."""
    # "n:*" also matches the highest UID when it is below n, so filter.
    found = [u for u in _search(call, client, folder, f"{last_uid + 1}:*", since) if u > last_uid]
    if found or uidnext is None or uidnext <= last_uid + 1:
        return found
    span = f"{last_uid + 1}:{uidnext - 1}"
    found = [u for u in _search(call, client, folder, span, since) if last_uid < u < uidnext]
    if found:
        log.warning(
            "%s: the server's search for UIDs %d:* found nothing, but UIDs %s found %d new "
            "message(s); read them. The server's search is unreliable: tell its administrator.",
            folder,
            last_uid + 1,
            span,
            len(found),
        )
        return found
    if since is None:
        return []  # nothing between the mark and UIDNEXT: expunged since it came
    found = []
    for start in range(last_uid + 1, uidnext, _DATES_PER_FETCH):
        wanted = list(range(start, min(start + _DATES_PER_FETCH, uidnext)))
        dates = call(f"listing {folder}", client.fetch, wanted, ["INTERNALDATE"])
        found += [
            int(uid)
            for uid, data in dates.items()
            if last_uid < int(uid) < uidnext and _on_or_after(data.get(b"INTERNALDATE"), since)
        ]
    found.sort()
    if found:
        log.warning(
            "%s: the server's search found nothing after UID %d, but %d message(s) in UIDs %s "
            "came on or after %s; read them. The server's search is unreliable: tell its "
            "administrator.",
            folder,
            last_uid,
            len(found),
            span,
            since.isoformat(),
        )
    return found


def _on_or_after(value: object, since: date) -> bool:
    """An INTERNALDATE on or after `since`; one that cannot be read counts as new (read it)."""
    return not isinstance(value, datetime) or value.date() >= since
