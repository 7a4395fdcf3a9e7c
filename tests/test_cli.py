"""The `doorstep` command: help for every command, the classify contract, clear errors, the demo."""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import logging
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from service.cli.main import build_parser, main
from tests.conftest import REPO

DEMO_MAILDIR = REPO / "demo" / "maildir"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = subcommands()
    assert set(commands) == {
        "run",
        "poll",
        "digest",
        "classify",
        "eval",
        "mark",
        "forget",
        "clients",
        "check",
        "status",
    }
    for name, sub in commands.items():
        assert sub.description, f"{name} has no description"
        with pytest.raises(SystemExit) as exit_info:
            main([name, "--help"])
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert f"usage: doorstep {name}" in out and sub.description.split()[0] in out


def demo_config(tmp_path: Path) -> Path:
    """The shipped demo config, with its database and digests moved into tmp_path."""
    text = (REPO / "demo" / "config.toml").read_text()
    text = text.replace('path = "maildir"', f'path = "{DEMO_MAILDIR}"')
    text = text.replace('file_dir = "../.demo/digests"', 'file_dir = "digests"')
    text = text.replace('url = "sqlite:///../.demo/doorstep.db"', 'url = "sqlite:///doorstep.db"')
    path = tmp_path / "demo.toml"
    path.write_text(text)
    return path


