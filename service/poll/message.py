"""One message, read: parse, match, classify. Pure: no sockets, no SQL, never raises on bad
input; a folder's batches (`folder.py`) feed it, and `classify_file` one file for `doorstep
classify` and `eval`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from service.classify.classifier import classify
from service.classify.digest_reply import correction_lines, replies_to_digest
from service.classify.lessons import apply_lessons
from service.classify.nudge import is_nudge
from service.classify.prospects import read_prospect
from service.classify.text import excerpt, fresh_text
from service.ingest.fields import FORWARD, header_block, raw_sender
from service.ingest.match import (
    Roster,
    match_message,
    match_phone,
    match_sender,
    match_trunk_number,
)
from service.ingest.notifications import read_phone_note
from service.ingest.parse import parse_headers, parse_message
from service.poll.prefilter import needs_body
from service.records import (
    Kind,
    Lessons,
    Match,
    ParsedMessage,
    ParseFailure,
    Processed,
    RawMessage,
    SentRecord,
    Tag,
    Verdict,
)

NO_LESSONS = Lessons()


def process(
    raw: RawMessage,
    roster: Roster,
    today: date,
    lessons: Lessons = NO_LESSONS,
    digest_ids: frozenset[str] = frozenset(),
    headers: ParsedMessage | ParseFailure | None = None,
    known: Match | None = None,
) -> Processed:
    """Parse, match and classify one message. Pure; never raises on bad input.

    `lessons` are what the coach's corrections taught; `digest_ids` the Message-IDs of sent
    digests, so that the coach's reply to one is read for correction lines; `headers` the header
    pass's reading of a headers-only message, and `known` the client its header fields named,
    so that neither is worked out twice.
    """
    if raw.headers_only:
        parsed = headers if headers is not None else parse_headers(raw.data)
    else:
        parsed = parse_message(raw.data)
    if isinstance(parsed, ParseFailure):
        return unreadable(raw, parsed, roster, today)
    match = known if known is not None else match_message(parsed, roster)
    if match.from_coach and replies_to_digest(parsed, digest_ids):
        return Processed(
            raw=raw,
            parsed=parsed,
            failure=None,
            match=match,
            verdict=None,
            corrections=correction_lines(parsed),
        )
    note = None
    if match.client is None and not (match.from_coach or match.own_digest):
        note = read_phone_note(parsed, roster.region)
        if note is not None:
            match = match_phone(note.number, roster)
            for other in note.alternatives if match.client is None else ():
                if (reading := match_phone(other, roster)).client is not None:
                    match = reading
                    break
            if match.client is None and parsed.sender is not None:
                local = parsed.sender.email.partition("@")[0]
                trunk = match_trunk_number(local, roster)
                match = trunk if trunk.client is not None else match
    prospect = None
    if match.client is None and note is None and not (match.from_coach or match.own_digest):
        prospect = read_prospect(parsed, roster)
    verdict = None
    body = clean = ""
    asks_again = False
    if match.client is not None:
        body = note.transcript if note else parsed.body_text
        fresh = None if note else fresh_text(body)
        clean = body if fresh is None else fresh
        asks_again = fresh is not None and is_nudge(fresh)
        verdict = apply_lessons(classify(parsed, note, fresh), match.client.name, lessons)
        if match.warning:
            verdict = replace(verdict, reasons=(*verdict.reasons, f"note: {match.warning}"))
        if raw.truncated:
            verdict = replace(
                verdict,
                reasons=(
                    *verdict.reasons,
                    f"this message is {_size(raw.size)}; Doorstep read only its first "
                    f"{_size(len(raw.data))}: open it in your mail program",
                ),
            )
    return Processed(
        raw=raw,
        parsed=parsed,
        failure=None,
        match=match,
        verdict=verdict,
        client_status=match.client.status_on(today) if match.client else None,
        note=note,
        prospect=prospect,
        body=body,
        asks_again=asks_again,
        excerpt=excerpt(clean, limit=600 if note else 280) if match.client else "",
    )


def passed_over(raw: RawMessage, headers: ParsedMessage, match: Match) -> Processed:
    """A message the header pass did not want (`prefilter.decide`): no client's, and nothing in
    it to read; only its sender is counted."""
    return Processed(raw=raw, parsed=headers, failure=None, match=match, verdict=None)


def unreadable(raw: RawMessage, failure: ParseFailure, roster: Roster, today: date) -> Processed:
    """A message that could not be read: a client's is stored as one to open in the mail program,
    anyone else's is recorded as unreadable."""
    match = match_sender(failure.sender_email, roster)
    verdict = None
    if match.client is not None:
        verdict = Verdict(
            tag=Tag.REPLY_NEEDED,
            kind=Kind.EMAIL,
            reasons=("Doorstep could not read this message; open it in your mail program",),
        )
    return Processed(
        raw=raw,
        parsed=None,
        failure=failure,
        match=match,
        verdict=verdict,
        client_status=match.client.status_on(today) if match.client else None,
    )


def process_safely(
    raw: RawMessage,
    roster: Roster,
    today: date,
    lessons: Lessons = NO_LESSONS,
    digest_ids: frozenset[str] = frozenset(),
    headers: ParsedMessage | ParseFailure | None = None,
    known: Match | None = None,
) -> Processed:
    """`process`, and should any step fail on a message no test foresaw, that message alone is
    taken as unreadable (by its sender as the raw From line gives it): one message never stops
    the others, and a client's is still stored, to be opened in the mail program."""
    try:
        return process(raw, roster, today, lessons, digest_ids, headers, known)
    except Exception as e:  # noqa: BLE001 - one hostile message must not stop the folder
        found = raw_sender(raw.data)
        failure = ParseFailure(
            error=f"{type(e).__name__} while reading it",
            sender_email=found.email if found else None,
        )
        return unreadable(raw, failure, roster, today)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def process_sent(raw: RawMessage, roster: Roster) -> SentRecord:
    """What a message in the coach's Sent folder answers. Pure; nothing of it is stored."""
    parsed = parse_headers(raw.data)
    if isinstance(parsed, ParseFailure):
        return SentRecord(raw=raw, replies_to=frozenset(), clients=frozenset(), sent_at=None)
    clients = frozenset(
        m.client.name
        for m in (match_sender(r.email, roster) for r in parsed.recipients)
        if m.client
    )
    # The message it replies to: In-Reply-To, and the last of References (the earlier ones are
    # the thread's older messages, which this reply does not answer).
    replies_to = frozenset(r for r in (parsed.in_reply_to, *parsed.references[-1:]) if r)
    if FORWARD.match(parsed.subject):  # passing a message on answers nothing in it
        replies_to = frozenset()
    return SentRecord(raw=raw, replies_to=replies_to, clients=clients, sent_at=parsed.date)


def classify_file(data: bytes, roster: Roster, today: date) -> Processed:
    """`doorstep classify` and `eval`: the same steps as a poll, on one file, storing nothing; as
    in a poll, the headers decide first whether the whole message is read."""
    head = header_block(data)
    headers = parse_headers(head)
    if not needs_body(headers, roster, frozenset()):
        raw = RawMessage("", 0, 0, head, size=len(data), headers_only=True)
        return process(raw, roster, today, headers=headers)
    return process(RawMessage(folder="", uidvalidity=0, uid=0, data=data), roster, today)
