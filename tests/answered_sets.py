"""Score a labelled "answered" set: an inbox and the coach's Sent folder as Maildirs, and which
inbox messages the coach truly answered (`answered.csv`: file,client,needs_reply,answered).

Doorstep polls both folders, as it would the coach's mailbox (a Maildir++ copy in a temporary
folder, SQLite there too), and marks what its Sent folder answers. Of the messages that need a
reply, the score says how many of those marked answered were truly answered (precision) and how
many of those truly answered were marked (recall).

    .venv/bin/python -m tests.answered_sets tests/evalsets/answered-a
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from service.config import Config, load_config
from service.ingest.parse import parse_headers
from service.poll.mailbox import poll_once
from service.records import ParsedMessage
from service.store.db import open_store
from service.store.models import Message


@dataclass(frozen=True)
class AnsweredScore:
    needing: int  # inbox messages that need a reply, as labelled
    truly: frozenset[str]  # of those, the files the coach answered
    marked: frozenset[str]  # of those, the files Doorstep marked answered
    untagged: frozenset[str]  # of those, the files Doorstep did not tag reply-needed

    @property
    def precision(self) -> float:
        return len(self.marked & self.truly) / len(self.marked) if self.marked else 1.0

    @property
    def recall(self) -> float:
        return len(self.marked & self.truly) / len(self.truly) if self.truly else 1.0

    def __str__(self) -> str:
        wrong = ", ".join(sorted(self.marked - self.truly)) or "none"
        missed = ", ".join(sorted(self.truly - self.marked)) or "none"
        return (
            f"{self.needing} messages need a reply; {len(self.truly)} answered by the coach\n"
            f"marked answered, truly answered: {self.precision:.3f} "
            f"({len(self.marked & self.truly)}/{len(self.marked)}); wrongly marked: {wrong}\n"
            f"truly answered, marked answered: {self.recall:.3f} "
            f"({len(self.marked & self.truly)}/{len(self.truly)}); missed: {missed}\n"
            f"not tagged reply-needed (so never marked): {len(self.untagged)}"
        )


def _copy_maildir(source: Path, target: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (target / sub).mkdir(parents=True, exist_ok=True)
        for item in sorted((source / sub).glob("*")) if (source / sub).is_dir() else []:
            shutil.copy2(item, target / sub / item.name)


def _message_ids(inbox: Path) -> dict[str, str]:
    """Message-ID → file name, for every inbox message."""
    found: dict[str, str] = {}
    for path in sorted(p for sub in ("cur", "new") for p in (inbox / sub).glob("*") if p.is_file()):
        parsed = parse_headers(path.read_bytes())
        if isinstance(parsed, ParsedMessage) and parsed.message_id:
            found[parsed.message_id] = path.name
    return found


def polled_as_maildir(set_config: Path, root: Path, sent_folder: str | None = None) -> Config:
    """A labelled set's config, its mailbox the Maildir `root / "Maildir"` (every message, however
    long ago the set was written), its store and digests in `root`."""
    document = tomlkit.parse(set_config.read_text(encoding="utf-8"))
    mailbox: dict[str, str | int] = {"kind": "maildir", "path": str(root / "Maildir")}
    if sent_folder is not None:
        mailbox["sent_folder"] = sent_folder
    mailbox["history_days"] = 0
    document["mailbox"] = mailbox
    document["storage"] = {"url": f"sqlite:///{root / 'doorstep.db'}"}
    document["digest"] = {"deliver": "file", "file_dir": str(root / "digests")}
    (root / "config.toml").write_text(tomlkit.dumps(document), encoding="utf-8")
    return load_config(root / "config.toml")


def score(folder: Path) -> AnsweredScore:
    with (folder / "answered.csv").open(encoding="utf-8") as labels:
        rows = list(csv.DictReader(labels))
    needing = {r["file"] for r in rows if r["needs_reply"].strip().lower() == "yes"}
    truly = {
        r["file"] for r in rows if r["file"] in needing and r["answered"].strip().lower() == "yes"
    }
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _copy_maildir(folder / "inbox", root / "Maildir")
        _copy_maildir(folder / "sent", root / "Maildir" / ".Sent")
        config = polled_as_maildir(folder / "config.toml", root, sent_folder="Sent")
        sessions = open_store(config.storage.url)
        try:
            poll_once(config, sessions)
            files = _message_ids(root / "Maildir")
            with sessions() as session:
                stored = [
                    (files.get(m.message_id, ""), m.tag, m.answered_at)
                    for m in session.query(Message)
                ]
        finally:
            sessions.kw["bind"].dispose()
    marked = {f for f, _, answered in stored if f in needing and answered is not None}
    tagged = {f for f, tag, _ in stored if tag == "reply_needed"}
    return AnsweredScore(
        len(needing), frozenset(truly), frozenset(marked), frozenset(needing - tagged)
    )


if __name__ == "__main__":
    print(score(Path(sys.argv[1])))
