"""The labels of a set for `doorstep eval`: reading a folder's labels.csv and the files it names.

A set is a folder of .eml files with a `labels.csv` (header `file,client,kind,tag,urgent,traits`;
urgent and traits are optional, so older files still work; see DEVELOPERS.md). Every problem is
told at once, with its line and what to write instead.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from service.common.errors import DoorstepError

NONE = "-"  # the tag column for mail that is not from a client
TAGS = ("reply_needed", "fyi", "ignored", NONE)
KINDS = ("email", "voicemail", "sms")
HEADER = "file,client,kind,tag,urgent,traits"
REQUIRED = ("file", "client", "kind", "tag")
# DEVELOPERS.md's list, in its order (the report's order); `lang:xx` comes after them.
TRAITS = (
    "distress",
    "idiom",
    "rhetorical",
    "self_answered",
    "waved_off",
    "retracted",
    "reported",
    "quoted",
    "negated",
    "partial_no_reply",
    "footer",
    "poem",
    "announcement",
    "former",
    "voicemail",
    "sms",
    # who wrote it and what it is
    "bounce",
    "arf",
    "receipt",
    "autoreply",
    "calendar",
    "gateway",
    "mms",
    "phone_service",
    "untranscribed",
    "partial",
    "on_behalf",
    "mentions_client",
)
LANGUAGE = re.compile(r"lang:[a-z]{2,3}(-[a-z0-9]{2,8})?")
MAX_PROBLEMS = 12  # told at once; more are counted


@dataclass(frozen=True)
class Label:
    file: str
    client: str
    kind: str
    tag: str
    urgent: bool | None = None  # None: the set's labels.csv has no urgent column
    traits: tuple[str, ...] = ()
    line: int = 0  # in labels.csv
    set_name: str = ""  # the subfolder, when a folder of sets is scored

    @property
    def where(self) -> str:
        return f"{self.set_name}/{self.file}" if self.set_name else self.file


def trait_rank(trait: str) -> int:
    if trait in TRAITS:
        return TRAITS.index(trait)
    return len(TRAITS) if LANGUAGE.fullmatch(trait) else len(TRAITS) + 1


@dataclass(frozen=True)
class LabelledSet:
    """A folder with a labels.csv; `name` is its subfolder's name when a folder of sets is scored."""

    name: str
    folder: Path


def find_sets(folder: Path) -> list[LabelledSet]:
    """FOLDER itself when it has a labels.csv, else each of its subfolders that has one."""
    if (folder / "labels.csv").is_file():
        return [LabelledSet("", folder)]
    if not folder.is_dir():
        raise DoorstepError(f"{folder} is not a folder; give the folder that holds labels.csv.")
    sets = [
        LabelledSet(p.name, p)
        for p in sorted(folder.iterdir())
        if p.is_dir() and (p / "labels.csv").is_file()
    ]
    if not sets:
        raise DoorstepError(
            f"No labels.csv in {folder}, nor in any of its subfolders. Add one with the header "
            f"{HEADER} (see DEVELOPERS.md), or name a folder that has one."
        )
    return sets


def _problems(what: str, problems: Sequence[str]) -> DoorstepError:
    shown = [f"  {p}" for p in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        shown.append(f"  … and {len(problems) - MAX_PROBLEMS} more")
    return DoorstepError(f"{what}; fix these and run again:\n" + "\n".join(shown))


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (lower-cased) and each non-blank row with its line number."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = [h.strip().lower() for h in next(reader, [])]
            rows = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
    except FileNotFoundError:
        raise DoorstepError(
            f"No labels.csv in {path.parent}. Add one with the header {HEADER} (see DEVELOPERS.md)."
        ) from None
    except UnicodeDecodeError as e:
        raise DoorstepError(f"{path} is not UTF-8 text ({e.reason}); save it as UTF-8.") from e
    except (OSError, csv.Error) as e:
        raise DoorstepError(f"{path} could not be read ({e}); check the file.") from e
    return header, rows


def _label(
    row: dict[str, str], number: int, set_name: str, has_urgent: bool
) -> tuple[Label | None, list[str]]:
    problems = []
    file = row.get("file", "").strip()
    if not file:
        problems.append(f"line {number}: the file column is empty; name the .eml file")
    kind = row.get("kind", "").strip() or "email"
    if kind not in KINDS:
        problems.append(f"line {number}: kind {kind!r} is not email, voicemail or sms")
    tag = row.get("tag", "").strip() or NONE
    if tag not in TAGS:
        problems.append(f"line {number}: tag {tag!r} is not reply_needed, fyi, ignored or empty")
    urgent: bool | None = None
    if has_urgent:
        said = row.get("urgent", "").strip().lower()
        if said not in ("yes", "no", ""):
            problems.append(f"line {number}: urgent {said!r} is not yes, no or empty")
        urgent = said == "yes"
    traits = tuple(t.strip().lower() for t in row.get("traits", "").split(";") if t.strip())
    if problems:
        return None, problems
    client = row.get("client", "").strip()
    return Label(file, client, kind, tag, urgent, traits, number, set_name), []


def read_labels(folder: Path, set_name: str = "") -> list[Label]:
    """The labels of `folder`'s labels.csv; every bad line is told at once, by number."""
    path = folder / "labels.csv"
    header, rows = _read_rows(path)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DoorstepError(
            f"{path} lacks the column(s) {', '.join(missing)}; its first line must be {HEADER} "
            "(urgent and traits may be left out)."
        )
    if not rows:
        raise DoorstepError(f"{path} has no messages; add one line per .eml file under its header.")
    has_urgent = "urgent" in header
    labels: list[Label] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, fields in rows:
        if len(fields) != len(header):
            problems.append(
                f"line {number}: {len(fields)} field(s) where the header has {len(header)}; "
                "quote a field that holds a comma"
            )
            continue
        row = dict(zip(header, fields, strict=True))
        label, bad = _label(row, number, set_name, has_urgent)
        problems += bad
        if label is None:
            continue
        if label.file in seen:
            problems.append(
                f"line {number}: {label.file} is labelled on line {seen[label.file]} already"
            )
        seen[label.file] = number
        labels.append(label)
    if problems:
        raise _problems(f"{path} has {len(problems)} bad line(s)", problems)
    return labels


def read_messages(folder: Path, labels: Sequence[Label]) -> list[bytes]:
    datas, problems = [], []
    for label in labels:
        path = folder / label.file
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            problems.append(
                f"line {label.line}: {label.file} is not in {folder}; add it or remove the line"
            )
            continue
        except OSError as e:
            problems.append(
                f"line {label.line}: {path} could not be read ({e.strerror or e}); "
                "it must be a readable .eml file"
            )
            continue
        if not data.strip():
            problems.append(f"line {label.line}: {path} is empty; write the raw message into it")
        datas.append(data)
    if problems:
        raise _problems(
            f"{folder / 'labels.csv'} names {len(problems)} unreadable file(s)", problems
        )
    return datas
