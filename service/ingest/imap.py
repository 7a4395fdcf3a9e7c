"""The coach's IMAP mailbox as a mail source, through imapclient. Read-only, always.

Folders are opened with EXAMINE (`select_folder(readonly=True)`) and messages fetched with
`BODY.PEEK[]`, so not even the \\Seen flag changes. This module has no code path that sends
STORE, EXPUNGE, MOVE, COPY or APPEND.
"""

from __future__ import annotations

import imaplib
import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SENT
from imapclient.response_parser import parse_fetch_response

from service.common.errors import MailboxAuthError, MailboxError
from service.common.tls import explain_connection_error, tls_context
from service.config import ImapMailbox
from service.config.credentials import Secret
from service.ingest.fetch_response import FetchedItem, read_fetch, uid_sets
from service.ingest.imap_reader import read_answer
from service.ingest.imap_search import new_uids
from service.ingest.source import HEADER_FIELDS, FolderInfo
from service.records import RawMessage

log = logging.getLogger(__name__)

IDLE_CHECK_SECONDS = 1.0  # how often an IDLE wait looks at `stop`
HEADER_ITEMS = f"(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})])"
# Gmail names each message once, whatever its labels (X-GM-EXT-1): that is its identity there.
GMAIL_HEADER_ITEMS = HEADER_ITEMS.replace("(UID ", "(UID X-GM-MSGID ", 1)
WHOLE_ITEMS = "(UID BODY.PEEK[])"


def connect_imap(settings: ImapMailbox, secret: Secret) -> IMAPClient:
    """The one place an IMAP connection is made: connected, TLS-verified and logged in."""
    context = tls_context(settings.ca_file)
    port = settings.effective_port
    timeout = SocketTimeout(connect=settings.timeout_seconds, read=settings.timeout_seconds)
    try:
        client = IMAPClient(
            settings.host,
            port=port,
            ssl=settings.security == "tls",
            ssl_context=context,
            timeout=timeout,
        )
        # imapclient turns on imaplib's record of every protocol line (message text and password
        # included) for its DEBUG log, which Doorstep keeps off anyway: off at the source, it
        # also costs nothing (four calls a message fetched).
        client._imap.debug = 0
        if settings.security == "starttls":
            client.starttls(context)
    except (OSError, IMAPClientError, imaplib.IMAP4.error) as e:
        raise MailboxError(explain_connection_error("IMAP", settings.host, port, e)) from e
    try:
        if secret.oauth2:
            client.oauth2_login(settings.username, secret.value)
        else:
            client.login(settings.username, secret.value)
    except LoginError as e:
        _quietly_close(client)
        if secret.oauth2:
            raise MailboxAuthError(
                f"The IMAP server {settings.host} refused the OAuth2 access token for "
                f"{settings.username!r}. Check that oauth2_token_command prints a fresh access "
                "token for that account, with the mail (IMAP) permission."
            ) from e
        raise MailboxAuthError(
            f"The IMAP server {settings.host} refused the login for {settings.username!r}. Check "
            "username and the password your password source gives; for Gmail, Fastmail or "
            "iCloud use an app password."
        ) from e
    except (OSError, IMAPClientError, imaplib.IMAP4.error) as e:
        _quietly_close(client)
        raise MailboxError(explain_connection_error("IMAP", settings.host, port, e)) from e
    return client


def _tells_of_news(responses: Sequence[Any] | None) -> bool:
    """Whether untagged responses such as (3, b"EXISTS") say that mail arrived."""
    return any(
        isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT")
        for r in responses or ()
    )


def _read_slowly(pieces: list[Any], uids: Sequence[int]) -> dict[int, FetchedItem]:
    """imapclient's general parser, for FETCH responses the fast reader leaves alone."""
    want = set(uids)
    found: dict[int, FetchedItem] = {}
    for uid, parts in parse_fetch_response(pieces, True, True).items():
        data = next((v for k, v in parts.items() if k.startswith(b"BODY[")), None)
        if int(uid) in want and isinstance(data, bytes):
            size, gm = parts.get(b"RFC822.SIZE"), parts.get(b"X-GM-MSGID")
            found[int(uid)] = FetchedItem(
                int(uid), int(size) if size else None, data, int(gm) if gm else None
            )
    return found


