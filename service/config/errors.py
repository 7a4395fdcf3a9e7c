"""Turning pydantic's validation errors into lines a coach can act on: file, line, key, remedy.

pydantic knows the key path (`clients[2].emails[0]`); tomllib does not keep line numbers, so the
line is found by looking for the table and key in the file's text (best effort).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

_BRANCHES = ("imap", "maildir", "mbox", "function-after", "function-before")
_ANY_HEADER = re.compile(r"^\s*\[")
# What these keys hold may be a secret (or one pasted where a name belongs): never repeated.
_SECRET_KEYS = frozenset(
    {"password", "password_env", "password_command", "password_keyring", "oauth2_token_command"}
)


# pydantic's error types, said as what to write: a key's value of the wrong kind or size.
_PLAIN: dict[str, str] = {
    "int_type": "write a whole number without quotes, e.g. 10",
    "int_parsing": "write a whole number without quotes, e.g. 10",
    "int_from_float": "write a whole number, without a decimal point",
    "float_type": "write a number without quotes, e.g. 45 or 2.5",
    "float_parsing": "write a number without quotes, e.g. 45 or 2.5",
    "bool_type": "write true or false, without quotes",
    "bool_parsing": "write true or false, without quotes",
    "string_type": 'write text in quotes, e.g. "Jane Doe"',
    "list_type": 'write a list in square brackets, e.g. ["jane@example.org"]',
    "dict_type": "write this as a table: a [name] line with its keys below it",
    "model_type": "write this as a table: a [name] line with its keys below it",
    "model_attributes_type": "write this as a table: a [name] line with its keys below it",
    "string_too_short": "this may not be empty",
    "too_short": "this list may not be empty; write at least {min_length} in it",
    "greater_than_equal": "write a number of at least {ge}",
    "greater_than": "write a number above {gt}",
    "less_than_equal": "write a number of at most {le}",
    "less_than": "write a number below {lt}",
    "date_type": "write a date without quotes, e.g. 2026-05-31",
    "date_parsing": "write a date without quotes, e.g. 2026-05-31",
    "date_from_datetime_parsing": "write a date without quotes, e.g. 2026-05-31",
    "date_from_datetime_inexact": "write a date without a time, e.g. 2026-05-31",
}


def _plain(kind: str, ctx: Mapping[str, Any]) -> str | None:
    template = _PLAIN.get(kind)
    return template.format(**ctx) if template else None


def _quoted_line(text: str, message: str) -> int | None:
    """For an error about the file as a whole, the line of a value it quotes: of the values, the
    one written last (an address shared by two clients is told where the second lists it)."""
    lines = [line.casefold() for line in text.splitlines()]
    found = [
        i
        for value in re.findall(r"'([^']+)'", message)
        for i, line in enumerate(lines)
        if value.casefold() in line
    ]
    return max(found) + 1 if found else None


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in _BRANCHES:
            continue  # the discriminated union's branch name, not a key the coach wrote
        else:
            out += ("." if out else "") + part
    return out


def _table_range(lines: list[str], header: re.Pattern[str], nth: int) -> tuple[int, int] | None:
    """The lines from the nth header matching `header` up to the next table header."""
    starts = [i for i, line in enumerate(lines) if header.match(line)]
    if nth >= len(starts):
        return None
    start = starts[nth]
    end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])), len(lines))
    return start, end


def _find_line(text: str, loc: tuple[int | str, ...]) -> int | None:
    """Best-effort line number (1-based) of the key at `loc` in the TOML text."""
    keys = [p for p in loc if p not in _BRANCHES]
    if not keys:
        return None
    lines = text.splitlines()
    table, rest = str(keys[0]), keys[1:]
    if rest and isinstance(rest[0], int):  # an array of tables: [[clients]] number n
        found = _table_range(lines, re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]"), rest[0])
        rest = rest[1:]
    else:
        found = _table_range(lines, re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]"), 0)
    if found is None:
        return None
    start, end = found
    key = next((k for k in rest if isinstance(k, str)), None)
    if key is not None:
        for i in range(start, end):
            if re.match(rf"^\s*{re.escape(key)}\s*=", lines[i]):
                return i + 1
    return start + 1


def _table_of(loc: tuple[int | str, ...]) -> str:
    """The table an error's key was written in, as the coach reads the file."""
    if len(loc) < 2:
        return "the top of the file"
    if loc[0] == "mailbox":
        return f'this [mailbox] (kind = "{loc[1]}")' if loc[1] in _BRANCHES[:3] else "[mailbox]"
    if loc[0] == "clients":
        return "a [[clients]] entry"
    return f"[{loc[0]}]"


def _belongs(name: str, tables: Sequence[str]) -> str:
    where = " or ".join(tables)
    if "the top of the file" in tables:
        return (
            "it belongs at the top of the file, before the first [table] line (a key written "
            "below a [table] line is read as part of that table)"
        )
    return f"it is written in {where}"


def describe_error(
    error: Any,
    text: str,
    path: Path,
    homes: Mapping[str, Sequence[str]],
    cite_lines: bool = True,
) -> str:
    """One line for one validation error: file, line, key path, and what to write instead."""
    loc = tuple(error["loc"])
    key = _loc(loc)
    kind = error["type"]
    message = str(error["msg"]).removeprefix("Value error, ")
    line = None
    if cite_lines:  # not for a text never written
        line = _find_line(text, loc) if loc else _quoted_line(text, message)
    where = f"{path}" + (f", line {line}" if line else "")
    secret = any(part in _SECRET_KEYS for part in loc)
    plain = _plain(kind, error.get("ctx") or {})
    if kind == "extra_forbidden":
        name = key.rsplit(".", 1)[-1]
        if name in homes:
            message = f"{name!r} is not a key of {_table_of(loc)}: " + _belongs(name, homes[name])
        else:
            close = difflib.get_close_matches(name, list(homes), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else "check its spelling against config.example.toml"
            )
            message = f"unknown key {name!r}; {hint}"
    elif kind == "missing":
        message = "this key is required; see config.example.toml for what to write"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        message = 'kind must be "imap", "maildir" or "mbox"'
    elif kind == "literal_error" and not secret:
        message = f"write {error['ctx']['expected']} (it says {error['input']!r})"
    elif plain is not None:
        said = error.get("input")
        shown = not secret and isinstance(said, str | int | float | bool)
        message = plain + (f" (it says {said!r})" if shown else "")
    elif secret:
        pass  # the message as pydantic gives it, without the value
    elif isinstance(error.get("input"), str | int | float | bool) and kind != "value_error":
        message = f"{message} (it says {error['input']!r})"
    return f"{where}: {key}: {message}" if key else f"{where}: {message}"
