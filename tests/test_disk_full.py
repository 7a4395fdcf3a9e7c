"""A full disk under the SQLite database: the poll and the digest fail with what to do, nothing
a client wrote in the output (SQL parameters used to print the digest's text), and `status`
says so rather than "(ok)", although nothing could be written down.

A real full disk: a small tmpfs mounted for the test (root only), filled up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from tests.disks import fill
from tests.mail import make_message

MARKER = "Qz7diskmarker"


def _client_mail(maildir: Path, n: int) -> None:
    body = f"Could you call me? {MARKER} " + "words " * 40_000  # needs new database pages
    (maildir / "new" / f"{n}.eml").write_bytes(
        make_message(subject=f"{MARKER} Thursday {n}", body=body, message_id=f"<{MARKER}{n}@x>")
    )


def test_a_full_disk_is_told_without_client_text_and_status_shows_it(
    small_disk: Path,
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "service.cli.status.LOW_DISK", 1024 * 1024, raising=False
    )  # a 3 MB disk, not yet full
    url = f"sqlite:///{small_disk / 'doorstep.db'}"
    config = write_config().read_text().replace('url = "', f'url = "{url}"\n# was: url = "', 1)
    path = tmp_path / "config.toml"
    path.write_text(config)
    _client_mail(tmp_path / "Maildir", 1)
    assert main(["--config", str(path), "poll"]) == 0
    assert main(["--config", str(path), "status"]) == 0
    assert "MB free" not in capsys.readouterr().out  # room enough: nothing said

    fill(small_disk)
    _client_mail(tmp_path / "Maildir", 2)
    assert main(["--config", str(path), "poll"]) != 0
    poll = capsys.readouterr()
    assert "the disk holding the database is full" in poll.err
    assert main(["--config", str(path), "digest", "--send"]) != 0
    digest = capsys.readouterr()
    assert "the disk holding the database is full" in digest.err
    for shown in (poll.out + poll.err, digest.out + digest.err):
        assert MARKER not in shown and "Traceback" not in shown and "words words" not in shown

    assert main(["--config", str(path), "status"]) == 0
    status = capsys.readouterr().out
    assert f"!! the disk holding the database ({small_disk}) has only 0 MB free" in status
    assert "Free some space there." in status
