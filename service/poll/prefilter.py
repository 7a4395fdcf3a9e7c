"""Which new messages are worth their bodies: decided from the headers alone.

A poll first fetches a few header fields of every new message (cheap), then the whole message only
for mail that can concern the coach's clients: from a client's address, a bounce or a report (it
names the client it is about only in its body), a phone service's notification, the coach's reply
to a digest, or someone writing to the coach personally. The coach's other mail (newsletters,
notifications, lists) is never downloaded in full. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.classify.digest_reply import replies_to_digest
from service.classify.prospects import written_personally
from service.ingest.bounce import looks_like_bounce
from service.ingest.match import Roster, match_message
from service.ingest.notifications import may_be_phone_note
from service.records import Match, ParsedMessage, ParseFailure


@dataclass(frozen=True)
class Decision:
    wanted: bool  # whether the whole message is to be downloaded
    match: Match | None = None  # whom the header fields name (None: they could not be read)

    @property
    def client_match(self) -> Match | None:
        """The client the header fields name: the message is hers."""
        return self.match if self.match is not None and self.match.client is not None else None


def decide(
    parsed: ParsedMessage | ParseFailure, roster: Roster, digest_ids: frozenset[str]
) -> Decision:
    """`parsed`: the message's header fields, as `parse_headers` reads them. A message not
    wanted is not read further: it is no client's, no phone service's, no bounce, no reply to a
    digest and nobody writing to the coach personally, so its headers say all there is."""
    if not isinstance(parsed, ParsedMessage):
        # headers that cannot be read: look at the whole message before deciding
        return Decision(True)
    match = match_message(parsed, roster)
    if match.own_digest:
        return Decision(False, match)
    if match.client is not None:
        return Decision(True, match)
    if match.from_coach:
        return Decision(replies_to_digest(parsed, digest_ids), match)
    # a bounce or a report names the client it is about only in its body
    wanted = (
        looks_like_bounce(parsed) or may_be_phone_note(parsed) or written_personally(parsed, roster)
    )
    return Decision(wanted, match)


def needs_body(
    parsed: ParsedMessage | ParseFailure, roster: Roster, digest_ids: frozenset[str]
) -> bool:
    return decide(parsed, roster, digest_ids).wanted
