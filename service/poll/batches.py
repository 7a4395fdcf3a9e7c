"""One batch of a folder's new mail: its header fields read, the whole messages fetched only where
the headers say they may concern a client, in runs whose bytes stay bounded, each message read
once and the run stored with the folder's mark."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from service.ingest.match import Roster
from service.ingest.parse import parse_headers
from service.ingest.source import Source
from service.poll.prefilter import decide
from service.records import Kind, Match, Outcome, ParsedMessage, ParseFailure, Processed, RawMessage

log = logging.getLogger(__name__)

BODY_BYTES_PER_BATCH = 64_000_000  # whole messages held at once, at most (or one larger one)


@dataclass(frozen=True)
class Head:
    raw: RawMessage  # the header fields only
    read: ParsedMessage | ParseFailure  # their reading
    wanted: bool  # whether the whole message is to be downloaded
    match: Match | None = None  # whom the header fields name (None: not read)


@dataclass(frozen=True)
class Fetched:
    """A message as the poll reads it: whole, or its header fields with their reading."""

    raw: RawMessage
    headers: ParsedMessage | ParseFailure | None  # None: whole, to be parsed in full
    match: Match | None  # whom the header pass found, not looked for again
    wanted: bool  # False: its header fields say all there is to know of it

    @property
    def client_match(self) -> Match | None:
        return self.match if self.match is not None and self.match.client is not None else None


def chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_heads(
    heads: Iterable[RawMessage], roster: Roster, digest_ids: frozenset[str]
) -> list[Head]:
    """Each message's header fields, parsed once and judged once: is the whole message wanted?"""
    found = []
    for raw in heads:
        read = parse_headers(raw.data)
        decision = decide(read, roster, digest_ids)
        found.append(Head(raw, read, decision.wanted, decision.match))
    return found


def runs(heads: Sequence[Head], budget: int) -> list[list[Head]]:
    """Consecutive runs of a batch whose whole messages add up to at most `budget` bytes (or one
    message each, if larger): the memory a batch takes stays bounded whatever the mail's size."""
    found: list[list[Head]] = [[]]
    total = 0
    for head in heads:
        size = head.raw.size if head.wanted else 0
        if found[-1] and total + size > budget:
            found.append([])
            total = 0
        found[-1].append(head)
        total += size
    return found


def with_bodies(source: Source, folder: str, run: Sequence[Head], max_bytes: int) -> list[Fetched]:
    """Each message as headers only (with their reading), or whole where the headers say it may
    concern a client (to be parsed in full)."""
    wanted = [h.raw.uid for h in run if h.wanted]
    sizes = {h.raw.uid: h.raw.size for h in run if h.raw.size}
    whole = (
        {raw.uid: raw for raw in source.fetch(folder, wanted, max_bytes, sizes)} if wanted else {}
    )
    return [
        Fetched(replace(whole[h.raw.uid], server_id=h.raw.server_id), None, h.match, True)
        if h.raw.uid in whole
        else Fetched(h.raw, h.read, h.match, h.wanted)
        for h in run
    ]


def log_unmatched_notes(items: Sequence[Processed]) -> None:
    """A phone notification that matched no client gets a clear line in the log (no content)."""
    for item in items:
        note = item.note
        if note is None or item.outcome is Outcome.STORED:
            continue
        what = "voicemail" if note.kind is Kind.VOICEMAIL else "text message"
        if note.number is None:
            log.info(
                "A %s notification (%s) names no phone number Doorstep can read; not matched",
                what,
                note.service,
            )
        else:
            log.info(
                "A %s notification (%s) is from a number no client has; counted only",
                what,
                note.service,
            )