def test_after_the_digest_is_sent_the_preview_is_that_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make demo` sends the digest, then `digest --preview` pictures it: the digest the coach
    just read, not the next one (which, with nothing new, holds only what is still open)."""
    monkeypatch.setattr(
        "service.common.clock.utc_now", lambda: datetime(2026, 11, 25, 13, 30, tzinfo=UTC)
    )
    config = str(demo_config(tmp_path))
    assert main(["--config", config, "poll"]) == 0
    assert main(["--config", config, "digest", "--send"]) == 0
    capsys.readouterr()
    (sent_file,) = (tmp_path / "digests").iterdir()
    sent = email.message_from_bytes(sent_file.read_bytes(), policy=email.policy.default)
    assert isinstance(sent, EmailMessage)
    plain, html_part = sent.get_body(("plain",)), sent.get_body(("html",))
    assert plain is not None and html_part is not None
    assert main(["--config", config, "digest"]) == 0
    out, err = capsys.readouterr()
    assert out == plain.get_content()
    assert "FYI, BY CLIENT" in out and "Priya Natarajan" in out
    assert "today's digest, as sent at Wed 25 Nov, 07:30" in err
    assert main(["--config", config, "digest", "--preview", str(tmp_path / "preview.html")]) == 0
    written = (tmp_path / "preview.html").read_text(encoding="utf-8")
    assert written.rstrip("\n") == html_part.get_content().rstrip("\n")  # MIME ends it with one
    err = capsys.readouterr().err
    assert "today's digest, as sent at Wed 25 Nov, 07:30" in err and "tomorrow's" in err


def test_classify_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(DEMO_MAILDIR.glob("*/*.doorstep-demo*"))
    broken = tmp_path / "missing.eml"
    assert (
        main(
            [
                "--config",
                str(demo_config(tmp_path)),
                "classify",
                "--json",
                *map(str, files),
                str(broken),
            ]
        )
        == 1
    )
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(files) + 1
    by_subject = {Path(r["file"]).name: r for r in records}
    keys = {"file", "client", "client_status", "kind", "tag", "reasons"}
    assert all(keys <= set(r) for r in records[:-1])
    assert records[-1]["file"] == str(broken) and "error" in records[-1]
    tags = {(r["client"], r["tag"]) for r in records[:-1]}
    assert ("Alex Kim", "reply_needed") in tags
    assert ("Tom Becker", "ignored") in tags
    assert (None, None) in tags  # the newsletter: not a client, not judged
    priya = next(r for r in by_subject.values() if r["client"] == "Priya Natarajan")
    assert priya["client_status"] == "former" and priya["kind"] == "email" and priya["tag"] == "fyi"


def test_global_options_work_after_the_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alex = next(DEMO_MAILDIR.glob("new/1763700000.*"))
    config = str(demo_config(tmp_path))
    assert main(["classify", str(alex), "--json", "--config", config]) == 0
    assert main(["--config", config, "classify", str(alex), "--json"]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == second and json.loads(first)["client"] == "Alex Kim"


def test_bad_config_exits_2_with_the_key_named(
    write_config: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config()
    path.write_text(
        path.read_text().replace('timezone = "America/Chicago"', 'timezone = "Mars/Olympus"')
    )
    assert main(["--config", str(path), "status"]) == 2
    err = capsys.readouterr().err
    assert "coach.timezone" in err and "Mars/Olympus" in err and "Traceback" not in err


def test_demo_flow_poll_digest_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(demo_config(tmp_path))
    before = sorted(p.name for p in DEMO_MAILDIR.rglob("*"))
    assert main(["--config", config, "poll"]) == 0
    assert capsys.readouterr().out == (
        "Read 12 new message(s) from INBOX: 10 from clients stored, 2 from others counted only.\n"
        "Read 2 new message(s) from Sent: 1 client message(s) answered.\n"
    )
    assert main(["--config", config, "digest"]) == 0
    text = capsys.readouterr().out
    assert (
        "1 urgent · 1 needs a reply · 4 FYIs from 3 clients · 1 voicemail · 1 note from a former client"
        " · 1 new person"
        " · 1 answered since the last digest" in text
    )
    assert main(["--config", config, "digest", "--preview", str(tmp_path / "preview.html")]) == 0
    assert "Alex Kim" in (tmp_path / "preview.html").read_text()
    assert main(["--config", config, "digest", "--send"]) == 0
    assert "written to" in capsys.readouterr().out
    assert (tmp_path / "digests" / next((tmp_path / "digests").iterdir()).name).stat().st_size > 0
    assert main(["--config", config, "digest", "--send"]) == 0
    assert "already sent" in capsys.readouterr().out
    assert main(["--config", config, "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["messages"] == 10 and status["last_digest"]["status"] == "sent"
    assert sorted(p.name for p in DEMO_MAILDIR.rglob("*")) == before


def test_logs_hold_no_passwords_or_bodies(
    write_config: Callable[..., Path],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.mail import make_message

    path = write_config()
    for i, name in enumerate(sorted(DEMO_MAILDIR.glob("*/*.doorstep-demo*"))):
        shutil.copyfile(name, tmp_path / "Maildir" / "new" / f"{i}.eml")
    (tmp_path / "Maildir" / "new" / "x.eml").write_bytes(
        make_message(body="My secret sentence about the divorce.")
    )
    caplog.set_level(logging.DEBUG)
    assert main(["--config", str(path), "-v", "poll"]) == 0
    assert main(["--config", str(path), "-v", "digest", "--send"]) == 0
    logged = "\n".join(r.getMessage() for r in caplog.records) + capsys.readouterr().err
    assert "Poll done" in logged
    assert "secret sentence" not in logged and "divorce" not in logged
    assert "don't see the point" not in logged


def test_unreachable_server_is_a_clear_error_not_a_crash(
    write_config: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.servers import free_port

    monkeypatch.setenv("DOORSTEP_IMAP_PASSWORD", "x")
    mailbox = (
        '[mailbox]\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {free_port()}\nusername = "robin"\npassword_env = "DOORSTEP_IMAP_PASSWORD"\n'
    )
    path = write_config(mailbox)
    assert main(["--config", str(path), "poll"]) == 1
    err = capsys.readouterr().err
    assert "refused the connection. Check host and port." in err and "Traceback" not in err
    assert main(["--config", str(path), "check"]) == 1
    assert "✗ The IMAP server 127.0.0.1" in capsys.readouterr().out


def test_missing_password_variable_says_what_to_export(
    write_config: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DOORSTEP_IMAP_PASSWORD", raising=False)
    mailbox = (
        '[mailbox]\nkind = "imap"\nhost = "127.0.0.1"\n'
        'username = "robin"\npassword_env = "DOORSTEP_IMAP_PASSWORD"\n'
    )
    assert main(["--config", str(write_config(mailbox)), "poll"]) == 1
    assert "export DOORSTEP_IMAP_PASSWORD=" in capsys.readouterr().err


@pytest.mark.parametrize("action", ["list", "add", "end"])
def test_clients_actions_have_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["clients", action, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: doorstep clients {action}" in out and len(out.splitlines()) > 3
