"""The plain-text digest of the demo week, held in a golden file: any change to what the coach
reads shows up as a diff. Regenerate on purpose with DOORSTEP_UPDATE_GOLDEN=1."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from service.config import load_config
from service.notify.outbox import preview
from service.poll.mailbox import poll_once
from service.store.db import open_store
from tests.test_cli import demo_config

GOLDEN = Path(__file__).parent / "golden" / "demo-week.txt"
AT = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)  # Wednesday, 07:30 in Chicago


def test_the_demo_weeks_digest_reads_as_it_should(tmp_path: Path) -> None:
    config = load_config(demo_config(tmp_path))
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    _, rendered = preview(sessions, config, AT)
    if os.environ.get("DOORSTEP_UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered.text, encoding="utf-8")
    assert rendered.text == GOLDEN.read_text(encoding="utf-8")
    # The order a coach needs: the urgent first, then who waits longest.
    text = rendered.text
    assert text.index("URGENT") < text.index("NEEDS A REPLY") < text.index("VOICEMAILS AND TEXTS")
    assert (
        text.index("FYI, BY CLIENT")
        < text.index("NEWS FROM FORMER CLIENTS")
        < text.index("NEW PEOPLE")
    )
