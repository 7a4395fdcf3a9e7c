"""Real servers on loopback: Dovecot (IMAP) and aiosmtpd (SMTP), with TLS from a throwaway CA."""

from __future__ import annotations

import asyncio
import base64
import grp
import itertools
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import trustme

from tests.support import unavailable
from tests.system_deps import dovecot_binary, dovecot_missing

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session
    from imapclient import IMAPClient

DOVECOT_USER = "doorstep-test"  # Dovecot will not store mail as root; this system user owns it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(
    port: int, timeout: float = 15.0, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Until something listens on the port; a `process` that exits first ends the wait at once."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise TimeoutError(
                f"the server exited ({process.returncode}) before it listened on 127.0.0.1:{port}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


# ---------------------------------------------------------------------------------- Dovecot


def imap_mailbox_toml(
    port: int,
    security: str,
    username: str,
    ca_file: Path,
    folders: list[str] | None = None,
    batch_size: int = 100,
) -> str:
    """The [mailbox] table for a test server's user (Dovecot's or Cyrus's)."""
    return (
        "[mailbox]\n"
        'kind = "imap"\n'
        'host = "127.0.0.1"\n'
        f"port = {port}\n"
        f'security = "{security}"\n'
        f'username = "{username}"\n'
        'password_env = "DOORSTEP_TEST_IMAP_PASSWORD"\n'
        f'ca_file = "{ca_file}"\n'
        f"folders = {folders or ['INBOX']!r}\n".replace("'", '"')
        + "timeout_seconds = 20\n"
        + f"batch_size = {batch_size}\n"
    )


@dataclass
class MailUser:
    """One test user's mailbox in the running Dovecot."""

    server: DovecotServer
    name: str
    password: str
    home: Path
    _n: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"

    def deliver(self, data: bytes, folder: str | None = None) -> None:
        """Write a message into the Maildir as a delivery agent would (twice as fast as APPEND)."""
        base = self.maildir if folder is None else self.maildir / f".{folder}"
        for sub in ("tmp", "new", "cur"):
            (base / sub).mkdir(parents=True, exist_ok=True)
            os.chown(base / sub, self.server.uid, self.server.gid)
        os.chown(base, self.server.uid, self.server.gid)
        name = f"{time.time_ns()}.P{os.getpid()}Q{next(self._n)}.doorstep-test"
        tmp = base / "tmp" / name
        tmp.write_bytes(data)
        os.chown(tmp, self.server.uid, self.server.gid)
        tmp.rename(base / "new" / name)

    def mailbox_toml(
        self, security: str = "tls", folders: list[str] | None = None, batch_size: int = 100
    ) -> str:
        port = self.server.imaps_port if security == "tls" else self.server.imap_port
        return imap_mailbox_toml(
            port, security, self.name, self.server.ca_file, folders, batch_size
        )

    def client(self) -> IMAPClient:
        """A separate, independent IMAP connection for the test's own inspection."""
        from imapclient import IMAPClient

        context = ssl.create_default_context(cafile=str(self.server.ca_file))
        client = IMAPClient(
            "127.0.0.1", port=self.server.imaps_port, ssl=True, ssl_context=context, timeout=20
        )
        client.login(self.name, self.password)
        return client


@dataclass
class DovecotServer:
    root: Path
    conf: Path
    imap_port: int
    imaps_port: int
    ca_file: Path
    uid: int
    gid: int
    process: subprocess.Popen[bytes]
    accounts: list[tuple[str, str]]

    @property
    def log(self) -> Path:
        return self.root / "dovecot.log"

    def add_user(self) -> MailUser:
        """The next unused test user, each with an empty Maildir of its own."""
        name, password = self.accounts.pop(0)
        home = self.root / "home" / name
        (home / "Maildir").mkdir(parents=True)
        for p in (home, home / "Maildir"):
            os.chown(p, self.uid, self.gid)
        return MailUser(server=self, name=name, password=password, home=home)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def start_again(self) -> None:
        """After `stop`: the same server, with the same mail, users and ports, back up."""
        binary = dovecot_binary()
        assert binary is not None and self.process.poll() is not None
        with (self.root / "master.out").open("ab") as out:
            self.process = subprocess.Popen(
                [binary, "-F", "-c", str(self.conf)], stdout=out, stderr=subprocess.STDOUT
            )
        wait_for_port(self.imaps_port, process=self.process)


