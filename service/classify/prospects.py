"""New people: mail from an unknown person that looks like someone asking about coaching.

Not a newsletter, not automated, not a reply to a thread, addressed to the coach personally, and
about coaching (the coach's bank or a friend writing is none of Doorstep's business). Only the
sender, the subject and a one-line excerpt of such mail are kept, for the digest's "New people"
section; nothing else of non-client mail is stored.
"""

from __future__ import annotations

import re

from service.classify.text import excerpt, fresh_text
from service.common.addresses import normalise_email
from service.ingest.match import Roster
from service.records import ParsedMessage, Prospect

_MACHINE_SENDER = re.compile(
    r"^(no-?reply|do-?not-?reply|notifications?|notify|mailer-daemon|postmaster|bounces?|newsletters?|"
    r"news|alerts?|marketing|updates|billing|receipts?|support|team|info|hello|events|digest|"
    r"automated|system|admin)([+.\-_].*)?@",
    re.IGNORECASE,
)
_REPLY_SUBJECT = re.compile(r"^\s*(re|fwd?|aw|sv|tr|vs)\s*:", re.IGNORECASE)
MAX_TO = 3
_ABOUT_COACHING = re.compile(
    r"\b(coach(ing|es)?|sessions?|work(ing)? with you|recommend(ed|ation)?|referr(ed|al)|"
    r"your (services|rates|fees|prices|availability)|new clients?|take on|discovery call|"
    r"consultation|intro(ductory)? call|get started|sign up|book (a|an) (call|session))\b",
    re.IGNORECASE,
)


def written_personally(message: ParsedMessage, roster: Roster) -> bool:
    """From a person, to the coach personally, starting a conversation: by the headers alone."""
    sender = message.sender
    if sender is None:
        return False
    h = message.headers
    auto = h.get("auto-submitted", "no").strip().lower()
    if (
        not auto.startswith("no")
        or h.get("precedence", "").strip().lower() in ("bulk", "list", "junk", "auto_reply")
        or "list-id" in h
        or "list-unsubscribe" in h
        or _MACHINE_SENDER.match(sender.email)
        or message.content_type == "multipart/report"
    ):
        return False
    if message.in_reply_to or message.references or _REPLY_SUBJECT.match(message.subject):
        return False
    to = [normalise_email(a.email) for a in message.recipients]
    return any(a in roster.coach_emails for a in to[:MAX_TO]) and len(to) <= MAX_TO


def read_prospect(message: ParsedMessage, roster: Roster) -> Prospect | None:
    sender = message.sender
    if sender is None or not written_personally(message, roster):
        return None
    text = fresh_text(message.body_text)
    if not text or not _ABOUT_COACHING.search(message.subject + "\n" + text[:2000]):
        return None
    line = excerpt(text, limit=160)
    note = None
    impersonated = [
        c.name
        for c in {id(c): c for c in roster.by_email.values()}.values()
        if sender.name and sender.name.strip().lower() == c.name.lower()
    ]
    if impersonated:
        note = (
            f"uses the name of your client {impersonated[0]}, from an address that is not on file; "
            "if it is really them, add the address to their entry"
        )
    return Prospect(sender.name, sender.email.lower(), message.subject, line, note)
