"""`doorstep clients`: list, add and end clients by editing the coach's TOML file in place.

tomlkit keeps every comment, blank line and the order of the file; a change is validated with
the same rules as at start-up before the file is replaced (atomically, keeping its mode), so a
command can never leave a config that would stop Doorstep.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import tomlkit
from pydantic import ValidationError
from tomlkit.items import AoT, Table

from service.common.errors import ConfigError, DoorstepError
from service.config import Config, load_config
from service.config.errors import describe_error


@dataclass(frozen=True)
class RosterEntry:
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    status: str  # on the coach's today: "active" or "former"
    ended: date | None


def list_clients(config: Config, today: date) -> list[RosterEntry]:
    return [
        RosterEntry(
            c.name,
            tuple(c.emails),
            tuple(c.phones),
            c.to_client(config.coach.phone_region).status_on(today).value,
            c.ended,
        )
        for c in config.clients
    ]


def _read(path: Path) -> tuple[str, tomlkit.TOMLDocument]:
    load_config(path)  # refuse to edit a file that is already broken: say what is wrong first
    text = path.read_text(encoding="utf-8")
    return text, tomlkit.parse(text)


def _validate(path: Path, new_text: str) -> None:
    try:
        Config.model_validate(tomllib.loads(new_text))
    except ValidationError as e:
        problems = [describe_error(err, new_text, path, {}, cite_lines=False) for err in e.errors()]
        raise ConfigError(
            "That change would make the config invalid; nothing was changed:\n  "
            + "\n  ".join(problems)
        ) from None


def _write(path: Path, new_text: str) -> None:
    mode = path.stat().st_mode & 0o777
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new_text)
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _clients(doc: tomlkit.TOMLDocument) -> AoT | None:
    found = doc.get("clients")
    return found if isinstance(found, AoT) else None


def _find(doc: tomlkit.TOMLDocument, name: str) -> Table:
    clients: list[Table] = list(_clients(doc) or [])
    for table in clients:
        if str(table.get("name", "")).strip().lower() == name.strip().lower():
            return table
    names = ", ".join(str(t.get("name")) for t in clients) or "none yet"
    raise DoorstepError(f"No client named {name!r} in the config (clients: {names}).")


def add_client(
    path: Path,
    name: str,
    emails: list[str],
    phones: list[str],
    former: bool = False,
    ended: date | None = None,
) -> str:
    text, doc = _read(path)
    clients = _clients(doc)
    if clients is not None and any(str(t.get("name", "")).lower() == name.lower() for t in clients):
        raise DoorstepError(
            f"There is already a client named {name!r}; use another name or edit the file."
        )
    table = tomlkit.table()
    table.add("name", name)
    table.add("emails", [e.strip() for e in emails])
    table.add("phones", phones)
    table.add("status", "former" if former else "active")
    if ended is not None:
        table.add("ended", ended)
    if clients is None:
        aot = tomlkit.aot()
        aot.append(table)
        doc.append("clients", aot)
    else:
        clients.append(table)
    new_text = tomlkit.dumps(doc)
    if new_text.startswith(text) and not text.endswith("\n\n"):
        # The new table goes at the end: one blank line before it, as the coach's own have.
        new_text = text + ("\n" if text.endswith("\n") else "\n\n") + new_text[len(text) :]
    if not new_text.endswith("\n"):
        new_text += "\n"
    _validate(path, new_text)
    _write(path, new_text)
    return new_text


def end_client(path: Path, name: str, ended: date) -> Any:
    _, doc = _read(path)
    table = _find(doc, name)
    if table.get("status") == "former":
        since = f" (ended {table['ended']})" if table.get("ended") else ""
        raise DoorstepError(
            f"{table.get('name')} is a former client already{since}; nothing was changed. To "
            f"correct the end date, edit the 'ended' line of their entry in {path}."
        )
    table["status"] = "former"
    table["ended"] = ended
    new_text = tomlkit.dumps(doc)
    _validate(path, new_text)
    _write(path, new_text)
    return table.get("name")
