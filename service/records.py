"""Plain typed records passed between the stages: source → parse → match → classify → store → digest.

No stage passes dicts or tuples to the next; each field here is meant.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


class Tag(enum.StrEnum):
    """The one judgement Doorstep makes about a client message."""

    FYI = "fyi"
    REPLY_NEEDED = "reply_needed"
    IGNORED = "ignored"


# The marks the coach gives a message (`doorstep mark`, or a correction line in a reply to the
# digest), in the words she may use.
ANSWERED = "answered"
MARKS = {
    "fyi": Tag.FYI.value,
    "reply_needed": Tag.REPLY_NEEDED.value,
    "reply-needed": Tag.REPLY_NEEDED.value,
    "reply": Tag.REPLY_NEEDED.value,
    "answered": ANSWERED,
    "done": ANSWERED,
}


def normalise_mark(word: str) -> str | None:
    return MARKS.get(word.strip().lower())


class Kind(enum.StrEnum):
    """How the client reached the coach."""

    EMAIL = "email"
    VOICEMAIL = "voicemail"
    SMS = "sms"


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    FORMER = "former"


class Outcome(enum.StrEnum):
    """What becomes of one message read, decided once (`Processed.outcome`)."""

    STORED = "stored"  # a client's: stored (to be opened in the mail program when unreadable)
    CORRECTIONS = "corrections"  # the coach's reply to a digest: its correction lines applied
    UNREADABLE = "unreadable"  # not a client's, and could not be read: noted
    COUNTED = "counted"  # another sender's: counted, and told when it may be a new client
    PASSED = "passed"  # the coach's own mail, one of Doorstep's digests, or no sender at all


@dataclass(frozen=True)
class RawMessage:
    """One message as a source hands it over: where it lives and its bytes."""

    folder: str
    uidvalidity: int
    uid: int
    data: bytes
    size: int = 0  # the whole message's size, as the server says (RFC822.SIZE)
    truncated: bool = False  # only the first part was fetched (larger than max_message_bytes)
    headers_only: bool = False  # only the header fields of HEADER_FIELDS were fetched
    server_id: str = ""  # the server's own identity of the message: "gm:<X-GM-MSGID>" on Gmail


@dataclass(frozen=True)
class Address:
    name: str
    email: str


@dataclass(frozen=True)
class ParsedMessage:
    """What Doorstep reads out of a message. Header values are decoded text."""

    sender: Address | None
    recipients: tuple[Address, ...]
    date: datetime | None  # timezone-aware, UTC; None when the Date header is missing or unreadable
    subject: str
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    body_text: str
    attachment_names: tuple[str, ...]
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names, first value of each
    content_type: str = "text/plain"
    reply_to: tuple[Address, ...] = ()  # a service sending for a client puts her address here
    failed_recipients: tuple[str, ...] = ()  # for a bounce or a report: the addresses it is about


@dataclass(frozen=True)
class ParseFailure:
    """A message that could not be read at all; the error says why."""

    error: str
    sender_email: str | None  # the From address, when even that much could be read
    subject: str = ""
    message_id: str = ""


@dataclass(frozen=True)
class Client:
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    status: ClientStatus
    ended: date | None

    def status_on(self, day: date) -> ClientStatus:
        """A client is former when the coach says so or when their end date has passed."""
        if self.status is ClientStatus.FORMER or (self.ended is not None and self.ended < day):
            return ClientStatus.FORMER
        return ClientStatus.ACTIVE


@dataclass(frozen=True)
class Match:
    """Who a message is from, as far as the roster knows."""

    client: Client | None
    address: str | None  # the normalised address that decided it
    own_digest: bool = False  # Doorstep's own digest coming back into the inbox
    from_coach: bool = False  # written by the coach (from one of [coach] emails)
    warning: str | None = None  # e.g. the number belongs to two clients


@dataclass(frozen=True)
class Verdict:
    tag: Tag
    kind: Kind
    reasons: tuple[str, ...]
    urgent: bool = False
    rule: str = ""  # the rule that decided it ("question", "request", "distress", …)
    phrase: str = ""  # the words that triggered that rule, lower-cased


@dataclass(frozen=True)
class StoredMessage:
    """A client message as the digest reads it back from the store."""

    id: int
    client_name: str
    client_status: ClientStatus
    sender_email: str
    subject: str
    received: datetime  # timezone-aware UTC
    kind: Kind
    tag: Tag
    urgent: bool
    reasons: tuple[str, ...]
    excerpt: str
    attachment_names: tuple[str, ...]
    message_id: str
    parse_error: str | None
    answered: bool = False
    wrote_after: bool = False  # the coach wrote to this client after it: perhaps answered
    phone: str | None = None  # a voicemail's or text's number, E.164
    phone_service: str | None = None
    call_duration: str | None = None


@dataclass(frozen=True)
class PhoneNote:
    """A phone service's voicemail or text notification, read."""

    service: str  # "Google Voice", "RingCentral", … or "a phone service" (the generic fallback)
    kind: Kind  # VOICEMAIL or SMS
    number: str | None  # the caller in E.164, None when the notification names no usable number
    transcript: str  # "" when there is none or the service says it is unavailable
    duration: str | None  # as the service wrote it, e.g. "0:32"
    audio: tuple[str, ...]  # the names of attached recordings
    partial: bool = False  # the service says part of the recording could not be transcribed
    # other readings of a number written as bare digits ("687755501": Australian, or +687?),
    # for the roster to choose between
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prospect:
    """Someone not on the roster writing to the coach personally, perhaps a new client."""

    name: str
    address: str
    subject: str
    excerpt: str  # one line
    note: str | None  # e.g. it uses a client's name from an address not on file


