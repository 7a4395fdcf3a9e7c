"""Benchmark: Doorstep's first poll of a big mailbox against a raw full fetch and mbsync.

Run by hand, as root (Dovecot's master wants it), from the checkout:

    .venv/bin/python bench/first_poll.py --messages 10000 --client-share 0.05
    .venv/bin/python bench/first_poll.py --messages 10000 --client-share 0.05 --mix standard
    .venv/bin/python bench/first_poll.py --messages 10000 --client-share 1.0
    .venv/bin/python bench/first_poll.py --messages 50000 --client-share 0.05 --skip-baselines

It starts a private Dovecot on loopback, writes N synthetic messages straight into its Maildir,
then times, in the same run: (a) an imapclient loop fetching every message with BODY.PEEK[] in
batches of 500, in a child process, (b) `mbsync` pulling the mailbox into an empty Maildir
(Debian's isync, if installed), (c) Doorstep's first poll in a child process (headers, matching,
bodies of client mail, parse, classify, store in SQLite), with its peak RSS, and (d) a second poll
with nothing new.

(a) and (c) are each timed twice: inside the child, from just before it connects (its imports,
and for Doorstep its config and store, already done), and from process start, that is from just
before the child is started (interpreter start, imports of imapclient or of Doorstep, config,
store) until the fetch, or the first poll, is done. The ratio doorstep/raw fetch is printed for
both; the one from process start is what a coach waits for when `doorstep poll` first runs.

The mail mix (`--mix`):

- `notes` (the default): every message a short plain-text note of about 2 KB.
- `realistic` (also `--realistic`): the coach's other mail sized like real mail, HTML newsletters
  of 20-80 KB and one message in ten with a 100-800 KB attachment; client mail stays 2 KB notes.
- `standard`: of the N messages, exactly 69 % plain text of about 2 KB (kind `plain`), 30 %
  multipart/alternative, a text part and an HTML part with the same paragraphs, of about 20 KB
  (`html`), and 1 % a short note with a 200 KB PDF attached, about 270 KB as sent (`pdf`). Client mail (`--client-share`) is spread
  over these kinds as the other mail is: the same share of each kind is from clients (5 % of the
  plain notes, 5 % of the HTML mail, 5 % of the PDFs), as a client writing from a webmail program
  sends HTML mail and now and then a PDF. The counts are exact (largest remainder), the order and
  the contents come from `--seed`.

A mix is a row of `MIXES`: its kinds (rows of `KINDS`) and their shares.
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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trustme  # noqa: E402

from tests.mail import make_message  # noqa: E402
from tests.servers import MailUser, start_dovecot, stop_dovecot  # noqa: E402
from tests.system_deps import dovecot_binary  # noqa: E402

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
DATE = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)  # as tests.mail.make_message dates its mail


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


@dataclass(frozen=True)
class Envelope:
    """Who a message of a mix is from, and the header fields that go with that sender."""

    sender: str
    subject: str
    headers: Mapping[str, str]


def envelope(i: int, rng: random.Random, client: bool) -> Envelope:
    """A client's update; else, as in `message`, a newsletter (7 in 10) or a friend's reply."""
    if client:
        return Envelope(f"Client <{rng.choice(CLIENTS)}>", f"Update {i}", {})
    if rng.random() < 0.7:
        return Envelope(
            f"news{i % 50}@letters.example",
            f"Issue {i}",
            {"List-Id": f"<list{i % 50}.letters.example>"},
        )
    return Envelope(
        f"friend{i % 300}@people.example",
        f"Re: plans {i}",
        {"In-Reply-To": f"<t{i}@people.example>"},
    )


def paragraphs(rng: random.Random, size: int) -> list[str]:
    """Lines of LINES adding up to about `size` characters."""
    lines: list[str] = []
    total = 0
    while total < size:
        lines.append(rng.choice(LINES))
        total += len(lines[-1]) + 1
    return lines


def compose(
    i: int,
    who: Envelope,
    text: str,
    html: str | None = None,
    pdf: tuple[str, bytes] | None = None,
) -> bytes:
    """The message's bytes, with the header fields `tests.mail.make_message` writes."""
    msg = EmailMessage()
    msg["From"] = who.sender
    msg["To"] = "robin@avery-coaching.example"
    msg["Subject"] = who.subject
    msg["Date"] = format_datetime(DATE)
    msg["Message-ID"] = f"<bench-{i}@mix.example>"
    for name, value in who.headers.items():
        msg[name] = value
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if pdf is not None:
        msg.add_attachment(pdf[1], maintype="application", subtype="pdf", filename=pdf[0])
    if msg.is_multipart():  # else the boundary is drawn from the unseeded `random`
        msg.set_boundary(f"=_bench-{i}-boundary")
    return msg.as_bytes()


