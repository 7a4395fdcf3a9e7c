"""Benchmark: Doorstep's first poll of a big mailbox against a raw full fetch and mbsync.

Run by hand, as root (Dovecot's master wants it), from the checkout:

    .venv/bin/python bench/first_poll.py --messages 10000 --client-share 0.05
    .venv/bin/python bench/first_poll.py --messages 10000 --client-share 1.0
    .venv/bin/python bench/first_poll.py --messages 50000 --client-share 0.05 --skip-baselines

It starts a private Dovecot on loopback, writes N synthetic messages straight into its Maildir,
then times, in the same run: (a) an imapclient loop fetching every message with BODY.PEEK[] in
batches of 500, (b) `mbsync` pulling the mailbox into an empty Maildir (Debian's isync, if
installed), (c) Doorstep's first poll in a child process (headers, matching, bodies of client
mail, parse, classify, store in SQLite), with its peak RSS, and (d) a second poll with nothing new.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trustme  # noqa: E402

from tests.mail import make_message  # noqa: E402
from tests.servers import dovecot_binary, start_dovecot, stop_dovecot  # noqa: E402

CLIENTS = [f"client{i}@clients.example" for i in range(40)]
LINES = [
    "Thanks for the session on Tuesday, it helped a lot.",
    "I kept the journal going most days this week.",
    "Could we move Thursday's call to Friday morning?",
    "Work has been busy but I am sleeping better.",
    "Here is the article I mentioned about habits.",
    "This week's newsletter: ten ideas for a calmer inbox.",
    "Your order has shipped and will arrive on Monday.",
]


def message(i: int, rng: random.Random, client_share: float, realistic: bool = False) -> bytes:
    """Small plain-text mail (about 2 KB each); with `realistic`, the coach's other mail is sized
    like real mail: HTML newsletters of 20-80 KB and one message in ten with a 100-800 KB
    attachment (about 80 KB on average; client mail stays short notes)."""
    body = "\n".join(rng.choice(LINES) for _ in range(rng.randint(5, 60)))
    if rng.random() < client_share:
        return make_message(
            sender=f"Client <{rng.choice(CLIENTS)}>", subject=f"Update {i}", body=body
        )
    attachment = None
    if realistic:
        body += (
            "\n"
            + "<p>"
            + " ".join(rng.choice(LINES) for _ in range(rng.randint(400, 1600)))
            + "</p>"
        )
        if rng.random() < 0.1:
            attachment = (f"report-{i}.pdf", rng.randbytes(rng.randint(100_000, 800_000)))
    if rng.random() < 0.7:
        return make_message(
            sender=f"news{i % 50}@letters.example",
            subject=f"Issue {i}",
            body=body,
            headers={"List-Id": f"<list{i % 50}.letters.example>"},
            attachment=attachment,
        )
    return make_message(
        sender=f"friend{i % 300}@people.example",
        subject=f"Re: plans {i}",
        body=body,
        headers={"In-Reply-To": f"<t{i}@people.example>"},
        attachment=attachment,
    )


def open_like_a_mail_client(user, ca_file: Path) -> None:  # type: ignore[no-untyped-def]
    """SELECT the inbox read-write once, as the coach's own mail program does: Dovecot then moves
    the delivered files from new/ to cur/. Left in new/ (where only read-only sessions ever
    looked), every STATUS rescans the directory, which no real mailbox makes it do."""
    from imapclient import IMAPClient

    client = IMAPClient(
        "127.0.0.1",
        port=user.server.imaps_port,
        ssl=True,
        ssl_context=ssl.create_default_context(cafile=str(ca_file)),
    )
    client.login(user.name, user.password)
    client.select_folder("INBOX")
    client._imap.uid("FETCH", "1:*", "(FLAGS)")  # and its flags, as any first sync does
    client.logout()


def raw_fetch(user, ca_file: Path) -> float:  # type: ignore[no-untyped-def]
    from imapclient import IMAPClient

    start = time.perf_counter()
    client = IMAPClient(
        "127.0.0.1",
        port=user.server.imaps_port,
        ssl=True,
        ssl_context=ssl.create_default_context(cafile=str(ca_file)),
    )
    client.login(user.name, user.password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    total = 0
    for i in range(0, len(uids), 500):
        for data in client.fetch(uids[i : i + 500], ["BODY.PEEK[]"]).values():
            total += len(data[b"BODY[]"])
    client.logout()
    return time.perf_counter() - start


def mbsync(user, ca_file: Path, work: Path) -> float | None:  # type: ignore[no-untyped-def]
    binary = shutil.which("mbsync")
    if binary is None:
        return None
    (work / "mbsync-store").mkdir()
    rc = work / "mbsyncrc"
    rc.write_text(
        f"IMAPAccount bench\nHost 127.0.0.1\nPort {user.server.imaps_port}\nUser {user.name}\n"
        f"Pass {user.password}\nSSLType IMAPS\nCertificateFile {ca_file}\n\n"
        "IMAPStore remote\nAccount bench\n\n"
        f"MaildirStore local\nPath {work}/mbsync-store/\nInbox {work}/mbsync-store/INBOX\n\n"
        "Channel pull\nFar :remote:\nNear :local:\nPatterns INBOX\nCreate Near\nSync Pull\nExpunge None\nSyncState *\n"
    )
    start = time.perf_counter()
    result = subprocess.run(
        [binary, "-c", str(rc), "-q", "pull"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"mbsync failed: {result.stderr.strip()}")
    return time.perf_counter() - start


CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from service.config import load_config
from service.poll.mailbox import open_source, poll_once
from service.store.db import open_store
from service.poll.mailbox import settle
def peak_rss_mb():
    # VmHWM: this process's own peak. (ru_maxrss would also count the benchmark's memory from
    # before exec, which on Linux it inherits: after a raw fetch of 1 GB that is 250 MB.)
    line = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024
config = load_config(Path({config!r}))
sessions = open_store(config.storage.url)
settle()  # as `doorstep poll` and `doorstep run` do before their first poll
start = time.perf_counter()
source = open_source(config, sessions)
report = poll_once(config, sessions, source=source)
first = time.perf_counter() - start
for _ in range(3):  # the first leaves the folder it had open (UNSELECT); then one STATUS each
    poll_once(config, sessions, source=source)
times = []
for _ in range(50):
    start = time.perf_counter()
    again = poll_once(config, sessions, source=source)
    times.append(time.perf_counter() - start)
second = sorted(times)[len(times) // 2]
# Dovecot answers STATUS more slowly (about 4 ms) on the one session that first filled its cache
# with these header fields; a kept connection opened after that is the daemon's steady state.
source.close()
source = open_source(config, sessions)
for _ in range(3):
    poll_once(config, sessions, source=source)
times = []
for _ in range(50):
    start = time.perf_counter()
    poll_once(config, sessions, source=source)
    times.append(time.perf_counter() - start)
steady = sorted(times)[len(times) // 2]
print(json.dumps({{"first": first, "second": second, "steady": steady, "fetched": report.fetched, "stored": report.stored,
                  "again": again.fetched, "rss_mb": peak_rss_mb()}}))
"""


