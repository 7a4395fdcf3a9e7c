"""`doorstep check`: opens what a poll and the digest open (the config, the mailbox and its
folders, the database, the mail server) and says, line by line, what works."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from service.cli.setup import load_settings, make_transport, open_sessions
from service.common.errors import DoorstepError
from service.config import Config, ImapMailbox
from service.config.roster_checks import roster_warnings


def cmd_check(args: argparse.Namespace) -> int:
    from service.config.credentials import read_secret
    from service.ingest.imap import connect_imap
    from service.notify.transport import check_smtp

    config = load_settings(args, warn=False)
    print(f"✓ Config {config.path} is valid: {len(config.clients)} client(s).")
    for warning in roster_warnings(config):
        print(f"! {warning}")
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
        open_sessions(config).kw["bind"].dispose()
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
        from service.notify.transport import FileTransport

        transport = make_transport(config)
        assert isinstance(transport, FileTransport)  # deliver = "file"
        try:
            print(f"✓ {transport.check()}.")
        except DoorstepError as e:
            failed = True
            print(f"✗ {e}")
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
