"""How the classifier's sentence judgement does on the request corpus: each sentence alone, as a
client's whole message, judged by the patterns, by the model, and by both as the classifier
uses them. The model's scores are out of fold (5-fold, a model fitted without the sentence's
fold), so the figures are cross-validated; the patterns learn nothing from the corpus.

    .venv/bin/pip install -e '.[train]'   # scikit-learn, for the folds' models
    .venv/bin/python -m service.classify.judge_corpus [--corpus PATH]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from service.classify import questions, requests
from service.classify.train import DEFAULT_CORPUS, Settings, measure, out_of_fold, read_corpus
from service.classify.view import MessageView
from service.records import ParsedMessage


def _view(sentence: str) -> MessageView:
    message = ParsedMessage(
        sender=None,
        recipients=(),
        date=None,
        subject="",
        message_id="<corpus@doorstep.invalid>",
        in_reply_to="",
        references=(),
        body_text=sentence,
        attachment_names=(),
        headers={"to": "coach@example.org"},
    )
    return MessageView(message=message, fresh=sentence)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    examples = read_corpus(args.corpus)
    labels = [e.label for e in examples]
    views = [_view(e.sentence) for e in examples]
    patterns = [bool(questions.direct_question(v) or requests.request(v)) for v in views]
    scores = out_of_fold(examples, Settings())
    model = [score >= requests.MODEL_SURE for score in scores]
    # seems_to_ask's own conditions (not a question, not cancelled), with the fold's score
    usable = [
        requests.seems_to_ask_applies(v, e.sentence) for v, e in zip(views, examples, strict=True)
    ]
    both = [p or (m and u) for p, m, u in zip(patterns, model, usable, strict=True)]
    print(f"{len(examples)} sentences ({sum(labels)} labelled Yes), {args.corpus}")
    for name, predicted in (
        ("patterns", patterns),
        (f"model >= {requests.MODEL_SURE} (out of fold)", model),
        ("classifier: patterns, then model", both),
    ):
        m = measure(labels, predicted)
        print(
            f"  {name:<36} precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
            f"F1 {m['f1']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
