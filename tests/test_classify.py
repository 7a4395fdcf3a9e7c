"""The rules: machine mail is ignored; questions and requests the client wrote now need a reply;
rhetorical and self-answered questions, quoted text and "no need to reply" do not; distress is
always urgent; a language the rules cannot read defaults to reply-needed."""

from __future__ import annotations

import pytest

from service.classify.classifier import classify
from service.classify.text import HEAD_BUDGET, fresh_text
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
        ({}, "Automatic reply: Notes", "automatic reply"),
        ({}, "Out of Office: back Monday", "automatic reply"),
        ({}, "Accepted: Coaching session", "calendar response"),
    ],
)
def test_machine_mail_is_ignored(headers: dict[str, str], subject: str, reason: str) -> None:
    # a calendar answer is the client's words when it carries a note that asks (below)
    body = (
        "Jane Doe has accepted this invitation." if "calendar" in reason else "Could you call me?"
    )
    v = verdict(body, subject=subject, headers=headers)
    assert v.tag is Tag.IGNORED
    assert any(reason in r for r in v.reasons)


def test_a_calendar_answer_with_a_note_that_asks_is_the_clients() -> None:
    body = 'Jane Doe has declined this invitation with a note: "Could we do Friday instead?"'
    assert verdict(body, subject="Declined: Coaching session").tag is Tag.REPLY_NEEDED


def test_delivery_report_is_ignored() -> None:
    raw = (
        b"From: jane.doe@example.org\r\nSubject: Delivery\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver?\r\n--b--\r\n"
    )
    parsed = parse_message(raw)
    assert isinstance(parsed, ParsedMessage)
    assert classify(parsed).tag is Tag.IGNORED


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Hi Robin, something came up. Could we move Thursday's session to Friday?\n\nJane",
            "asks a question: “Could we move Thursday's session to Friday?”",
        ),
        (
            "I'd love your thoughts on whether I should take the offer.",
            "asks for your view: “I'd love your thoughts on whether I should take the offer.”",
        ),
        ("I need to reschedule our call on the 14th.", "asks to schedule or change a session"),
        ("Please send me the recording of our last session.", "asks for material"),
        ("I need a receipt for my HSA for September.", "about money"),
        ("Call me back when you can, it's about the offer.", "asks you to call"),
        ("I'd like to renew for another six months.", "wants to change the coaching"),
    ],
)
def test_requests_need_a_reply_and_quote_the_sentence(body: str, reason: str) -> None:
    v = verdict(body)
    assert v.tag is Tag.REPLY_NEEDED and not v.urgent
    assert v.reasons[0].startswith(reason)


def test_the_question_buried_at_the_end_of_a_long_update_counts() -> None:
    update = "It was a long week with many meetings and a good presentation. " * 30
    v = verdict(update + "\n\nHow do I keep the momentum in December?\n\nMarcus")
    assert v.tag is Tag.REPLY_NEEDED and "How do I keep the momentum" in v.reasons[0]


@pytest.mark.parametrize(
    "body",
    [
        "I enjoyed the networking event. Who knew?",
        "My boss thanked me in front of everyone. Isn't that wild?",
        "Can you believe I kept the journal going for a month?",
        "Should I take the promotion? I thought about it and the answer is yes.",
        "What was that breathing technique called? Never mind, found it in my notes.",
        "I finished my values list. Honesty came out on top.",
        "Thanks so much for today.",
        "I've just paid the invoice. Let me know if it hasn't arrived.",
    ],
)
def test_fyi(body: str) -> None:
    v = verdict(body)
    assert v.tag is Tag.FYI, v.reasons


def test_question_only_in_quoted_text_is_fyi() -> None:
    body = "Friday works, thanks!\n\nOn Tue, Nov 17, 2026 at 9:20 AM Robin wrote:\n> Does Friday work?\n"
    assert verdict(body).tag is Tag.FYI


def test_question_in_outlook_quote_is_fyi() -> None:
    body = (
        "Got it, thanks!\n\n-----Original Message-----\nFrom: Robin\nSent: Monday\nTo: Marcus\n"
        "Subject: worksheet\n\nCan you fill in the first page?"
    )
    assert verdict(body).tag is Tag.FYI


def test_question_in_forwarded_message_is_not_the_clients() -> None:
    body = (
        "Look at the second paragraph!\n\n---------- Forwarded message ---------\nFrom: Anna\n"
        "Subject: Feedback\n\nCould you lead the next one too?"
    )
    assert verdict(body).tag is Tag.FYI


def test_no_need_to_reply() -> None:
    v = verdict("Quick one: the plan worked. No need to reply!")
    assert v.tag is Tag.FYI and "says no reply is needed" in v.reasons[0]


@pytest.mark.parametrize(
    "body",
    [
        "Some days I don't see the point anymore. No need to reply.",
        "I keep thinking everyone would be better off without me.",
        "I don't feel safe being alone tonight.",
        "I've started hurting myself again.",
    ],
)
def test_distress_is_urgent_even_with_no_need_to_reply(body: str) -> None:
    v = verdict(body)
    assert (
        v.tag is Tag.REPLY_NEEDED and v.urgent and v.reasons[0].startswith("may be in distress (")
    )


def test_a_work_crisis_is_not_distress() -> None:
    v = verdict(
        "There's a crisis at work - the launch failed. I'm handling it but wanted you to know."
    )
    assert not v.urgent and v.tag is Tag.FYI


def test_a_language_the_rules_cannot_read_defaults_to_reply_needed() -> None:
    v = verdict("Grazie per la sessione di ieri, Robin. Mi ha aiutato molto, davvero.")
    assert v.tag is Tag.REPLY_NEEDED and "written in Italian" in v.reasons[0]


def test_spanish_thanks_are_read_not_flagged() -> None:
    v = verdict("Gracias por la sesión de ayer, Robin. Me ayudó mucho.")
    assert v.tag is Tag.FYI and "written in" not in v.reasons[0]


def test_enormous_message_is_judged_on_its_start_and_end() -> None:
    middle = "Filler sentence about nothing in particular. " * 20_000
    v = verdict("Short update.\n\n" + middle + "\n\nCan we talk on Friday?")
    assert v.tag is Tag.REPLY_NEEDED
    assert len(middle) > 10 * HEAD_BUDGET


def test_empty_body_and_attachment_only() -> None:
    assert verdict("").tag is Tag.FYI


def test_a_clients_own_email_about_a_voicemail_is_email() -> None:
    v = verdict("I left you a voicemail, call me back at 312-555-0142.", subject="Voicemail")
    assert v.kind is Kind.EMAIL and v.tag is Tag.REPLY_NEEDED


def test_fresh_text_drops_quotes_and_signature_but_keeps_lists() -> None:
    assert (
        fresh_text("Thanks!\n> old\nSee you.\n-- \nJane Doe\nCoach of coaches\n")
        == "Thanks!\nSee you."
    )
    listed = "October review:\n\n- Deep work: 3 of 4\n- Sleep: better\n\nShould I add a goal?"
    assert fresh_text(listed).split() == listed.split()
