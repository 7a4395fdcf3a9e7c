"""The plain-text digest of the demo week, held in a golden file: any change to what the coach
reads shows up as a diff.

Regenerate on purpose with DOORSTEP_UPDATE_GOLDEN=1: the test then rewrites the golden file and
fails, saying so. Review the change (`git diff tests/golden`) and run again without the variable;
only that run compares, and it compares the file as it is on disk with freshly rendered text."""

from __future__ import annotations

import difflib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from service.config import load_config
from service.notify.outbox import preview
from service.poll.mailbox import poll_once
from service.store.db import open_store
from tests.test_cli import demo_config

GOLDEN = Path(__file__).parent / "golden" / "demo-week.txt"
UPDATE = "DOORSTEP_UPDATE_GOLDEN"
AT = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)  # Wednesday, 07:30 in Chicago


def golden_difference(golden: Path, text: str) -> str:
    """What `text` changes in the golden file, as a unified diff; empty when they agree."""
    lines = difflib.unified_diff(
        golden.read_text(encoding="utf-8").splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile=str(golden),
        tofile="rendered",
    )
    return "".join(lines)


def check_golden(golden: Path, text: str, update: bool) -> None:
    """Fail unless `text` is what the golden file holds. With `update`, rewrite the file and fail
    all the same: a run that writes the file it compares with proves nothing."""
    if update:
        changed = not golden.exists() or golden_difference(golden, text) != ""
        golden.write_text(text, encoding="utf-8")
        pytest.fail(
            f"golden file rewritten ({'changed' if changed else 'no change'}): {golden}; "
            f"review the diff and run again without {UPDATE}",
            pytrace=False,
        )
    difference = golden_difference(golden, text)
    if difference:
        pytest.fail(
            f"the digest differs from {golden} (to accept it, run with {UPDATE}=1):\n{difference}",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def demo_week_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo week's digest, rendered afresh."""
    config = load_config(demo_config(tmp_path_factory.mktemp("demo")))
    sessions = open_store(config.storage.url)
    try:
        poll_once(config, sessions)
        _, rendered = preview(sessions, config, AT)
    finally:
        sessions.kw["bind"].dispose()
    return rendered.text


def test_the_demo_weeks_digest_reads_as_it_should(demo_week_text: str) -> None:
    # The order a coach needs: the urgent first, then who waits longest.
    text = demo_week_text
    assert text.index("URGENT") < text.index("NEEDS A REPLY") < text.index("VOICEMAILS AND TEXTS")
    assert (
        text.index("FYI, BY CLIENT")
        < text.index("NEWS FROM FORMER CLIENTS")
        < text.index("NEW PEOPLE")
    )
    check_golden(GOLDEN, text, update=bool(os.environ.get(UPDATE)))


def test_one_changed_character_is_a_difference(demo_week_text: str, tmp_path: Path) -> None:
    golden = tmp_path / "demo-week.txt"
    golden.write_text(demo_week_text, encoding="utf-8")
    check_golden(golden, demo_week_text, update=False)
    at = demo_week_text.index("NEEDS A REPLY")
    altered = demo_week_text[:at] + "n" + demo_week_text[at + 1 :]
    difference = golden_difference(golden, altered)
    assert "\n-NEEDS A REPLY (oldest first)\n+nEEDS A REPLY (oldest first)\n" in difference
    with pytest.raises(pytest.fail.Exception, match="the digest differs") as info:
        check_golden(golden, altered, update=False)
    assert difference in str(info.value)
    assert golden.read_text(encoding="utf-8") == demo_week_text  # a comparison writes nothing


def test_updating_rewrites_the_file_and_never_passes(demo_week_text: str, tmp_path: Path) -> None:
    golden = tmp_path / "demo-week.txt"
    golden.write_text("an old digest\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"golden file rewritten \(changed\)"):
        check_golden(golden, demo_week_text, update=True)
    assert golden.read_text(encoding="utf-8") == demo_week_text
    with pytest.raises(pytest.fail.Exception, match=r"golden file rewritten \(no change\)"):
        check_golden(golden, demo_week_text, update=True)
