"""A real Cyrus IMAP server on loopback (what Fastmail runs), the second server the IMAP tests use.

Debian's cyrus-imapd cannot be installed beside dovecot-imapd (both provide imap-server), so
deploy/install-test-deps.sh installs only cyrus-common (master, lmtpd, the tools) and sasl2-bin
(saslpasswd2) and unpacks cyrus-imapd's imapd and idled into CYRUS_DIR. The server gets a private
folder, its own imapd.conf passed to every program it starts (without `-C` a child silently reads
/etc/imapd.conf), logins from its own sasldb, and delivery over an LMTP unix socket.

Cyrus logs only to syslog, so the master runs in a private mount namespace whose /dev/log is a
socket this module reads: its audit log names every change made to a mailbox (the read-only
proof reads it, as the Dovecot tests read mail_log).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import trustme

from tests.servers import free_port, imap_mailbox_toml, wait_for_port
from tests.support import unavailable
from tests.system_deps import CYRUS_IDLED, CYRUS_IMAPD, CYRUS_TOOLS, cyrus_missing

if TYPE_CHECKING:
    from imapclient import IMAPClient

IMAPD = CYRUS_IMAPD
IDLED = CYRUS_IDLED
TOOLS = CYRUS_TOOLS  # cyrus-common: master, lmtpd, ctl_cyrusdb
CYRUS_USER = "cyrus"  # made by cyrus-common; Cyrus's master drops to it
DOMAIN = "test.example"
ADMIN = "cyrus-admin"
SENT = "INBOX.Sent"  # Debian's Cyrus keeps every folder under INBOX, separated by "."

IMAPD_CONF = """
configdirectory: {root}/lib
proc_path: {root}/run/proc
mboxname_lockpath: {root}/run/lock
defaultpartition: default
partition-default: {root}/spool
sievedir: {root}/sieve
servername: localhost
virtdomains: userid
admins: {admin}
altnamespace: no
unixhierarchysep: no
lmtp_downcase_rcpt: yes
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {root}/sasldb2
sasl_mech_list: PLAIN LOGIN
tls_server_cert: {root}/ssl/cert.pem
tls_server_key: {root}/ssl/key.pem
tls_versions: tls1_2 tls1_3
lmtpsocket: {root}/run/lmtp
idlesocket: {root}/run/idle
notifysocket: {root}/run/notify
syslog_prefix: doorstep-cyrus
# Every change to a mailbox (append, flags touched, expunge, create, delete) is logged.
auditlog: yes
# Tests decide what is in the mailbox: a message delivered twice is there twice.
duplicatesuppression: no
"""

# Debian's stock cyrus.conf has no idled: without it IDLE notices new mail only every
# imapidlepoll (60 s). Each command names the imapd.conf; children do not inherit the master's.
CYRUS_CONF = """
START {{
  recover cmd="{tools}/ctl_cyrusdb -C {conf} -r"
}}
SERVICES {{
  imap cmd="{imapd} -C {conf}" listen="127.0.0.1:{imap_port}" prefork=1 maxchild=100
  imaps cmd="{imapd} -s -C {conf}" listen="127.0.0.1:{imaps_port}" prefork=1 maxchild=100
  lmtpunix cmd="{tools}/lmtpd -C {conf}" listen="{root}/run/lmtp" prefork=0 maxchild=20
}}
EVENTS {{
  checkpoint cmd="{tools}/ctl_cyrusdb -C {conf} -c" period=30
}}
DAEMON {{
  idled cmd="{idled} -C {conf}"
}}
"""

# Run inside `unshare --mount`: a private /dev (the devices Cyrus needs, bound from the real
# one) whose /dev/log is the sink's socket, then the master. Nothing outside the namespace sees it.
IN_NAMESPACE = """
set -eu
root=$1; shift
mount -t tmpfs -o mode=0755 doorstep-cyrus-dev "$root/dev"
for d in null zero full random urandom tty; do
  touch "$root/dev/$d"
  mount --bind "/dev/$d" "$root/dev/$d"
