"""Issue 17, the first answers in the coach's words: a bad --date, ending a client who has ended
already, a preview to a folder that is not there, and output cut short by a pipe each end with
a sentence that says what happened and what to do, never a traceback."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli.main import main
from tests.conftest import REPO
from tests.test_cli import demo_config


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of config.example.toml, as a coach starts with."""
    path = tmp_path / "config.toml"
    shutil.copyfile(REPO / "config.example.toml", path)
    return path


@pytest.mark.parametrize(
    "written", ["31/05/2026", "2026-13-01", "yesterday", "2026-02-30"], ids=str
)
def test_a_bad_end_date_is_told_in_a_sentence(
    written: str,
    example: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = example.read_bytes()
    with pytest.raises(SystemExit) as exit_:
        main(["clients", "end", "Jane Doe", "--date", written, "--config", str(example)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"{written!r} is not a date Doorstep can read; write it as YYYY-MM-DD" in err
    assert "Traceback" not in err and "ValueError" not in err
    assert example.read_bytes() == before


def test_ending_a_client_who_has_ended_already_changes_nothing_and_says_so(
    example: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = ["--config", str(example)]
    assert main(["clients", "end", "Jane Doe", "--date", "2026-05-31", *config]) == 0
    once = example.read_bytes()
    assert main(["clients", "end", "Jane Doe", "--date", "2026-06-30", *config]) == 1
    err = capsys.readouterr().err
    assert "Jane Doe is a former client already (ended 2026-05-31); nothing was changed" in err
    assert "edit the 'ended' line" in err
    assert example.read_bytes() == once


def test_a_preview_to_a_missing_folder_is_told_and_a_preview_is_the_coachs_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = ["--config", str(demo_config(tmp_path))]
    assert main(["poll", *config]) == 0
    missing = tmp_path / "no-such-folder" / "digest.html"
    assert main(["digest", "--preview", str(missing), *config]) == 1
    err = capsys.readouterr().err
    assert f"Could not write the preview to {missing}" in err and "Traceback" not in err
    written = tmp_path / "digest.html"
    written.write_text("old")
    written.chmod(0o644)
    assert main(["digest", "--preview", str(written), *config]) == 0
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "<html" in written.read_text()


@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["digest"]], ids=" ".join)
def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    config = demo_config(tmp_path)
    assert main(["poll", "--config", str(config)]) == 0
    reader = subprocess.Popen(
        [sys.executable, "-m", "service", "--config", str(config), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # the reader stops at once, as `| head -c 0` would
    err = reader.stderr.read().decode()
    reader.stderr.close()
    assert reader.wait(timeout=60) != 0
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_a_password_command_is_read_for_its_first_line_only() -> None:
    """`pass show` prints the password, then the entry's other lines (a login, a URL)."""
    from service.config.credentials import read_password

    command = f"{sys.executable} -c \"print('s3cret'); print('login: robin'); print('url: x')\""
    assert read_password("mailbox", None, command) == "s3cret"


@pytest.mark.parametrize(
    ("url", "told"),
    [
        (
            "sqlite:////tmp/{tmp}/a-file/doorstep.db",
            "cannot be made there (a file is in the way where a folder should be)",
        ),
        ("sqlite:////proc/no-such/doorstep.db", "cannot be made there"),
        ("mysql://robin@localhost/doorstep", "[storage] url names 'mysql', which Doorstep"),
        ("postgresql+pg8000://robin@localhost/doorstep", "needs a database driver"),
    ],
    ids=["parent-is-a-file", "under-proc", "mysql", "missing-driver"],
)
@pytest.mark.parametrize("command", ["poll", "check"])
def test_a_storage_url_that_cannot_be_opened_is_told_and_check_says_so_too(
    url: str, told: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("")
    config = demo_config(tmp_path)
    text = config.read_text().replace('url = "sqlite:///doorstep.db"', f'url = "{url}"')
    config.write_text(text.replace("/tmp/{tmp}", str(tmp_path)))
    assert main([command, "--config", str(config)]) in (1, 2)
    shown = capsys.readouterr()
    assert told in shown.out + shown.err
    assert "Traceback" not in shown.out + shown.err and "unexpected" not in shown.err


def test_history_days_beyond_a_hundred_years_is_refused_by_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_config(tmp_path)
    config.write_text(
        config.read_text().replace('kind = "maildir"', 'kind = "maildir"\nhistory_days = 100000000')
    )
    assert main(["poll", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "mailbox.history_days" in err and "36500" in err and "Traceback" not in err
