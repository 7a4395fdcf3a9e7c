"""What each `doorstep` command does: load the config, call the library, print the outcome.

The parser and `main()` are in `service.cli.main`; domain errors raised here become one clear line there.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from service.cli.setup import load_settings, make_transport, open_sessions
from service.cli.status import gather_status, render_status
from service.common.errors import DoorstepError
from service.common.safetext import for_terminal


def cmd_run(args: argparse.Namespace) -> int:
    from service.daemon.mailbox import Daemon
    from service.poll.mailbox import settle

    if args.coaches is not None:
        from service.daemon.practice import Practice

        if args.max_mailboxes is not None and args.max_mailboxes < 1:
            raise DoorstepError("--max-mailboxes must be 1 or more.")
        practice = Practice(args.coaches, make_transport, max_mailboxes=args.max_mailboxes)
        settle()
        practice.run()
        return 0
    if args.max_mailboxes is not None:
        raise DoorstepError("--max-mailboxes is for a worker serving --coaches DIR.")
    config = load_settings(args)
    daemon = Daemon(config, open_sessions(config), make_transport(config))
    settle()
    daemon.run()
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.common.progress import ProgressBar
    from service.poll.mailbox import poll_once, settle
    from service.store.health import note_poll_failure, note_poll_success

    config = load_settings(args)
    sessions = open_sessions(config)
    settle()
    try:
        report = poll_once(config, sessions, progress=ProgressBar())
    except DoorstepError as e:  # noted for the digest's notice (run from cron, say), then told
        note_poll_failure(sessions, config.mailbox.account, utc_now(), str(e))
        raise
    note_poll_success(sessions, config.mailbox.account, utc_now())
    print(
        f"Read {report.fetched} new message(s) from {', '.join(report.folders)}: "
        f"{report.stored} from clients stored, {report.skipped_non_client} from others counted only"
        + (
            f", {report.already_stored} from clients stored before (the same message)"
            if report.already_stored
            else ""
        )
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
    from service.common.clock import utc_now
    from service.notify.outbox import preview, run_digest, stored_today

    config = load_settings(args)
    sessions = open_sessions(config)
    if args.send:
        # Each outcome is said below, once: the daemon's log line for a delay would repeat it.
        outbox = logging.getLogger("service.notify.outbox")
        level = outbox.level
        outbox.setLevel(max(level, logging.ERROR))
        try:
            result = run_digest(sessions, config, make_transport(config), utc_now())
        finally:
            outbox.setLevel(level)
        for note in result.notes:
            if note in result.problems:
                print(for_terminal(f"doorstep: {note}"), file=sys.stderr)
            else:
                print(for_terminal(note))
        return 1 if result.failed else 0
    # Today's digest, once there is one, is the one shown: the coach compares the preview with the
    # digest they got, and mail that came after it waits for tomorrow's (one digest a day).
    today = stored_today(sessions, config, utc_now())
    if today is not None:
        rendered = today.rendered
        said = f"{today.said}. Mail that came after it is in tomorrow's digest"
    else:
        rendered = preview(sessions, config, utc_now())[1]
        said = "the digest as it would be sent now"
    if args.preview:
        out = Path(args.preview)
        try:
            # The preview holds what clients wrote: readable by the coach alone, as the database.
            descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(rendered.html)
            out.chmod(0o600)  # an existing file keeps its mode through O_CREAT
        except OSError as e:
            raise DoorstepError(
                f"Could not write the preview to {out} ({e.strerror or e}). Check that its "
                "folder exists and is writable, or give another path to --preview."
            ) from None
        print(f"Wrote the HTML preview to {out}: {said}. Nothing was sent.", file=sys.stderr)
    else:
        print(for_terminal(rendered.text), end="")
        if today is not None:
            print(f"(That is {said}.)", file=sys.stderr)
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.store.corrections import mark

    config = load_settings(args)
    applied = mark(open_sessions(config), config.mailbox.account, args.id, args.mark, utc_now())
    print(f"Marked {applied.summary}. Doorstep will remember, and learn from it.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.store.privacy import forget_client, forget_old

    config = load_settings(args)
    sessions = open_sessions(config)
    if args.old:
        account, days = config.mailbox.account, config.storage.retention_days
        print(forget_old(sessions, account, utc_now(), days).summary)
        return 0
    if not args.client:
        raise DoorstepError("Name the client to forget (as the digest shows it), or give --old.")
    names = {c.name for c in config.roster}
    done = forget_client(
        sessions, config.mailbox.account, args.client, names, set(args.address), apply=args.yes
    )
    if args.yes:
        print(done.summary)
    else:
        print(
            f"This would forget {done.client}: {done.messages} message(s), "
            f"{len(done.addresses)} address(es) ({', '.join(done.addresses) or 'none'}) and the "
            f"text of {done.digests} digest(s). Nothing was changed; run again with --yes."
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    config = load_settings(args)
    status = gather_status(open_sessions(config), config)
    if args.json:
        print(json.dumps(status.as_json(), ensure_ascii=False))
    else:
        print(for_terminal(render_status(status, config.coach.zone)))
    return 0
