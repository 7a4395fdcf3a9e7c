"""A message the header pass does not want is not read further (`poll.message.passed_over`):
the poll trusts that its headers say all there is. Held here on every labelled message and every
file of the malformed-mail corpus: reading such a message in full, as before, finds nothing more
(no client, no voicemail or text, no new person, the same sender counted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.config import load_config
from service.ingest.fields import header_block
from service.ingest.parse import parse_headers
from service.poll.mailbox import roster_of
from service.poll.message import passed_over, process
from service.poll.prefilter import decide
from service.records import Outcome, ParsedMessage, RawMessage
from tests.conftest import REPO
from tests.test_corpus import corpus_files

TODAY = date(2026, 12, 3)
SETS = sorted(p.parent for p in (REPO / "tests" / "evalsets").glob("*/labels.csv"))
SETS += [REPO / "tests" / "devset" / "dev", REPO / "tests" / "devset" / "holdout"]


def _config_of(folder: Path) -> Path:
    own = folder / "config.toml"
    return own if own.is_file() else folder.parent / "config.toml"


def _check(data: bytes, config: Path) -> bool:
    """Whether the message was passed over; asserts that reading it whole adds nothing."""
    roster = roster_of(load_config(config))
    head = header_block(data)
    headers = parse_headers(head)
    decision = decide(headers, roster, frozenset())
    if decision.wanted:
        return False
    assert isinstance(headers, ParsedMessage) and decision.match is not None
    quick = passed_over(RawMessage("INBOX", 1, 1, head, headers_only=True), headers, decision.match)
    whole = process(RawMessage("INBOX", 1, 1, data), roster, TODAY)
    assert whole.outcome is quick.outcome or (
        quick.outcome is Outcome.COUNTED and whole.outcome is Outcome.UNREADABLE
    )
    assert whole.verdict is None and whole.note is None and whole.prospect is None
    assert whole.match.client is None and whole.match.address == quick.match.address
    return True


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_a_labelled_message_passed_over_holds_nothing_more(folder: Path) -> None:
    files = sorted(folder.glob("*.eml"))
    passed = [f.name for f in files if _check(f.read_bytes(), _config_of(folder))]
    assert files and passed  # every set has mail that is no client's


def test_a_malformed_message_passed_over_holds_nothing_more() -> None:
    config = REPO / "tests" / "devset" / "config.toml"
    passed = [f for f in corpus_files() if _check(f.read_bytes(), config)]
    assert len(passed) > 50
