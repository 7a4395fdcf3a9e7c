"""Issue 17: a config problem is told at the line to fix and in the coach's words. An unclosed
list is named where it opens, not where the reading stopped; a duplicate address, a bad phone
and the coach's own address on a client carry a line; a value of the wrong kind says what to
write rather than pydantic's "Input should be…"; a file nested thousands deep is refused in a
sentence. And a roster that is valid but odd (two clients with one name, one phone on two
clients, no clients at all) is warned about when a command starts and by `check`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from service.common.errors import ConfigError
from service.config import load_config
from service.config.roster_checks import roster_warnings
from tests.conftest import ROSTER


def refusal(path: Path) -> str:
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    text = str(refused.value)
    assert "Traceback" not in text and "Input should" not in text
    return text


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    "spread",
    [
        'emails = ["marcus@lee-family.example"\n\n# the next client\n',
        'emails = [\n  "marcus@lee-family.example",\n\n',
    ],
    ids=["on-one-line", "over-lines"],
)
def test_an_unclosed_list_is_named_where_it_opens(
    spread: str, write_config: Callable[..., Path]
) -> None:
    roster = ROSTER.replace('emails = ["marcus@lee-family.example"]\n', spread)
    path = write_config(roster=roster)
    told = refusal(path)
    first = spread.split("\n", 1)[0]
    opened = next(n for n, line in enumerate(path.read_text().splitlines(), 1) if line == first)
    assert f"{path}, line {opened}: a list opened with '[' here is not closed; add ']'" in told


def test_a_table_name_without_its_bracket_is_told_on_its_own_line(
    write_config: Callable[..., Path],
) -> None:
    broken = ROSTER.replace('[[clients]]\nname = "Marcus', '[[clients]\nname = "Marcus')
    path = write_config(roster=broken)
    told = refusal(path)
    number = next(
        n for n, line in enumerate(path.read_text().splitlines(), 1) if line == "[[clients]"
    )
    assert f"{path}, line {number}: a table name must end with ']]' on the same line." in told


@pytest.mark.parametrize(
    ("change", "needle", "told"),
    [
        (
            ('name = "Marcus Lee"', 'name = "Marcus Lee"\nname = "Marc"'),
            'name = "Marc"',
            "this key is written twice in its table",
        ),
        (('name = "Marcus Lee"', "name = Marcus"), "name = Marcus", "text goes in quotes"),
        (
            ("ended = 2026-05-31", "ended = 2026-5-31"),
            "ended = 2026-5-31",
            "two digits for month and day",
        ),
        (
            ('name = "Marcus Lee"', 'name: "Marcus Lee"'),
            'name: "Marcus',
            'a key is followed by "="',
        ),
        (('name = "Marcus Lee"', 'name = "C:\\Marcus"'), "C:", "write the text in single quotes"),
    ],
    ids=["key-twice", "text-without-quotes", "date-one-digit", "colon-for-equals", "backslash"],
)
def test_a_toml_mistake_is_told_in_words_at_its_line(
    change: tuple[str, str], needle: str, told: str, write_config: Callable[..., Path]
) -> None:
    path = write_config(roster=ROSTER.replace(*change))
    text = refusal(path)
    assert text.startswith(f"{path}, line {line_of(path, needle)}: ") and told in text
    assert "not valid TOML" not in text


def test_a_table_written_twice_is_told_by_its_name(write_config: Callable[..., Path]) -> None:
    path = write_config(extra="[daemon]\npoll_minutes = 5\n\n[daemon]\npoll_minutes = 6\n")
    text = refusal(path)
    assert "the table [daemon] is written twice; put all its keys under one [daemon] line" in text
    assert "('daemon',)" not in text


def test_a_list_left_open_above_a_bad_line_is_named_too(write_config: Callable[..., Path]) -> None:
    roster = ROSTER.replace(
        'emails = ["marcus@lee-family.example"]',
        'emails = [\n  "marcus@lee-family.example",\n  name = "x"',
    )
    path = write_config(roster=roster)
    text = refusal(path)
    opened = next(
        n for n, line in enumerate(path.read_text().splitlines(), 1) if line == "emails = ["
    )
    assert f"The list or {{ … }} table opened on line {opened} is not closed before it" in text


def test_a_file_nested_thousands_deep_is_refused_in_a_sentence(
    write_config: Callable[..., Path],
) -> None:
    path = write_config(extra="[daemon]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deeply to read" in refusal(path)


@pytest.mark.parametrize(
    ("change", "needle", "told"),
    [
        (
            (
                'emails = ["priya.n@example.net"]',
                'emails = ["priya.n@example.net", "Marcus@lee-family.example"]',
            ),
            "Marcus@lee-family.example",
            "belongs to both 'Marcus Lee' and 'Priya Natarajan'",
        ),
        (
            (
                'emails = ["priya.n@example.net"]',
                'emails = ["priya.n@example.net", "robin@avery-coaching.example"]',
            ),
            "priya.n@example.net",
            "listed both as the coach's address",
        ),
        (
            ('phones = ["+1 312 555 0142"]', 'phones = ["12"]'),
            'phones = ["12"]',
            "'12' is not a phone number Doorstep can read",
        ),
    ],
    ids=["duplicate-address", "coachs-own-address", "unreadable-phone"],
)
def test_a_problem_of_the_whole_roster_cites_its_line(
    change: tuple[str, str], needle: str, told: str, write_config: Callable[..., Path]
) -> None:
    path = write_config(roster=ROSTER.replace(*change))
    text = refusal(path)
    assert f"{path}, line {line_of(path, needle)}: " in text and told in text
    assert "(top level)" not in text


@pytest.mark.parametrize(
    ("extra", "told"),
    [
        (
            '[daemon]\npoll_minutes = "ten"\n',
            "daemon.poll_minutes: write a whole number without quotes, e.g. 10 (it says 'ten')",
        ),
        (
            "[daemon]\npoll_minutes = 2.5\n",
            "daemon.poll_minutes: write a whole number without quotes",
        ),
        (
            "[daemon]\npoll_minutes = 0\n",
            "daemon.poll_minutes: write a number of at least 1 (it says 0)",
        ),
        (
            "[daemon]\npoll_minutes = 100000\n",
            "daemon.poll_minutes: write a number of at most 1440",
        ),
        ("[daemon]\nbanana = 1\n", "unknown key 'banana'; check its spelling"),
    ],
    ids=["ten", "a-fraction", "too-few", "too-many", "unknown"],
)
def test_a_value_of_the_wrong_kind_says_what_to_write(
    extra: str, told: str, write_config: Callable[..., Path]
) -> None:
    assert told in refusal(write_config(extra=extra))


@pytest.mark.parametrize(
    ("change", "told"),
    [
        (
            ('status = "active"', 'status = "gone"'),
            "clients[0].status: write 'active' or 'former' (it says 'gone')",
        ),
        (
            ('emails = ["marcus@lee-family.example"]', 'emails = "marcus@lee-family.example"'),
            "clients[1].emails: write a list in square brackets",
        ),
        (
            ('name = "Marcus Lee"', "name = 5"),
            'clients[1].name: write text in quotes, e.g. "Jane Doe" (it says 5)',
        ),
        (('name = "Marcus Lee"', 'name = ""'), "clients[1].name: this may not be empty"),
        (
            ("ended = 2026-05-31", 'ended = "31 May"'),
            "clients[2].ended: write a date without quotes, e.g. 2026-05-31 (it says '31 May')",
        ),
    ],
    ids=["status", "emails-not-a-list", "name-a-number", "name-empty", "date-in-words"],
)
def test_a_client_entry_of_the_wrong_kind_says_what_to_write(
    change: tuple[str, str], told: str, write_config: Callable[..., Path]
) -> None:
    text = refusal(write_config(roster=ROSTER.replace(*change)))
    assert told in text and "is not allowed here" not in text


TWINS = (
    ROSTER
    + '\n[[clients]]\nname = "jane  doe"\nemails = ["jane@other.example"]\nphones = ["(312) 555-0142"]\n'
)


def test_a_roster_that_is_valid_but_odd_is_warned_about(write_config: Callable[..., Path]) -> None:
    warnings = roster_warnings(load_config(write_config(roster=TWINS)))
    assert len(warnings) == 2
    names, phones = warnings
    assert "2 clients" in names and "'Jane Doe' ([[clients]] entries 1 and 4)" in names
    assert "cannot tell them apart" in names
    assert "+1 312-555-0142 is listed for Jane Doe and jane  doe" in phones
    assert "filed under Jane Doe" in phones
    assert roster_warnings(load_config(write_config())) == []
    (empty,) = roster_warnings(load_config(write_config(roster="")))
    assert "No clients are listed" in empty and "doorstep clients add" in empty


def test_the_warnings_are_said_when_a_command_starts_and_by_check(
    write_config: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = write_config(roster=TWINS)
    with caplog.at_level(logging.WARNING, logger="doorstep"):
        assert main(["--config", str(path), "status"]) == 0
    assert any("cannot tell them apart" in r.getMessage() for r in caplog.records)
    caplog.clear()
    main(["--config", str(path), "check"])
    out = capsys.readouterr().out
    assert "! 2 clients in" in out and "! The phone number +1 312-555-0142" in out
    assert not any("cannot tell them apart" in r.getMessage() for r in caplog.records)


def test_adding_a_client_says_what_the_addition_makes_odd(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config()
    assert (
        main(["--config", str(path), "clients", "add", "Sam Ortiz", "--email", "sam@o.example"])
        == 0
    )
    assert "Note:" not in capsys.readouterr().out
    argv = ["--config", str(path), "clients", "add", "Jo Doe", "--phone", "+1 312 555 0142"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Note: The phone number +1 312-555-0142 is listed for Jane Doe and Jo Doe" in out
