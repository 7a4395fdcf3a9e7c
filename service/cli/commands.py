"""What each `doorstep` command does: load the config, call the library, print the outcome.

The parser and `main()` are in `service.cli.main`; domain errors raised here become one clear line there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from service.cli.status import gather_status, render_status
from service.common.errors import DoorstepError
from service.common.safetext import for_terminal
from service.config import Config, ImapMailbox, config_path_from, load_config
from service.notify.transport import FileTransport, SmtpTransport, Transport
from service.records import Kind, Processed


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
    config = _config(args)
    daemon = Daemon(config, _sessions(config), make_transport(config))
    settle()
    daemon.run()
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.common.progress import ProgressBar
    from service.poll.mailbox import poll_once, settle
    from service.store.health import note_poll_failure, note_poll_success

    config = _config(args)
    sessions = _sessions(config)
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
    from service.notify.outbox import preview, run_digest

    config = _config(args)
    sessions = _sessions(config)
    if args.send:
        result = run_digest(sessions, config, make_transport(config), utc_now())
        for note in result.notes:
            print(for_terminal(note))
        return 1 if result.failed else 0
    _, rendered = preview(sessions, config, utc_now())
    if args.preview:
        out = Path(args.preview)
        out.write_text(rendered.html, encoding="utf-8")
        print(f"Wrote the HTML preview to {out} (nothing was sent).", file=sys.stderr)
    else:
        print(for_terminal(rendered.text), end="")
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from service.common.clock import local_day, utc_now
    from service.poll.mailbox import roster_of
    from service.poll.message import classify_file

    config = _config(args)
    roster = roster_of(config)
    today = local_day(config.coach.zone, utc_now())
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
            urgent=bool(item.verdict and item.verdict.urgent),
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
    urgent = " · URGENT" if result.get("urgent") else ""
    line = (
        f"{result['file']}: {who} · {result.get('kind')} · {result.get('tag')}{urgent} — {reasons}"
    )
    print(for_terminal(line))


def cmd_clients(args: argparse.Namespace) -> int:
    from datetime import date as date_type

    from service.common.clock import local_day, utc_now
    from service.config.roster_file import add_client, end_client, list_clients

    path = config_path_from(args.config)
    config = load_config(path)
    today = local_day(config.coach.zone, utc_now())
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
    from service.classify.eval_labels import find_sets
    from service.classify.eval_report import figures_sets, report_sets
    from service.classify.evaluate import SetScore, evaluate

    folder = Path(args.folder)
    scores = []
    for labelled in find_sets(folder):
        path = _eval_config_path(args.config, labelled.folder, folder)
        score = evaluate(labelled.folder, _judge(load_config(path)), labelled.name)
        scores.append(SetScore(labelled.name, labelled.folder, path, score))
    if args.json:
        print(json.dumps(figures_sets(scores), ensure_ascii=False))
    else:
        print(for_terminal(report_sets(scores)))
    return 0


def _judge(config: Config) -> Callable[[bytes], Processed]:
    """parse → match → classify with `config`'s roster, as a poll today would."""
    from service.common.clock import local_day, utc_now
    from service.poll.mailbox import roster_of
    from service.poll.message import classify_file

    roster = roster_of(config)
    today = local_day(config.coach.zone, utc_now())
    return lambda data: classify_file(data, roster, today)


def _eval_config_path(given: str | None, folder: Path, top: Path) -> Path:
    """--config when given; else the set's own config.toml, else the one of the folder of sets
    (tests/devset/config.toml serves dev and holdout), else the usual config."""
    if given:
        return config_path_from(given)
    for candidate in (folder / "config.toml", top / "config.toml"):
        if candidate.is_file():
            return candidate
    return config_path_from(None)


def cmd_mark(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.store.corrections import mark

    config = _config(args)
    applied = mark(_sessions(config), config.mailbox.account, args.id, args.mark, utc_now())
    print(f"Marked {applied.summary}. Doorstep will remember, and learn from it.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from service.common.clock import utc_now
    from service.store.privacy import forget_client, forget_old

    config = _config(args)
    sessions = _sessions(config)
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


def cmd_check(args: argparse.Namespace) -> int:
    from service.config.credentials import read_secret
    from service.ingest.imap import connect_imap
    from service.notify.transport import check_smtp

    config = _config(args)
    print(f"✓ Config {config.path} is valid: {len(config.clients)} client(s).")
    failed = False
    mailbox = config.mailbox
    if isinstance(mailbox, ImapMailbox):
        try:
            secret = read_secret("mailbox", mailbox)
            client = connect_imap(mailbox, secret)
            how = "an OAuth2 token (XOAUTH2)" if secret.oauth2 else "a password"
            print(f"✓ IMAP {mailbox.host}: logged in as {mailbox.username} with {how}.")
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
        failed |= not _check_local(config)
    try:
        _sessions(config).kw["bind"].dispose()
        print("✓ Storage: the database opens and is up to date.")
    except DoorstepError as e:
        failed = True
        print(f"✗ {e}")
    if config.digest.deliver == "smtp" and config.smtp is not None:
        try:
            print(f"✓ {check_smtp(config.smtp)}.")
        except DoorstepError as e:
            failed = True
            print(f"✗ {e}")
    else:
        print(f'✓ Digests are written to {config.digest.file_dir} (deliver = "file").')
    return 1 if failed else 0


class _CountingUids:
    """UIDs for `check` to list a local mailbox with: numbered afresh, remembered nowhere."""

    def assign(self, folder: str, keys: Sequence[str]) -> dict[str, int]:
        return {key: n for n, key in enumerate(keys, start=1)}


def _check_local(config: Config) -> bool:
    """Opens and lists the local mailbox as a poll would; whether it could."""
    from service.ingest.local import LocalSource

    mailbox = config.mailbox
    assert not isinstance(mailbox, ImapMailbox)
    try:
        source = LocalSource(mailbox.kind, mailbox.path, _CountingUids(), mailbox.sent_folder)
        for folder in mailbox.folders:
            source.open_folder(folder)
            count = len(source.uids_after(folder, 0, None))
            print(f"✓ Local {mailbox.kind} {mailbox.path}: {folder!r} has {count} message(s).")
        source.close()
    except DoorstepError as e:
        print(f"✗ {e}")
        return False
    return True


def cmd_status(args: argparse.Namespace) -> int:
    config = _config(args)
    status = gather_status(_sessions(config), config)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, default=str))
    else:
        print(for_terminal(render_status(status, config.coach.zone)))
    return 0