HEADER_PASS = """
import sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from service.config import load_config
from service.poll.mailbox import open_source
from service.store.db import open_store
config = load_config(Path({config!r}))
source = open_source(config, open_store(config.storage.url))
start = time.perf_counter()
uids = source.uids_after("INBOX", 0, None)
count = 0
for i in range(0, len(uids), 500):
    count += sum(1 for _ in source.fetch_headers("INBOX", uids[i : i + 500]))
print(time.perf_counter() - start, count)
"""  # noqa: S105 - the header pass, not a password


def write_config(work: Path, user) -> Path:  # type: ignore[no-untyped-def]
    roster = "".join(
        f'[[clients]]\nname = "Client {i}"\nemails = ["{a}"]\n\n' for i, a in enumerate(CLIENTS)
    )
    config = work / "config.toml"
    config.write_text(
        '[coach]\nname = "Bench"\nemails = ["robin@avery-coaching.example"]\ntimezone = "UTC"\n\n'
        + user.mailbox_toml(batch_size=500)
        + 'history_days = 0\nsent_folder = ""\n\n'
        + f'[digest]\ndeliver = "file"\nfile_dir = "{work}/out"\n\n[storage]\nurl = "sqlite:///{work}/db.sqlite"\n\n'
        + roster
    )
    return config