done
ln -s /proc/self/fd "$root/dev/fd"
touch "$root/dev/log"
mount --bind "$root/syslog.sock" "$root/dev/log"
mount --move "$root/dev" /dev
exec "$@"
"""


class SyslogSink:
    """A /dev/log stand-in: a datagram socket whose messages are kept as lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(str(path))
        path.chmod(0o666)
        self._socket.settimeout(0.2)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._socket.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.lines.append(data.decode(errors="replace").rstrip("\n\x00"))

    def flush(self) -> None:
        """Wait until every message sent before this call has been read: datagrams to one
        socket are queued in the order they were sent, so a marker sent now comes after them."""
        marker = f"doorstep-flush-{os.urandom(4).hex()}"
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.sendto(marker.encode(), str(self.path))
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with self._lock:
                if marker in self.lines:
                    self.lines.remove(marker)
                    return
            time.sleep(0.01)
        raise TimeoutError("the syslog sink did not read its own marker")

    def text(self) -> str:
        with self._lock:
            return "\n".join(self.lines)

    def count(self) -> int:
        with self._lock:
            return len(self.lines)

    def since(self, mark: int) -> list[str]:
        with self._lock:
            return self.lines[mark:]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


@dataclass
class CyrusUser:
    """One test user's mailbox in the running Cyrus; the interface of tests.servers.MailUser."""

    server: CyrusServer
    name: str
    password: str
    sent_folder: str = SENT

    @property
    def mailbox(self) -> str:
        """The user's INBOX as the admin names it."""
        local, domain = self.name.split("@")
        return f"user.{local}@{domain}"

    def deliver(self, data: bytes, folder: str | None = None) -> None:
        """INBOX: over LMTP, as the mail server delivers. Another folder: APPEND, as the coach's
        mail program saves what it sent (the folder is made if missing)."""
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if folder is None:
            with smtplib.LMTP(str(self.server.lmtp_socket)) as lmtp:
                lmtp.sendmail("sender@test.example", [self.name], data)
            return
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, data)
        finally:
            client.logout()

    def mailbox_toml(
        self, security: str = "tls", folders: list[str] | None = None, batch_size: int = 100
    ) -> str:
        port = self.server.imaps_port if security == "tls" else self.server.imap_port
        return imap_mailbox_toml(
            port, security, self.name, self.server.ca_file, folders, batch_size
        )

    def client(self) -> IMAPClient:
        """A separate, independent IMAP connection for the test's own inspection."""
        return self.server.connect(self.name, self.password)

    def renumber(self) -> None:
        """Give INBOX a new UIDVALIDITY with the same messages in it, as a restore from backup
        does: the admin deletes the user's mailbox, creates it again and delivers them anew (the
        Sent folder is made again, empty)."""
        client = self.client()
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        messages = [m[b"RFC822"] for m in client.fetch(uids, ["RFC822"]).values()] if uids else []
        client.logout()
        admin = self.server.admin()
        try:
            admin.setacl(self.mailbox, ADMIN, "lrswipkxtecda")
            admin.delete_folder(self.mailbox)
            admin.create_folder(self.mailbox)
        finally:
            admin.logout()
        self.make_sent_folder()
        for data in messages:
            self.deliver(data)

    def make_sent_folder(self) -> None:
        client = self.client()
        try:
            # RFC 6154's CREATE-SPECIAL-USE: Doorstep must find it by the flag.
            typ, data = client._imap._simple_command("CREATE", self.sent_folder, "(USE (\\Sent))")
            assert typ == "OK", data
        finally:
            client.logout()

    def changes(self, since: int = 0) -> list[str]:
        """Audit-log lines about this user's folders after line `since` of the log: any change a
        client made to them (an IMAP session's traffic line is no change)."""
        local, domain = self.name.split("@")
        wanted = f"mailbox=<{domain}!user.{local}"
        return [
            line
            for line in self.server.syslog.since(since)
            if "auditlog: " in line and wanted in line and "auditlog: traffic" not in line
        ]


@dataclass
class CyrusServer:
    root: Path
    imap_port: int
    imaps_port: int
    ca_file: Path
    process: subprocess.Popen[bytes]
    syslog: SyslogSink
    admin_password: str
    _users: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def lmtp_socket(self) -> Path:
        return self.root / "run" / "lmtp"

    @property
    def log(self) -> str:
        return self.syslog.text()

    def connect(self, name: str, password: str) -> IMAPClient:
        from imapclient import IMAPClient

        context = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient(
            "127.0.0.1", port=self.imaps_port, ssl=True, ssl_context=context, timeout=20
        )
        client.login(name, password)
        return client

    def admin(self) -> IMAPClient:
        return self.connect(ADMIN, self.admin_password)

    def add_user(self) -> CyrusUser:
        """A new test user with an empty INBOX and a Sent folder marked \\Sent."""
        local = f"coach{next(self._users)}"
        password = f"pw-{os.urandom(6).hex()}"
        set_password(self.root, local, DOMAIN, password)
        user = CyrusUser(server=self, name=f"{local}@{DOMAIN}", password=password)
        admin = self.admin()
        try:
            admin.create_folder(user.mailbox)
        finally:
            admin.logout()
        user.make_sent_folder()
        return user

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # the master stops its children too
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.syslog.close()