def plain_note(i: int, rng: random.Random, who: Envelope) -> bytes:
    """Plain text, about 2 KB in all."""
    return compose(i, who, "\n".join(paragraphs(rng, rng.randint(1500, 1900))))


def html_mail(i: int, rng: random.Random, who: Envelope) -> bytes:
    """multipart/alternative: the same paragraphs as text and as HTML, about 20 KB in all."""
    lines = paragraphs(rng, rng.randint(8200, 9700))
    html = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html><head><meta charset="utf-8">',
            f"<title>{who.subject}</title></head>",
            '<body><table role="presentation" width="100%"><tr><td>',
            *(f"<p>{line}</p>" for line in lines),
            "</td></tr></table></body></html>",
        ]
    )
    return compose(i, who, "\n".join(lines), html=html)


def pdf_mail(i: int, rng: random.Random, who: Envelope) -> bytes:
    """A short note with a PDF of 200,000 bytes attached (about 270 KB as sent)."""
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n"
    tail = b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    pdf = head + rng.randbytes(200_000 - len(head) - len(tail)) + tail
    text = "\n".join(paragraphs(rng, rng.randint(300, 900)))
    return compose(i, who, text, pdf=(f"document-{i}.pdf", pdf))


KINDS: dict[str, Callable[[int, random.Random, Envelope], bytes]] = {
    "plain": plain_note,
    "html": html_mail,
    "pdf": pdf_mail,
}
MIXES: dict[str, dict[str, float]] = {
    "standard": {"plain": 0.69, "html": 0.30, "pdf": 0.01},
}
LEGACY_MIXES = ("notes", "realistic")  # made by `message`, one random draw at a time


def apportion(total: int, weights: Mapping[str, float]) -> dict[str, int]:
    """`total` split in proportion to `weights`, in whole numbers that add up to it (the largest
    remainders are rounded up)."""
    whole = sum(weights.values())
    if total <= 0 or whole <= 0:
        return dict.fromkeys(weights, 0)
    quotas = {k: total * w / whole for k, w in weights.items()}
    counts = {k: int(q) for k, q in quotas.items()}
    for k in sorted(quotas, key=lambda k: counts[k] - quotas[k])[: total - sum(counts.values())]:
        counts[k] += 1
    return counts


def plan(
    n: int, mix: Mapping[str, float], client_share: float, rng: random.Random
) -> list[tuple[str, bool]]:
    """Each message's kind and whether it is from a client, in a shuffled order: exactly the
    mix's share of each kind, and the client share of each kind from clients."""
    kinds = apportion(n, mix)
    clients = apportion(round(n * client_share), kinds)
    slots = [(kind, j < clients[kind]) for kind, count in kinds.items() for j in range(count)]
    rng.shuffle(slots)
    return slots


