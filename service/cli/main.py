"""The `doorstep` command: a thin layer that loads the config, calls the library and reports.

Domain errors become one clear line on stderr and a non-zero exit; `main(argv)` is testable
in-process.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from service import __version__
from service.common.errors import ConfigError, DoorstepError
from service.common.logcontext import CoachInLog
from service.common.logfilter import NoClientText, safe_traceback
from service.common.safetext import for_terminal
from service.records import MARKS

log = logging.getLogger("doorstep")


# Libraries that could print message content, protocol lines or their own patterns: warnings only.
QUIET_LOGGERS = (
    "mailparser",
    "mailparser_reply",
    "imapclient",
    "aiosmtplib",
    "apscheduler",
    "alembic",
    "sqlalchemy",
)


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
    handler.addFilter(CoachInLog())  # "[coach] …" on a practice's lines (doorstep run --coaches)
    handler.addFilter(NoClientText(verbose))  # libraries quiet, tracebacks without their text
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if h.get_name() != "doorstep"] + [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO if daemon else logging.WARNING)
    # Third-party loggers that could print message content or protocol lines stay quiet: at
    # WARNING they do not even format their lines, and the filter drops what they still log.
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.CRITICAL + 1)


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


def _day(text: str) -> date:
    """A date as --date takes it: YYYY-MM-DD, and a real day."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date Doorstep can read; write it as YYYY-MM-DD, e.g. 2026-05-31"
        ) from None


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
        description="Run Doorstep in the foreground until stopped (SIGTERM or Ctrl-C). With "
        "--coaches, serve every coach whose config file (NAME.toml) is in that folder: a "
        "practice's worker; several may serve one folder, each mailbox polled by one at a time.",
    )
    p.add_argument(
        "--coaches",
        metavar="DIR",
        type=Path,
        help="serve every coach config file (*.toml) in DIR instead of the one --config",
    )
    p.add_argument(
        "--max-mailboxes",
        metavar="N",
        type=int,
        help="with --coaches: serve at most N mailboxes; other workers serve the rest",
    )
    p.set_defaults(func="run")

    p = sub.add_parser(
        "poll",
        parents=[common],
        help="read new mail once, store client messages, and exit",
        description="Read what is new in the mailbox once, store the client messages, and exit.",
    )
    p.set_defaults(func="poll")

    p = sub.add_parser(
        "digest",
        parents=[common],
        help="show today's digest, write an HTML preview, or send it now",
        description="Without options, print today's digest as plain text: the one sent (or stored "
        "to be sent) today if there is one, else the digest as it would be sent now. Nothing is "
        "sent unless --send is given.",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--preview", metavar="FILE", help="write the HTML digest to FILE without sending it"
    )
    group.add_argument(
        "--send", action="store_true", help="store and send today's digest now (at most one a day)"
    )
    p.set_defaults(func="digest")

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
    p.set_defaults(func="classify")

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
        choices=sorted(MARKS),
        help="fyi, reply_needed, reply, answered or done",
    )
    p.set_defaults(func="mark")

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
        "--date",
        metavar="YYYY-MM-DD",
        type=_day,
        help="the last day of coaching (default: today)",
    )
    p.set_defaults(func="clients")

    p = sub.add_parser(
        "eval",
        parents=[common],
        help="score the classifier on a labelled folder of .eml files",
        description="Classify every .eml file named in FOLDER/labels.csv (header "
        "file,client,kind,tag,urgent,traits; urgent and traits optional, see DEVELOPERS.md) and "
        "print precision, recall and F1 for reply-needed, client-matching and ignored accuracy, "
        "urgent recall and precision, the confusion table, the figures per kind and per trait, "
        "and every miss with its reasons (missed distress first). A FOLDER without labels.csv "
        "whose subfolders have one is scored per set, then in total. Without --config, a set is "
        "judged with its own config.toml, else FOLDER/config.toml, else the usual config.",
    )
    p.add_argument(
        "folder", metavar="FOLDER", help="a folder of .eml files with labels.csv, or of such sets"
    )
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.set_defaults(func="eval")

    p = sub.add_parser(
        "forget",
        parents=[common],
        help="remove everything stored about a client who asks (or, with --old, what is past "
        "retention_days)",
        description="Remove everything Doorstep stored about CLIENT: their messages, the "
        "corrections of them, the addresses they wrote from, and the text of the digests that "
        "showed them. Remove the client from the config first. Without --yes it only says what "
        "would go. With --old, remove the text of everything older than [storage] "
        "retention_days now (the daemon does this once a day). Your mailbox is never touched.",
    )
    p.add_argument(
        "client", metavar="CLIENT", nargs="?", help="the client's name, as the digest shows it"
    )
    p.add_argument(
        "--address",
        action="append",
        default=[],
        metavar="EMAIL",
        help="an address of theirs to forget too (repeatable); their messages' addresses are found",
    )
    p.add_argument("--yes", action="store_true", help="do it (without: only say what would go)")
    p.add_argument("--old", action="store_true", help="apply the retention period now")
    p.set_defaults(func="forget")

    p = sub.add_parser(
        "check",
        parents=[common],
        help="validate the config and try the mailbox and SMTP logins",
        description="Validate the config, log in to the mailbox and the SMTP server, "
        "and explain any failure. Reads nothing and sends nothing.",
    )
    p.set_defaults(func="check")

    p = sub.add_parser(
        "status",
        parents=[common],
        help="show last polls, stored counts and the last digest",
        description="Show the last poll of each folder, counts of stored messages, and the last digest.",
    )
    p.add_argument("--json", action="store_true", help="print the status as one JSON object")
    p.set_defaults(func="status")
    return parser


# Each command's module, imported only when it runs: `doorstep --help` and `doorstep status` do
# not load the classifier, the mail parser or the scheduler.
COMMANDS = {
    "run": "service.cli.commands",
    "poll": "service.cli.commands",
    "digest": "service.cli.commands",
    "mark": "service.cli.commands",
    "forget": "service.cli.commands",
    "status": "service.cli.commands",
    "classify": "service.cli.judging",
    "eval": "service.cli.judging",
    "check": "service.cli.check",
    "clients": "service.cli.clients",
}


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    found: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(COMMANDS[name]), f"cmd_{name}"
    )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose, daemon=args.command == "run")
    try:
        return int(_command(args.func)(args))
    except ConfigError as e:
        print(for_terminal(f"doorstep: {e}"), file=sys.stderr)
        return 2
    except DoorstepError as e:
        print(for_terminal(f"doorstep: {e}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The output went to a pipe whose reader has stopped (`doorstep status | head -3`): what
        # it read is all it wanted. Quiet, and no second error when Python flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as e:  # noqa: BLE001 - its text can hold what a client wrote: not printed
        print(safe_traceback(type(e), e, e.__traceback__), file=sys.stderr)
        print(
            f"doorstep: an unexpected {type(e).__name__} stopped this command; its details are "
            "withheld as they can hold client mail. Please report it with the lines above.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
