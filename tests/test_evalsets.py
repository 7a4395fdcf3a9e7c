"""The blind sets' figures, held so they cannot slip.

tests/evalsets/coach-a and coach-b were written blind, from DEVELOPERS.md's guide alone, and
scored once, on 2026-12-02, when issue 14's classifier was done (never tuned on). These floors
are those figures: the sets now guard against regressions; they no longer measure a change to
the judgement honestly (a new blind set does).
"""

from __future__ import annotations

from datetime import date

import pytest

from service.classify.eval_report import report
from service.classify.evaluate import evaluate
from service.config import load_config
from service.pipeline import classify_file, roster_of
from tests.conftest import REPO

SETS = REPO / "tests" / "evalsets"
# set: (reply recall, reply precision, urgent hits) as scored once
FLOORS = {"coach-a": (0.931, 0.771, 7), "coach-b": (0.824, 0.757, 5)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_blind_sets_figures_hold(name: str) -> None:
    config = load_config(SETS / name / "config.toml")
    roster = roster_of(config)
    score = evaluate(SETS / name, lambda data: classify_file(data, roster, date(2026, 11, 25)))
    recall, precision, urgent = FLOORS[name]
    assert score.recall >= recall - 0.0005, report(score)
    assert score.precision >= precision - 0.0005, report(score)
    assert score.urgent_recall.hit >= urgent, report(score)
