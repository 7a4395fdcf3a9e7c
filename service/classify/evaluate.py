"""`doorstep eval`: how well parse → match → classify does on a labelled folder of .eml files.

The folder holds the messages and a `labels.csv` with the columns file, client, kind, tag and,
optionally, urgent (yes/no) and traits (`;`-separated; see DEVELOPERS.md). A folder without one
whose subfolders each hold one is scored per set. Pure apart from reading the folder; the report
is built in `service.classify.eval_report`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from service.classify.eval_labels import (
    KINDS,
    NONE,
    TRAITS,
    Label,
    read_labels,
    read_messages,
    trait_rank,
)
from service.records import Processed


@dataclass(frozen=True)
class Outcome:
    label: Label
    client: str
    kind: str
    tag: str
    reasons: tuple[str, ...]
    urgent: bool = False
    parse_error: str = ""  # Doorstep could not parse the file; it was scored as Doorstep tags it

    @property
    def missed_distress(self) -> bool:
        return self.label.urgent is True and not self.urgent

    @property
    def false_urgent(self) -> bool:
        return self.label.urgent is False and self.urgent

    @property
    def wrong(self) -> bool:
        return (
            self.tag != self.label.tag
            or self.client != self.label.client
            or self.missed_distress
            or self.false_urgent
        )


@dataclass(frozen=True)
class Ratio:
    """`hit` of `of`; no value when there is nothing to count (`of` is 0)."""

    hit: int
    of: int

    @property
    def value(self) -> float | None:
        return self.hit / self.of if self.of else None

    def __str__(self) -> str:
        return f"{self.hit / self.of:.3f} ({self.hit}/{self.of})" if self.of else "—"


@dataclass(frozen=True)
class Score:
    outcomes: tuple[Outcome, ...]

    def _count(self, want: Callable[[Outcome], bool]) -> int:
        return sum(1 for o in self.outcomes if want(o))

    def _ratio(self, among: Callable[[Outcome], bool], hit: Callable[[Outcome], bool]) -> Ratio:
        return Ratio(self._count(lambda o: among(o) and hit(o)), self._count(among))

    def subset(self, want: Callable[[Outcome], bool]) -> Score:
        return Score(tuple(o for o in self.outcomes if want(o)))

    @property
    def reply_tp(self) -> int:
        return self._count(lambda o: o.tag == "reply_needed" and o.label.tag == "reply_needed")

    @property
    def reply_recall(self) -> Ratio:
        """Of the messages labelled reply_needed, those Doorstep tagged so."""
        return self._ratio(lambda o: o.label.tag == "reply_needed", lambda o: o.tag == o.label.tag)

    @property
    def reply_precision(self) -> Ratio:
        """Of the messages Doorstep tagged reply_needed, those labelled so."""
        return self._ratio(lambda o: o.tag == "reply_needed", lambda o: o.tag == o.label.tag)

    @property
    def precision(self) -> float:
        value = self.reply_precision.value
        return 1.0 if value is None else value

    @property
    def recall(self) -> float:
        value = self.reply_recall.value
        return 1.0 if value is None else value

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def tag_accuracy(self) -> Ratio:
        return self._ratio(lambda o: True, lambda o: o.tag == o.label.tag)

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
    def kind_accuracy(self) -> Ratio:
        """Of the client messages, those Doorstep read as the labelled kind (email, voicemail,
        text); mail from others is not judged, so it has no kind of Doorstep's."""
        return self._ratio(lambda o: bool(o.label.client), lambda o: o.kind == o.label.kind)

    @property
    def urgent_labelled(self) -> bool:
        """Whether any of these messages' sets has the urgent column."""
        return any(o.label.urgent is not None for o in self.outcomes)

    @property
    def urgent_recall(self) -> Ratio:
        """Of the messages labelled urgent, those that came out urgent."""
        return self._ratio(lambda o: o.label.urgent is True, lambda o: o.urgent)

    @property
    def urgent_precision(self) -> Ratio:
        """Of the messages that came out urgent (in sets with the urgent column), those labelled so."""
        return self._ratio(
            lambda o: o.urgent and o.label.urgent is not None, lambda o: bool(o.label.urgent)
        )

    @property
    def false_urgent(self) -> int:
        return self._count(lambda o: o.false_urgent)

    @property
    def confusion(self) -> Counter[tuple[str, str]]:
        return Counter((o.label.tag, o.tag) for o in self.outcomes)

    @property
    def misses(self) -> tuple[Outcome, ...]:
        """Every message not judged as labelled; the distress Doorstep missed first."""
        wrong = [o for o in self.outcomes if o.wrong]
        return tuple(sorted(wrong, key=lambda o: not o.missed_distress))

    @property
    def traits(self) -> dict[str, Score]:
        """The messages of each trait present, in DEVELOPERS.md's order, languages after, then
        any trait not in the list."""
        present = {t for o in self.outcomes for t in o.label.traits}
        order = sorted(present, key=lambda t: (trait_rank(t), t))
        return {t: self.subset(_having(t)) for t in order}

    @property
    def kinds(self) -> dict[str, Score]:
        """The messages of each labelled kind present."""
        present = {o.label.kind for o in self.outcomes}
        return {k: self.subset(_of_kind(k)) for k in KINDS if k in present}


def _having(trait: str) -> Callable[[Outcome], bool]:
    return lambda o: trait in o.label.traits


def _of_kind(kind: str) -> Callable[[Outcome], bool]:
    return lambda o: o.label.kind == kind


def unknown_traits(score: Score) -> list[str]:
    """Traits not in DEVELOPERS.md's list (a typo, most likely), each with where it was first seen."""
    seen: dict[str, str] = {}
    for o in score.outcomes:
        for t in o.label.traits:
            if trait_rank(t) > len(TRAITS):
                seen.setdefault(t, f"{o.label.where}, labels.csv line {o.label.line}")
    return [f"{t!r} ({where})" for t, where in seen.items()]


def evaluate(folder: Path, judge: Callable[[bytes], Processed], set_name: str = "") -> Score:
    """Every labelled message of `folder`, judged by `judge` (parse → match → classify)."""
    labels = read_labels(folder, set_name)
    outcomes = []
    for label, data in zip(labels, read_messages(folder, labels), strict=True):
        item = judge(data)
        client = item.match.client
        verdict = item.verdict
        outcomes.append(
            Outcome(
                label=label,
                client=client.name if client else "",
                kind=verdict.kind.value if verdict else "email",
                tag=verdict.tag.value if verdict else NONE,
                reasons=verdict.reasons if verdict else (),
                urgent=verdict.urgent if verdict else False,
                parse_error=item.failure.error if item.failure else "",
            )
        )
    return Score(tuple(outcomes))


@dataclass(frozen=True)
class SetScore:
    """One set's score, and the config whose roster judged it."""

    name: str
    folder: Path
    config: Path
    score: Score


def total(sets: Sequence[SetScore]) -> Score:
    return Score(tuple(o for s in sets for o in s.score.outcomes))


# The text report.