DOVECOT_CONF = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/ssl/cert.pem
ssl_key = <{root}/ssl/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
# xoauth2 too: Dovecot checks the bearer token as it would a password (the token is the passdb's
# password here), which is how Doorstep's OAuth2 login is tested.
auth_mechanisms = plain login xoauth2 oauthbearer
first_valid_uid = 1
first_valid_gid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  # An unusual name on purpose: Doorstep must find it by its flag (RFC 6154), not its name.
  mailbox "Sent Items" {{
    special_use = \\Sent
  }}
}}
mail_plugins = $mail_plugins notify mail_log
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
protocol imap {{
  # The kill test leaves many connections behind for a moment; the default (10) would refuse logins.
  mail_max_userip_connections = 200
}}
# IDLE reports new mail at once through inotify; this is the fallback where inotify is missing.
mailbox_idle_check_interval = 1 secs
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
plugin {{
  # Every change a client could make to the mailbox is logged; the read-only test reads this.
  mail_log_events = delete undelete expunge copy mailbox_create mailbox_delete mailbox_rename flag_change save append
  mail_log_fields = uid box msgid flags
}}
"""


def _ensure_system_user() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam(DOVECOT_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                DOVECOT_USER,
            ],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(DOVECOT_USER)
    return entry.pw_uid, grp.getgrgid(entry.pw_gid).gr_gid


def start_dovecot(
    binary: str, ca: trustme.CA, ca_file: Path, extra_conf: str = ""
) -> DovecotServer:
    """A private Dovecot on loopback with 200 test users; raises RuntimeError if it does not start.
    Used by the fixture below and by the benchmarks in bench/. `extra_conf` is appended to its
    configuration (to make it behave like another server)."""
    uid, gid = _ensure_system_user()
    root = Path(tempfile.mkdtemp(prefix="doorstep-dovecot-"))
    root.chmod(0o755)
    (root / "ssl").mkdir()
    (root / "home").mkdir()
    (root / "home").chmod(0o755)
    # Users are written before the start: Dovecot re-reads a changed passwd-file only by mtime,
    # at one-second resolution, so users added while it runs can be missed.
    accounts = [(f"coach{i}@test.example", f"pw-{os.urandom(6).hex()}") for i in range(1, 201)]
    (root / "passwd").write_text("".join(f"{n}:{{PLAIN}}{p}::::::\n" for n, p in accounts))
    cert = ca.issue_cert("127.0.0.1", "localhost", common_name="127.0.0.1")  # mbsync wants a CN
    cert.cert_chain_pems[0].write_to_path(str(root / "ssl" / "cert.pem"))
    cert.private_key_pem.write_to_path(str(root / "ssl" / "key.pem"))
    imap_port, imaps_port = free_port(), free_port()
    conf = root / "dovecot.conf"
    conf.write_text(
        DOVECOT_CONF.format(root=root, uid=uid, gid=gid, imap_port=imap_port, imaps_port=imaps_port)
        + extra_conf
    )
    with (root / "master.out").open("wb") as out:
        process = subprocess.Popen(
            [binary, "-F", "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT
        )
    server = DovecotServer(root, conf, imap_port, imaps_port, ca_file, uid, gid, process, accounts)
    try:
        wait_for_port(imaps_port, process=process)
        wait_for_port(imap_port, process=process)
    except TimeoutError as e:
        server.stop()
        output = (root / "master.out").read_text(errors="replace")
        log = server.log.read_text(errors="replace") if server.log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"Dovecot did not start:\n{output}\n{log}") from e
    return server


def stop_dovecot(server: DovecotServer) -> None:
    server.stop()
    if os.environ.get("DOORSTEP_KEEP_DOVECOT"):
        print(f"Dovecot's files kept in {server.root}")
    else:
        shutil.rmtree(server.root, ignore_errors=True)


def running_dovecot(ca: trustme.CA, ca_file: Path, extra_conf: str = "") -> DovecotServer:
    """A started Dovecot for a fixture, or the reason there is none (skip, or fail in CI)."""
    reason = dovecot_missing()
    if reason is not None:
        unavailable(reason)
    if os.geteuid() != 0:
        unavailable("the Dovecot tests need root: Dovecot's master process runs as root")
    binary = dovecot_binary()
    assert binary is not None  # dovecot_missing found it
    try:
        return start_dovecot(binary, ca, ca_file, extra_conf)
    except RuntimeError as e:
        pytest.fail(str(e))


@pytest.fixture(scope="session")
def dovecot(ca: trustme.CA, ca_file: Path) -> Iterator[DovecotServer]:
    server = running_dovecot(ca, ca_file)
    yield server
    stop_dovecot(server)


@pytest.fixture
def mail_user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> MailUser:
    user = dovecot.add_user()
    monkeypatch.setenv("DOORSTEP_TEST_IMAP_PASSWORD", user.password)
    return user


def mail_log_events(server: DovecotServer, user: MailUser) -> list[str]:
    """mail_log lines about this user's mailbox: any change a client made to it."""
    if not server.log.exists():
        return []
    pattern = re.compile(
        rf"imap\({re.escape(user.name)}\).*: (delete|undelete|expunge|copy|"
        r"mailbox_create|mailbox_delete|mailbox_rename|flag_change|save|append)\b"
    )
    return [
        line for line in server.log.read_text(errors="replace").splitlines() if pattern.search(line)
    ]


