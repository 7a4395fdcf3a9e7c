"""The blind "answered" sets' figures, held so they cannot slip (tests/answered_sets.py scores them).

Each set (an inbox, the coach's Sent folder, and which messages the coach truly answered) was
written blind and scored once on 2026-12-03: answered-a at e9166ec (of those marked answered,
19 of 19 truly answered, 21 of 25 before issue 15's work at 0599f29; of the 21 truly answered,
19 marked, 21 before), answered-b at 24832a2 (19 of 20, 21 of 29 before; 19 of 21, 21 before),
then tuned on: a forward answers nothing. The ones both miss are answered by a reply to another
message (a question asked twice; one reply covering two), which Doorstep never decides: the
digest asks instead.
"""

from __future__ import annotations

import pytest

from tests.answered_sets import score
from tests.conftest import REPO


@pytest.mark.parametrize("name", ["answered-a", "answered-b"])
def test_what_is_marked_answered_was_answered(name: str) -> None:
    result = score(REPO / "tests" / "answered" / name)
    assert result.precision == 1.0, str(result)
    assert result.recall >= 0.905 - 0.0005, str(result)
