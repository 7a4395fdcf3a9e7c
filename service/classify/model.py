"""A small learned judge of one sentence: does it ask or propose something of the reader?

A logistic regression over a sentence's features (`features`): its lower-cased words and word
pairs, with the sentence's start and end as words of their own (so "<s> could", "please" and
"? </s>" are features), and a few hand features that pool many pairs. The weights were fitted by
`python -m service.classify.train` and ship in `data/request_model.json`; here they are read
once, lazily, and applied in plain Python (no scikit-learn or numpy at run time):

    probability = 1 / (1 + exp(-(bias + sum of the weights of the sentence's features)))

A feature counts as often as it occurs. `train.py` imports `features` from here, so the
training and the inference cannot tokenize differently.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

MODEL_RESOURCE = "data/request_model.json"
# Bumped whenever `features` changes meaning; a model file written for another version is refused.
FEATURES_VERSION = 1

START = "<s>"
END = "</s>"
# A word (letters and digits, with inner apostrophes: "let's", "i'd", "can't") or a question mark.
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\?")
_KEPT = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'?")
_SEPARATORS = bytes(b if b in _KEPT else ord(" ") for b in range(256))
_DIGIT = re.compile(r"\d")
_NUMBER = "<num>"
# Hand features: they pool what many word pairs say, so that a phrasing seen rarely in training
# (warmer client mail) still gets the weight of its kind.
_MODALS = frozenset({"can", "could", "would", "will", "shall", "might", "may"})
_ASK_YOU = "<modal-you>"  # "could you", "would you mind", "can we", "shall we"
_ADDRESSEES = frozenset({"you", "we"})
_STARTS_MODAL = "<starts-modal>"  # the sentence opens with a modal: "Could …", "Would …"
_WH = frozenset({"what", "when", "where", "which", "who", "how", "why"})
_STARTS_WH = "<starts-wh>"


def tokens(sentence: str) -> list[str]:
    """The sentence's words, lower-cased, apostrophes made plain, numbers as one word."""
    text = sentence.lower()
    if "\u2019" in text or "\u2018" in text:
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    fast = text.isascii() and "''" not in text
    found = _ascii_words(text) if fast else _TOKEN.findall(text)
    if _DIGIT.search(text):
        return [_NUMBER if _DIGIT.search(t) else t for t in found]
    return found


def _ascii_words(text: str) -> list[str]:
    """`_TOKEN.findall(text)` for ASCII text without "''", twice as fast: every byte but
    letters, digits, ' and ? becomes a space, then split (the tests check they agree)."""
    words = text.encode("ascii").translate(_SEPARATORS).decode("ascii").replace("?", " ? ").split()
    if "'" in text:
        return [w for w in (w.strip("'") for w in words) if w]
    return words


def features(sentence: str) -> list[str]:
    """The features the model weighs, each as often as it occurs: the words, the word pairs
    (with <s> and </s> at the ends), and the hand features above, once each."""
    words = tokens(sentence)
    if not words:
        return [START + " " + END]
    padded = [START, *words]
    found = [*words, *map(" ".join, zip(padded, [*words, END], strict=True))]
    first = words[0]
    if first in _MODALS:
        found.append(_STARTS_MODAL)
    elif first in _WH:
        found.append(_STARTS_WH)
    if any(a in _MODALS and b in _ADDRESSEES for a, b in pairwise(words)):
        found.append(_ASK_YOU)
    return found


@dataclass(frozen=True)
class RequestModel:
    """The fitted weights, and what the training reported about them.

    `probability` adds up the same weights that `features` names, without building the
    features' strings: a word pair is looked up as `pairs[first][second]` (measured twice as
    fast; the tests check it against the sum over `features`)."""

    weights: dict[str, float]
    bias: float
    threshold: float  # a sentence is a request at this probability or above
    info: dict[str, Any]  # corpus, license, cross-validated figures, training settings
    words: dict[str, float] = field(init=False, repr=False, compare=False)
    pairs: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words: dict[str, float] = {}
        pairs: dict[str, dict[str, float]] = {}
        for name, weight in self.weights.items():
            first, space, second = name.partition(" ")
            if space:
                pairs.setdefault(first, {})[second] = weight
            else:
                words[name] = weight
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "pairs", pairs)

    def score(self, sentence: str) -> float:
        """The bias plus the weights of the sentence's features (the logit)."""
        found = tokens(sentence)
        words, pairs = self.words, self.pairs
        total = self.bias
        previous = START
        asks = False
        for word in found:
            total += words.get(word, 0.0)
            after = pairs.get(previous)
            if after is not None:
                total += after.get(word, 0.0)
            if not asks and word in _ADDRESSEES and previous in _MODALS:
                asks = True
            previous = word
        after = pairs.get(previous)
        if after is not None:
            total += after.get(END, 0.0)
        if found:
            first = found[0]
            if first in _MODALS:
                total += words.get(_STARTS_MODAL, 0.0)
            elif first in _WH:
                total += words.get(_STARTS_WH, 0.0)
        if asks:
            total += words.get(_ASK_YOU, 0.0)
        return total

    def probability(self, sentence: str) -> float:
        score = self.score(sentence)
        # Written so that exp never overflows, whatever the sign of the score.
        if score >= 0:
            return 1.0 / (1.0 + math.exp(-score))
        z = math.exp(score)
        return z / (1.0 + z)


def from_json(data: dict[str, Any]) -> RequestModel:
    """A model from the file's content; refuses one written for other features."""
    version = data.get("features_version")
    if version != FEATURES_VERSION:
        raise ValueError(
            f"{MODEL_RESOURCE} was trained for features version {version}, this code computes "
            f"version {FEATURES_VERSION}; retrain it: python -m service.classify.train"
        )
    return RequestModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        info={k: v for k, v in data.items() if k not in ("weights", "bias", "threshold")},
    )


@cache
def shipped_model() -> RequestModel:
    """The model shipped in the package, read on first use and kept."""
    text = resources.files("service.classify").joinpath(MODEL_RESOURCE).read_text("utf-8")
    return from_json(json.loads(text))


def request_probability(sentence: str) -> float:
    """How likely the sentence asks or proposes something of the reader, from 0 to 1."""
    return shipped_model().probability(sentence)


def is_request(sentence: str) -> bool:
    """Whether the sentence asks or proposes something of the reader (at the shipped threshold)."""
    model = shipped_model()
    return model.probability(sentence) >= model.threshold
