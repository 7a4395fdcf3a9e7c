"""Who wrote this? Match a parsed message's sender to the coach's roster, by full address.

Display names never decide a match: "Jane Doe <someone@else.example>" is not Jane.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from service.common.addresses import normalise_email
from service.ingest.bounce import looks_like_bounce
from service.records import Address, Client, Match, ParsedMessage

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


# Services whose notices are a form someone filled in, or a booking with its questions: prompt,
# then the answer typed under it.
FORM_SERVICES = re.compile(
    r"calendly|typeform|jotform|acuity|\bforms?\b|tally|youcanbook|setmore|simplybook|savvycal|"
    r"cal\.com|hubspot|formstack|wufoo|paperform|cognito|intake",
    re.IGNORECASE,
)
# Of those, the form services that send a person's answers in their own name ("Jotform",
# "Microsoft Forms") with her address in Reply-To: her words. A booking service's notice in its
# own name ("Calendly": "New Event: Jane Doe") only names her.
_OWN_NAME_FORMS = re.compile(
    r"typeform|jotform|\bforms?\b|tally|formstack|wufoo|paperform|cognito", re.IGNORECASE
)


def behalf_service(sender: Address | None) -> str | None:
    """The service a message says it is sent through for a person: "Jane Doe (via Google
    Sheets)" names it, and so does a form service sending in its own name ("Jotform",
    "Microsoft Forms", or its address's domain); None for anything else, a booking service's
    notice in its own name among them."""
    if sender is None:
        return None
    found = ON_BEHALF.search(sender.name)
    if found:
        return next(g for g in found.groups() if g).strip()
    domain = sender.email.rpartition("@")[2]
    if _OWN_NAME_FORMS.search(sender.name) or _OWN_NAME_FORMS.search(domain):
        return sender.name.strip() or domain
    return None


def match_on_behalf(message: ParsedMessage, roster: Roster) -> Match | None:
    """A service sending on a client's behalf (`behalf_service`) with the client's roster
    address in Reply-To. (A service that merely names a client is not her.)"""
    if behalf_service(message.sender) is None:
        return None
    for address in message.reply_to:
        key = normalise_email(address.email)
        if key in roster.by_email:
            return Match(client=roster.by_email[key], address=key)
    return None


_TRUNK_DIGITS = re.compile(r"0[1-9]\d{6,12}")


def match_trunk_number(digits: str, roster: Roster) -> Match:
    """A number a gateway writes as its own country dials it at home ("0491570156", an
    Australian mobile), which no reading in the coach's region gives: the roster number whose
    national part it is, when exactly one is."""
    if not _TRUNK_DIGITS.fullmatch(digits):
        return Match(client=None, address=None)
    rest = digits[1:]
    found = [
        p for p in roster.by_phone if p[1:].endswith(rest) and 1 <= len(p) - 1 - len(rest) <= 3
    ]
    return match_phone(found[0], roster) if len(found) == 1 else Match(client=None, address=None)


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
