"""Who wrote this? Match a parsed message's sender to the coach's roster, by full address.

Display names never decide a match: "Jane Doe <someone@else.example>" is not Jane.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from service.config import normalise_email
from service.records import Client, Match, ParsedMessage

DIGEST_HEADER = "x-doorstep"
DIGEST_MESSAGE_ID_PREFIX = "<doorstep-digest-"


@dataclass(frozen=True)
class Roster:
    by_email: dict[str, Client]
    coach_emails: frozenset[str]

    @classmethod
    def build(cls, clients: Iterable[Client], coach_emails: Iterable[str]) -> Roster:
        by_email: dict[str, Client] = {}
        for client in clients:
            for address in client.emails:
                by_email[normalise_email(address)] = client
        return cls(
            by_email=by_email, coach_emails=frozenset(normalise_email(e) for e in coach_emails)
        )


def is_own_digest(message: ParsedMessage) -> bool:
    """Doorstep's digest coming back into the coach's inbox (it is sent to the coach)."""
    return message.headers.get(DIGEST_HEADER, "").strip().lower() == "digest" or (
        message.message_id.startswith(DIGEST_MESSAGE_ID_PREFIX)
    )


def match_sender(email_address: str | None, roster: Roster) -> Match:
    if not email_address:
        return Match(client=None, address=None)
    key = normalise_email(email_address)
    if key in roster.coach_emails:
        return Match(client=None, address=key, from_coach=True)
    return Match(client=roster.by_email.get(key), address=key)


def match_message(message: ParsedMessage, roster: Roster) -> Match:
    if is_own_digest(message):
        return Match(client=None, address=None, own_digest=True)
    return match_sender(message.sender.email if message.sender else None, roster)
