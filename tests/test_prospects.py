"""New people: unknown humans asking about coaching get a small digest section; nothing else
of non-client mail is kept, and a client's name from another address never matches the client."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config
from service.ingest.parse import parse_message
from service.classify.prospects import read_prospect
from service.notify.outbox import preview
from service.poll.mailbox import poll_once, process, roster_of
from service.records import ParsedMessage, RawMessage
from service.store.models import NewPerson
from tests.mail import make_message

ENQUIRY = "Hello, a friend recommended you. Do you have space for a new client in January?"
COACH = "robin@avery-coaching.example"


def prospect_of(config: Config, **kwargs: object) -> object:
    parsed = parse_message(make_message(**kwargs))  # type: ignore[arg-type]
    assert isinstance(parsed, ParsedMessage)
    return read_prospect(parsed, roster_of(config))


def test_an_enquiry_is_a_new_person(config: Config) -> None:
    p = prospect_of(
        config,
        sender="Dana Whitfield <dana.w@example.com>",
        subject="Coaching enquiry",
        body=ENQUIRY,
    )
    assert p is not None and p.address == "dana.w@example.com" and p.excerpt == ENQUIRY  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kwargs", "why"),
    [
        ({"headers": {"List-Id": "<news.example>"}}, "a newsletter"),
        ({"headers": {"List-Unsubscribe": "<mailto:u@example.com>"}}, "a newsletter"),
        ({"headers": {"Auto-Submitted": "auto-generated"}}, "automated"),
        ({"sender": "no-reply@platform.example"}, "automated"),
        ({"subject": "Re: Coaching enquiry"}, "a reply"),
        ({"headers": {"In-Reply-To": "<x@example.com>"}}, "a reply"),
        ({"to": "team@elsewhere.example"}, "not to the coach"),
        ({"to": ", ".join(f"p{i}@example.com" for i in range(5)) + f", {COACH}"}, "a mass mailing"),
        (
            {"body": "The merger closes on Friday, keep it quiet.", "subject": "Confidential"},
            "not about coaching",
        ),
    ],
)
def test_what_is_not_a_new_person(config: Config, kwargs: dict[str, object], why: str) -> None:
    base: dict[str, object] = {
        "sender": "Dana <dana.w@example.com>",
        "subject": "Coaching enquiry",
        "body": ENQUIRY,
    }
    assert prospect_of(config, **{**base, **kwargs}) is None, why


def test_new_people_reach_the_digest_and_nothing_else_is_kept(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    new = tmp_path / "Maildir" / "new"
    (new / "1").write_bytes(
        make_message(
            sender="Dana Whitfield <dana.w@example.com>", subject="Coaching enquiry", body=ENQUIRY
        )
    )
    (new / "2").write_bytes(
        make_message(sender="Mum <mum@family.example>", subject="Sunday", body="Lunch at 1?")
    )
    poll_once(config, sessions)
    with sessions() as session:
        assert [(p.address, p.subject) for p in session.query(NewPerson)] == [
            ("dana.w@example.com", "Coaching enquiry")
        ]
    content, rendered = preview(sessions, config, datetime(2026, 11, 18, 14, 0, tzinfo=UTC))
    assert "1 new person" in content.summary
    assert (
        "NEW PEOPLE" in rendered.text
        and "Dana Whitfield <dana.w@example.com> — Coaching enquiry" in rendered.text
    )
    assert "Lunch" not in rendered.text and "Sunday" not in rendered.text


def test_a_clients_name_from_another_address_never_matches_the_client(config: Config) -> None:
    raw = RawMessage(
        "INBOX",
        1,
        1,
        make_message(
            sender="Jane Doe <jane.doe.coaching@mailbox.example>",
            subject="Coaching sessions",
            body="Can you pay my invoice for our sessions today?",
        ),
    )
    item = process(raw, roster_of(config), datetime(2026, 11, 18).date())
    assert item.match.client is None and item.verdict is None
    assert item.prospect is not None and item.prospect.note is not None
    assert "uses the name of your client Jane Doe" in item.prospect.note
