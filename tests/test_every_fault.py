"""Issue 17: every command, given each fault a coach can meet, ends with a sentence that says what
happened and what to do, and a non-zero exit where it failed; never a traceback, never "an
unexpected …". The faults are real: a Maildir without its folders, an mbox path that is a
folder, password commands that print bytes that are not text, are not executable, do not parse
or are not there, a database under a file, on a read-only disk, damaged, or of a kind Doorstep
does not store in, a digest folder that is a file or on a full disk, a broken or missing config,
and bad arguments to each command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from tests.conftest import REPO
from tests.disks import fill
from tests.test_cli import demo_config

# Each command as the coach types it; the config is given to each.
COMMANDS: dict[str, list[str]] = {
    "poll": ["poll"],
    "digest": ["digest"],
    "digest --send": ["digest", "--send"],
    "digest --preview": ["digest", "--preview", "{tmp}/preview.html"],
    "status": ["status"],
    "status --json": ["status", "--json"],
    "check": ["check"],
    "mark": ["mark", "1", "fyi"],
    "forget": ["forget", "Ex Client"],
    "forget --old": ["forget", "--old", "--yes"],
    "clients list": ["clients", "list"],
    "clients add": ["clients", "add", "Zed Zu", "--email", "zed@zu.example"],
    "clients end": ["clients", "end", "Marcus Lee", "--date", "2026-01-01"],
    "classify": ["classify", "{tmp}/missing.eml"],
}
# The commands that open the mailbox, the database or the digest folder, by fault.
MAILBOX = {"poll", "check"}
STORE = set(COMMANDS) - {"check", "clients list", "clients add", "clients end", "classify"}
CONFIG = set(COMMANDS)


def _mailbox(text: str, table: str) -> str:
    start = text.index("[mailbox]")
    end = text.index("[digest]")
    return text[:start] + table + "\n" + text[end:]


def _password_command(command: str) -> Callable[[Path, str], str]:
    def fault(tmp: Path, text: str) -> str:
        (tmp / "not-text.sh").write_bytes(b"#!/bin/sh\nprintf '\\377\\376pw\\n'\n")
        (tmp / "not-executable.sh").write_text("#!/bin/sh\necho pw\n")
        (tmp / "not-executable.sh").chmod(0o644)
        table = (
            '[mailbox]\nkind = "imap"\nhost = "127.0.0.1"\nport = 9\nusername = "robin"\n'
            f"password_command = '{command.replace('{tmp}', str(tmp))}'\n"
        )
        return _mailbox(text, table)

    return fault


def _storage(url: str) -> Callable[[Path, str], str]:
    def fault(tmp: Path, text: str) -> str:
        (tmp / "a-file").write_text("")
        (tmp / "damaged.db").write_bytes(b"not a database " * 200)
        new = f'url = "{url.replace("{tmp}", str(tmp))}"'
        return text.replace('url = "sqlite:///doorstep.db"', new)

    return fault


def _no_maildir_folders(tmp: Path, text: str) -> str:
    (tmp / "bare").mkdir()
    return _mailbox(text, f'[mailbox]\nkind = "maildir"\npath = "{tmp / "bare"}"\n')


def _mbox_is_a_folder(tmp: Path, text: str) -> str:
    (tmp / "box").mkdir()
    return _mailbox(text, f'[mailbox]\nkind = "mbox"\npath = "{tmp / "box"}"\n')


def _digest_folder_is_a_file(tmp: Path, text: str) -> str:
    (tmp / "digests").write_text("")
    return text


FAULTS: dict[str, tuple[Callable[[Path, str], str], set[str]]] = {
    "maildir-without-new-or-cur": (_no_maildir_folders, MAILBOX),
    "mbox-path-is-a-folder": (_mbox_is_a_folder, MAILBOX),
    "password-command-prints-bytes": (_password_command("sh {tmp}/not-text.sh"), MAILBOX),
    "password-command-not-executable": (_password_command("{tmp}/not-executable.sh"), MAILBOX),
    "password-command-unclosed-quote": (_password_command('pass show "imap'), MAILBOX),
    "password-command-not-there": (_password_command("/nonexistent/pass show imap"), MAILBOX),
    "storage-under-a-file": (_storage("sqlite:///{tmp}/a-file/doorstep.db"), STORE | {"check"}),
    "storage-under-proc": (_storage("sqlite:////proc/no-such/doorstep.db"), STORE | {"check"}),
    "storage-damaged": (_storage("sqlite:///{tmp}/damaged.db"), STORE | {"check"}),
    "storage-mysql": (_storage("mysql://robin@localhost/doorstep"), STORE | {"check"}),
    "digest-folder-is-a-file": (_digest_folder_is_a_file, {"digest --send", "check"}),
    "config-not-toml": (lambda tmp, text: text.replace("[storage]", "[storage"), CONFIG),
    "config-wrong-kind": (lambda tmp, text: text + "\n[daemon]\npoll_minutes = true\n", CONFIG),
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    shown = capsys.readouterr()
    return code, shown.out + shown.err


def _told(code: int, shown: str, must_fail: bool) -> None:
    assert "Traceback" not in shown and "unexpected" not in shown, shown
    assert 'File "' not in shown and "Errno" not in shown, shown
    if must_fail:
        assert code != 0, shown
        told = [line for line in shown.splitlines() if line.startswith(("doorstep: ", "✗ "))]
        assert told, shown
        assert all(len(line) > 40 for line in told), shown  # a sentence, not a bare name


@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_command_meets_each_fault_with_a_sentence(
    fault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_config(tmp_path)
    make, failing = FAULTS[fault]
    config.write_text(make(tmp_path, config.read_text()))
    for name, args in COMMANDS.items():
        argv = ["--config", str(config), *(a.replace("{tmp}", str(tmp_path)) for a in args)]
        code, shown = _run(argv, capsys)
        _told(code, shown, must_fail=name in failing)
    for name in ("poll", "check"):  # -v may add detail, never a traceback
        code, shown = _run(["-v", "--config", str(config), *COMMANDS[name]], capsys)
        _told(code, shown, must_fail=name in failing)


@pytest.mark.parametrize(
    "args",
    [
        ["mark", "abc", "fyi"],
        ["mark", "1", "maybe"],
        ["digest", "--date", "31/05/2026"],
        ["clients", "end", "Marcus Lee", "--date", "2026-13-01"],
        ["clients", "end", "Nobody Here"],
        ["clients", "add", "Zed"],
        ["clients", "add", "Zed", "--email", "not-an-address"],
        ["clients", "add", "Zed", "--phone", "12"],
        ["forget"],
        ["eval", "{tmp}/nowhere"],
        ["run", "--max-mailboxes", "2"],
        ["bogus"],
        ["status", "--verbose-ish"],
    ],
    ids=" ".join,
)
def test_a_bad_argument_to_a_command_is_told_in_a_sentence(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_config(tmp_path)
    argv = ["--config", str(config), *(a.replace("{tmp}", str(tmp_path)) for a in args)]
    try:
        code = main(argv)
    except SystemExit as exit:  # argparse's own usage errors exit with 2 and a usage line
        code = int(exit.code or 0)
    shown = capsys.readouterr()
    text = shown.out + shown.err
    assert code != 0, text
    assert "Traceback" not in text and "unexpected" not in text and "Errno" not in text, text
    assert any(line.startswith(("doorstep", "usage:")) for line in text.splitlines()), text


def test_a_database_on_a_read_only_disk_is_told_for_every_command(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_config(tmp_path)
    assert main(["--config", str(config), "poll"]) == 0
    capsys.readouterr()
    shutil.copyfile(tmp_path / "doorstep.db", small_disk / "doorstep.db")  # no file left open
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    text = config.read_text().replace(
        "sqlite:///doorstep.db", f"sqlite:///{small_disk}/doorstep.db"
    )
    config.write_text(text)
    for name, args in COMMANDS.items():
        argv = ["--config", str(config), *(a.replace("{tmp}", str(tmp_path)) for a in args)]
        code, shown = _run(argv, capsys)
        _told(code, shown, must_fail=name in {"poll", "digest --send", "mark", "forget --old"})
        if code != 0 and name not in {"forget", "classify", "clients add", "clients end"}:
            assert "read-only" in shown or "cannot be opened for writing" in shown, (name, shown)


def test_digests_on_a_full_disk_are_told_and_check_finds_it_first(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_config(tmp_path)
    config.write_text(
        config.read_text().replace('file_dir = "digests"', f'file_dir = "{small_disk}"')
    )
    assert main(["--config", str(config), "poll"]) == 0
    fill(small_disk)
    capsys.readouterr()
    for args in (["check"], ["digest", "--send"]):
        code, shown = _run(["--config", str(config), *args], capsys)
        _told(code, shown, must_fail=True)
        assert "the disk is full" in shown, shown


@pytest.mark.parametrize("fault", [f for f, (_, failing) in FAULTS.items() if "digest" in failing])
def test_the_daemon_stops_at_once_with_a_sentence_when_it_cannot_start(
    fault: str, tmp_path: Path
) -> None:
    """A config or storage fault stops `run` before it starts (a mailbox fault is retried:
    the daemon logs it and polls again, as tests/test_daemon.py shows)."""
    config = demo_config(tmp_path)
    make, _ = FAULTS[fault]
    config.write_text(make(tmp_path, config.read_text()))
    done = subprocess.run(
        [sys.executable, "-m", "service", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    _told(done.returncode, done.stdout + done.stderr, must_fail=True)
