"""The earlier mail of an address added to the roster since the last poll: read once, only that
address's messages (a server-side search), only up to each folder's mark, never moving it."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from service.common.clock import local_day
from service.poll.folder import Reading
from service.poll.message import process_safely, process_sent
from service.store.answers import commit_sent_batch
from service.store.folders import folder_state
from service.store.messages import commit_batch

log = logging.getLogger(__name__)


def backfill(r: Reading, sent: str | None, addresses: Sequence[str]) -> None:
    config = r.config
    searches = [(f, "FROM") for f in config.mailbox.folders] + ([(sent, "TO")] if sent else [])
    for folder, field in searches:
        with r.sessions() as session:
            state = folder_state(session, r.account, folder)
        if state is None or state.last_uid < 1:
            continue
        info = r.source.open_folder(folder)
        if info.uidvalidity != state.uidvalidity:
            continue  # renumbered: the regular poll re-reads the folder anyway
        for address in addresses:
            uids = r.source.uids_with(folder, field, address, state.last_uid, state.since)
            if uids:
                log.info(
                    "Reading %d earlier message(s) in %s for a newly added client address",
                    len(uids),
                    folder,
                )
            now = r.clock()
            if field == "TO":
                records = [
                    process_sent(raw, r.roster) for raw in r.source.fetch_headers(folder, uids)
                ]
                r.tally.answered += commit_sent_batch(
                    r.sessions, r.account, folder, info.uidvalidity, 0, records, now
                )
            else:
                today = local_day(config.coach.zone, now)
                raws = r.source.fetch(folder, uids, config.mailbox.max_message_bytes)
                items = [process_safely(raw, r.roster, today, r.lessons) for raw in raws]
                r.tally.backfilled += commit_batch(
                    r.sessions, r.account, folder, info.uidvalidity, 0, items, now
                )
