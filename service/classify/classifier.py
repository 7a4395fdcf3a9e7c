"""The classifier: runs the rules over a parsed client message and returns one `Verdict`."""

from __future__ import annotations

import re

from service.classify.rules import IGNORE_RULES, REPLY_RULES, Finding, MessageView
from service.classify.text import fresh_text
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
    view = MessageView(message=message, fresh=fresh_text(message.body_text))
    kind = detect_kind(message)

    ignored = [f.reason for f in (rule(view) for rule in IGNORE_RULES) if f]
    if ignored:
        return Verdict(tag=Tag.IGNORED, kind=kind, reasons=tuple(ignored))

    findings: list[Finding] = []
    for finding in (rule(view) for rule in REPLY_RULES):
        if finding and not (
            finding.sentence and any(f.sentence == finding.sentence for f in findings)
        ):
            findings.append(finding)
    urgent = [f for f in findings if f.urgent]
    if urgent:
        return Verdict(
            tag=Tag.REPLY_NEEDED, kind=kind, reasons=tuple(f.reason for f in urgent), urgent=True
        )
    settled = [f for f in findings if f.settles_as_fyi]
    if settled:
        return Verdict(tag=Tag.FYI, kind=kind, reasons=tuple(f.reason for f in settled))
    if findings:
        return Verdict(tag=Tag.REPLY_NEEDED, kind=kind, reasons=tuple(f.reason for f in findings))
    if not view.fresh and kind is not Kind.EMAIL:
        return Verdict(tag=Tag.REPLY_NEEDED, kind=kind, reasons=("no transcript: listen to it",))
    if not view.fresh and not message.attachment_names:
        return Verdict(
            tag=Tag.FYI, kind=kind, reasons=("no text of its own (empty or only quoted)",)
        )
    return Verdict(tag=Tag.FYI, kind=kind, reasons=("no question or request for you found",))
