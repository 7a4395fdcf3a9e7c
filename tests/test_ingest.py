"""Parsing and matching: typed records out of raw bytes, senders matched by full address only."""

from __future__ import annotations

from datetime import UTC, date, datetime

from service.ingest.match import Roster, match_message
from service.ingest.parse import parse_message
from service.records import Address, Client, ClientStatus, ParsedMessage, ParseFailure
from tests.mail import make_message

JANE = Client(
    "Jane Doe", ("jane.doe@example.org", "jdoe@work.example"), (), ClientStatus.ACTIVE, None
)
PRIYA = Client(
    "Priya Natarajan", ("priya.n@example.net",), (), ClientStatus.ACTIVE, date(2026, 5, 31)
)
ROSTER = Roster.build([JANE, PRIYA], ["robin@avery-coaching.example"])


def parsed(data: bytes) -> ParsedMessage:
    result = parse_message(data)
    assert isinstance(result, ParsedMessage), result
    return result


def test_parse_reads_the_fields_the_stages_need() -> None:
    raw = make_message(
        sender='"Jane Doe" <jane.doe@example.org>',
        subject="=?utf-8?q?Caf=C3=A9_notes?=",
        body="Hello Robin.\n",
        date=datetime(2026, 11, 17, 15, 0, tzinfo=UTC),
        message_id="<abc@example.org>",
        headers={
            "In-Reply-To": "<prev@example.org>",
            "References": "<first@example.org> <prev@example.org>",
        },
        attachment=("poem.txt", b"roses"),
    )
    m = parsed(raw)
    assert (
        m.sender is not None
        and m.sender.email == "jane.doe@example.org"
        and m.sender.name == "Jane Doe"
    )
    assert m.subject == "Café notes"
    assert m.date == datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
    assert m.message_id == "<abc@example.org>"
    assert m.in_reply_to == "<prev@example.org>"
    assert m.references == ("<first@example.org>", "<prev@example.org>")
    assert m.body_text.strip() == "Hello Robin."
    assert m.attachment_names == ("poem.txt",)


def test_html_only_mail_gets_a_text_body() -> None:
    raw = (
        b"From: jane.doe@example.org\r\nSubject: Win\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style></head><body><p>I said <b>no</b>!</p>"
        b"<script>alert(1)</script><p>Sam &amp; co</p></body></html>"
    )
    m = parsed(raw)
    assert m.body_text == "I said no!\n\nSam & co"


def test_a_message_without_date_or_message_id_still_parses() -> None:
    m = parsed(b"From: jane.doe@example.org\r\nSubject: hi\r\n\r\nbody")
    assert m.date is None and m.message_id == ""


def test_match_by_full_address_ignoring_case_and_plus_tags() -> None:
    for sender in (
        "JANE.DOE@EXAMPLE.ORG",
        "jane.doe+coaching@example.org",
        "Someone <jdoe@work.example>",
    ):
        assert match_message(parsed(make_message(sender=sender)), ROSTER).client == JANE


def test_display_name_impostor_does_not_match() -> None:
    match = match_message(
        parsed(make_message(sender="Jane Doe <jane.doe@example.org.evil.example>")), ROSTER
    )
    assert match.client is None and match.address == "jane.doe@example.org.evil.example"


def test_former_by_end_date() -> None:
    assert PRIYA.status_on(date(2026, 5, 31)) is ClientStatus.ACTIVE
    assert PRIYA.status_on(date(2026, 6, 1)) is ClientStatus.FORMER


def test_own_digest_is_recognised() -> None:
    by_header = parsed(
        make_message(sender="robin@avery-coaching.example", headers={"X-Doorstep": "digest"})
    )
    by_id = parsed(
        make_message(
            sender="robin@avery-coaching.example", message_id="<doorstep-digest-2026-11-18-ab@x>"
        )
    )
    assert match_message(by_header, ROSTER).own_digest
    assert match_message(by_id, ROSTER).own_digest


def test_garbage_never_raises() -> None:
    for data in (
        b"",
        b"\x00\xff\xfe",
        b"From: \r\n\r\n",
        b"Content-Type: multipart/mixed\r\n\r\n--x",
    ):
        assert isinstance(parse_message(data), ParsedMessage | ParseFailure)


def test_the_coachs_own_mail_is_not_a_client_and_not_a_stranger() -> None:
    match = match_message(
        parsed(make_message(sender="Robin <Robin@Avery-Coaching.example>")), ROSTER
    )
    assert match.client is None and match.from_coach


def test_process_decides_former_on_the_coachs_day() -> None:
    from service.poll.mailbox import process
    from service.records import RawMessage

    raw = RawMessage(
        "INBOX", 1, 1, make_message(sender="priya.n@example.net", body="I got the job!")
    )
    assert process(raw, ROSTER, date(2026, 5, 31)).client_status is ClientStatus.ACTIVE
    assert process(raw, ROSTER, date(2026, 6, 1)).client_status is ClientStatus.FORMER


def test_the_header_pass_reads_senders_as_the_full_parse_does() -> None:
    from service.ingest.parse import parse_headers

    raw = b"From: jane.doe@example.org <mallory@evil.example>\r\nSubject: hi\r\n\r\nbody"
    fast, full = parse_headers(raw), parse_message(raw)
    assert isinstance(fast, ParsedMessage) and isinstance(full, ParsedMessage)
    assert fast.sender == full.sender == Address("jane.doe@example.org", "mallory@evil.example")
    assert match_message(fast, ROSTER).client is None