def doorstep(user, ca_file: Path, work: Path, script: str = CHILD) -> str:  # type: ignore[no-untyped-def]
    config = write_config(work, user)
    env = {**os.environ, "DOORSTEP_TEST_IMAP_PASSWORD": user.password}
    out = subprocess.run(
        [sys.executable, "-c", script.format(repo=str(REPO), config=str(config))],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return out.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--client-share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-baselines", action="store_true", help="time Doorstep only")
    parser.add_argument(
        "--header-pass-only",
        action="store_true",
        help="instead of Doorstep's first poll, time only its header pass (every new message's "
        "header fields, fetched as the poll fetches them, nothing parsed): the floor of a first poll",
    )
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="size the non-client mail like real mail (HTML newsletters, attachments)",
    )
    args = parser.parse_args()
    binary = dovecot_binary()
    if binary is None or os.geteuid() != 0:
        sys.exit("needs Dovecot (apt-get install dovecot-imapd) and root")
    ca = trustme.CA()
    work = Path(tempfile.mkdtemp(prefix="doorstep-bench-"))
    ca_file = work / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server = start_dovecot(binary, ca, ca_file)
    try:
        user = server.add_user()
        rng = random.Random(args.seed)  # noqa: S311 - reproducible test mail, not secrets
        start = time.perf_counter()
        for i in range(args.messages):
            user.deliver(message(i, rng, args.client_share, args.realistic))
        load = time.perf_counter() - start
        print(
            f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
            f"loaded {args.messages} messages in {load:.1f} s "
            f"({sum(p.stat().st_size for p in (user.maildir / 'new').iterdir()) / 1e6:.1f} MB)"
        )
        open_like_a_mail_client(user, ca_file)
        os.sync()  # the files just written reach the disk now, not while a contender is timed
        # Let Dovecot index the folder once, so every contender meets the same warm server.
        raw = raw_fetch(user, ca_file)
        if not args.skip_baselines:
            raw = raw_fetch(user, ca_file)
            print(f"raw BODY.PEEK[] fetch, batches of 500: {raw:.2f} s")
            sync = mbsync(user, ca_file, work)
            print(
                f"mbsync pull: {sync:.2f} s"
                if sync is not None
                else "mbsync: not installed (apt-get install isync)"
            )
        if args.header_pass_only:
            took, count = doorstep(user, ca_file, work, HEADER_PASS).split()
            print(
                f"doorstep's header pass alone: {float(took):.2f} s for {count} messages"
                + (f", {float(took) / raw:.2f} x the raw fetch" if not args.skip_baselines else "")
            )
            return
        d = dict(json.loads(doorstep(user, ca_file, work)))
        rate = d["fetched"] / d["first"]
        print(
            f"doorstep first poll: {d['first']:.2f} s for {d['fetched']:.0f} messages "
            f"({rate:.0f}/s), {d['stored']:.0f} stored; peak RSS {d['rss_mb']:.0f} MB"
        )
        print(
            f"doorstep poll with nothing new, kept connection (median of 50): {d['second'] * 1000:.2f} ms "
            f"on the first poll's connection, {d['steady'] * 1000:.2f} ms on one kept after it"
        )
        if not args.skip_baselines:
            print(f"ratio doorstep/raw fetch: {d['first'] / raw:.2f}")
    finally:
        stop_dovecot(server)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
