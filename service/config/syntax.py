"""Turning a TOML syntax error into the line the coach must fix, in the coach's words.

tomllib reports where its reading stopped, which for an unclosed list or `{…}` is the line
after the one to fix (or further down, past blank lines and comments). Here the opening bracket
that was never closed is found and named instead.
"""

from __future__ import annotations

import re
from pathlib import Path

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")
_UNCLOSED = {"Unclosed array": "[", "Unclosed inline table": "{"}
_CLOSERS = {"[": "]", "{": "}"}


def _opener(text: str, upto: int, bracket: str) -> int | None:
    """The 1-based line of the last `bracket` opened in a value and still open at line `upto`."""
    stack: list[tuple[str, int]] = []
    for number, line in enumerate(text.splitlines()[:upto], start=1):
        quote = ""
        stripped = line.lstrip()
        # a [table] or [[table]] header opens no value
        if not stack and stripped.startswith("["):
            continue
        for ch in line:
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                break
            elif ch in _CLOSERS:
                stack.append((ch, number))
            elif ch in "]}" and stack:
                stack.pop()
    return next((n for ch, n in reversed(stack) if ch == bracket), None)


def _plain(what: str) -> str | None:
    """The coach's words for tomllib's other common messages, or None for the rare ones."""
    if what == "Cannot overwrite a value":
        return "this key is written twice in its table; keep one of the two lines."
    if what.startswith("Cannot declare"):
        table = ".".join(re.findall(r"'([^']*)'", what))
        return f"the table [{table}] is written twice; put all its keys under one [{table}] line."
    if what == "Invalid value":
        return (
            'this value is not one TOML can read: text goes in quotes ("Robin"), a list in '
            'square brackets (["a", "b"]), a date as 2026-05-31, a number or true/false bare.'
        )
    if what.startswith("Expected newline or end of document"):
        return (
            "something follows the value on this line: one key = value per line, a date "
            "written as 2026-05-31 (two digits for month and day), a comment after #."
        )
    if what.startswith("Expected '=' after a key"):
        return 'a key is followed by "=" and its value (name = "Robin"), with no spaces in the key.'
    if what.startswith("Unescaped '\\'"):
        return (
            "a backslash in double quotes starts an escape; write the text in single quotes "
            "('C:\\Users') or double the backslash."
        )
    return None


def describe_syntax_error(message: str, text: str, path: Path) -> str:
    """One sentence for a TOML syntax error: the file, the line to fix, and what to do."""
    found = _AT.search(message)
    what = _AT.sub("", message)
    line = int(found.group(1)) if found and found.group(1) else len(text.splitlines())
    lines = text.splitlines()
    at_header = 0 < line <= len(lines) and lines[line - 1].lstrip().startswith("[")
    if what in _UNCLOSED or (at_header and _opener(text, line - 1, "[")):
        bracket = _UNCLOSED.get(what, "[")
        opened = _opener(text, line if what in _UNCLOSED else line - 1, bracket)
        if opened is not None:
            line = opened
        kind = "a list" if bracket == "[" else "a { … } table"
        return (
            f"{path}, line {line}: {kind} opened with '{bracket}' here is not closed; "
            f"add '{_CLOSERS[bracket]}' at its end."
        )
    if what.startswith("Expected ']'") or what.startswith("Expected ']]'"):
        closer = "]]" if "]]" in what else "]"
        return f"{path}, line {line}: a table name must end with '{closer}' on the same line."
    if what == "Illegal character '\\n'" or what.startswith("Unterminated string"):
        return (
            f"{path}, line {line}: a text value is not closed; end it with the same quote "
            "it starts with, on the same line."
        )
    opened = _opener(text, line - 1, "[") or _opener(text, line - 1, "{")
    before = (
        f" The list or {{ … }} table opened on line {opened} is not closed before it: add its "
        "closing bracket."
        if opened
        else ""
    )
    plain = _plain(what)
    if plain is not None:
        return f"{path}, line {line}: {plain}{before}"
    return (
        f"{path}, line {line}: this is not valid TOML ({what}). Check the quotes, brackets "
        f"and '=' on that line against config.example.toml.{before}"
    )


def too_deep(path: Path) -> str:
    return (
        f"{path}: lists or tables are nested too deeply to read (more than a few hundred "
        "levels). Doorstep's config needs at most three; compare the file with "
        "config.example.toml."
    )
