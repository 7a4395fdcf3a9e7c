"""A local mailbox that is not what its config says gets a clear outcome from `check` and from
`poll`, never "Read 0 new message(s)" with ✓ (issue: never a false all-clear)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40


def _mbox_config(write_config: Callable[..., Path], path: Path) -> Path:
    return write_config(f'[mailbox]\nkind = "mbox"\npath = "{path}"\n')


@pytest.mark.parametrize("command", ["check", "poll"])
def test_an_mbox_path_that_is_really_a_picture_is_refused(
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    picture = tmp_path / "mail.mbox"
    picture.write_bytes(PNG)
    config = _mbox_config(write_config, picture)
    assert main(["--config", str(config), command]) != 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert "is not an mbox file" in text and "Read 0 new" not in text
    assert "Traceback" not in text


@pytest.mark.parametrize("command", ["check", "poll"])
def test_an_mbox_path_that_is_a_folder_is_refused(
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    assert main(["--config", str(_mbox_config(write_config, folder)), command]) != 0
    out = capsys.readouterr()
    assert "is a folder, not an mbox file" in out.out + out.err
    assert "Traceback" not in out.out + out.err


@pytest.mark.parametrize("missing", ["new", "cur"])
@pytest.mark.parametrize("command", ["check", "poll"])
def test_a_maildir_without_new_or_cur_fails_check_as_it_would_fail_poll(
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    missing: str,
    command: str,
) -> None:
    config = write_config()
    (tmp_path / "Maildir" / missing).rmdir()
    assert main(["--config", str(config), command]) != 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"has no {missing}/ folder" in text and f"mkdir {tmp_path / 'Maildir' / missing}" in text
    assert "Traceback" not in text


def test_check_lists_a_good_maildir_as_a_poll_would(
    write_config: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config()
    (tmp_path / "Maildir" / "new" / "1.m").write_bytes(b"From: a@b.example\r\n\r\nhi\r\n")
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    assert "'INBOX' has 1 message(s)" in out and "✓ Storage" in out
