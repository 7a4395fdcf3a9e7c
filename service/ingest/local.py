"""A local Maildir or mbox as a mail source: the embedded default for trying Doorstep.

Read-only: Python's `mailbox` is used only to list and read; nothing is moved from new/ to cur/,
no flag is changed and no file is locked for writing.
"""

from __future__ import annotations

import hashlib
import mailbox
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from service.errors import MailboxError
from service.ingest.source import FolderInfo, UidAllocator
from service.records import RawMessage

LOCAL_UIDVALIDITY = 1


class LocalSource:
    def __init__(self, kind: str, path: Path, uids: UidAllocator) -> None:
        if not path.exists():
            raise MailboxError(
                f"The {kind} at {path} does not exist. Check [mailbox] path in the config."
            )
        if kind == "maildir" and not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise MailboxError(
                f"{path} is not a Maildir (it has no cur/ or new/ folder). Check [mailbox] path, "
                'or set kind = "mbox" if it is a single mbox file.'
            )
        self._kind = kind
        self._path = path
        self._uids = uids
        self._keys: dict[int, str] = {}
        self._mbox_data: dict[str, bytes] = {}

    def _current_keys(self) -> list[str]:
        """Every message's stable key: the Maildir file's unique name, or an mbox entry's hash."""
        if self._kind == "maildir":
            return sorted(mailbox.Maildir(str(self._path), factory=None, create=False).iterkeys())
        # mailbox.mbox opens the file read-write when it may (it has no read-only mode); Doorstep
        # never calls anything that writes, locks or flushes, and closes it straight away.
        mbox = mailbox.mbox(str(self._path), create=False)
        counts: dict[str, int] = {}
        self._mbox_data = {}
        try:
            for key in mbox.iterkeys():
                data = mbox.get_bytes(key)
                digest = hashlib.sha256(data).hexdigest()
                counts[digest] = counts.get(digest, 0) + 1
                self._mbox_data[f"{digest}-{counts[digest]}"] = data
        finally:
            mbox.close()
        return sorted(self._mbox_data)

    def _read(self, key: str) -> bytes | None:
        if self._kind == "mbox":
            return self._mbox_data.get(key)
        box = mailbox.Maildir(str(self._path), factory=None, create=False)
        try:
            with box.get_file(key) as f:
                return f.read()
        except (KeyError, FileNotFoundError):
            return None  # deleted by the coach's mail program since it was listed

    def open_folder(self, folder: str) -> FolderInfo:
        if folder != "INBOX":
            raise MailboxError(f"A local {self._kind} has one folder, INBOX; not {folder!r}.")
        return FolderInfo(name=folder, uidvalidity=LOCAL_UIDVALIDITY, uidnext=None)

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        assigned = self._uids.assign(folder, self._current_keys())
        self._keys = {uid: key for key, uid in assigned.items()}
        return sorted(
            uid for uid, key in self._keys.items() if uid > last_uid and self._since(key, since)
        )

    def _since(self, key: str, since: date | None) -> bool:
        """Maildir: delivered (file time) on or after `since`. An mbox keeps no delivery time."""
        if since is None or self._kind == "mbox":
            return True
        box = mailbox.Maildir(str(self._path), factory=None, create=False)
        try:
            delivered = box.get_message(key).get_date()
        except (KeyError, FileNotFoundError):
            return False
        return datetime.fromtimestamp(delivered, UTC).date() >= since

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        for uid in uids:
            key = self._keys.get(uid)
            data = self._read(key) if key is not None else None
            if data is not None:
                yield RawMessage(folder=folder, uidvalidity=LOCAL_UIDVALIDITY, uid=uid, data=data)

    def close(self) -> None:
        self._keys = {}
        self._mbox_data = {}
