"""Issue 17: `[digest] content = "full" | "excerpts" | "minimal"`. A digest read on a shared or
synced device: "minimal" carries none of the clients' words (not a subject, a quoted sentence,
an excerpt, a transcript, a text, a file's name), anywhere in the email; "excerpts" the deciding
sentence and one line; "full", the default, what the digest has always shown."""

from __future__ import annotations

import email
import email.policy
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from service.cli.main import main
from service.common.errors import ConfigError
from service.config import ContentLevel, load_config
from service.notify.digest import NewPersonItem, build_digest
from service.notify.discretion import reason_kind
from service.notify.render import compose, render_digest
from service.records import ClientStatus, Kind, StoredMessage, Tag
from service.store.db import open_store
from service.store.models import Message, NewPerson
from tests.test_cli import demo_config

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)
# Past the 160 characters an excerpt keeps in "excerpts", so that only "full" shows it.
LONG = "We talked it through at home and I wrote a few things down to bring. " * 3


def stored(
    id: int,
    client: str,
    *,
    subject: str = "",
    reasons: tuple[str, ...] = (),
    excerpt: str = "",
    tag: Tag = Tag.REPLY_NEEDED,
    kind: Kind = Kind.EMAIL,
    urgent: bool = False,
    status: ClientStatus = ClientStatus.ACTIVE,
    attachments: tuple[str, ...] = (),
    parse_error: str | None = None,
) -> StoredMessage:
    return StoredMessage(
        id=id,
        client_name=client,
        client_status=status,
        sender_email=f"{id}@example.org",
        subject=subject,
        received=NOW - timedelta(days=1),
        kind=kind,
        tag=tag,
        urgent=urgent,
        reasons=reasons,
        excerpt=excerpt,
        attachment_names=attachments,
        message_id=f"<m{id}@example.org>",
        parse_error=parse_error,
        phone="+13125550142" if kind is not Kind.EMAIL else None,
        phone_service="Google Voice" if kind is not Kind.EMAIL else None,
        call_duration="0:32" if kind is Kind.VOICEMAIL else None,
    )


MESSAGES = [
    stored(
        1,
        "Alex Kim",
        subject="Subjectaurora",
        urgent=True,
        # a quote with quotation marks of its own inside: nothing of it may stay behind
        reasons=("may be in distress (talks of being a burden): “He said “Nestedbasalt” to me”",),
        excerpt="Excerptcobalt " + LONG + "Tailcobalt",
        attachments=("Filedelta.pdf",),
    ),
    stored(
        2,
        "Jane Doe",
        subject="Subjectember",
        reasons=("asks a question: “Can we move Quotefjord to Friday?”",),
        excerpt="Excerptgarnet and more.",
    ),
    stored(
        3,
        "Marcus Lee",
        kind=Kind.VOICEMAIL,
        subject="New voicemail from Subjecthalo",
        reasons=("asks a question: “Could you call me about Quoteindigo?”",),
        excerpt="Transcriptjuniper " + LONG + "Tailjuniper",
    ),
    stored(
        4,
        "Sam Ortiz",
        kind=Kind.SMS,
        tag=Tag.FYI,
        subject="New text message",
        reasons=("a text with no question or request for you",),
        excerpt="Textkestrel made it home.",
    ),
    stored(
        5,
        "Priya Natarajan",
        tag=Tag.FYI,
        status=ClientStatus.FORMER,
        subject="Subjectlagoon",
        reasons=("no question or request for you found",),
        excerpt="Excerptmeadow news.",
    ),
    stored(
        6,
        "Jane Doe",
        tag=Tag.FYI,
        subject="Subjectnectar",
        reasons=(
            "you marked messages saying “phrasenorth” as FYI (2 times)",
            "the rules said: asks a question: “Are you Quoteopal?”",
        ),
        excerpt="Excerptpebble.",
    ),
    stored(
        7,
        "Tom Becker",
        subject="Subjectquartz",
        reasons=("Doorstep could not read this message; open it in your mail program",),
        parse_error="HeaderParseError: bad header Errorriver",
    ),
]
PERSON = NewPersonItem(
    "Pat Prospect",
    "pat@example.net",
    "Subjectsaffron",
    "Excerpttundra, coaching?",
    "Tue 24 Nov, 08:00",
    None,
)
PLANTED = [
    "Subjectaurora",
    "Nestedbasalt",
    "Excerptcobalt",
    "Tailcobalt",
    "Filedelta",
    "Subjectember",
    "Quotefjord",
    "Excerptgarnet",
    "Subjecthalo",
    "Quoteindigo",
    "Transcriptjuniper",
    "Tailjuniper",
    "Textkestrel",
    "Subjectlagoon",
    "Excerptmeadow",
    "Subjectnectar",
    "phrasenorth",
    "Quoteopal",
    "Excerptpebble",
    "Subjectquartz",
    "Errorriver",
    "Subjectsaffron",
    "Excerpttundra",
]
# Shown by "full" (today's digest). A voicemail's line is how it came, never its subject.
IN_FULL = [w for w in PLANTED if w != "Subjecthalo"]
# Shown by "excerpts": the sentences that decided, and the first line of what each wrote.
IN_EXCERPTS = [
    "Nestedbasalt",
    "Excerptcobalt",
    "Quotefjord",
    "Excerptgarnet",
    "Quoteindigo",
    "Transcriptjuniper",
    "Textkestrel",
    "Excerptmeadow",
    "phrasenorth",
    "Quoteopal",
    "Excerptpebble",
    "Errorriver",
    "Excerpttundra",
]