def _quietly_close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection is being abandoned anyway
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            log.debug("IMAP connection was already closed")


class ImapSource:
    def __init__(self, client: IMAPClient, host: str) -> None:
        self._client = client
        self._host = host
        self._selected: str | None = None
        self._uidvalidity = 0
        self._uidnext: int | None = None  # of the selected folder, as its SELECT said
        self._sent: str | None = None

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (OSError, IMAPClientError, imaplib.IMAP4.error) as e:
            raise MailboxError(
                f"The connection to {self._host} failed while {what} ({type(e).__name__}: {e}). "
                "Nothing was lost: the next poll resumes where this one stopped."
            ) from e

    def open_folder(self, folder: str) -> FolderInfo:
        try:
            info = self._call(
                f"opening {folder}", self._client.select_folder, folder, readonly=True
            )
        except MailboxError as e:
            explained = self._explained(folder, e)
            if explained is e:
                raise
            raise explained from e
        self._selected = folder
        self._uidvalidity = uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = info.get(b"UIDNEXT")
        self._uidnext = int(uidnext) if uidnext else None
        return FolderInfo(
            name=folder, uidvalidity=uidvalidity, uidnext=int(uidnext) if uidnext else None
        )

    def _explained(self, folder: str, error: MailboxError) -> MailboxError:
        """A refused SELECT or STATUS means a folder that is not there; say which to fix."""
        if isinstance(error.__cause__, imaplib.IMAP4.error) and not isinstance(
            error.__cause__, imaplib.IMAP4.abort
        ):
            return MailboxError(
                f"The folder {folder!r} does not exist on {self._host}. Check [mailbox] folders "
                'in the config (names are case-sensitive; Gmail\'s are like "[Gmail]/Sent Mail").'
            )
        return error

    def status(self, folder: str) -> FolderInfo | None:
        if self._selected is not None:
            # STATUS on the selected folder may answer from the session's stale view (RFC 3501
            # 6.3.10): leave it first. UNSELECT closes without expunging anything.
            if not self._client.has_capability("UNSELECT"):
                return None
            self._call("leaving the folder", self._client.unselect_folder)
            self._selected = None
        # Only what tells new mail. Not HIGHESTMODSEQ: Doorstep has no use for flag changes, asking
        # for it doubles the cost of STATUS on Dovecot (0.9 to 2 ms), and servers without CONDSTORE
        # (Microsoft 365) refuse it.
        items = [b"UIDNEXT", b"UIDVALIDITY"]
        try:
            info = self._call(f"asking about {folder}", self._client.folder_status, folder, items)
        except MailboxError as e:
            explained = self._explained(folder, e)
            if explained is e:
                raise
            raise explained from e
        if b"UIDNEXT" not in info or b"UIDVALIDITY" not in info:
            return None  # a server that does not say: the poll selects and searches instead
        return FolderInfo(folder, int(info[b"UIDVALIDITY"]), int(info[b"UIDNEXT"]))

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        if self._selected != folder:
            self.open_folder(folder)
        return new_uids(self._call, self._client, folder, last_uid, since, self._uidnext)

    def uids_with(
        self, folder: str, field: str, address: str, up_to_uid: int, since: date | None
    ) -> list[int]:
        if up_to_uid < 1:
            return []
        if self._selected != folder:
            self.open_folder(folder)
        where: list[object] = (
            ["OR", "TO", address, "CC", address] if field == "TO" else ["FROM", address]
        )
        criteria: list[object] = [*where, "UID", f"1:{up_to_uid}"]
        if since is not None:
            criteria += ["SINCE", since]
        uids = self._call(f"searching {folder}", self._client.search, criteria)
        return sorted(int(u) for u in uids if int(u) <= up_to_uid)

    def _fetch(self, folder: str, uids: Sequence[int], items: str) -> dict[int, FetchedItem]:
        """`UID FETCH` of one body section (always a PEEK) and maybe RFC822.SIZE, a bounded UID set
        per command, read by the fast reader or, for a response of another shape, imapclient's."""
        if self._selected != folder:
            self.open_folder(folder)
        found: dict[int, FetchedItem] = {}
        for uid_set in uid_sets(uids):
            pieces = self._call(f"reading {folder}", self._fetch_pieces, uid_set, items)
            fast = read_fetch(pieces, uids)
            found.update(fast if fast is not None else _read_slowly(pieces, uids))
        return found

    def _fetch_pieces(self, uid_set: str, items: str) -> list[Any]:
        # What imapclient's fetch() sends, the same imaplib call; the answer is read by
        # imap_reader.py (as imaplib files it, in a third of the time) and the FETCH responses by
        # fetch_response.py, not by imapclient's general parser (a character at a time).
        imap = self._client._imap
        tag = imap._command("UID", "FETCH", uid_set, items)
        typ, data, pieces = read_answer(imap, tag, "FETCH")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"FETCH failed: {data!r:.200}")
        return pieces

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        if not uids:
            return
        gmail = self._client.has_capability("X-GM-EXT-1")
        found = self._fetch(folder, uids, GMAIL_HEADER_ITEMS if gmail else HEADER_ITEMS)
        for uid in sorted(found):
            item = found[uid]
            yield RawMessage(
                folder,
                self._uidvalidity,
                uid,
                item.data,
                size=item.size or 0,
                headers_only=True,
                server_id=f"gm:{item.gm_msgid}" if item.gm_msgid else "",
            )

    def fetch(
        self,
        folder: str,
        uids: Sequence[int],
        max_bytes: int | None = None,
        sizes: Mapping[int, int] | None = None,
    ) -> Iterator[RawMessage]:
        if not uids:
            return
        if self._selected != folder:
            self.open_folder(folder)
        uidvalidity = self._uidvalidity
        known = dict(sizes or {})
        if max_bytes is not None and any(u not in known for u in uids):
            answer = self._call(
                f"sizing in {folder}",
                self._client.fetch,
                [u for u in uids if u not in known],
                ["RFC822.SIZE"],
            )
            known.update({int(u): int(v.get(b"RFC822.SIZE", 0)) for u, v in answer.items()})
        whole = [u for u in uids if max_bytes is None or known.get(u, 0) <= max_bytes]
        cut = sorted(set(uids) - set(whole))
        found: dict[int, RawMessage] = {}
        for uid, item in self._fetch(folder, whole, WHOLE_ITEMS).items() if whole else ():
            found[uid] = RawMessage(folder, uidvalidity, uid, item.data, size=len(item.data))
        if cut and max_bytes is not None:
            part = self._fetch(folder, cut, f"(UID BODY.PEEK[]<0.{max_bytes}>)")
            for uid, item in part.items():
                found[uid] = RawMessage(
                    folder, uidvalidity, uid, item.data, size=known.get(uid, 0), truncated=True
                )
        for uid in sorted(found):
            yield found[uid]

    def keepalive(self) -> None:
        """NOOP: keeps an idle kept-alive connection from being dropped (by the server's
        auto-logout or a router's idle timeout); an error means it is gone already."""
        self._call("keeping the connection alive", self._client.noop)

    def can_idle(self) -> bool:
        return bool(self._client.has_capability("IDLE"))

    def wait_for_news(self, folder: str, seconds: float, stop: threading.Event) -> bool:
        """IMAP IDLE (RFC 2177) on `folder`, opened read-only, for at most `seconds` or until
        `stop` is set: True as soon as the server reports new mail (EXISTS or RECENT)."""
        if self._selected != folder:
            self.open_folder(folder)
        self._call("starting IDLE", self._client.idle)
        news = False
        try:
            deadline = time.monotonic() + seconds
            while not news and not stop.is_set() and time.monotonic() < deadline:
                wait = max(0.0, min(IDLE_CHECK_SECONDS, deadline - time.monotonic()))
                news = _tells_of_news(
                    self._call("waiting in IDLE", self._client.idle_check, timeout=wait)
                )
        finally:
            # Mail that arrived as IDLE was being ended is told in the answer to DONE.
            _, responses = self._call("ending IDLE", self._client.idle_done)
        return news or _tells_of_news(responses)

    def sent_folder(self) -> str | None:
        """The folder with the \\Sent special-use flag (RFC 6154), else a commonly used name.
        Looked up once per connection."""
        if self._sent is None:
            found = self._call(
                "looking for the Sent folder", self._client.find_special_folder, SENT
            )
            self._sent = str(found) if found else ""
        return self._sent or None

    def close(self) -> None:
        _quietly_close(self._client)
