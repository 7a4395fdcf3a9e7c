"""Trains the sentence request model (`model.py`) and writes it into the package.

    python -m service.classify.train [--corpus PATH] [--out PATH]

Needs scikit-learn, which Doorstep itself does not: pip install -e '.[train]'.

It reads the corpus in place (`LABEL<TAB>SENTENCE`, `Yes` or `No`), reports 5-fold stratified
cross-validated precision, recall and F1 for `Yes`, and the best recall at precision >= 0.80,
then fits on all of it and writes the weights, bias, threshold and those figures as JSON.

Each fold repeats the whole recipe on its training part only: the vocabulary (features seen in
at least `min_df` sentences), the fit, the pruning to the `top_n` heaviest weights and the refit,
and the threshold, picked by an inner 5-fold cross-validation as the lowest probability at which
precision is still at least 0.80. The held-out fold is then scored by `RequestModel.probability`
itself, the pure-Python inference that ships, with its weights as rounded in the file.
Everything is seeded: the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.classify.model import FEATURES_VERSION, RequestModel, features

_PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS = _PACKAGE_DIR.parents[2] / "shared" / "corpora" / "requests" / "sentences.tsv"
DEFAULT_OUT = _PACKAGE_DIR / "data" / "request_model.json"
# Where the default corpus comes from (its README.md beside it says so too).
CORPUS_SOURCE = (
    "ParakweetLabs/EmailIntentDataSet, src/resources/Ask0729-fixed.txt (commit 055f6285); "
    "Apache License 2.0, copyright 2014 Parakweet Labs, Inc."
)
FOLDS = 5
TARGET_PRECISION = 0.80
DECIMALS = 4  # the weights' rounding in the file; the figures are measured with it


@dataclass(frozen=True)
class Settings:
    """The recipe's knobs. Picked by hand on this corpus's cross-validation (see the commit)."""

    c: float = 0.5  # inverse L2 strength of the logistic regression
    min_df: int = 2  # a feature must occur in this many training sentences
    top_n: int = 4000  # keep this many features, the heaviest |weight|, and refit on them
    seed: int = 20261202


@dataclass(frozen=True)
class Example:
    sentence: str
    label: int  # 1 for `Yes`, 0 for `No`


class CorpusError(Exception):
    """The corpus file is missing or a line of it is not `Yes|No<TAB>sentence`."""


def read_corpus(path: Path) -> list[Example]:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as e:
        raise CorpusError(f"no corpus at {path}; pass its path with --corpus PATH") from e
    examples = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label, tab, sentence = line.partition("\t")
        if not tab or label not in ("Yes", "No") or not sentence.strip():
            raise CorpusError(f"{path}:{number}: expected 'Yes' or 'No', a tab, then a sentence")
        examples.append(Example(sentence, 1 if label == "Yes" else 0))
    return examples


def fit(sentences: Sequence[str], labels: Sequence[int], settings: Settings) -> RequestModel:
    """Vocabulary, fit, prune to the heaviest weights, refit; threshold still 0.5 (see `train`)."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = CountVectorizer(analyzer=features, min_df=settings.min_df)
    matrix = vectorizer.fit_transform(sentences)
    names = vectorizer.get_feature_names_out()

    def regression() -> Any:
        return LogisticRegression(C=settings.c, solver="liblinear", random_state=settings.seed)

    first = regression().fit(matrix, labels)
    order = sorted(range(len(names)), key=lambda i: (-abs(float(first.coef_[0][i])), names[i]))
    kept = sorted(order[: settings.top_n])
    second = regression().fit(matrix[:, kept], labels)
    weights = {
        str(names[i]): round(float(w), DECIMALS)
        for i, w in zip(kept, second.coef_[0], strict=True)
        if round(float(w), DECIMALS) != 0.0
    }
    return RequestModel(weights, round(float(second.intercept_[0]), DECIMALS), 0.5, {})


def _folds(labels: Sequence[int], seed: int) -> list[tuple[list[int], list[int]]]:
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    return [
        ([int(i) for i in train], [int(i) for i in test])
        for train, test in splitter.split([[0]] * len(labels), labels)
    ]


def out_of_fold(examples: Sequence[Example], settings: Settings) -> list[float]:
    """Each sentence's probability from a model fitted without its fold."""
    labels = [e.label for e in examples]
    scores = [0.0] * len(examples)
    for train_part, test_part in _folds(labels, settings.seed):
        model = fit(
            [examples[i].sentence for i in train_part], [labels[i] for i in train_part], settings
        )
        for i in test_part:
            scores[i] = model.probability(examples[i].sentence)
    return scores


