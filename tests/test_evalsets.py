"""The blind sets' figures, held so they cannot slip.

tests/evalsets/coach-a and coach-b were written blind, from DEVELOPERS.md's guide alone, and
scored once, on 2026-12-02, when issue 14's classifier was done (coach-a: reply recall 0.931,
precision 0.771, 7 of 9 distress urgent; coach-b: 0.824, 0.757, 5 of 11); coach-c and coach-d
likewise, once, on 2026-12-03 at 3aee1e5 (coach-c: 0.710, 0.647, 8 of 12; coach-d: 0.609,
0.583, 4 of 10), and coach-e and coach-f once at 3ca59ec (coach-e: 0.786, 0.647, 7 of 12;
coach-f: 0.759, 0.710, 9 of 11), and coach-g once at b63490f (0.828, 0.774, 11 of 12); machines-a (automated mail, gateways, phone services, mail sent
for a client) once at 461861f (client matching 0.976, ignored accuracy 0.917; before issue 15's
work, at 0599f29: 0.774 and 0.810), and machines-b once at 4cdf50a (0.989 and 0.943; at 0599f29:
0.670 and 0.750), and machines-c once at 303f5e8 (0.933 and 0.944; at 0599f29: 0.584 and
0.798), and machines-d once at f252751 (0.938 and 0.928, reply recall 0.852, precision 0.958, 2
of 3 distress; at 0599f29: 0.567, 0.691, 0.333, 0.818, 1 of 3). After that one score
they were tuned on, like the dev set (again on 2026-12-03: announcements, signature cards, titled
poems, answered why-questions): these floors are the figures after that tuning, and guard
against regressions; they do not measure the judgement honestly any more (the unscored set in
tests/evalsets-unscored/ is for the next change).
"""

from __future__ import annotations

from datetime import date

import pytest

from service.classify.eval_report import report
from service.classify.evaluate import evaluate
from service.config import load_config
from service.poll.mailbox import classify_file, roster_of
from tests.conftest import REPO

SETS = REPO / "tests" / "evalsets"
# set: (reply recall, reply precision, urgent hits, client matching, ignored accuracy), after
# tuning on them; every set reads every client message as its labelled kind (KIND)
FLOORS = {
    "coach-a": (1.000, 1.000, 9, 1.000, 1.000),
    "coach-b": (0.971, 1.000, 11, 1.000, 1.000),
    "coach-c": (1.000, 0.861, 12, 1.000, 1.000),
    "coach-d": (0.826, 0.792, 10, 1.000, 1.000),
    "coach-e": (0.929, 0.684, 12, 1.000, 1.000),
    "coach-f": (0.828, 0.727, 11, 1.000, 1.000),
    "coach-g": (0.966, 0.778, 12, 1.000, 1.000),
    "machines-a": (1.000, 0.897, 2, 1.000, 1.000),
    "machines-b": (1.000, 0.931, 2, 1.000, 0.977),
    "machines-c": (0.923, 0.889, 1, 1.000, 0.989),
    "machines-d": (1.000, 1.000, 3, 0.979, 0.979),
}

KIND = 1.000


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_blind_sets_figures_hold(name: str) -> None:
    config = load_config(SETS / name / "config.toml")
    roster = roster_of(config)
    score = evaluate(SETS / name, lambda data: classify_file(data, roster, date(2026, 11, 25)))
    recall, precision, urgent, clients, ignored = FLOORS[name]
    assert score.recall >= recall - 0.0005, report(score)
    assert score.precision >= precision - 0.0005, report(score)
    assert score.urgent_recall.hit >= urgent, report(score)
    assert score.client_accuracy >= clients - 0.0005, report(score)
    assert score.ignored_accuracy >= ignored - 0.0005, report(score)
    assert (score.kind_accuracy.value or 0.0) >= KIND - 0.0005, report(score)
