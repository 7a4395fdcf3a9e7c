"""Build the day's digest content from stored messages. Pure: no database, no clock of its own."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from service.common.phones import display
from service.config import ContentLevel
from service.notify.discretion import (
    IN_PLACE_OF_SUBJECT,
    PARSE_ERROR_LEFT_OUT,
    files,
    reason_kind,
    short_excerpt,
)
from service.records import ClientStatus, Kind, StoredMessage, Tag


@dataclass(frozen=True)
class DigestItem:
    id: int
    client: str
    subject: str
    when: str  # in the coach's time zone, e.g. "Tue 17 Nov, 09:12"
    waiting_days: int
    kind: Kind
    urgent: bool
    reasons: tuple[str, ...]
    excerpt: str
    attachments: tuple[str, ...]
    parse_error: str | None
    new: bool  # first time in a digest
    overdue: bool = False  # a reply-needed message waiting longer than the coach's nudge_days
    via: str = ""  # for a voicemail or text: "voicemail, 0:32, from +1 312-555-0142 (Google Voice)"
    former: bool = False  # from a former client
    needs_reply: bool = False
    wrote_after: bool = False  # the coach wrote to this client since: "if that answered it…"
    link: str = ""  # opens the message in the coach's mail program or webmail, where possible


@dataclass(frozen=True)
class NewPersonItem:
    name: str
    address: str
    subject: str
    excerpt: str
    when: str
    note: str | None


@dataclass(frozen=True)
class ClientGroup:
    client: str
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class DigestContent:
    day: date
    coach_name: str
    summary: str
    urgent: tuple[DigestItem, ...]
    reply_needed: tuple[DigestItem, ...]
    voice_and_text: tuple[DigestItem, ...]
    fyi_by_client: tuple[ClientGroup, ...]
    former: tuple[DigestItem, ...]
    answered_since: int = 0  # reply-needed messages answered since the last digest
    corrections: tuple[str, ...] = ()  # the coach's corrections applied since the last digest
    nudge_days: int = 3
    new_people: tuple[NewPersonItem, ...] = ()
    notices: tuple[str, ...] = ()  # about Doorstep itself: the mailbox could not be read
    alarm: str = ""  # the mailbox is not being read: said first, and in the subject

    @property
    def is_empty(self) -> bool:
        return not (
            self.notices
            or self.urgent
            or self.reply_needed
            or self.voice_and_text
            or self.fyi_by_client
            or self.former
            or self.corrections
            or self.new_people
        )


def format_local(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _summary(
    content: dict[str, Sequence[DigestItem]],
    fyi_clients: int,
    answered_since: int = 0,
    new_people: int = 0,
) -> str:
    parts = []
    urgent, reply = content["urgent"], content["reply_needed"]
    if urgent:
        parts.append(_plural(len(urgent), "urgent", "urgent"))
    if reply:
        parts.append(f"{len(reply)} need{'s' if len(reply) == 1 else ''} a reply")
    fyis = content["fyi"]
    if fyis:
        parts.append(
            f"{_plural(len(fyis), 'FYI', 'FYIs')} from {_plural(fyi_clients, 'client', 'clients')}"
        )
    voice = [i for i in content["voice_and_text"] if i.kind is Kind.VOICEMAIL]
    texts = [i for i in content["voice_and_text"] if i.kind is Kind.SMS]
    if voice:
        parts.append(_plural(len(voice), "voicemail", "voicemails"))
    if texts:
        parts.append(_plural(len(texts), "text", "texts"))
    if content["former"]:
        parts.append(
            _plural(
                len(content["former"]), "note from a former client", "notes from former clients"
            )
        )
    if new_people:
        parts.append(_plural(new_people, "new person", "new people"))
    if answered_since:
        parts.append(f"{answered_since} answered since the last digest")
    return " · ".join(parts) if parts else "A quiet day: no new messages from clients."


QUIET_REASONS = frozenset(
    {
        "no question or request for you found",
        "a voicemail with no question or request for you",
        "a text with no question or request for you",
    }
)
DEFAULT_LINK = "message:%3C{message_id}%3E"  # Apple Mail's link to a message by its Message-ID


def message_link(pattern: str, message_id: str) -> str:
    """The link for one message; the client-supplied Message-ID is percent-encoded in full."""
    bare = message_id.strip().strip("<>")
    if not pattern or not bare:
        return ""
    return pattern.replace("{message_id}", quote(bare, safe=""))


def _via(m: StoredMessage) -> str:
    if m.kind is Kind.EMAIL:
        return ""
    parts = ["voicemail" if m.kind is Kind.VOICEMAIL else "text message"]
    if m.call_duration:
        parts.append(m.call_duration)
    if m.phone:
        parts.append(f"from {display(m.phone)}")
    return ", ".join(parts) + (f" ({m.phone_service})" if m.phone_service else "")


def shown_item(item: DigestItem, content: ContentLevel) -> DigestItem:
    """One item with only the client's words `content` allows: "excerpts" leaves out the subject
    and the files' names and cuts the excerpt to a line; "minimal" leaves out every word of
    hers, the quoted sentences of the reasons too (`discretion.reason_kind`)."""
    if content == "full":
        return item
    subject = IN_PLACE_OF_SUBJECT if item.kind is Kind.EMAIL else item.subject
    if content == "excerpts":
        return replace(
            item,
            subject=subject,
            excerpt=short_excerpt(item.excerpt),
            attachments=files(item.attachments),
        )
    return replace(
        item,
        subject=subject,
        reasons=tuple(dict.fromkeys(reason_kind(r) for r in item.reasons)),
        excerpt="",
        attachments=files(item.attachments),
        parse_error=PARSE_ERROR_LEFT_OUT if item.parse_error else None,
    )


def shown_person(person: NewPersonItem, content: ContentLevel) -> NewPersonItem:
    """Someone new: the name and address they wrote from stay, so the coach knows who it was."""
    if content == "full":
        return person
    return replace(
        person,
        subject=IN_PLACE_OF_SUBJECT,
        excerpt=short_excerpt(person.excerpt) if content == "excerpts" else "",
    )


def build_digest(
    messages: Sequence[StoredMessage],
    new_ids: Collection[int],
    day: date,
    now: datetime,
    zone: ZoneInfo,
    coach_name: str,
    *,
    answered_since: int = 0,
    corrections: Sequence[str] = (),
    nudge_days: int = 3,
    new_people: Sequence[NewPersonItem] = (),
    link_pattern: str = DEFAULT_LINK,
    notices: Sequence[str] = (),
    alarm: str = "",
    content: ContentLevel = "full",
) -> DigestContent:
    """`content`: how much of what clients wrote the digest shows (`[digest] content`)."""

    def item(m: StoredMessage) -> DigestItem:
        return shown_item(_item(m), content)

    def says_nothing_asked(m: StoredMessage) -> bool:
        return content == "minimal" and m.kind is not Kind.EMAIL

    def _item(m: StoredMessage) -> DigestItem:
        waiting = max(0, (now - m.received).days)
        return DigestItem(
            id=m.id,
            client=m.client_name,
            subject=m.subject or "(no subject)",
            when=format_local(m.received, zone),
            waiting_days=waiting,
            kind=m.kind,
            urgent=m.urgent,
            # "Nothing asked" is the default for an FYI; the digest says why only when it matters:
            # of a voicemail or text whose words a minimal digest leaves out, it does.
            reasons=tuple(r for r in m.reasons if r not in QUIET_REASONS or says_nothing_asked(m)),
            excerpt=m.excerpt,
            attachments=m.attachment_names,
            parse_error=m.parse_error,
            new=m.id in new_ids,
            overdue=m.tag is Tag.REPLY_NEEDED and waiting >= nudge_days,
            via=_via(m),
            former=m.client_status is ClientStatus.FORMER,
            needs_reply=m.tag is Tag.REPLY_NEEDED and not m.answered,
            wrote_after=m.tag is Tag.REPLY_NEEDED and not m.answered and m.wrote_after,
            link=message_link(link_pattern, m.message_id),
        )

    oldest_first = sorted(messages, key=lambda m: (m.received, m.id))
    open_replies = [m for m in oldest_first if m.tag is Tag.REPLY_NEEDED and not m.answered]
    urgent = [item(m) for m in open_replies if m.urgent]
    reply = [item(m) for m in open_replies if not m.urgent and m.kind is Kind.EMAIL]
    voice = [
        item(m)
        for m in oldest_first
        if m.kind is not Kind.EMAIL
        and not m.urgent
        and (
            (m.tag is Tag.REPLY_NEEDED and not m.answered) or (m.tag is Tag.FYI and m.id in new_ids)
        )
    ]
    fresh_fyi = [
        m for m in oldest_first if m.tag is Tag.FYI and m.kind is Kind.EMAIL and m.id in new_ids
    ]
    active_fyi = [m for m in fresh_fyi if m.client_status is ClientStatus.ACTIVE]
    former = [item(m) for m in fresh_fyi if m.client_status is ClientStatus.FORMER]
    groups: dict[str, list[DigestItem]] = {}
    for m in active_fyi:
        groups.setdefault(m.client_name, []).append(item(m))
    fyi_by_client = tuple(ClientGroup(client=c, items=tuple(v)) for c, v in sorted(groups.items()))
    summary = _summary(
        {
            "urgent": urgent,
            "reply_needed": reply,
            "voice_and_text": voice,
            "fyi": [i for g in fyi_by_client for i in g.items],
            "former": former,
        },
        fyi_clients=len(fyi_by_client),
        answered_since=answered_since,
        new_people=len(new_people),
    )
    if alarm:  # never "a quiet day" when Doorstep could not look
        summary = alarm if summary.startswith("A quiet day") else f"{alarm} · {summary}"
    return DigestContent(
        day=day,
        coach_name=coach_name,
        summary=summary,
        urgent=tuple(urgent),
        reply_needed=tuple(reply),
        voice_and_text=tuple(voice),
        fyi_by_client=fyi_by_client,
        former=tuple(former),
        answered_since=answered_since,
        corrections=tuple(corrections),
        nudge_days=nudge_days,
        new_people=tuple(shown_person(p, content) for p in new_people),
        notices=tuple(notices),
        alarm=alarm,
    )
