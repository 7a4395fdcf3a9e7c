"""The classifier: one ordered table of steps, the same for an email and for a voicemail's or a
text's transcript. Each step gives the verdict or passes; the first verdict stands.

The order is the judgement: mail written by machines is set aside first; distress always wins
(urgent, reply-needed) whatever follows; a voicemail nobody could transcribe must be listened
to; an explicit "no need to reply" for the whole message settles it as FYI; a part that could
not be transcribed, or a language the rules cannot read, needs the coach's own eyes; then the
client's questions and requests; else FYI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from service.classify.forms import has_typed_note, read_form
from service.classify.machine import WORDED_RULES
from service.classify.rules import (
    IGNORE_RULES,
    LAST_RULES,
    REPLY_RULES,
    Finding,
    MessageView,
    distress,
    says_no_reply_needed,
    unreadable_language,
)
from service.classify.text import fresh_text, within_budget
from service.ingest.match import FORM_SERVICES, behalf_service
from service.records import Kind, ParsedMessage, PhoneNote, Tag, Verdict


@dataclass(frozen=True)
class _Case:
    view: MessageView
    kind: Kind
    note: PhoneNote | None  # a voicemail's or text's notification; None for an email
    has_attachments: bool
    form: bool = False  # a booking or form service's notice: only the answers are the client's
    answers: tuple[str, ...] = ()  # a form's answers, as typed


Step = Callable[[_Case], Verdict | None]
AGENDA = "asks to talk it through"


def _machine(case: _Case) -> Verdict | None:
    if case.note is not None:  # a phone service's notification carries a person's words
        return None
    found = [(rule, f) for rule, f in ((rule, rule(case.view)) for rule in IGNORE_RULES) if f]
    if not found:
        return None
    if all(rule in WORDED_RULES for rule, _ in found) and distress(case.view) is not None:
        return None  # told only by words a person might write, and they show distress
    return Verdict(Tag.IGNORED, case.kind, tuple(f.reason for _, f in found))


def _distress(case: _Case) -> Verdict | None:
    found = distress(case.view)
    if found is None:
        return None
    return Verdict(Tag.REPLY_NEEDED, case.kind, (found.reason,), urgent=True, rule="distress")


def _untranscribed(case: _Case) -> Verdict | None:
    if case.kind is Kind.VOICEMAIL and case.note is not None and not case.note.transcript:
        return Verdict(
            Tag.REPLY_NEEDED, case.kind, ("no transcript: listen to the voicemail",), rule="listen"
        )
    return None


def _no_reply(case: _Case) -> Verdict | None:
    settled = says_no_reply_needed(case.view)
    if settled is None:
        return None
    return Verdict(Tag.FYI, case.kind, (settled.reason,), rule="no_reply")


def _partly_transcribed(case: _Case) -> Verdict | None:
    if case.note is not None and case.note.partial:
        reason = "part of the voicemail could not be transcribed: listen to it"
        return Verdict(Tag.REPLY_NEEDED, case.kind, (reason,), rule="listen")
    return None


def _unreadable(case: _Case) -> Verdict | None:
    foreign = unreadable_language(case.view)
    if foreign is None:
        return None
    return Verdict(Tag.REPLY_NEEDED, case.kind, (foreign.reason,), rule="language")


def _asks(case: _Case) -> Verdict | None:
    findings: list[Finding] = []
    for rules in (REPLY_RULES, LAST_RULES):
        for finding in (rule(case.view) for rule in rules):
            if finding and not any(f.sentence == finding.sentence for f in findings):
                findings.append(finding)
        if case.form:  # "I'd like to talk about …" in a booking: what the booked session is for
            findings = [f for f in findings if not f.reason.startswith(AGENDA)]
        if findings:
            break
    if not findings:
        return None
    first = findings[0]
    reasons = tuple(dict.fromkeys(f.reason for f in findings))
    return Verdict(Tag.REPLY_NEEDED, case.kind, reasons, rule=first.rule, phrase=first.phrase)


def _on_behalf(case: _Case) -> Verdict | None:
    """A service's notice sent for the client ("Kara Mendez (via Google Sheets)") that asks
    nothing: a share or a booking, written by a machine. (Words she typed that ask are read
    above, like any message's.)"""
    service = behalf_service(case.view.message.sender)
    if service is None:
        return None
    if has_typed_note(case.view.fresh, case.answers, case.view.message.body_text[:4000]):
        reason = f"the client's own note, through {service}; nothing in it asks for you"
        return Verdict(Tag.FYI, case.kind, (reason,))
    reason = f"sent by {service} for the client; nothing in it asks for you"
    return Verdict(Tag.IGNORED, case.kind, (reason,))


def _nothing(case: _Case) -> Verdict:
    if case.note is not None:
        what = "voicemail" if case.kind is Kind.VOICEMAIL else "text"
        return Verdict(
            Tag.FYI, case.kind, (f"a {what} with no question or request for you",), rule="none"
        )
    if not case.view.fresh:
        what = "only attachments" if case.has_attachments else "no text of its own"
        return Verdict(Tag.FYI, case.kind, (f"{what}: nothing to answer",))
    return Verdict(Tag.FYI, case.kind, ("no question or request for you found",), rule="none")


STEPS: tuple[Step, ...] = (
    _machine,
    _distress,
    _untranscribed,
    _no_reply,
    _partly_transcribed,
    _unreadable,
    _asks,
    _on_behalf,
    _nothing,
)


def classify(
    message: ParsedMessage, note: PhoneNote | None = None, fresh: str | None = None
) -> Verdict:
    """The verdict on a client's message; for a voicemail or text, on its transcript. `fresh`:
    the message's own text, `fresh_text(message.body_text)`, where the caller has it already."""
    form = False
    answers: tuple[str, ...] = ()
    if note is not None:
        text, kind = note.transcript, note.kind
    else:
        text = fresh if fresh is not None else fresh_text(message.body_text)
        kind = Kind.EMAIL
        service = behalf_service(message.sender)
        form = bool(service and FORM_SERVICES.search(service))
        if form:
            read = read_form(text)  # the form's prompts are not the client's words
            text, answers = read.text, read.answers
    case = _Case(
        MessageView(message=message, fresh=within_budget(text)),
        kind,
        note,
        bool(message.attachment_names),
        form=note is None and form,
        answers=answers,
    )
    for step in STEPS:
        verdict = step(case)
        if verdict is not None:
            return verdict
    return _nothing(case)  # not reached: the last step always answers