@dataclass(frozen=True)
class Processed:
    """One raw message after parse → match → classify, ready for the store."""

    raw: RawMessage
    parsed: ParsedMessage | None
    failure: ParseFailure | None
    match: Match
    verdict: Verdict | None
    client_status: ClientStatus | None = None  # on the day it was read, in the coach's zone
    corrections: tuple[tuple[int, str], ...] = ()  # from the coach's reply to a digest
    note: PhoneNote | None = None  # when it is a phone service's voicemail or text notification
    prospect: Prospect | None = None  # an unknown person writing to the coach personally
    # a client's message as stored, worked out once here: its text (a voicemail's transcript),
    # and the excerpt the digest shows of what she wrote in it (quotes and signature cut)
    body: str = ""
    excerpt: str = ""
    asks_again: bool = False  # a nudge: she asks again about her earlier message

    @property
    def outcome(self) -> Outcome:
        if self.match.client is not None and self.verdict is not None:
            return Outcome.STORED
        if self.corrections:
            return Outcome.CORRECTIONS
        if self.failure is not None:
            return Outcome.UNREADABLE
        if self.match.address and not (self.match.own_digest or self.match.from_coach):
            return Outcome.COUNTED
        return Outcome.PASSED


@dataclass(frozen=True)
class SentRecord:
    """What one message in the coach's Sent folder answers. Only this is read; nothing is stored."""

    raw: RawMessage
    replies_to: frozenset[str]  # Message-IDs from In-Reply-To and the last of References
    clients: frozenset[str]  # names of the clients it was written to (To, Cc)
    sent_at: datetime | None


@dataclass(frozen=True)
class PollReport:
    """What one poll did, per folder and in all."""

    fetched: int = 0
    stored: int = 0
    skipped_non_client: int = 0
    parse_errors: int = 0
    answered: int = 0  # client messages newly answered by the coach's sent mail
    sent_read: int = 0  # messages read from the coach's Sent folder (counted apart from `fetched`)
    sent_folder: str | None = None
    backfilled: int = 0  # earlier messages of newly added client addresses, stored now
    already_stored: int = 0  # client messages read again (another folder, a renumbering)
    folders: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lessons:
    """What the coach's corrections taught: senders and phrases she marks otherwise."""

    # (client name, rule) → how often a verdict of that rule was corrected to FYI
    sender_to_fyi: Mapping[tuple[str, str], int] = field(default_factory=dict)
    # trigger phrase → how often a verdict it decided was corrected to FYI
    phrase_to_fyi: Mapping[str, int] = field(default_factory=dict)
    # client name → how often one of their FYIs was corrected to reply-needed
    sender_to_reply: Mapping[str, int] = field(default_factory=dict)