def mailbox(
    n: int, mix: str, client_share: float, seed: int
) -> Iterator[tuple[str, bool | None, bytes]]:
    """The N messages of the mix, one at a time: each one's kind, whether it is from a client
    (None in the mixes `message` makes, which draws that itself), and its bytes."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test mail, not secrets
    if mix in LEGACY_MIXES:
        for i in range(n):
            yield mix, None, message(i, rng, client_share, mix == "realistic")
        return
    for i, (kind, client) in enumerate(plan(n, MIXES[mix], client_share, rng)):
        yield kind, client, KINDS[kind](i, rng, envelope(i, rng, client))


def describe(tally: Mapping[str, tuple[int, int | None, int]]) -> str:
    """`tally`: per kind, how many messages, how many from clients (None: not known), their
    bytes."""
    return ", ".join(
        f"{kind} {count} ("
        + (f"{clients} from clients, " if clients is not None else "")
        + f"{size / max(count, 1) / 1000:.1f} KB each)"
        for kind, (count, clients, size) in tally.items()
    )


def open_like_a_mail_client(user: MailUser, ca_file: Path) -> None:
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


@dataclass(frozen=True)
class Timed:
    """What a child process timed, by its own clock and from its start."""

    inside: float  # from just before it connected (its imports done) until done
    from_start: float  # from just before the child process was started until done
    result: dict[str, Any]  # the rest of what it printed


def run_child(script: str, env: Mapping[str, str]) -> Timed:
    """Run `script` in a fresh interpreter, as the benchmark runs. The child prints, as its last
    line, a JSON object with "inside" (seconds, by its own clock) and "done" (`time.monotonic()`
    when its timed work ended: CLOCK_MONOTONIC, which on Linux every process reads alike)."""
    launched = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    result = dict(json.loads(out.stdout.strip().splitlines()[-1]))
    return Timed(result.pop("inside"), result.pop("done") - launched, result)


RAW_FETCH = """
import json, os, ssl, time
from imapclient import IMAPClient
start = time.perf_counter()
client = IMAPClient(
    "127.0.0.1", port={port}, ssl=True, ssl_context=ssl.create_default_context(cafile={ca_file!r})
)
client.login({user!r}, os.environ["BENCH_IMAP_PASSWORD"])
client.select_folder("INBOX", readonly=True)
uids = client.search(["ALL"])
total = 0
for i in range(0, len(uids), 500):
    for data in client.fetch(uids[i : i + 500], ["BODY.PEEK[]"]).values():
        total += len(data[b"BODY[]"])
client.logout()
print(json.dumps({{"inside": time.perf_counter() - start, "done": time.monotonic(), "bytes": total}}))
"""


def raw_fetch(user: MailUser, ca_file: Path) -> Timed:
    """imapclient fetching every message whole, in a child process of its own (as Doorstep's
    first poll runs), so that its interpreter start and its import of imapclient are counted."""
    script = RAW_FETCH.format(port=user.server.imaps_port, ca_file=str(ca_file), user=user.name)
    return run_child(script, {"BENCH_IMAP_PASSWORD": user.password})


def mbsync(user: MailUser, ca_file: Path, work: Path) -> float | None:
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
import cProfile, os
profile = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
start = time.perf_counter()
if profile is not None:
    profile.enable()
source = open_source(config, sessions)
report = poll_once(config, sessions, source=source)
if profile is not None:
    profile.disable()
    profile.dump_stats(os.environ["BENCH_PROFILE"])
first = time.perf_counter() - start
done = time.monotonic()
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
print(json.dumps({{"inside": first, "done": done, "second": second, "steady": steady,
                  "fetched": report.fetched, "stored": report.stored, "again": again.fetched,
                  "rss_mb": peak_rss_mb()}}))
"""


HEADER_PASS = """
import json, sys, time
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
print(json.dumps({{"inside": time.perf_counter() - start, "done": time.monotonic(), "count": count}}))
"""  # noqa: S105 - the header pass, not a password


def write_config(work: Path, user: MailUser) -> Path:
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


PROFILE = [
    ""
]  # --profile: where the first poll's cProfile statistics go (its time then counts less)


