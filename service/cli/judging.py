"""`doorstep classify` and `doorstep eval`: the judgement on files, as a poll would judge them,
storing nothing."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from service.cli.setup import load_settings
from service.common.safetext import for_terminal
from service.config import Config, config_path_from, load_config
from service.records import Kind, Processed


def cmd_classify(args: argparse.Namespace) -> int:
    from service.common.clock import local_day, utc_now
    from service.poll.mailbox import roster_of
    from service.poll.message import classify_file

    config = load_settings(args)
    roster = roster_of(config)
    today = local_day(config.coach.zone, utc_now())
    status = 0
    for name in args.files:
        result: dict[str, object] = {"file": name}
        try:
            data = Path(name).read_bytes()
        except OSError as e:
            result["error"] = f"could not read the file: {e.strerror or e}"
            status = 1
            _print_classified(result, args.json)
            continue
        item = classify_file(data, roster, today)
        client = item.match.client
        result.update(
            client=client.name if client else None,
            client_status=item.client_status.value if item.client_status else None,
            kind=(
                item.verdict.kind if item.verdict else item.note.kind if item.note else Kind.EMAIL
            ).value,
            tag=item.verdict.tag.value
            if item.verdict
            else ("ignored" if item.match.own_digest else None),
            urgent=bool(item.verdict and item.verdict.urgent),
            reasons=list(item.verdict.reasons)
            if item.verdict
            else (
                ["Doorstep's own digest"]
                if item.match.own_digest
                else ([] if client else ["not from a client: Doorstep does not judge or store it"])
            ),
        )
        if item.failure is not None:
            result["error"] = f"could not parse the message: {item.failure.error}"
        _print_classified(result, args.json)
    return status


def _print_classified(result: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    if "error" in result and result.get("client") is None:
        print(f"{result['file']}: {result['error']}")
        return
    who = result.get("client") or "not a client"
    listed = result.get("reasons")
    reasons = "; ".join(str(r) for r in listed) if isinstance(listed, list) else ""
    urgent = " · URGENT" if result.get("urgent") else ""
    line = (
        f"{result['file']}: {who} · {result.get('kind')} · {result.get('tag')}{urgent} — {reasons}"
    )
    print(for_terminal(line))


def cmd_eval(args: argparse.Namespace) -> int:
    from service.classify.eval_labels import find_sets
    from service.classify.eval_report import figures_sets, report_sets
    from service.classify.evaluate import SetScore, evaluate

    folder = Path(args.folder)
    scores = []
    for labelled in find_sets(folder):
        path = _eval_config_path(args.config, labelled.folder, folder)
        score = evaluate(labelled.folder, judge(load_config(path)), labelled.name)
        scores.append(SetScore(labelled.name, labelled.folder, path, score))
    if args.json:
        print(json.dumps(figures_sets(scores), ensure_ascii=False))
    else:
        print(for_terminal(report_sets(scores)))
    return 0


def judge(config: Config) -> Callable[[bytes], Processed]:
    """parse → match → classify with `config`'s roster, as a poll today would."""
    from service.common.clock import local_day, utc_now
    from service.poll.mailbox import roster_of
    from service.poll.message import classify_file

    roster = roster_of(config)
    today = local_day(config.coach.zone, utc_now())
    return lambda data: classify_file(data, roster, today)


def _eval_config_path(given: str | None, folder: Path, top: Path) -> Path:
    """--config when given; else the set's own config.toml, else the one of the folder of sets
    (tests/devset/config.toml serves dev and holdout), else the usual config."""
    if given:
        return config_path_from(given)
    for candidate in (folder / "config.toml", top / "config.toml"):
        if candidate.is_file():
            return candidate
    return config_path_from(None)
