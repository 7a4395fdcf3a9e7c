"""Corrections: `doorstep mark`, correction lines in a reply to the digest, and what they teach."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.classify.lessons import Lessons, apply_lessons
from service.cli.main import main
from service.config import Config
from service.common.errors import DoorstepError
from service.notify.outbox import preview, run_digest
from service.notify.transport import FileTransport
from service.poll.mailbox import poll_once
from service.records import Kind, Tag, Verdict
from service.store.corrections import mark
from service.store.models import Message
from tests.mail import make_message

T0 = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
COACH = "Robin Avery <robin@avery-coaching.example>"


def deliver(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / "Maildir" / "new" / name).write_bytes(data)


def ids_by_subject(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        return {m.subject: m.id for m in session.query(Message)}


def test_mark_changes_the_digest_and_is_confirmed_once(
    config: Config,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deliver(
        tmp_path, "1", make_message(subject="Thursday?", body="Could we move Thursday?", date=T0)
    )
    deliver(
        tmp_path, "2", make_message(subject="Worksheet", body="Do you have the worksheet?", date=T0)
    )
    poll_once(config, sessions)
    ids = ids_by_subject(sessions)
    assert config.path is not None
    assert main(["mark", str(ids["Thursday?"]), "fyi", "--config", str(config.path)]) == 0
    assert "reply-needed → FYI" in capsys.readouterr().out
    mark(sessions, config.mailbox.account, ids["Worksheet"], "done", T0 + timedelta(hours=1))

    content, rendered = preview(sessions, config, T0 + timedelta(days=1))
    assert not content.reply_needed
    assert f"#{ids['Thursday?']} Jane Doe — Thursday?: now FYI" in content.corrections
    assert f"#{ids['Worksheet']} Jane Doe — Worksheet: now answered" in content.corrections
    assert "YOUR CORRECTIONS, APPLIED" in rendered.text

    run_digest(sessions, config, FileTransport(tmp_path / "out"), T0 + timedelta(days=1))
    assert preview(sessions, config, T0 + timedelta(days=2))[0].corrections == ()


def test_unknown_message_number(config: Config, sessions: sessionmaker[Session]) -> None:
    with pytest.raises(DoorstepError, match="There is no message #404"):
        mark(sessions, config.mailbox.account, 404, "fyi", T0)


def test_two_corrections_teach_the_next_verdict(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    for n in range(2):
        deliver(
            tmp_path,
            f"q{n}",
            make_message(subject=f"Musing {n}", body="What is a good life, anyway?", date=T0),
        )
    poll_once(config, sessions)
    for number in ids_by_subject(sessions).values():
        mark(sessions, config.mailbox.account, number, "fyi", T0)
    deliver(
        tmp_path,
        "q3",
        make_message(subject="Musing 3", body="Do you ever wonder about the stars?", date=T0),
    )
    deliver(
        tmp_path,
        "m1",
        make_message(
            sender="marcus@lee-family.example",
            subject="Marcus asks",
            body="Do you ever wonder about the stars?",
            date=T0,
        ),
    )
    poll_once(config, sessions)
    with sessions() as session:
        jane = session.query(Message).filter_by(subject="Musing 3").one()
        marcus = session.query(Message).filter_by(subject="Marcus asks").one()
    assert jane.tag == "fyi"
    assert '"you marked similar messages from Jane as FYI (2 times)"' in jane.reasons
    assert marcus.tag == "reply_needed"  # a lesson about Jane is not a lesson about Marcus


def test_lessons_never_overrule_distress() -> None:
    urgent = Verdict(
        Tag.REPLY_NEEDED, Kind.EMAIL, ("may be in distress: …",), urgent=True, rule="distress"
    )
    lessons = Lessons(sender_to_fyi={("Jane Doe", "distress"): 9}, phrase_to_fyi={"": 9})
    assert apply_lessons(urgent, "Jane Doe", lessons) == urgent


def test_phrase_lessons_apply_across_clients() -> None:
    verdict = Verdict(
        Tag.REPLY_NEEDED,
        Kind.EMAIL,
        ("asks something of you: “…”",),
        rule="request",
        phrase="let me know what",
    )
    taught = apply_lessons(verdict, "Marcus Lee", Lessons(phrase_to_fyi={"let me know what": 2}))
    assert taught.tag is Tag.FYI
    assert taught.reasons[0] == "you marked messages saying “let me know what” as FYI (2 times)"
    assert taught.reasons[1] == "the rules said: asks something of you: “…”"


def test_correction_lines_in_a_reply_to_the_digest(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    deliver(
        tmp_path, "1", make_message(subject="Thursday?", body="Could we move Thursday?", date=T0)
    )
    deliver(
        tmp_path, "2", make_message(subject="Worksheet", body="Do you have the worksheet?", date=T0)
    )
    deliver(tmp_path, "3", make_message(subject="Update", body="All good here.", date=T0))
    poll_once(config, sessions)
    ids = ids_by_subject(sessions)
    run_digest(sessions, config, FileTransport(tmp_path / "out"), T0 + timedelta(days=1))
    (sent,) = (tmp_path / "out").iterdir()
    digest = email.message_from_bytes(sent.read_bytes(), policy=email.policy.default)

    body = (
        f"{ids['Thursday?']} fyi\n#{ids['Worksheet']} done\n{ids['Update']}: reply\n999 fyi\n\n"
        "Thanks! Private note to myself about Jane's divorce.\n\n"
        f"On Tue, Doorstep wrote:\n> {ids['Worksheet']} fyi\n"
    )
    deliver(
        tmp_path,
        "r",
        make_message(
            sender=COACH,
            subject="Re: " + str(digest["Subject"]),
            body=body,
            date=T0 + timedelta(days=1, hours=1),
            headers={"In-Reply-To": str(digest["Message-ID"])},
        ),
    )
    report = poll_once(config, sessions)
    assert report.stored == 0
    with sessions() as session:
        rows = {m.subject: (m.tag, m.answered_how) for m in session.query(Message)}
        assert not any("divorce" in (m.body_text + m.excerpt) for m in session.query(Message))
    assert rows == {
        "Thursday?": ("fyi", None),
        "Worksheet": ("reply_needed", "email"),
        "Update": ("reply_needed", None),
    }
    content, _ = preview(sessions, config, T0 + timedelta(days=2))
    assert len(content.corrections) == 3 and all(
        "(from your reply)" in c for c in content.corrections
    )


def test_the_coachs_other_mail_is_not_read_for_corrections(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    deliver(
        tmp_path, "1", make_message(subject="Thursday?", body="Could we move Thursday?", date=T0)
    )
    poll_once(config, sessions)
    number = ids_by_subject(sessions)["Thursday?"]
    deliver(
        tmp_path,
        "r",
        make_message(sender=COACH, subject="note to self", body=f"{number} fyi", date=T0),
    )
    poll_once(config, sessions)
    with sessions() as session:
        assert session.query(Message).filter_by(subject="Thursday?").one().tag == "reply_needed"
