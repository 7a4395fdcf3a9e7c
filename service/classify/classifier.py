"""The classifier: runs the rules over a parsed client message and returns one `Verdict`."""

from __future__ import annotations

from service.classify.rules import (
    IGNORE_RULES,
    REPLY_RULES,
    Finding,
    MessageView,
    distress,
    says_no_reply_needed,
    unreadable_language,
)
from service.classify.text import fresh_text, within_budget
from service.ingest.notifications import PhoneNote
from service.records import Kind, ParsedMessage, Tag, Verdict


def classify(
    message: ParsedMessage, note: PhoneNote | None = None, fresh: str | None = None
) -> Verdict:
    """The verdict on a client's message; for a voicemail or text, on its transcript. `fresh`:
    the message's own text, `fresh_text(message.body_text)`, where the caller has it already."""
    if note is not None:
        return _classify_phone(message, note)
    own = fresh if fresh is not None else fresh_text(message.body_text)
    view = MessageView(message=message, fresh=within_budget(own))
    kind = Kind.EMAIL

    ignored = [f.reason for f in (rule(view) for rule in IGNORE_RULES) if f]
    if ignored:
        return Verdict(tag=Tag.IGNORED, kind=kind, reasons=tuple(ignored))

    urgent = distress(view)
    if urgent:
        return Verdict(
            tag=Tag.REPLY_NEEDED, kind=kind, reasons=(urgent.reason,), urgent=True, rule="distress"
        )
    settled = says_no_reply_needed(view)
    if settled:
        return Verdict(tag=Tag.FYI, kind=kind, reasons=(settled.reason,), rule="no_reply")
    foreign = unreadable_language(view)
    if foreign:
        return Verdict(tag=Tag.REPLY_NEEDED, kind=kind, reasons=(foreign.reason,), rule="language")

    findings: list[Finding] = []
    for finding in (rule(view) for rule in REPLY_RULES):
        if finding and not any(f.sentence == finding.sentence for f in findings):
            findings.append(finding)
    if findings:
        first = findings[0]
        return Verdict(
            tag=Tag.REPLY_NEEDED,
            kind=kind,
            reasons=tuple(f.reason for f in findings),
            rule=first.rule,
            phrase=first.phrase,
        )
    if not view.fresh:
        what = "only attachments" if message.attachment_names else "no text of its own"
        return Verdict(tag=Tag.FYI, kind=kind, reasons=(f"{what}: nothing to answer",))
    return Verdict(
        tag=Tag.FYI, kind=kind, reasons=("no question or request for you found",), rule="none"
    )


def _classify_phone(message: ParsedMessage, note: PhoneNote) -> Verdict:
    view = MessageView(message=message, fresh=within_budget(note.transcript))
    what = "voicemail" if note.kind is Kind.VOICEMAIL else "text"
    urgent = distress(view)
    if urgent:
        return Verdict(Tag.REPLY_NEEDED, note.kind, (urgent.reason,), urgent=True, rule="distress")
    if note.kind is Kind.VOICEMAIL and not note.transcript:
        return Verdict(
            Tag.REPLY_NEEDED, note.kind, ("no transcript: listen to the voicemail",), rule="listen"
        )
    settled = says_no_reply_needed(view)
    if settled:
        return Verdict(Tag.FYI, note.kind, (settled.reason,), rule="no_reply")
    if note.partial:
        return Verdict(
            Tag.REPLY_NEEDED,
            note.kind,
            ("part of the voicemail could not be transcribed: listen to it",),
            rule="listen",
        )
    foreign = unreadable_language(view)
    if foreign:
        return Verdict(Tag.REPLY_NEEDED, note.kind, (foreign.reason,), rule="language")
    findings = [f for f in (rule(view) for rule in REPLY_RULES) if f]
    if findings:
        return Verdict(
            Tag.REPLY_NEEDED,
            note.kind,
            tuple(dict.fromkeys(f.reason for f in findings)),
            rule=findings[0].rule,
            phrase=findings[0].phrase,
        )
    return Verdict(
        Tag.FYI, note.kind, (f"a {what} with no question or request for you",), rule="none"
    )