def _email(content: ContentLevel | None) -> EmailMessage:
    chosen: dict[str, Any] = {} if content is None else {"content": content}
    d = build_digest(
        MESSAGES,
        {m.id for m in MESSAGES},
        date(2026, 11, 25),
        NOW,
        CHICAGO,
        "Robin",
        corrections=("#2 Jane Doe: now FYI",),
        new_people=[PERSON],
        **chosen,
    )
    rendered = render_digest(d)
    raw = compose(rendered, "robin@example.org", "robin@example.org", "<d@x>", NOW).as_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _parts(message: EmailMessage) -> dict[str, str]:
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    headers = "\n".join(f"{k}: {v}" for k, v in message.items())
    return {"headers": headers, "text": text.get_content(), "html": html.get_content()}


def _found(words: list[str], text: str) -> list[str]:
    return [w for w in words if w.lower() in text.lower()]


@pytest.mark.parametrize("part", ["text", "html"])
def test_full_is_the_default_and_shows_what_the_digest_always_showed(part: str) -> None:
    shown = _parts(_email("full"))[part]
    assert _found(IN_FULL, shown) == IN_FULL
    assert "Subjecthalo" not in shown
    assert _parts(_email(None))[part] == shown


@pytest.mark.parametrize("part", ["text", "html"])
def test_excerpts_shows_the_deciding_sentence_and_one_line(part: str) -> None:
    shown = _parts(_email("excerpts"))[part]
    assert _found(PLANTED, shown) == IN_EXCERPTS
    # subjects and file names are left out; the excerpt is cut to a line
    assert "Jane Doe — email" in shown or "Jane Doe <span" in shown
    assert "1 file" in shown


@pytest.mark.parametrize("part", ["text", "html"])
def test_minimal_shows_who_how_which_section_and_the_kind_of_reason(part: str) -> None:
    shown = _parts(_email("minimal"))[part]
    for words in (
        "Alex Kim",
        "Jane Doe",
        "Marcus Lee",
        "Sam Ortiz",
        "Priya Natarajan",
        "Tom Becker",
        "Pat Prospect",
        "email",
        "voicemail, 0:32",
        "text message",
        "a text with no question or request for you",
        "may be in distress (talks of being a burden)",
        "asks a question",
        "you marked messages saying the same words as FYI (2 times)",
        "the rules said: asks a question",
        "1 file",
        "could not read this message fully",
        "#2 Jane Doe: now FYI",
    ):
        assert words in shown, words
    sections = (
        [
            "URGENT",
            "NEEDS A REPLY",
            "VOICEMAILS AND TEXTS",
            "FYI, BY CLIENT",
            "FORMER",
            "NEW PEOPLE",
        ]
        if part == "text"
        else ["Urgent", "Needs a reply", "Voicemails and texts", "FYI, by client", "former"]
    )
    assert all(s in shown for s in sections)