def set_password(root: Path, local: str, domain: str, password: str) -> None:
    subprocess.run(
        ["saslpasswd2", "-p", "-c", "-f", str(root / "sasldb2"), "-u", domain, local],
        input=password.encode(),
        check=True,
        capture_output=True,
    )
    shutil.chown(root / "sasldb2", CYRUS_USER)


def missing() -> str | None:
    """Why Cyrus cannot run here, or None."""
    reason = cyrus_missing()
    if reason is not None:
        return reason
    if os.geteuid() != 0:
        return "the Cyrus tests need root: Cyrus's master process and its private /dev need it"
    try:
        pwd.getpwnam(CYRUS_USER)
    except KeyError:
        return f"the system user {CYRUS_USER!r} is missing (Debian's cyrus-common makes it)"
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is missing: Cyrus's syslog is caught in a private namespace"
    return None


def start_cyrus(ca: trustme.CA, ca_file: Path) -> CyrusServer:
    """A private Cyrus on loopback; raises RuntimeError if it does not start."""
    root = Path(tempfile.mkdtemp(prefix="doorstep-cyrus-"))
    root.chmod(0o755)
    for sub in ("lib", "lib/db", "lib/socket", "spool", "sieve", "run", "ssl", "dev"):
        (root / sub).mkdir()
    cert = ca.issue_cert("127.0.0.1", "localhost", common_name="127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(root / "ssl" / "cert.pem"))
    cert.private_key_pem.write_to_path(str(root / "ssl" / "key.pem"))
    imap_port, imaps_port = free_port(), free_port()
    conf = root / "imapd.conf"
    conf.write_text(IMAPD_CONF.format(root=root, domain=DOMAIN, admin=ADMIN))
    cyrus_conf = root / "cyrus.conf"
    cyrus_conf.write_text(
        CYRUS_CONF.format(
            tools=TOOLS,
            imapd=IMAPD,
            idled=IDLED,
            conf=conf,
            root=root,
            imap_port=imap_port,
            imaps_port=imaps_port,
        )
    )
    admin_password = f"admin-{os.urandom(6).hex()}"
    set_password(root, ADMIN, "localhost", admin_password)
    for path in root.rglob("*"):
        shutil.chown(path, CYRUS_USER, "mail")
    syslog = SyslogSink(root / "syslog.sock")
    master = [str(TOOLS / "master"), "-C", str(conf), "-M", str(cyrus_conf)]
    master += ["-p", str(root / "run" / "master.pid"), "-D"]
    unshare = ["unshare", "--mount", "--propagation", "private", "sh", "-c", IN_NAMESPACE, "sh"]
    with (root / "master.out").open("wb") as out:
        process = subprocess.Popen(
            [*unshare, str(root), *master],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = CyrusServer(root, imap_port, imaps_port, ca_file, process, syslog, admin_password)
    try:
        wait_for_port(imaps_port, process=process)
        wait_for_port(imap_port, process=process)
        deadline = time.monotonic() + 15
        while not server.lmtp_socket.exists():
            if time.monotonic() > deadline or process.poll() is not None:
                raise TimeoutError("no LMTP socket")
            time.sleep(0.05)
        server.admin().logout()
    except Exception as e:
        server.stop()
        output = (root / "master.out").read_text(errors="replace")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"Cyrus did not start ({e}):\n{output}\n{syslog.text()}") from e
    return server


def stop_cyrus(server: CyrusServer) -> None:
    server.stop()
    if os.environ.get("DOORSTEP_KEEP_CYRUS"):
        (server.root / "syslog.log").write_text(server.log)
        print(f"Cyrus's files kept in {server.root}")
    else:
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def cyrus(ca: trustme.CA, ca_file: Path) -> Iterator[CyrusServer]:
    reason = missing()
    if reason:
        unavailable(reason)
    try:
        server = start_cyrus(ca, ca_file)
    except RuntimeError as e:
        pytest.fail(str(e))
    yield server
    with contextlib.suppress(OSError):
        stop_cyrus(server)


@pytest.fixture
def cyrus_user(cyrus: CyrusServer, monkeypatch: pytest.MonkeyPatch) -> CyrusUser:
    user = cyrus.add_user()
    monkeypatch.setenv("DOORSTEP_TEST_IMAP_PASSWORD", user.password)
    return user
