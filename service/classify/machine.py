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
    r"respuesta autom[aá]tica|r[ée]ponse automatique|undeliverable|undelivered mail|"
    r"delivery status notification|mail delivery failed|returned mail|read:)"
)


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
    r"^(accepted|declined|tentative|tentatively accepted|updated invitation)\s*:"
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
    calendar_response,
)