def pick_threshold(labels: Sequence[int], scores: Sequence[float], precision: float) -> float:
    """The lowest score at which precision is at least `precision` (most recall); if none
    reaches it, the score of best precision."""
    ranked = sorted(zip(scores, labels, strict=True), reverse=True)
    hits = 0
    best, best_precision = ranked[0][0], 0.0
    for seen, (score, label) in enumerate(ranked, 1):
        hits += label
        if seen < len(ranked) and ranked[seen][0] == score:
            continue  # a threshold takes every sentence of its score at once
        p = hits / seen
        if p >= precision:
            best, best_precision = score, precision
        elif best_precision < precision and p > best_precision:
            best, best_precision = score, p
    return best


def recall_at_precision(labels: Sequence[int], scores: Sequence[float], precision: float) -> float:
    """The best recall over all thresholds whose precision is at least `precision`."""
    threshold = pick_threshold(labels, scores, precision)
    figures = measure(labels, [s >= threshold for s in scores])
    return figures["recall"] if figures["precision"] >= precision else 0.0


def measure(labels: Sequence[int], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def train(examples: Sequence[Example], settings: Settings) -> RequestModel:
    """A model fitted on `examples`, its threshold picked by an inner cross-validation."""
    scores = out_of_fold(examples, settings)
    threshold = pick_threshold([e.label for e in examples], scores, TARGET_PRECISION)
    model = fit([e.sentence for e in examples], [e.label for e in examples], settings)
    return RequestModel(model.weights, model.bias, round(threshold, DECIMALS), {})


def cross_validate(examples: Sequence[Example], settings: Settings) -> dict[str, Any]:
    """Outer 5-fold figures of the whole recipe, threshold picking included."""
    labels = [e.label for e in examples]
    scores = [0.0] * len(examples)
    predicted = [False] * len(examples)
    thresholds = []
    for train_part, test_part in _folds(labels, settings.seed + 1):
        model = train([examples[i] for i in train_part], settings)
        thresholds.append(model.threshold)
        for i in test_part:
            scores[i] = model.probability(examples[i].sentence)
            predicted[i] = scores[i] >= model.threshold
    figures = measure(labels, predicted)
    return {
        "folds": FOLDS,
        "precision": round(figures["precision"], 4),
        "recall": round(figures["recall"], 4),
        "f1": round(figures["f1"], 4),
        "fold_thresholds": thresholds,
        "recall_at_precision_0.80": round(recall_at_precision(labels, scores, 0.80), 4),
        "note": (
            "pooled over the 5 held-out folds; each fold's threshold picked by an inner 5-fold "
            "cross-validation of its training part (precision >= 0.80, most recall); "
            "recall_at_precision_0.80 is the best over all thresholds of the pooled scores"
        ),
    }


def model_file(
    model: RequestModel,
    cv: dict[str, Any],
    corpus: Path,
    examples: Sequence[Example],
    settings: Settings,
) -> dict[str, Any]:
    return {
        "features_version": FEATURES_VERSION,
        "tokenizer": {
            "function": "service.classify.model.features",
            "lowercase": True,
            "ngrams": [1, 2],
            "boundaries": ["<s>", "</s>"],
            "counts": "each feature as often as it occurs",
            "hand_features": ["<modal-you>", "<starts-modal>", "<starts-wh>"],
        },
        "corpus": {
            "file": corpus.name,
            "sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
            "sentences": len(examples),
            "yes": sum(e.label for e in examples),
            "source": CORPUS_SOURCE,
        },
        "settings": {
            "classifier": "sklearn LogisticRegression (liblinear, L2)",
            "C": settings.c,
            "min_df": settings.min_df,
            "top_n": settings.top_n,
            "seed": settings.seed,
            "target_precision": TARGET_PRECISION,
        },
        "cv": cv,
        "threshold": model.threshold,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m service.classify.train",
        description="Train Doorstep's sentence request model and write it into the package.",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="the Yes/No<TAB>sentence file (default: ../shared/corpora/requests/sentences.tsv "
        "beside the repository)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="where to write the model (default: service/classify/data/request_model.json)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        import sklearn  # noqa: F401  # only to say early what to install
    except ImportError:
        print("training needs scikit-learn: pip install -e '.[train]'", file=sys.stderr)
        return 2
    try:
        examples = read_corpus(args.corpus)
    except CorpusError as e:
        print(e, file=sys.stderr)
        return 2
    settings = Settings()
    cv = cross_validate(examples, settings)
    print(
        f"{FOLDS}-fold CV, Yes: precision {cv['precision']:.3f}  recall {cv['recall']:.3f}  "
        f"F1 {cv['f1']:.3f}  (fold thresholds {', '.join(f'{t:.3f}' for t in cv['fold_thresholds'])})"
    )
    print(f"recall at precision >= 0.80: {cv['recall_at_precision_0.80']:.3f}")
    model = train(examples, settings)
    content = model_file(model, cv, args.corpus, examples, settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n", "utf-8")
    size = args.out.stat().st_size
    print(
        f"wrote {args.out} ({len(model.weights)} features, threshold {model.threshold:.3f}, "
        f"{size / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
