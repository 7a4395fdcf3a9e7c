"""The classifier: runs the rules over a parsed client message and returns one `Verdict`."""

from __future__ import annotations

import re

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
from service.records import Kind, ParsedMessage, Tag, Verdict

_VOICEMAIL = re.compile(r"\b(voice ?mail|voice message)\b", re.IGNORECASE)
_SMS = re.compile(r"\b(text message|sms)\b", re.IGNORECASE)


def detect_kind(message: ParsedMessage) -> Kind:
    """Email, or a phone service's voicemail / text notification."""
    if _VOICEMAIL.search(message.subject):
        return Kind.VOICEMAIL
    if _SMS.search(message.subject):
        return Kind.SMS
    return Kind.EMAIL


def classify(message: ParsedMessage) -> Verdict:
    view = MessageView(message=message, fresh=within_budget(fresh_text(message.body_text)))
    kind = detect_kind(message)

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
    if not view.fresh and kind is not Kind.EMAIL:
        return Verdict(tag=Tag.REPLY_NEEDED, kind=kind, reasons=("no transcript: listen to it",))
    if not view.fresh:
        what = "only attachments" if message.attachment_names else "no text of its own"
        return Verdict(tag=Tag.FYI, kind=kind, reasons=(f"{what}: nothing to answer",))
    return Verdict(
        tag=Tag.FYI, kind=kind, reasons=("no question or request for you found",), rule="none"
    )
