"""Who wrote this? Match a parsed message's sender to the coach's roster, by full address.

Display names never decide a match: "Jane Doe <someone@else.example>" is not Jane.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from service.config import normalise_email
from service.records import Client, Match, ParsedMessage

DIGEST_HEADER = "x-doorstep"
DIGEST_MESSAGE_ID_PREFIX = "<doorstep-digest-"


@dataclass(frozen=True)
class Roster:
    by_email: dict[str, Client]
    coach_emails: frozenset[str]
    by_phone: dict[str, tuple[Client, ...]] = field(default_factory=dict)  # E.164 → clients
    region: str = "US"  # for numbers written without a country code

    @classmethod
    def build(
        cls, clients: Iterable[Client], coach_emails: Iterable[str], region: str = "US"
    ) -> Roster:
        by_email: dict[str, Client] = {}
        by_phone: dict[str, tuple[Client, ...]] = {}
        for client in clients:
            for address in client.emails:
                by_email[normalise_email(address)] = client
            for phone in client.phones:
                by_phone[phone] = (*by_phone.get(phone, ()), client)
        return cls(
            by_email=by_email,
            coach_emails=frozenset(normalise_email(e) for e in coach_emails),
            by_phone=by_phone,
            region=region,
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


def match_phone(number: str | None, roster: Roster) -> Match:
    """A caller or texter, by number. A number shared by two clients (a family landline) matches
    the first of them in the roster, with a warning that names both."""
    if number is None:
        return Match(client=None, address=None)
    clients = roster.by_phone.get(number, ())
    if not clients:
        return Match(client=None, address=f"tel:{number}")
    warning = None
    if len(clients) > 1:
        names = " and ".join(c.name for c in clients)
        warning = f"this number belongs to {names}; matched to {clients[0].name}"
    return Match(client=clients[0], address=f"tel:{number}", warning=warning)
