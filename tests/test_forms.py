"""A booking or form service's notice for a client: the form's prompts are not her words; her
answers are, and they are judged like any message's."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

from service.classify.forms import answers_only, has_typed_note
from service.ingest.match import Roster
from service.poll.message import process
from service.records import Client, ClientStatus, RawMessage, Tag

JANE = Client("Jane Doe", ("jane.doe@example.org",), (), ClientStatus.ACTIVE, None)
ROSTER = Roster.build([JANE], ["robin@avery-coaching.example"], region="US")

BOOKING = """Hi Robin,

A new event has been scheduled.

Event Type:
60 Minute Session

Invitee:
Jane Doe

Questions:

Please share anything that will help prepare for our meeting.
{answer}

What would you like to focus on?
{focus}

View event in Calendly
"""


def _tag(service: str, body: str) -> Tag:
    message = EmailMessage()
    message["From"] = f'"Jane Doe (via {service})" <notifications@{service.lower()}.example>'
    message["Reply-To"] = "jane.doe@example.org"
    message["To"] = "robin@avery-coaching.example"
    message["Subject"] = "New Event: Jane Doe - 60 Minute Session"
    message["Message-ID"] = "<b1@example.org>"
    message.set_content(body)
    raw = RawMessage("INBOX", 1, 1, message.as_bytes())
    done = process(raw, ROSTER, date(2026, 11, 25))
    assert done.match.client == JANE and done.verdict is not None
    return done.verdict.tag


def test_the_forms_prompts_are_dropped_and_the_answers_kept() -> None:
    text = answers_only(
        "What would you like to focus on?\nCan we talk about my boss?\n\nHi,\nthere"
    )
    assert text.split() == ["Can", "we", "talk", "about", "my", "boss?", "Hi,", "there"]
    assert answers_only("Q1: Your goals?\nA1: A new job").split() == ["A", "new", "job"]
    assert answers_only("Questions:\nAnything to focus on?\nMy return").split() == ["My", "return"]
    same_line = answers_only("How useful was it?     Very\nName     Jane")
    assert same_line.split() == ["Very", "Name", "Jane"]


def test_a_booking_whose_answers_ask_nothing_is_not_a_request() -> None:
    note = "I'd like to talk about the feedback from my new manager. It went well."
    assert _tag("Calendly", BOOKING.format(answer=note, focus="Career")) is Tag.FYI
    assert _tag("Calendly", BOOKING.format(answer="-", focus="Career")) is Tag.IGNORED


def test_a_booking_whose_answer_asks_is_a_request() -> None:
    asks = "Could you send me the worksheet before we meet?"
    assert _tag("Calendly", BOOKING.format(answer=asks, focus="Career")) is Tag.REPLY_NEEDED


def test_a_share_service_is_not_read_as_a_form() -> None:
    body = "Jane Doe shared a document with you.\nCan you look at my plan before Thursday?\n"
    assert _tag("Google Docs", body) is Tag.REPLY_NEEDED
    assert not has_typed_note("Career\n\n60 Minute Session")


def test_a_share_with_the_clients_own_note_is_hers_to_read_and_a_bare_one_is_ignored() -> None:
    note = 'Jane Doe shared a folder with you\n\n"a few pics from the weekend, the view I told you about"\n'
    assert _tag("Dropbox", note) is Tag.FYI
    assert _tag(
        "Dropbox", "Jane Doe shared a folder with you\n\nRetreat photos\n\nGo to folder\n"
    ) is (Tag.IGNORED)


def test_a_bookings_own_words_are_not_a_request_to_move_it() -> None:
    body = "An event has been rescheduled.\n\nEvent Type:\n60 Minute Session\n\nView event in Calendly\n"
    assert _tag("Calendly", body) is Tag.IGNORED
