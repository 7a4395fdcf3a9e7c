"""`doorstep eval`'s report of a `Score`: the figures as text for a person, or as JSON."""

from __future__ import annotations

from collections.abc import Sequence

from service.classify.eval_labels import TAGS
from service.classify.evaluate import Outcome, Ratio, Score, SetScore, total, unknown_traits

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
