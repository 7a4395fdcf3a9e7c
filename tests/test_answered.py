"""Already answered: the coach's Sent folder closes the client messages it answers; threads stay
open until then; the digest counts what was answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.notify.outbox import preview, run_digest
from service.notify.transport import FileTransport
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import Message
from tests.mail import make_message
from tests.servers import MailUser

COACH = "Robin Avery <robin@avery-coaching.example>"
T0 = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)


def deliver(folder: Path, name: str, data: bytes) -> None:
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / name).write_bytes(data)


def states(sessions: sessionmaker[Session]) -> dict[str, tuple[str, str | None]]:
    with sessions() as session:
        return {m.subject: (m.tag, m.answered_how) for m in session.query(Message)}


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    return tmp_path / "Maildir"


def test_a_reply_closes_the_message_it_answers_and_only_that(
    config: Config, sessions: sessionmaker[Session], maildir: Path
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="Thursday?",
            body="Could we move Thursday?",
            message_id="<q1@example.org>",
            date=T0,
        ),
    )
    deliver(
        maildir,
        "2",
        make_message(
            sender="marcus@lee-family.example",
            subject="Worksheet?",
            body="Do you have the worksheet?",
            date=T0,
        ),
    )
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="Jane Doe <jane.doe@example.org>",
            subject="Re: Thursday?",
            body="Friday works.",
            date=T0 + timedelta(hours=2),
            headers={"In-Reply-To": "<q1@example.org>", "References": "<q1@example.org>"},
        ),
    )
    report = poll_once(config, sessions)
    assert (report.sent_folder, report.sent_read, report.answered) == ("Sent", 1, 1)
    assert states(sessions) == {
        "Thursday?": ("reply_needed", "replied"),
        "Worksheet?": ("reply_needed", None),
    }


def _voicemail(subject: str, transcript: str, when: datetime) -> bytes:
    return make_message(
        sender="Google Voice <voice-noreply@google.com>",
        subject=subject,
        body=f"New voicemail from (312) 555-0142\n\nTranscript: {transcript}",
        date=when,
    )


def test_a_direct_email_answers_the_days_voicemails_and_texts_and_nothing_else(
    config: Config, sessions: sessionmaker[Session], maildir: Path
) -> None:
    """Writing to a client is how a coach calls back by email: it answers that client's
    voicemails and texts of the 24 hours before it. It does not answer her emails (a payment
    question stays open under a reply about something else), nor an older voicemail, nor
    anything that came after it."""
    deliver(maildir, "1", make_message(subject="Before", body="Can we talk?", date=T0))
    deliver(
        maildir, "2", _voicemail("Old voicemail", "call me back please", T0 - timedelta(days=2))
    )
    deliver(maildir, "3", _voicemail("New voicemail", "can you call me back", T0))
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="Someone <x@example.net>",
            subject="Unrelated",
            body="Hi",
            date=T0 + timedelta(hours=1),
        ),
    )
    deliver(
        maildir / ".Sent",
        "s2",
        make_message(
            sender=COACH,
            to="x@example.net",
            subject="Notes",
            body="Here are my notes.",
            headers={"Cc": "Jane <jdoe@work.example>"},
            date=T0 + timedelta(hours=2),
        ),
    )
    deliver(
        maildir,
        "4",
        make_message(subject="After", body="One more question?", date=T0 + timedelta(hours=3)),
    )
    poll_once(config, sessions)
    assert states(sessions) == {
        "Before": ("reply_needed", "wrote_after"),  # open: the digest asks whether it was
        "Old voicemail": ("reply_needed", None),
        "New voicemail": ("reply_needed", "wrote"),
        "After": ("reply_needed", None),
    }
    _, rendered = preview(sessions, config, T0 + timedelta(days=1))
    assert "Jane Doe — Before" in rendered.text
    assert "You wrote to Jane Doe after this came; if that answered it, reply" in rendered.text
    assert rendered.text.count("You wrote to Jane Doe after this came") == 1  # not on "After"


def test_a_reply_answers_the_message_its_references_name_last_only(
    config: Config, sessions: sessionmaker[Session], maildir: Path
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="First", body="Can we move Thursday?", message_id="<a1@example.org>", date=T0
        ),
    )
    deliver(
        maildir,
        "2",
        make_message(
            subject="Second",
            body="And could you send the invoice?",
            message_id="<a2@example.org>",
            date=T0 + timedelta(hours=1),
        ),
    )
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="Jane Doe <jane.doe@example.org>",
            subject="Re: Second",
            body="Invoice attached.",
            date=T0 + timedelta(hours=2),
            headers={"References": "<a1@example.org> <a2@example.org>"},
        ),
    )
    poll_once(config, sessions)
    assert states(sessions) == {
        "First": ("reply_needed", "wrote_after"),
        "Second": ("reply_needed", "replied"),
    }


def test_a_later_fyi_in_the_thread_does_not_close_it(
    config: Config, sessions: sessionmaker[Session], maildir: Path
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="Offer", body="Should I take the offer?", message_id="<o1@example.org>", date=T0
        ),
    )
    deliver(
        maildir,
        "2",
        make_message(
            subject="Re: Offer",
            body="Also, the salary is good. No need to reply.",
            headers={"In-Reply-To": "<o1@example.org>"},
            date=T0 + timedelta(hours=1),
        ),
    )
    poll_once(config, sessions)
    assert states(sessions) == {"Offer": ("reply_needed", None), "Re: Offer": ("fyi", None)}
    _, rendered = preview(sessions, config, T0 + timedelta(days=1))
    assert "NEEDS A REPLY" in rendered.text and "Jane Doe — Offer" in rendered.text


def test_digest_counts_what_was_answered_and_drops_it_from_the_list(
    config: Config, sessions: sessionmaker[Session], maildir: Path, tmp_path: Path
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="Thursday?",
            body="Could we move Thursday?",
            message_id="<q1@example.org>",
            date=T0,
        ),
    )
    poll_once(config, sessions)
    out = FileTransport(tmp_path / "out")
    run_digest(sessions, config, out, T0 + timedelta(days=1))
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="jane.doe@example.org",
            subject="Re: Thursday?",
            body="Yes.",
            date=T0 + timedelta(days=1, hours=2),
            headers={"In-Reply-To": "<q1@example.org>"},
        ),
    )
    poll_once(config, sessions)
    content, rendered = preview(sessions, config, T0 + timedelta(days=2))
    assert content.answered_since == 1 and not content.reply_needed
    assert "1 answered since the last digest" in rendered.text


def test_sent_folder_can_be_turned_off(write_config: Callable[..., Path], maildir: Path) -> None:
    config = load_config(
        write_config('[mailbox]\nkind = "maildir"\npath = "Maildir"\nsent_folder = ""\n')
    )
    deliver(
        maildir,
        "1",
        make_message(subject="Q", body="Can we talk?", message_id="<q@example.org>", date=T0),
    )
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            subject="Re: Q",
            body="Yes",
            headers={"In-Reply-To": "<q@example.org>"},
            date=T0,
        ),
    )
    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert report.sent_folder is None and states(sessions) == {"Q": ("reply_needed", None)}


@pytest.mark.dovecot
def test_sent_folder_is_found_by_its_special_use_flag(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(
        make_message(subject="Question", body="Could you call me?", message_id="<c1@example.org>")
    )
    mail_user.deliver(
        make_message(
            sender=COACH,
            to="jane.doe@example.org",
            subject="Re: Question",
            body="Calling at 5.",
            headers={"In-Reply-To": "<c1@example.org>"},
        ),
        folder="Sent Items",
    )
    config = load_config(write_config(mail_user.mailbox_toml()))
    report = poll_once(config, open_store(config.storage.url))
    assert (report.sent_folder, report.answered) == ("Sent Items", 1)


def test_a_forward_answers_nothing(
    config: Config, sessions: sessionmaker[Session], maildir: Path
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="360 debrief",
            body="Could we debrief the 360?",
            message_id="<f1@example.org>",
            date=T0,
        ),
    )
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="Colleague <sam@other-coach.example>",
            subject="Fwd: 360 debrief",
            body="Sam, any thoughts on this one?",
            date=T0 + timedelta(hours=1),
            headers={"In-Reply-To": "<f1@example.org>", "References": "<f1@example.org>"},
        ),
    )
    poll_once(config, sessions)
    assert states(sessions) == {"360 debrief": ("reply_needed", None)}


@pytest.mark.parametrize(
    ("second_subject", "second_body", "threaded", "first_answered"),
    [
        ("Re: Invoice?", "Just bumping this, in case it got buried.", True, True),
        (
            "Fwd: Invoice?",
            "Sending again from my other address.\n\nCould you send the invoice?",
            False,
            True,
        ),
        ("Re: Invoice?", "Also: do you have the reading list from Tuesday?", True, False),
        ("Invoice?", "Could you send the invoice?", False, False),  # the same words, not a copy
    ],
    ids=["a nudge", "her forwarded copy", "something new in the thread", "unthreaded"],
)
def test_a_reply_to_her_nudge_or_her_resent_copy_answers_the_first_too(
    config: Config,
    sessions: sessionmaker[Session],
    maildir: Path,
    second_subject: str,
    second_body: str,
    threaded: bool,
    first_answered: bool,
) -> None:
    deliver(
        maildir,
        "1",
        make_message(
            subject="Invoice?",
            body="Could you send the invoice for November?",
            message_id="<first@example.org>",
            date=T0,
        ),
    )
    deliver(
        maildir,
        "2",
        make_message(
            subject=second_subject,
            body=second_body,
            message_id="<second@example.org>",
            date=T0 + timedelta(days=2),
            headers={"In-Reply-To": "<first@example.org>"} if threaded else None,
        ),
    )
    deliver(
        maildir / ".Sent",
        "s1",
        make_message(
            sender=COACH,
            to="Jane Doe <jane.doe@example.org>",
            subject="Re: " + second_subject,
            body="Here it is.",
            date=T0 + timedelta(days=2, hours=1),
            headers={"In-Reply-To": "<second@example.org>"},
        ),
    )
    poll_once(config, sessions)
    with sessions() as session:
        answered = {m.message_id: m.answered_at is not None for m in session.query(Message)}
    assert answered == {"<first@example.org>": first_answered, "<second@example.org>": True}
