"""Nothing a client wrote reaches a log or controls the terminal: a marker in every header and
body field, the failures that used to print it (a bad encoded word, a database error), with and
without -v; and escape sequences from a Subject never reach the terminal raw."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.cli.main import main
from service.common.safetext import for_terminal

MARKER = "Qx9marker"
ESCAPES = "\x1b]0;owned\x07\x1b[2J"


def _hostile(n: int) -> bytes:
    """A client's message with the marker in every header and the body, escapes in the Subject,
    and a truncated base64 encoded word (mail-parser logs an ERROR with it)."""
    return (
        f"From: Jane {MARKER} Doe <jane.doe@example.org>\r\n"
        "To: robin@avery-coaching.example\r\n"
        f"Subject: {MARKER} =?utf-8?b?{MARKER}dGVzdA?= {ESCAPES}\r\n"
        "Date: Tue, 17 Nov 2026 15:00:00 +0000\r\n"
        f"Message-ID: <{MARKER}-{n}@example.org>\r\n"
        f"Reply-To: {MARKER} <jane.doe@example.org>\r\n"
        f"X-Note: {MARKER}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Could you call me? {MARKER} {ESCAPES} body\r\n"
    ).encode()


def _seen(capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> str:
    captured = capsys.readouterr()
    return captured.out + captured.err + "\n".join(r.getMessage() for r in caplog.records)


def test_for_terminal_strips_controls_and_sequences() -> None:
    assert for_terminal(f"a{ESCAPES}b\x9b31mc\x00\x7f\x85d\te\nf") == "abc" + "d\te\nf"
    assert for_terminal("\x1b]0;unterminated\nnext line") == "\nnext line"
    assert for_terminal("Zoë 日本 — ok") == "Zoë 日本 — ok"


@pytest.mark.parametrize("verbose", [[], ["-v"]])
def test_no_client_text_in_logs_or_terminal(
    verbose: list[str],
    write_config: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = str(write_config())
    for n in range(3):
        (tmp_path / "Maildir" / "new" / f"{n}.eml").write_bytes(_hostile(n))
    assert main(["--config", path, *verbose, "poll"]) == 0
    assert main(["--config", path, *verbose, "status"]) == 0
    status = capsys.readouterr()
    assert "\x1b" not in status.out + status.err and "\x07" not in status.out
    assert main(["--config", path, *verbose, "digest"]) == 0
    digest = capsys.readouterr()
    assert "\x1b" not in digest.out and "\x07" not in digest.out
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert MARKER not in status.err + digest.err + logged
    assert "Failed decoding header part" not in logged or verbose


def test_a_database_error_carries_no_parameters(storage_url: str, tmp_path: Path) -> None:
    from sqlalchemy import text

    from service.common.errors import StorageError
    from service.common.logfilter import safe_traceback
    from service.store.db import open_store

    if storage_url.startswith("sqlite"):
        storage_url = f"sqlite:///{tmp_path / 'doorstep.db'}"
    sessions = open_store(storage_url)
    try:
        with pytest.raises(StorageError) as info, sessions() as session:
            session.execute(text("SELECT :a + no_such_column"), {"a": MARKER})
    finally:
        sessions.kw["bind"].dispose()
    error = info.value
    assert "Could not read or write the database" in str(error)
    assert MARKER not in str(error) and MARKER not in safe_traceback(type(error), error, None)
    assert MARKER not in str(error.__cause__ or "")
