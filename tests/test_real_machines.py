"""Real automated mail nobody on the team wrote (bounces, delay notices, feedback reports, read
receipts and auto-replies from public mail software's test suites), each judged as a client's:
every one ignored, none reply-needed. `python -m tests.real_machines` prints each outcome."""

from __future__ import annotations

import pytest

from tests.real_machines import (
    AUTOMATED,
    NOT_CLIENT,
    corpus_root,
    fetch_flufl_data,
    judge_all,
    report,
)
from tests.support import unavailable


def test_real_automated_mail_from_a_client_is_ignored_and_never_needs_a_reply() -> None:
    if not corpus_root().is_dir():
        unavailable(f"the malformed-mail corpus is not at {corpus_root()}")
    if fetch_flufl_data() is None:
        unavailable("pip could not fetch flufl.bounce's source release (its test bounces)")
    results = judge_all()
    assert len(results) == len(AUTOMATED) + 116, report(results)
    read = [r for r in results if r.outcome != NOT_CLIENT]
    assert len(read) >= 148, report(results)  # two name no address at all
    assert [r for r in read if r.outcome != "ignored"] == [], report(results)


@pytest.mark.parametrize("relative", AUTOMATED)
def test_each_listed_corpus_file_is_there(relative: str) -> None:
    if not corpus_root().is_dir():
        unavailable(f"the malformed-mail corpus is not at {corpus_root()}")
    assert (corpus_root() / relative).is_file()