# ---------------------------------------------------------------------------------- SMTP


@dataclass
class SmtpServer:
    """aiosmtpd on loopback with STARTTLS and AUTH; `mode` makes it refuse or drop on purpose."""

    port: int
    username: str
    password: str
    received: list[bytes] = field(default_factory=list)
    mode: str = "accept"  # accept, tempfail (451), permfail (554), drop

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.mode == "tempfail":
            return "451 4.3.0 Try again later"
        if self.mode == "permfail":
            return "554 5.7.1 Message refused"
        if self.mode == "drop":
            assert server.transport is not None  # it is serving this connection
            server.transport.close()
            return "421 closing"
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)  # not decoded: the controller has no decode_data
        self.received.append(bytes(content))
        return "250 2.0.0 OK"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """XOAUTH2, as Gmail and Microsoft 365 take it: the password stands in for a valid token."""
        from aiosmtpd.smtp import AuthResult

        try:
            fields = base64.b64decode(args[1], validate=True).decode().split("\x01")
        except (IndexError, ValueError):
            return AuthResult(success=False)
        ok = fields[:2] == [f"user={self.username}", f"auth=Bearer {self.password}"]
        return AuthResult(success=ok, handled=False)

    def smtp_toml(
        self, ca_file: Path, source: str = 'password_env = "DOORSTEP_TEST_SMTP_PASSWORD"'
    ) -> str:
        return (
            "[smtp]\n"
            'host = "127.0.0.1"\n'
            f"port = {self.port}\n"
            'security = "starttls"\n'
            f'username = "{self.username}"\n'
            f"{source}\n"
            f'ca_file = "{ca_file}"\n'
            "timeout_seconds = 10\n"
        )


@pytest.fixture
def smtp_server(
    ca: trustme.CA, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SmtpServer]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    state = SmtpServer(
        port=free_port(), username="digest-sender", password=f"smtp-{os.urandom(6).hex()}"
    )

    def authenticator(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: object
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == state.username
            and auth_data.password.decode() == state.password
        )
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    controller = Controller(
        state,
        hostname="127.0.0.1",
        port=state.port,
        server_hostname="localhost",
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
        ready_timeout=10,
    )
    controller.start()
    monkeypatch.setenv("DOORSTEP_TEST_SMTP_PASSWORD", state.password)
    yield state
    controller.stop()
    asyncio.set_event_loop(None)
