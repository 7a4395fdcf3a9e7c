"""The shipped sentence request model (service/classify/model.py): it loads from the package,
judges clear cases, computes the documented formula, and its recorded figures meet the goal."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from service.classify import model
from service.classify.train import main as train_main

REQUESTS = [
    "Could you send me the worksheet?",
    "Please call me back tomorrow",
    "Let's move our session to Friday",
]
STATEMENTS = ["I finished the exercise last night.", "Thanks for a great session!"]


def _shipped() -> dict[str, object]:
    text = resources.files("service.classify").joinpath(model.MODEL_RESOURCE).read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_the_model_loads_from_the_package() -> None:
    shipped = model.shipped_model()
    assert shipped is model.shipped_model()  # read once
    assert len(shipped.weights) > 1000
    assert 0.0 < shipped.threshold < 1.0


@pytest.mark.parametrize("sentence", REQUESTS)
def test_clear_requests_are_requests(sentence: str) -> None:
    assert model.request_probability(sentence) >= model.shipped_model().threshold
    assert model.is_request(sentence)


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_clear_statements_are_not(sentence: str) -> None:
    assert not model.is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        *REQUESTS,
        *STATEMENTS,
        "",
        "?",
        "Can we meet at 10am on the 3rd?",
        "Luis García’s café, it's ''odd''.",
    ],
)
def test_inference_is_the_documented_formula(sentence: str) -> None:
    data = _shipped()
    weights = data["weights"]
    assert isinstance(weights, dict)
    score = float(str(data["bias"])) + sum(weights.get(f, 0.0) for f in model.features(sentence))
    expected = 1 / (1 + math.exp(-score))
    assert model.request_probability(sentence) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    "text",
    ["it's 'quoted' and 'tis", "a,b;c_d e-f?g??", "rock'n'roll' '", "x'-y ?' '?", "don't!!  "],
)
def test_the_fast_tokenizer_agrees_with_the_pattern(text: str) -> None:
    assert model._ascii_words(text) == model._TOKEN.findall(text)


def test_the_recorded_cross_validation_meets_the_goal() -> None:
    cv = _shipped()["cv"]
    assert isinstance(cv, dict)
    assert cv["recall_at_precision_0.80"] >= 0.70
    assert cv["precision"] >= 0.80 and cv["recall"] >= 0.70


def test_train_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        train_main(["--help"])
    assert exit_.value.code == 0
    assert "--corpus" in capsys.readouterr().out
