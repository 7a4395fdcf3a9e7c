"""The `doorstep` command: a thin layer that loads the config, calls the library and reports.

Domain errors become one clear line on stderr and a non-zero exit; `main(argv)` is testable
in-process.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from service import __version__
from service.config import Config, ImapMailbox, config_path_from, load_config
from service.errors import ConfigError, DoorstepError
from service.notify.transport import FileTransport, SmtpTransport, Transport
from service.records import Kind
from service.status import gather_status, render_status
from service.store.corrections import ALIASES

log = logging.getLogger("doorstep")


def _setup_logging(verbose: bool, daemon: bool) -> None:
    """The daemon logs its progress; one-shot commands print a summary and log only problems."""
    handler = logging.StreamHandler(sys.stderr)
    # journald adds its own timestamps; a terminal gets them from us.
    fmt = (
        "%(asctime)s %(levelname)s %(name)s: %(message)s"
        if sys.stderr.isatty()
        else "%(levelname)s %(name)s: %(message)s"
    )
    handler.setFormatter(logging.Formatter(fmt, datefmt="%Y-%m-%d %H:%M:%S"))
    handler.set_name("doorstep")
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if h.get_name() != "doorstep"] + [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO if daemon else logging.WARNING)
    # Third-party loggers that could print message content or protocol lines stay quiet.
    for name in ("mailparser", "imapclient", "aiosmtplib", "apscheduler", "alembic", "sqlalchemy"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path_from(args.config))


def _sessions(config: Config) -> sessionmaker[Session]:
    from service.store.db import open_store

    return open_store(config.storage.url)


def make_transport(config: Config) -> Transport:
    if config.digest.deliver == "file":
        assert config.digest.file_dir is not None  # checked by the config
        return FileTransport(config.digest.file_dir)
    assert config.smtp is not None  # checked by the config
    return SmtpTransport(config.smtp)


def cmd_run(args: argparse.Namespace) -> int:
    from service.daemon import Daemon

    config = _config(args)
    Daemon(config, _sessions(config), make_transport(config)).run()
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from service.pipeline import poll_once

    config = _config(args)
    report = poll_once(config, _sessions(config))
    print(
        f"Read {report.fetched} new message(s) from {', '.join(report.folders)}: "
        f"{report.stored} from clients stored, {report.skipped_non_client} from others counted only"
        + (f", {report.parse_errors} unreadable (recorded)" if report.parse_errors else "")
        + "."
        + (
            f"\nStored {report.backfilled} earlier message(s) of newly added client address(es)."
            if report.backfilled
            else ""
        )
        + (
            f"\nRead {report.sent_read} new message(s) from {report.sent_folder}: "
            f"{report.answered} client message(s) answered."
            if report.sent_folder
            else ""
        )
    )
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    from service.notify.outbox import preview, run_digest
    from service.pipeline import utc_now

    config = _config(args)
    sessions = _sessions(config)
    if args.send:
        result = run_digest(sessions, config, make_transport(config), utc_now())
        for note in result.notes:
            print(note)
        return 1 if result.failed else 0
    _, rendered = preview(sessions, config, utc_now())
    if args.preview:
        out = Path(args.preview)
        out.write_text(rendered.html, encoding="utf-8")
        print(f"Wrote the HTML preview to {out} (nothing was sent).", file=sys.stderr)
    else:
        print(rendered.text, end="")
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from service.pipeline import classify_file, roster_of, utc_now

    config = _config(args)
    roster = roster_of(config)
    today = utc_now().astimezone(config.coach.zone).date()
    status = 0
    for name in args.files:
        result: dict[str, object] = {"file": name}
        try:
            data = Path(name).read_bytes()
        except OSError as e:
            result["error"] = f"could not read the file: {e.strerror or e}"
            status = 1
            _print_classified(result, args.json)
            continue
        item = classify_file(data, roster, today)
        client = item.match.client
        result.update(
            client=client.name if client else None,
            client_status=item.client_status.value if item.client_status else None,
            kind=(
                item.verdict.kind if item.verdict else item.note.kind if item.note else Kind.EMAIL
            ).value,
            tag=item.verdict.tag.value
            if item.verdict
            else ("ignored" if item.match.own_digest else None),
            reasons=list(item.verdict.reasons)
            if item.verdict
            else (
                ["Doorstep's own digest"]
                if item.match.own_digest
                else ([] if client else ["not from a client: Doorstep does not judge or store it"])
            ),
        )
        if item.failure is not None:
            result["error"] = f"could not parse the message: {item.failure.error}"
        _print_classified(result, args.json)
    return status


def _print_classified(result: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    if "error" in result and result.get("client") is None:
        print(f"{result['file']}: {result['error']}")
        return
    who = result.get("client") or "not a client"
    listed = result.get("reasons")
    reasons = "; ".join(str(r) for r in listed) if isinstance(listed, list) else ""
    print(f"{result['file']}: {who} · {result.get('kind')} · {result.get('tag')} — {reasons}")


def cmd_clients(args: argparse.Namespace) -> int:
    from datetime import date as date_type

    from service.pipeline import utc_now
    from service.roster_file import add_client, end_client, list_clients

    path = config_path_from(args.config)
    config = load_config(path)
    today = utc_now().astimezone(config.coach.zone).date()
    if args.action == "list":
        entries = list_clients(config, today)
        if not entries:
            print('No clients yet. Add one with: doorstep clients add "NAME" --email ADDRESS')
        for e in entries:
            contact = ", ".join([*e.emails, *e.phones]) or "no address"
            ended = f", ended {e.ended}" if e.ended else ""
            print(f"{e.name} ({e.status}{ended}): {contact}")
        return 0
    if args.action == "add":
        if not args.email and not args.phone:
            raise DoorstepError("Give the client at least one --email or --phone.")
        add_client(path, args.name, args.email, args.phone, former=args.former)
        print(
            f"Added {args.name} to {path}. A running Doorstep picks this up by itself; "
            "their earlier mail is read on the next poll."
        )
        return 0
    when = date_type.fromisoformat(args.date) if args.date else today
    name = end_client(path, args.name, when)
    print(f"{name} is now a former client (ended {when}) in {path}.")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from service.classify.evaluate import evaluate, report
    from service.pipeline import classify_file, roster_of, utc_now

    config = _config(args)
    roster = roster_of(config)
    today = utc_now().astimezone(config.coach.zone).date()
    score = evaluate(Path(args.folder), lambda data: classify_file(data, roster, today))
    print(report(score))
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    from service.pipeline import utc_now
    from service.store.corrections import mark

    config = _config(args)
    applied = mark(_sessions(config), args.id, args.mark, utc_now())
    print(f"Marked {applied.summary}. Doorstep will remember, and learn from it.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from service.credentials import read_password
    from service.ingest.imap import connect_imap
    from service.notify.transport import check_smtp

    config = _config(args)
    print(f"✓ Config {config.path} is valid: {len(config.clients)} client(s).")
    failed = False
    mailbox = config.mailbox
    if isinstance(mailbox, ImapMailbox):
        try:
            client = connect_imap(
                mailbox, read_password("mailbox", mailbox.password_env, mailbox.password_command)
            )
            try:
                for folder in mailbox.folders:
                    try:
                        info = client.select_folder(folder, readonly=True)
                        print(
                            f"✓ IMAP {mailbox.host}: folder {folder!r} has {int(info[b'EXISTS'])} message(s)."
                        )
                    except Exception as e:  # noqa: BLE001 - reported to the coach, check goes on
                        failed = True
                        print(
                            f"✗ IMAP {mailbox.host}: folder {folder!r} could not be opened ({e}). "
                            "Check [mailbox] folders; names are case-sensitive."
                        )
            finally:
                client.logout()
        except DoorstepError as e:
            failed = True
            print(f"✗ {e}")
    else:
        exists = mailbox.path.exists()
        failed |= not exists
        print(
            f"{'✓' if exists else '✗'} Local {mailbox.kind} {mailbox.path} "
            f"{'is there' if exists else 'does not exist: check [mailbox] path'}."
        )
    if config.digest.deliver == "smtp" and config.smtp is not None:
        try:
            print(f"✓ {check_smtp(config.smtp)}.")
        except DoorstepError as e:
            failed = True
            print(f"✗ {e}")
    else:
        print(f'✓ Digests are written to {config.digest.file_dir} (deliver = "file").')
    return 1 if failed else 0


def cmd_status(args: argparse.Namespace) -> int:
    config = _config(args)
    status = gather_status(_sessions(config), config)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, default=str))
    else:
        print(render_status(status, config.coach.zone))
    return 0


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--config",
        metavar="PATH",
        default=default,
        help="the config file (default: $DOORSTEP_CONFIG, else ~/.config/doorstep/config.toml)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="log more detail (never message content)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="doorstep",
        description="Reads your mailbox (read-only), sorts client mail into FYI and reply-needed, "
        "and sends you one calm daily digest.",
    )
    parser.add_argument("--version", action="version", version=f"doorstep {__version__}")
    _add_global_options(parser, default=None)
    # The same options are accepted after the command too (`doorstep classify F --config C`);
    # there they default to SUPPRESS so they never overwrite a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "run",
        parents=[common],
        help="run the daemon: poll every few minutes, send the digest daily",
        description="Run Doorstep in the foreground until stopped (SIGTERM or Ctrl-C).",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "poll",
        parents=[common],
        help="read new mail once, store client messages, and exit",
        description="Read what is new in the mailbox once, store the client messages, and exit.",
    )
    p.set_defaults(func=cmd_poll)

    p = sub.add_parser(
        "digest",
        parents=[common],
        help="show today's digest, write an HTML preview, or send it now",
        description="Without options, print the plain-text digest as it would be sent now. "
        "Nothing is sent unless --send is given.",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--preview", metavar="FILE", help="write the HTML digest to FILE without sending it"
    )
    group.add_argument(
        "--send", action="store_true", help="store and send today's digest now (at most one a day)"
    )
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser(
        "classify",
        parents=[common],
        help="classify .eml files without storing them",
        description="Parse, match and classify raw messages; nothing is stored.",
    )
    p.add_argument("files", nargs="+", metavar="FILE.eml", help="raw RFC 5322 message files")
    p.add_argument(
        "--json", action="store_true", help="print one JSON object per file, one per line"
    )
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser(
        "mark",
        parents=[common],
        help="correct a message's verdict: fyi, reply_needed or answered",
        description="Correct the verdict of message ID (the #number in the digest and in "
        "'doorstep status'): fyi, reply_needed (or reply), answered (or done). Doorstep keeps the "
        "correction and learns from repeated ones.",
    )
    p.add_argument("id", metavar="ID", type=int, help="the message's number, e.g. 3 for #3")
    p.add_argument(
        "mark",
        metavar="MARK",
        choices=sorted(ALIASES),
        help="fyi, reply_needed, reply, answered or done",
    )
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser(
        "clients",
        parents=[common],
        help="list, add or end clients (edits the config file, keeping its comments)",
        description="List the clients in the config, add one, or mark one as a former client. "
        "The config file is edited in place; its comments and layout are kept.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "list",
        parents=[common],
        help="list the clients and their addresses",
        description="List every client with their status, addresses and phones.",
    )
    add = actions.add_parser(
        "add", parents=[common], help="add a client", description="Add a client to the config file."
    )
    add.add_argument("name", metavar="NAME", help='the client\'s name, e.g. "Sam Ortiz"')
    add.add_argument(
        "--email",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="an email address (repeat for more)",
    )
    add.add_argument(
        "--phone",
        action="append",
        default=[],
        metavar="NUMBER",
        help="a phone number, best with its country code (repeat for more)",
    )
    add.add_argument("--former", action="store_true", help="add them as a former client")
    end = actions.add_parser(
        "end",
        parents=[common],
        help="mark a client as former",
        description="Mark a client as a former client from a date (default today).",
    )
    end.add_argument("name", metavar="NAME", help="the client's name as in the config")
    end.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the last day of coaching (default: today)"
    )
    p.set_defaults(func=cmd_clients)

    p = sub.add_parser(
        "eval",
        parents=[common],
        help="score the classifier on a labelled folder of .eml files",
        description="Classify every .eml file named in FOLDER/labels.csv (columns file,client,kind,tag) "
        "and print precision, recall and F1 for reply-needed, client-matching and ignored accuracy, "
        "the confusion table and every miss with its reasons.",
    )
    p.add_argument("folder", metavar="FOLDER", help="a folder of .eml files with labels.csv")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "check",
        parents=[common],
        help="validate the config and try the mailbox and SMTP logins",
        description="Validate the config, log in to the mailbox and the SMTP server, "
        "and explain any failure. Reads nothing and sends nothing.",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "status",
        parents=[common],
        help="show last polls, stored counts and the last digest",
        description="Show the last poll of each folder, counts of stored messages, and the last digest.",
    )
    p.add_argument("--json", action="store_true", help="print the status as one JSON object")
    p.set_defaults(func=cmd_status)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose, daemon=args.command == "run")
    try:
        return int(args.func(args))
    except ConfigError as e:
        print(f"doorstep: {e}", file=sys.stderr)
        return 2
    except DoorstepError as e:
        print(f"doorstep: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
