"""A local Maildir or mbox as a mail source: the embedded default for trying Doorstep.

Read-only: Python's `mailbox` is used only to list and read; nothing is moved from new/ to cur/,
no flag is changed and no file is locked for writing. A Maildir's INBOX is its top folder; other
folders are Maildir++ subfolders (`Sent` is `.Sent/`), as Dovecot and Courier lay them out.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import hashlib
import mailbox
import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from service.common.addresses import normalise_email
from service.common.errors import MailboxError
from service.ingest.fields import header_block
from service.ingest.source import FolderInfo, UidAllocator
from service.records import RawMessage

LOCAL_UIDVALIDITY = 1


def _check_maildir(path: Path, key: str) -> None:
    """A Maildir has both new/ and cur/; Doorstep never creates them (it changes nothing)."""
    missing = [name for name in ("new", "cur") if not (path / name).is_dir()]
    if len(missing) == 2:
        raise MailboxError(
            f"{path} is not a Maildir (it has no cur/ or new/ folder). Check {key}, "
            'or set kind = "mbox" if it is a single mbox file.'
        )
    if missing:
        raise MailboxError(
            f"The Maildir at {path} has no {missing[0]}/ folder, so it cannot be read. If it is "
            f"the right folder, create it (mkdir {path / missing[0]}); else check {key}."
        )


def _delivery_times(path: Path) -> dict[str, float]:
    """Each Maildir message's time (its file's, as stdlib `MaildirMessage.get_date` reads it), by
    its key (the file name up to the info part), in one listing of new/ and cur/."""
    times: dict[str, float] = {}
    for sub in ("new", "cur"):
        try:
            entries = list(os.scandir(path / sub))
        except OSError:
            continue
        for entry in entries:
            try:
                times[entry.name.split(mailbox.Maildir.colon, 1)[0]] = entry.stat().st_mtime
            except OSError:
                continue  # moved or deleted since it was listed
    return times


def _check_mbox(path: Path) -> None:
    """An mbox is a file that is empty or starts with a "From " line."""
    if path.is_dir():
        raise MailboxError(
            f"{path} is a folder, not an mbox file. Check [mailbox] path, or set "
            'kind = "maildir" if it is a Maildir.'
        )
    try:
        with path.open("rb") as f:
            start = f.read(5)
    except OSError as e:
        raise MailboxError(
            f"Could not read the mbox file {path}: {e.strerror or e}. Check that the user "
            "Doorstep runs as may read it."
        ) from e
    if start and start != b"From ":
        raise MailboxError(
            f"{path} is not an mbox file (it does not start with a 'From ' line). Check "
            "[mailbox] path and kind."
        )


class LocalSource:
    def __init__(self, kind: str, path: Path, uids: UidAllocator, sent: str | None = None) -> None:
        if not path.exists():
            raise MailboxError(
                f"The {kind} at {path} does not exist. Check [mailbox] path in the config."
            )
        if kind == "maildir":
            _check_maildir(path, "[mailbox] path")
        else:
            _check_mbox(path)
        self._kind = kind
        self._path = path
        self._uids = uids
        self._sent = sent
        self._keys: dict[str, dict[int, str]] = {}
        self._mbox_data: dict[str, bytes] = {}
        self._boxes: dict[str, mailbox.Maildir] = {}
        self._times: dict[str, dict[str, float]] = {}  # per folder, each file's time (a listing)

    def _folder_path(self, folder: str) -> Path:
        return self._path if folder == "INBOX" else self._path / f".{folder}"

    def _maildir(self, folder: str, fresh: bool = False) -> mailbox.Maildir:
        """The folder's Maildir, listed once per poll (`fresh`) and kept: a new one lists the
        whole folder again at its first look-up, which made reading N messages cost N listings."""
        if fresh or folder not in self._boxes:
            path = str(self._folder_path(folder))
            self._boxes[folder] = mailbox.Maildir(path, factory=None, create=False)
        return self._boxes[folder]

    def _current_keys(self, folder: str) -> list[str]:
        """Every message's stable key: the Maildir file's unique name, or an mbox entry's hash."""
        try:
            return self._list(folder)
        except OSError as e:
            where = self._folder_path(folder) if self._kind == "maildir" else self._path
            raise MailboxError(
                f"Could not list the {self._kind} at {where}: {e.strerror or e}. Check that it "
                "exists and that the user Doorstep runs as may read it."
            ) from e

    def _list(self, folder: str) -> list[str]:
        if self._kind == "maildir":
            self._times.pop(folder, None)
            return sorted(self._maildir(folder, fresh=True).iterkeys())
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

    def _read(self, folder: str, key: str) -> bytes | None:
        if self._kind == "mbox":
            return self._mbox_data.get(key)
        try:
            with self._maildir(folder).get_file(key) as f:
                return f.read()
        except (KeyError, FileNotFoundError):
            return None  # deleted by the coach's mail program since it was listed

    def open_folder(self, folder: str) -> FolderInfo:
        if self._kind == "mbox" and folder != "INBOX":
            raise MailboxError(f"An mbox file has one folder, INBOX; not {folder!r}.")
        if self._kind == "maildir" and folder != "INBOX":
            found = self._folder_path(folder)
            if not (found / "cur").is_dir() and not (found / "new").is_dir():
                raise MailboxError(
                    f"The folder {folder!r} does not exist: there is no Maildir at {found}. Check "
                    "[mailbox] folders and sent_folder in the config."
                )
            _check_maildir(found, "[mailbox] folders")
        return FolderInfo(name=folder, uidvalidity=LOCAL_UIDVALIDITY, uidnext=None)

    def status(self, folder: str) -> FolderInfo | None:
        return None  # listing the folder is the cheap way for a local Maildir or mbox

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        assigned = self._uids.assign(folder, self._current_keys(folder))
        self._keys[folder] = {uid: key for key, uid in assigned.items()}
        return sorted(
            uid
            for uid, key in self._keys[folder].items()
            if uid > last_uid and self._since(folder, key, since)
        )

    def _since(self, folder: str, key: str, since: date | None) -> bool:
        """Maildir: delivered (the file's time, as a Maildir keeps it) on or after `since`. Only
        the file's time is read, never the message: one that cannot be parsed is still read,
        and recorded as unreadable, like any other. An mbox keeps no delivery time."""
        if since is None or self._kind == "mbox":
            return True
        if folder not in self._times:
            self._times[folder] = _delivery_times(self._folder_path(folder))
        delivered = self._times[folder].get(key)
        return delivered is not None and datetime.fromtimestamp(delivered, UTC).date() >= since

    def uids_with(
        self, folder: str, field: str, address: str, up_to_uid: int, since: date | None
    ) -> list[int]:
        wanted = normalise_email(address)
        names = ("To", "Cc") if field == "TO" else ("From",)
        found = []
        for uid in self.uids_after(folder, 0, since):
            if uid > up_to_uid:
                break
            data = self._read(folder, self._keys[folder][uid])
            if data is None:
                continue
            headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
            values = [str(v) for name in names for v in headers.get_all(name, [])]
            if any(a and normalise_email(a) == wanted for _, a in email.utils.getaddresses(values)):
                found.append(uid)
        return found

    def fetch(
        self,
        folder: str,
        uids: Sequence[int],
        max_bytes: int | None = None,
        sizes: Mapping[int, int] | None = None,
    ) -> Iterator[RawMessage]:
        keys = self._keys.get(folder, {})
        for uid in uids:
            key = keys.get(uid)
            data = self._read(folder, key) if key is not None else None
            if data is None:
                continue
            cut = max_bytes is not None and len(data) > max_bytes
            yield RawMessage(
                folder,
                LOCAL_UIDVALIDITY,
                uid,
                data[:max_bytes] if cut else data,
                size=len(data),
                truncated=cut,
            )

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        for raw in self.fetch(folder, uids):
            head = header_block(raw.data)
            yield RawMessage(
                raw.folder, raw.uidvalidity, raw.uid, head, size=raw.size, headers_only=True
            )

    def sent_folder(self) -> str | None:
        if self._kind != "maildir":
            return None
        if self._sent is not None:
            return self._sent or None
        return "Sent" if (self._path / ".Sent" / "cur").is_dir() else None

    def keepalive(self) -> None:
        pass  # a local folder has no connection to keep

    def close(self) -> None:
        self._keys = {}
        self._times = {}
        self._mbox_data = {}