def test_minimal_carries_none_of_the_clients_words_anywhere_in_the_email() -> None:
    message = _email("minimal")
    whole = "\n".join(_parts(message).values())
    assert _found(PLANTED, whole) == []
    assert message["Subject"].startswith("Doorstep · Wed 25 Nov · 1 urgent")
    # and the raw bytes, whatever their transfer encoding, hold none of them either
    assert _found(PLANTED, message.as_string()) == []


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("asks a question: “Can we?”", "asks a question"),
        ("may be in distress: “I can't go on”", "may be in distress"),
        ("may be in distress (hopelessness): “a “b” c”", "may be in distress (hopelessness)"),
        ("asks again about an earlier message: “any news”", "asks again about an earlier message"),
        ("says no reply is needed: “no need to reply”", "says no reply is needed"),
        (
            "you marked messages saying “can we” as FYI (3 times)",
            "you marked messages saying the same words as FYI (3 times)",
        ),
        ("no transcript: listen to the voicemail", "no transcript: listen to the voicemail"),
        ("“whole”", "a reason left out of this digest"),
    ],
)
def test_the_kind_of_a_reason_keeps_none_of_its_quote(reason: str, kind: str) -> None:
    assert reason_kind(reason) == kind


def test_a_content_the_digest_does_not_know_is_refused_with_the_three_it_does(
    write_config: Callable[..., Path],
) -> None:
    extra = '[digest]\ndeliver = "file"\nfile_dir = "digests"\ncontent = "private"\n'
    with pytest.raises(ConfigError) as refused:
        load_config(write_config(extra=extra))
    told = str(refused.value)
    assert "digest.content: write 'full', 'excerpts' or 'minimal' (it says 'private')" in told
    assert re.search(r"line \d+", told)


def test_the_setting_reaches_the_sent_digest_and_the_preview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo week, read with content = "minimal": the digest written by --send (as the daemon
    sends it) and --preview hold no subject, excerpt or quoted sentence the store has."""
    path = demo_config(tmp_path)
    path.write_text(path.read_text().replace("[digest]\n", '[digest]\ncontent = "minimal"\n'))
    config = str(path)
    assert load_config(path).digest.content == "minimal"
    assert main(["--config", config, "poll"]) == 0
    sessions = open_store(load_config(path).storage.url)
    try:
        with sessions() as session:
            rows = session.scalars(select(Message)).all()
            people = session.scalars(select(NewPerson)).all()
            first = min(r.id for r in rows if r.tag == Tag.REPLY_NEEDED.value)
            words = [r.subject for r in rows if r.kind == Kind.EMAIL.value]
            words += [r.excerpt[:40] for r in rows if r.excerpt]
            words += [
                q
                for r in rows
                for why in json.loads(r.reasons)
                for q in re.findall(r"“([^”]{6,})", why)
            ]
            words += [p.subject for p in people] + [p.excerpt[:40] for p in people]
    finally:
        sessions.kw["bind"].dispose()
    # long enough to be hers alone ("Thursday", a subject, is in the greeting on a Thursday)
    words = [w for w in words if len(w) >= 12 and w != "(no subject)"]
    assert len(words) > 15
    assert main(["--config", config, "mark", str(first), "fyi"]) == 0
    assert main(["--config", config, "digest", "--preview", str(tmp_path / "p.html")]) == 0
    preview = (tmp_path / "p.html").read_text()
    assert main(["--config", config, "digest", "--send"]) == 0
    capsys.readouterr()
    sent = next((tmp_path / "digests").iterdir()).read_bytes()
    message = email.message_from_bytes(sent, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    whole = "\n".join([*_parts(message).values(), preview])
    assert "Alex Kim" in whole and "now FYI" in whole
    assert [w for w in words if w in whole] == []