def doorstep(user: MailUser, work: Path, script: str = CHILD) -> Timed:
    """Doorstep in a child process: its first poll (CHILD) or its header pass (HEADER_PASS)."""
    config = write_config(work, user)
    return run_child(
        script.format(repo=str(REPO), config=str(config)),
        {"DOORSTEP_TEST_IMAP_PASSWORD": user.password, "BENCH_PROFILE": PROFILE[0]},
    )


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
        "--mix",
        choices=[*LEGACY_MIXES, *MIXES],
        help="the mail in the mailbox (see above); notes unless --realistic",
    )
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="size the non-client mail like real mail (HTML newsletters, attachments): --mix realistic",
    )
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="profile the first poll with cProfile into FILE (read it with python -m pstats)",
    )
    args = parser.parse_args()
    PROFILE[0] = str(Path(args.profile).resolve()) if args.profile else ""
    if args.realistic and args.mix not in (None, "realistic"):
        parser.error(f"--realistic is --mix realistic, not --mix {args.mix}")
    mix = args.mix or ("realistic" if args.realistic else "notes")
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
        start = time.perf_counter()
        tally: dict[str, tuple[int, int | None, int]] = {}
        for kind, client, data in mailbox(args.messages, mix, args.client_share, args.seed):
            user.deliver(data)
            count, clients, size = tally.get(kind, (0, None if client is None else 0, 0))
            if clients is not None:
                clients += bool(client)
            tally[kind] = (count + 1, clients, size + len(data))
        load = time.perf_counter() - start
        print(
            f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
            f"loaded {args.messages} messages in {load:.1f} s "
            f"({sum(p.stat().st_size for p in (user.maildir / 'new').iterdir()) / 1e6:.1f} MB)"
        )
        print(f"mix {mix}: {describe(tally)}")
        open_like_a_mail_client(user, ca_file)
        os.sync()  # the files just written reach the disk now, not while a contender is timed
        # Let Dovecot index the folder once, so every contender meets the same warm server.
        raw = raw_fetch(user, ca_file)
        if not args.skip_baselines:
            raw = raw_fetch(user, ca_file)
            print(
                f"raw BODY.PEEK[] fetch, batches of 500, in a child process: {raw.inside:.2f} s "
                f"connected to logged out, {raw.from_start:.2f} s from process start "
                f"({raw.result['bytes'] / 1e6:.1f} MB)"
            )
            sync = mbsync(user, ca_file, work)
            print(
                f"mbsync pull: {sync:.2f} s"
                if sync is not None
                else "mbsync: not installed (apt-get install isync)"
            )
        if args.header_pass_only:
            heads = doorstep(user, work, HEADER_PASS)
            print(
                f"doorstep's header pass alone: {heads.inside:.2f} s for {heads.result['count']} "
                f"messages, {heads.from_start:.2f} s from process start"
                + (
                    f"; {heads.inside / raw.inside:.2f} x the raw fetch "
                    f"({heads.from_start / raw.from_start:.2f} x from process start)"
                    if not args.skip_baselines
                    else ""
                )
            )
            return
        poll = doorstep(user, work)
        d = poll.result
        print(
            f"doorstep first poll: {poll.inside:.2f} s for {d['fetched']:.0f} messages "
            f"({d['fetched'] / poll.inside:.0f}/s) connected to done, {poll.from_start:.2f} s "
            f"from process start; {d['stored']:.0f} stored; peak RSS {d['rss_mb']:.0f} MB"
        )
        print(
            f"doorstep poll with nothing new, kept connection (median of 50): {d['second'] * 1000:.2f} ms "
            f"on the first poll's connection, {d['steady'] * 1000:.2f} ms on one kept after it"
        )
        if not args.skip_baselines:
            print(
                f"ratio doorstep first poll/raw fetch, from process start: "
                f"{poll.from_start / raw.from_start:.2f} "
                f"(connected to done: {poll.inside / raw.inside:.2f})"
            )
    finally:
        stop_dovecot(server)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
