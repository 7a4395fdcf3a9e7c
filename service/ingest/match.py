"""Who wrote this? Match a parsed message's sender to the coach's roster, by full address.

Display names never decide a match: "Jane Doe <someone@else.example>" is not Jane.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from service.config import normalise_email
from service.ingest.bounce import looks_like_bounce
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


# A mailing list's own addresses: "team-bounces@lists.example" speaks for "team@lists.example".
_LIST_ROLE = re.compile(r"^(.+)-(bounces|request|owner|admin)(\+[^@]*)?@", re.IGNORECASE)


def match_sender(email_address: str | None, roster: Roster) -> Match:
    if not email_address:
        return Match(client=None, address=None)
    key = normalise_email(email_address)
    if key in roster.coach_emails:
        return Match(client=None, address=key, from_coach=True)
    client = roster.by_email.get(key)
    role = _LIST_ROLE.match(key) if client is None else None
    if role:  # the list in the roster, its server answering
        client = roster.by_email.get(f"{role.group(1)}@{key.split('@', 1)[1]}")
    return Match(client=client, address=key)


def match_message(message: ParsedMessage, roster: Roster) -> Match:
    if is_own_digest(message):
        return Match(client=None, address=None, own_digest=True)
    match = match_sender(message.sender.email if message.sender else None, roster)
    if match.client is None and not match.from_coach:
        match = match_on_behalf(message, roster) or match_bounce(message, roster) or match
    return match


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def match_bounce(message: ParsedMessage, roster: Roster) -> Match | None:
    """The client whose address bounced: the failed recipient the bounce reader found, or named in
    X-Failed-Recipients, or the first roster address the report's text gives ("wasn't delivered
    to …")."""
    if not looks_like_bounce(message):
        return None
    named = "\n".join(
        (
            *message.failed_recipients,
            message.headers.get("x-failed-recipients", ""),
            message.body_text[:8000],
        )
    )
    for address in _ADDRESS.findall(named):
        key = normalise_email(address)
        if key in roster.by_email:
            return Match(client=roster.by_email[key], address=key)
    return None


# "Jane Doe (via Google Sheets)", "Jane Doe via DocuSign", "Jane Doe (Google Docs)": a service
# sending for a client, her address in Reply-To. The service's name is the group.
ON_BEHALF = re.compile(
    r"\s(?:\(via ([^)]+)\)|via (\S.*)|\(((?:google|microsoft) \w+|dropbox|calendly|zoom|docusign|"
    r"typeform|onedrive|sharepoint|notion|slack|canva|figma|box|jotform|acuity scheduling)\))\s*$",
    re.IGNORECASE,
)


def match_on_behalf(message: ParsedMessage, roster: Roster) -> Match | None:
    """A service sending on a client's behalf: a display name "Name (via Service)" and the
    client's roster address in Reply-To. (A service that merely names a client is not her.)"""
    if message.sender is None or not ON_BEHALF.search(message.sender.name):
        return None
    for address in message.reply_to:
        key = normalise_email(address.email)
        if key in roster.by_email:
            return Match(client=roster.by_email[key], address=key)
    return None


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
