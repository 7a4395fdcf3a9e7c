"""Voicemails and texts: each phone service's notification, matched to a client by number."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from service.cli.main import main
from service.config import load_config
from service.common.phones import normalise_phone
from service.notify.outbox import preview
from service.poll.mailbox import classify_file, poll_once, roster_of
from service.store.db import open_store
from service.store.models import Message, UnknownSender

SAMPLES = Path(__file__).parent / "phone_samples"

ROSTER = """
[[clients]]
name = "Jane Doe"
emails = ["jane.doe@example.org"]
phones = ["(312) 555-0142"]

[[clients]]
name = "Tom Becker"
emails = ["tom.becker@northwind.example"]
phones = ["+44 20 7946 0018"]

[[clients]]
name = "Luis García"
emails = ["luis.garcia@correo.example"]
phones = ["+52 55 1234 5678"]

[[clients]]
name = "Sam Ortiz"
emails = ["sam@ortiz.example"]
phones = ["646.555.0199"]

[[clients]]
name = "Alex Kim"
emails = ["alex.kim@example.org"]
phones = ["+1 646 555 0199"]
"""


@pytest.mark.parametrize(
    "written",
    [
        "(312) 555-0142",
        "312.555.0142",
        "13125550142",
        "+1 312-555-0142",
        "312 555 0142",
        "+13125550142",
    ],
)
def test_us_number_formats_are_one_number(written: str) -> None:
    assert normalise_phone(written, "US") == "+13125550142"


@pytest.mark.parametrize(
    ("written", "region", "e164"),
    [
        ("+44 20 7946 0018", "US", "+442079460018"),
        ("020 7946 0018", "GB", "+442079460018"),
        ("+52 55 1234 5678", "US", "+525512345678"),
        ("55 1234 5678", "MX", "+525512345678"),
        ("not a number", "US", None),
        ("12", "US", None),
    ],
)
def test_other_countries_and_nonsense(written: str, region: str, e164: str | None) -> None:
    assert normalise_phone(written, region) == e164


# file → (client, kind, tag, what the reasons or transcript must show)
EXPECTED = {
    "google-voice-voicemail": ("Jane Doe", "voicemail", "reply_needed", "move Thursday's session"),
    "google-voice-text": ("Jane Doe", "sms", "fyi", "Got the job"),
    "ringcentral-voicemail": ("Jane Doe", "voicemail", "reply_needed", "can you send it again"),
    "vonage-voicemail": ("Jane Doe", "voicemail", "fyi", "No need to call back"),
    "twilio-forward-voicemail": ("Jane Doe", "voicemail", "reply_needed", "may be in distress"),
    "teams-voicemail": ("Tom Becker", "voicemail", "reply_needed", "ring me back"),
    "outlook-voicemail-unavailable": ("Luis García", "voicemail", "reply_needed", "no transcript"),
    "ooma-voicemail": ("Jane Doe", "voicemail", "reply_needed", "still on for Thursday"),
    "grasshopper-voicemail": ("Jane Doe", "voicemail", "reply_needed", "could not be transcribed"),
    "carrier-visual-voicemail": ("Jane Doe", "voicemail", "reply_needed", "give me a call"),
    "carrier-sms-gateway": ("Jane Doe", "sms", "fyi", "Running 10 min late"),
    "generic-voicemail": ("Jane Doe", "voicemail", "fyi", "confirming Friday"),
    "voicemail-uk-number": ("Tom Becker", "voicemail", "reply_needed", "push our session"),
    "sms-mexico-number": ("Luis García", "sms", "fyi", "no question or request"),
    "voicemail-no-number": (None, "voicemail", None, ""),
    "voicemail-shared-number": (
        "Sam Ortiz",
        "voicemail",
        "fyi",
        "belongs to Sam Ortiz and Alex Kim",
    ),
    "sms-unknown-number": (None, "sms", None, ""),
    "voicemail-malformed-transcript": ("Jane Doe", "voicemail", "reply_needed", "no transcript"),
}


def test_every_sample_is_listed() -> None:
    assert {p.stem for p in SAMPLES.glob("*.eml")} == set(EXPECTED)


@pytest.fixture
def phone_config(write_config: Callable[..., Path]) -> Path:
    return write_config(roster=ROSTER)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_service_and_format(name: str, phone_config: Path) -> None:
    client, kind, tag, shows = EXPECTED[name]
    item = classify_file(
        (SAMPLES / f"{name}.eml").read_bytes(),
        roster_of(load_config(phone_config)),
        date(2026, 11, 25),
    )
    assert item.note is not None and item.note.kind.value == kind
    assert (item.match.client.name if item.match.client else None) == client
    assert (item.verdict.tag.value if item.verdict else None) == tag
    if shows:
        assert item.verdict is not None
        assert shows in " ".join(item.verdict.reasons) + item.note.transcript


def test_classify_json_reports_client_kind_and_tag(
    phone_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(SAMPLES.glob("*.eml"))
    assert main(["classify", *map(str, files), "--json", "--config", str(phone_config)]) == 0
    for line in capsys.readouterr().out.splitlines():
        record = json.loads(line)
        client, kind, tag, _ = EXPECTED[Path(record["file"]).stem]
        assert (record["client"], record["kind"], record["tag"]) == (client, kind, tag), record


def test_digest_shows_the_transcript_not_the_boilerplate(
    phone_config: Path, tmp_path: Path
) -> None:
    config = load_config(phone_config)
    for name in ("google-voice-voicemail", "ringcentral-voicemail", "sms-unknown-number"):
        (tmp_path / "Maildir" / "new" / name).write_bytes((SAMPLES / f"{name}.eml").read_bytes())
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 2
    with sessions() as session:
        stored = {m.phone_service: m for m in session.query(Message)}
        assert stored["RingCentral"].phone == "+13125550142"
        assert stored["RingCentral"].call_duration == "00:41"
        unknown = session.query(UnknownSender).one()
        assert unknown.address == "tel:+19175550123"  # counted, not stored
    _, rendered = preview(sessions, config, datetime(2026, 11, 19, 14, 0, tzinfo=UTC))
    text = rendered.text
    assert "VOICEMAILS AND TEXTS" in text
    assert "Jane Doe — voicemail, 00:41, from +1 312-555-0142 (RingCentral)" in text
    assert "quick question about the worksheet" in text
    for boilerplate in ("play message", "HELP CENTER", "Thank you for choosing", "Google LLC"):
        assert boilerplate not in text
    assert "Attached: Voice Message 20261118 091200.mp3" in text


def test_a_bad_phone_in_the_roster_is_a_config_error(write_config: Callable[..., Path]) -> None:
    from service.common.errors import ConfigError

    with pytest.raises(ConfigError, match=r"'555' is not a phone number Doorstep can read"):
        load_config(write_config(roster='[[clients]]\nname = "X"\nphones = ["555"]\n'))


def test_00_before_a_country_code_is_read_wherever_the_coach_is() -> None:
    assert normalise_phone("0091 98200 54321", "CA") == "+919820054321"
    assert normalise_phone("0044 20 7946 0018", "US") == "+442079460018"
    assert normalise_phone("011 44 20 7946 0018", "US") == "+442079460018"
