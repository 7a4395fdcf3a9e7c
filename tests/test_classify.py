"""First-version rules: machine mail is ignored, questions and requests need a reply, the rest is FYI."""

from __future__ import annotations

import pytest

from service.classify import classify
from service.classify.text import fresh_text
from service.ingest.parse import parse_message
from service.records import Kind, ParsedMessage, Tag, Verdict
from tests.mail import make_message


def verdict(
    body: str = "Just an update.", subject: str = "Hello", headers: dict[str, str] | None = None
) -> Verdict:
    parsed = parse_message(make_message(subject=subject, body=body, headers=headers))
    assert isinstance(parsed, ParsedMessage)
    return classify(parsed)


@pytest.mark.parametrize(
    ("headers", "subject", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, "Re: session", "Auto-Submitted: auto-replied"),
        ({"Precedence": "bulk"}, "News", "Precedence: bulk"),
        ({"X-Autoreply": "yes"}, "Re: notes", "X-Autoreply"),
        ({}, "Automatic reply: Notes", "automatic reply or bounce"),
        ({}, "Out of Office: back Monday", "automatic reply or bounce"),
        ({}, "Accepted: Coaching session", "calendar response"),
    ],
)
def test_machine_mail_is_ignored(headers: dict[str, str], subject: str, reason: str) -> None:
    v = verdict("Could you call me?", subject=subject, headers=headers)
    assert v.tag is Tag.IGNORED
    assert any(reason in r for r in v.reasons)


def test_delivery_report_is_ignored() -> None:
    raw = (
        b"From: jane.doe@example.org\r\nSubject: Delivery\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver?\r\n--b--\r\n"
    )
    parsed = parse_message(raw)
    assert isinstance(parsed, ParsedMessage)
    assert classify(parsed).tag is Tag.IGNORED


def test_question_needs_a_reply_and_quotes_the_sentence() -> None:
    v = verdict("Hi Robin, something came up. Could we move Thursday's session to Friday?\n\nJane")
    assert v.tag is Tag.REPLY_NEEDED
    assert v.reasons == ("asks a question: “Could we move Thursday's session to Friday?”",)


def test_request_without_question_mark() -> None:
    v = verdict("I'd love your thoughts on whether I should take the offer.")
    assert v.tag is Tag.REPLY_NEEDED and "asks something of you" in v.reasons[0]


def test_update_is_fyi() -> None:
    v = verdict("I finished my values list. Honesty came out on top.")
    assert v.tag is Tag.FYI and v.reasons == ("no question or request for you found",)


def test_question_only_in_quoted_text_is_fyi() -> None:
    body = "Friday works, thanks!\n\nOn Tue, Nov 17, 2026 at 9:20 AM Robin wrote:\n> Does Friday work?\n"
    assert verdict(body).tag is Tag.FYI


def test_no_need_to_reply() -> None:
    v = verdict("Quick one: can you believe it worked? No need to reply!")
    assert v.tag is Tag.FYI and "says no reply is needed" in v.reasons[0]


def test_distress_is_urgent_even_with_no_need_to_reply() -> None:
    v = verdict("Some days I don't see the point anymore. No need to reply.")
    assert v.tag is Tag.REPLY_NEEDED and v.urgent and "may be in distress" in v.reasons[0]


def test_voicemail_without_transcript_needs_a_listen() -> None:
    v = verdict("", subject="New voicemail from (312) 555-0142")
    assert v.kind is Kind.VOICEMAIL and v.tag is Tag.REPLY_NEEDED


def test_fresh_text_drops_quotes_and_signature() -> None:
    body = "Thanks!\n> old\nSee you.\n-- \nJane Doe\nCoach of coaches\n"
    assert fresh_text(body) == "Thanks!\nSee you."
