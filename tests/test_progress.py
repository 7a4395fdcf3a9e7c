"""The first, long poll of a big mailbox draws a progress bar on a terminal, and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.common import progress
from service.config import Config
from service.poll.mailbox import poll_once
from service.common.progress import ProgressBar, bar_line
from tests.mail import make_message


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_says_how_far_and_how_long() -> None:
    assert bar_line("INBOX", 12_500, 50_000, 10.0) == (
        "Reading INBOX: 12,500 of 50,000 messages [#####-----------------]  25%, about 30 s left"
    )
    assert bar_line("INBOX", 50_000, 50_000, 40.0).endswith("[######################] 100%")
    assert bar_line("INBOX", 1_000, 100_000, 120.0).endswith("  1%, about 3.3 h left")
    assert " 99%" in bar_line("INBOX", 999, 1_000, 10.0)  # 100 % only when done


def test_a_long_poll_draws_the_bar_on_a_terminal_only(
    config: Config,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "SHOW_FROM", 100)  # "long", for the test
    for i in range(120):  # two batches of a local Maildir
        sender = "Jane Doe <jane.doe@example.org>" if i % 100 == 0 else f"n{i}@letters.example"
        (tmp_path / "Maildir" / "new" / f"{i}.m").write_bytes(make_message(sender=sender))
    terminal = Terminal()
    ticks = iter(range(10_000))
    poll_once(config, sessions, progress=ProgressBar(terminal, clock=lambda: float(next(ticks))))
    drawn = terminal.getvalue()
    assert drawn.startswith("\rReading INBOX: ") and drawn.endswith("\n")
    assert drawn.count("\r") >= 2  # redrawn as the batches are stored
    assert drawn.rstrip().endswith("120 of 120 messages [######################] 100%")

    piped = io.StringIO()  # not a terminal: a log file, journald
    ProgressBar(piped)("INBOX", 10, 500)
    assert piped.getvalue() == ""
    short = Terminal()
    ProgressBar(short)("INBOX", 10, 99)  # a small poll: no bar
    assert short.getvalue() == ""
