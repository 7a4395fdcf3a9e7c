"""`doorstep eval`: how well parse → match → classify does on a labelled folder of .eml files.

The folder holds the messages and a `labels.csv` with the columns file, client, kind, tag (client
and tag empty for mail that is not from a client). Pure apart from reading the folder.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from service.errors import DoorstepError
from service.records import Processed

NONE = "-"  # the tag column for mail that is not from a client
TAGS = ("reply_needed", "fyi", "ignored", NONE)


@dataclass(frozen=True)
class Label:
    file: str
    client: str
    kind: str
    tag: str


@dataclass(frozen=True)
class Outcome:
    label: Label
    client: str
    kind: str
    tag: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    outcomes: tuple[Outcome, ...]

    def _count(self, want: Callable[[Outcome], bool]) -> int:
        return sum(1 for o in self.outcomes if want(o))

    @property
    def reply_tp(self) -> int:
        return self._count(lambda o: o.tag == "reply_needed" and o.label.tag == "reply_needed")

    @property
    def precision(self) -> float:
        predicted = self._count(lambda o: o.tag == "reply_needed")
        return self.reply_tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self._count(lambda o: o.label.tag == "reply_needed")
        return self.reply_tp / actual if actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def client_accuracy(self) -> float:
        return self._count(lambda o: o.client == o.label.client) / len(self.outcomes)

    @property
    def ignored_accuracy(self) -> float:
        """Of all messages, the share where "ignored or not" is decided as labelled."""
        return self._count(lambda o: (o.tag == "ignored") == (o.label.tag == "ignored")) / len(
            self.outcomes
        )

    @property
    def confusion(self) -> Counter[tuple[str, str]]:
        return Counter((o.label.tag, o.tag) for o in self.outcomes)

    @property
    def misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.tag != o.label.tag or o.client != o.label.client)


def read_labels(folder: Path) -> list[Label]:
    path = folder / "labels.csv"
    try:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except FileNotFoundError:
        raise DoorstepError(
            f"No labels.csv in {folder}. Add one with the columns file,client,kind,tag "
            "(client and tag empty for mail that is not from a client)."
        ) from None
    missing = {"file", "client", "kind", "tag"} - set(rows[0] if rows else {})
    if missing:
        raise DoorstepError(
            f"{path} lacks the column(s) {', '.join(sorted(missing))}; the header is file,client,kind,tag."
        )
    labels = []
    for number, row in enumerate(rows, start=2):
        tag = (row["tag"] or "").strip() or NONE
        if tag not in TAGS:
            raise DoorstepError(
                f"{path}, line {number}: tag {tag!r} is not reply_needed, fyi, ignored or empty."
            )
        labels.append(
            Label(
                row["file"].strip(),
                (row["client"] or "").strip(),
                (row["kind"] or "email").strip(),
                tag,
            )
        )
    return labels


def evaluate(folder: Path, judge: Callable[[bytes], Processed]) -> Score:
    outcomes = []
    for label in read_labels(folder):
        item = judge((folder / label.file).read_bytes())
        client = item.match.client
        outcomes.append(
            Outcome(
                label=label,
                client=client.name if client else "",
                kind=item.verdict.kind.value if item.verdict else "email",
                tag=item.verdict.tag.value if item.verdict else NONE,
                reasons=item.verdict.reasons if item.verdict else (),
            )
        )
    return Score(tuple(outcomes))


def report(score: Score) -> str:
    lines = [
        f"{len(score.outcomes)} messages",
        f"reply_needed: precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}",
        f"client matching accuracy {score.client_accuracy:.3f}",
        f"ignored accuracy {score.ignored_accuracy:.3f}",
        "",
        "confusion (rows: labelled, columns: Doorstep)",
        "".ljust(14) + "".join(t.ljust(14) for t in TAGS),
    ]
    for want in TAGS:
        lines.append(
            want.ljust(14) + "".join(str(score.confusion[(want, got)]).ljust(14) for got in TAGS)
        )
    if score.misses:
        lines += ["", "misses"]
        for o in score.misses:
            who = o.client or "not a client"
            lines.append(
                f"  {o.label.file}: labelled {o.label.tag} ({o.label.client or 'not a client'}), "
                f"got {o.tag} ({who})"
            )
            lines += [f"      why: {r}" for r in o.reasons]
    return "\n".join(lines)
