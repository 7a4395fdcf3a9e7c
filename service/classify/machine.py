"""Mail written by machines on a client's behalf: auto-replies, delivery and read reports,
calendar responses. A message any of these rules flags is `ignored`."""

from __future__ import annotations

import re

from service.classify.view import Finding, MessageView, Rule


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def auto_submitted(view: MessageView) -> Finding | None:
    value = view.header("Auto-Submitted").lower()
    if value and not value.startswith("no"):
        return Finding(f"sent automatically (Auto-Submitted: {value.split(';')[0]})")
    return None


def bulk_precedence(view: MessageView) -> Finding | None:
    value = view.header("Precedence").lower()
    if value in ("bulk", "junk", "list", "auto_reply"):
        return Finding(f"bulk or automatic mail (Precedence: {value})")
    return None


def autoreply_headers(view: MessageView) -> Finding | None:
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if view.header(name):
            return Finding(f"an automatic reply ({name} header)")
    return None


_AUTO_SUBJECT = _i(
    r"^(automatic reply|auto[- ]?reply|out of (the )?office|autoreply|abwesenheitsnotiz|"
    r"automatische antwort|respuesta autom[aá]tica|fuera de la oficina|r[ée]ponse automatique|"
    r"absence du bureau|risposta automatica|fuori (sede|ufficio)|automatisch antwoord|afwezig|"
    r"resposta autom[aá]tica|fora do escrit[oó]rio|ausente|自動応答|自動返信|不在|"
    r"undeliverable|undelivered mail|delivery status notification|mail delivery failed|"
    r"delivery failure|failure notice|returned mail|mail system error|non[- ]?delivery|"
    r"unzustellbar|no se puede entregar|non remis|non distribu|n[ãa]o (foi )?entregue|"
    r"配信不能|配送エラー|read:|gelesen:|le(í|i)do:|lu :|lu:|lido:)"
)


_MAILER = _i(r"^(mailer-?daemon|postmaster|mail-?daemon)@")


def delivery_failure(view: MessageView) -> Finding | None:
    """A bounce by its envelope: from a mailer daemon, naming failed recipients, or with the empty
    return path that only machines use ("Return-Path: <>")."""
    sender = view.message.sender.email if view.message.sender else ""
    if _MAILER.match(sender):
        return Finding(f"a delivery report from {sender.split('@')[0]}")
    if view.header("X-Failed-Recipients"):
        return Finding("a delivery failure (X-Failed-Recipients)")
    if view.header("Return-Path") == "<>":
        return Finding("sent by a machine (an empty Return-Path)")
    return None


def autoreply_subject(view: MessageView) -> Finding | None:
    subject = view.message.subject
    if _AUTO_SUBJECT.match(subject):
        return Finding(f"an automatic reply, read receipt or bounce (subject “{subject[:80]}”)")
    return None


def report_content(view: MessageView) -> Finding | None:
    if view.message.content_type == "multipart/report":
        return Finding("a delivery or read report (multipart/report)")
    return None


_CALENDAR_SUBJECT = _i(
    r"^(accepted|declined|tentative|tentatively accepted|updated invitation|invitation (accepted|declined)|"
    r"aceptad[oa]|rechazad[oa]|invitaci[oó]n (aceptada|rechazada)|provisional|"
    r"accept[ée]e?|refus[ée]e?|invitation (accept[ée]e|refus[ée]e)|provisoire|"
    r"angenommen|abgelehnt|mit vorbehalt angenommen|zugesagt|abgesagt|"
    r"aceit[oa]|recusad[oa]|convite (aceito|aceite|recusado)|provis[oó]rio|"
    r"accettat[oa]|rifiutat[oa]|geaccepteerd|afgewezen|voorlopig)\s*:"
)


def calendar_response(view: MessageView) -> Finding | None:
    subject = view.message.subject
    content_type = view.header("Content-Type").lower()
    if _CALENDAR_SUBJECT.match(subject) or (
        "text/calendar" in content_type and "method=reply" in content_type
    ):
        return Finding(f"a calendar response (“{subject[:80]}”)")
    return None


IGNORE_RULES: tuple[Rule, ...] = (
    auto_submitted,
    bulk_precedence,
    autoreply_headers,
    autoreply_subject,
    report_content,
    delivery_failure,
    calendar_response,
)
