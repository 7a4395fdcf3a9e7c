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
    TAGS,
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

WIDTH = 18  # a table column: "0.913 (105/115)" and a gap


def _row(first: str, cells: Sequence[object]) -> str:
    return (first.ljust(WIDTH) + "".join(str(c).ljust(WIDTH) for c in cells)).rstrip()


GROUP_COLUMNS = ("messages", "tag right", "reply recall", "reply precision", "urgent recall")


def _group_cells(score: Score) -> list[object]:
    urgent = score.urgent_recall if score.urgent_labelled else "—"
    return [
        len(score.outcomes),
        score.tag_accuracy,
        score.reply_recall,
        score.reply_precision,
        urgent,
    ]


def _kind_table(score: Score) -> list[str]:
    lines = ["per kind (as labelled)", _row("", [*GROUP_COLUMNS, "read as this kind"])]
    for kind, part in score.kinds.items():
        lines.append(_row(kind, [*_group_cells(part), part.kind_accuracy]))
    return lines


def _trait_table(score: Score) -> list[str]:
    traits = score.traits
    if not traits:
        return ["per trait: no traits labelled"]
    lines = ["per trait", _row("", [*GROUP_COLUMNS, "false urgent"])]
    for trait, part in traits.items():
        false = part.false_urgent if part.urgent_labelled else "—"
        lines.append(_row(trait, [*_group_cells(part), false]))
    return lines


def _miss_line(o: Outcome) -> list[str]:
    prefix = "MISSED DISTRESS  " if o.missed_distress else ""
    line = (
        f"  {prefix}{o.label.where}: labelled {o.label.tag} ({o.label.client or 'not a client'}), "
        f"got {o.tag} ({o.client or 'not a client'})"
    )
    if o.missed_distress:
        line += "; labelled urgent, not urgent"
    elif o.false_urgent:
        line += "; urgent, labelled not urgent"
    if o.label.traits:
        line += f" [{'; '.join(o.label.traits)}]"
    return [line, *(f"      why: {r}" for r in o.reasons)]


def notes(score: Score) -> list[str]:
    """What the reader of the figures should know: traits not in the list, unparsable files."""
    told = [
        f"trait {t} is not in DEVELOPERS.md's list: check its spelling"
        for t in unknown_traits(score)
    ]
    told += [
        f"{o.label.where}: Doorstep could not parse it ({o.parse_error}); scored as Doorstep tags it"
        for o in score.outcomes
        if o.parse_error
    ]
    return told


def report(score: Score, misses: bool = True) -> str:
    urgent = (
        f"urgent: recall {score.urgent_recall}  precision {score.urgent_precision}  "
        f"false urgent {score.false_urgent}"
        if score.urgent_labelled
        else "urgent: not labelled (labels.csv has no urgent column)"
    )
    lines = [
        f"{len(score.outcomes)} messages",
        f"reply_needed: precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}",
        f"tag accuracy {score.tag_accuracy}",
        f"client matching accuracy {score.client_accuracy:.3f}",
        f"ignored accuracy {score.ignored_accuracy:.3f}",
        urgent,
        "",
        "confusion (rows: labelled, columns: Doorstep)",
        "".ljust(14) + "".join(t.ljust(14) for t in TAGS),
    ]
    for want in TAGS:
        lines.append(
            want.ljust(14) + "".join(str(score.confusion[(want, got)]).ljust(14) for got in TAGS)
        )
    lines += ["", *_kind_table(score), "", *_trait_table(score)]
    told = notes(score)
    if told:
        lines += ["", "notes", *(f"  {n}" for n in told)]
    if misses and score.misses:
        lines += ["", "misses (the distress Doorstep missed first)"]
        for o in score.misses:
            lines += _miss_line(o)
    return "\n".join(lines)


def report_sets(sets: Sequence[SetScore]) -> str:
    """One set's report; for several, each set's, then the figures over all of them."""
    if len(sets) == 1 and not sets[0].name:
        return report(sets[0].score)
    parts = [f"== set {s.name} ({s.folder}, config {s.config})\n{report(s.score)}" for s in sets]
    summary = ["per set", _row("", GROUP_COLUMNS)]
    summary += [_row(s.name, _group_cells(s.score)) for s in sets]
    every = report(total(sets), misses=False)
    parts.append(
        f"== all {len(sets)} sets (misses are listed under each set)\n"
        + "\n".join(summary)
        + "\n\n"
        + every
    )
    return "\n\n".join(parts)


# The figures as JSON (`doorstep eval --json`).


def _ratio(r: Ratio) -> dict[str, object]:
    return {"value": r.value, "hit": r.hit, "of": r.of}


def _group(score: Score) -> dict[str, object]:
    return {
        "messages": len(score.outcomes),
        "tag_accuracy": _ratio(score.tag_accuracy),
        "kind_accuracy": _ratio(score.kind_accuracy),
        "reply_recall": _ratio(score.reply_recall),
        "reply_precision": _ratio(score.reply_precision),
        "urgent_recall": _ratio(score.urgent_recall) if score.urgent_labelled else None,
        "false_urgent": score.false_urgent if score.urgent_labelled else None,
    }


def _miss(o: Outcome) -> dict[str, object]:
    label = o.label
    return {
        "file": label.file,
        "set": label.set_name,
        "line": label.line,
        "labelled": {
            "client": label.client,
            "kind": label.kind,
            "tag": label.tag,
            "urgent": label.urgent,
        },
        "got": {"client": o.client, "kind": o.kind, "tag": o.tag, "urgent": o.urgent},
        "missed_distress": o.missed_distress,
        "traits": list(label.traits),
        "reasons": list(o.reasons),
    }


def figures(score: Score, misses: bool = True) -> dict[str, object]:
    out: dict[str, object] = {
        "messages": len(score.outcomes),
        "reply_needed": {
            "precision": _ratio(score.reply_precision),
            "recall": _ratio(score.reply_recall),
            "f1": score.f1,
        },
        "tag_accuracy": _ratio(score.tag_accuracy),
        "client_accuracy": score.client_accuracy,
        "ignored_accuracy": score.ignored_accuracy,
        "kind_accuracy": _ratio(score.kind_accuracy),
        "urgent": {
            "recall": _ratio(score.urgent_recall),
            "precision": _ratio(score.urgent_precision),
            "false_urgent": score.false_urgent,
        }
        if score.urgent_labelled
        else None,
        "confusion": {want: {got: score.confusion[(want, got)] for got in TAGS} for want in TAGS},
        "kinds": {k: _group(part) for k, part in score.kinds.items()},
        "traits": {t: _group(part) for t, part in score.traits.items()},
        "notes": notes(score),
    }
    if misses:
        out["misses"] = [_miss(o) for o in score.misses]
    return out


def figures_sets(sets: Sequence[SetScore]) -> dict[str, object]:
    """The figures over every set, and with several sets each set's under "sets"."""
    if len(sets) == 1 and not sets[0].name:
        return figures(sets[0].score)
    out = figures(total(sets), misses=False)
    out["sets"] = {
        s.name: {"folder": str(s.folder), "config": str(s.config), **figures(s.score)} for s in sets
    }
    return out
