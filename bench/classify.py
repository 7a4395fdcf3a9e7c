"""Benchmark: classify() on realistic client messages, against a reference revision in the same run.

Run by hand from the checkout (no root, no servers):

    .venv/bin/python bench/classify.py
    .venv/bin/python bench/classify.py --against HEAD~5 --messages 300 --rounds 15

It builds N client messages of about 2 KB (a few paragraphs, a question or not, a quoted reply
or not, a signature), hands the same bytes to a worker process per side, which parses them once,
classifies the first (its peak memory is measured: tracemalloc and RSS from /proc/self/status; that
call loads any model files), then times rounds of classify() over all of them. With --against REV
a second worker runs the same code on a git worktree of REV; rounds alternate between the two
(ABBA), and the medians, their ratio new/reference and the memory difference are printed.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.mail import make_message  # noqa: E402

NAMES = ["Jane Doe", "Marcus Lee", "Sam Ortiz", "Alex Kim", "Nadia Rahman", "Tom Becker"]
PARAGRAPHS = [
    "This week was a mixed bag. Work picked up again after the holidays and I found it hard to "
    "keep the morning routine we talked about, but I did manage the walks on three of the days.",
    "I kept the journal going most evenings. Writing down one thing that went well actually helps; "
    "on Thursday I noticed I was less wound up before the team meeting than I usually am.",
    "My manager asked me to lead the quarterly review, which is the kind of thing I would have "
    "said no to a year ago. I said yes, and now I am somewhere between excited and terrified.",
    "Sleep is better, roughly seven hours most nights. The weekend was quieter than planned "
    "because my sister cancelled her visit, so I read and cooked and did very little else.",
    "I have been thinking about what you said about boundaries with my parents. I tried it once "
    "on the phone with my mother and it went better than I feared, though not perfectly.",
    "The budget spreadsheet is still killing me, but I broke it into smaller pieces like you "
    "suggested and got through the first two sections without putting it off again.",
]
PARAGRAPHS += [
    "On the health side, the physio says the knee is healing well and I can start running short "
    "distances again in two weeks. I am trying not to rush it, which is harder than it sounds.",
    "We also finally sat down as a family and talked about the summer plans. Nothing is decided, "
    "but for once nobody raised their voice, and my brother even thanked me afterwards.",
]
QUESTIONS = [
    "Could we move Thursday's session to Friday morning, around ten?",
    "Do you think it would help to write the review notes before our next call?",
    "Can you send me the worksheet on values you mentioned last time?",
    "Would it be possible to book two extra sessions in February?",
]
QUOTE = (
    "\n\nOn Tue, 17 Nov 2026 at 09:12, Robin <robin@avery-coaching.example> wrote:\n"
    "> Hi, thanks for the update. For next time, try noting what you did just before the hard\n"
    "> moments in the day, and we can look at the pattern together. Does Thursday still work?\n"
    "> I also wanted to say that the progress on the morning walks is real, even on the weeks\n"
    "> that feel messy. Keep the journal short; one line is enough on the busy days.\n"
    "> Best, Robin\n"
)


def body(rng: random.Random, name: str) -> str:
    parts = ["Hi Robin,", *rng.sample(PARAGRAPHS, rng.randint(5, 8))]
    if rng.random() < 0.5:
        parts.insert(rng.randint(1, len(parts)), rng.choice(QUESTIONS))
    parts.append(f"Thanks,\n{name.split()[0]}")
    text = "\n\n".join(parts)
    text += (
        f"\n\n-- \n{name}\nSenior analyst, Northwind Traders\n+1 312 555 01{rng.randint(10, 99)}"
    )
    return text + (QUOTE if rng.random() < 0.5 else "")


def messages(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)  # noqa: S311 - reproducible test mail, not secrets
    out = []
    for i in range(count):
        name = rng.choice(NAMES)
        address = name.lower().replace(" ", ".") + "@example.org"
        subject = ("Re: " if rng.random() < 0.5 else "") + f"Week {i % 52 + 1} update"
        out.append(
            make_message(sender=f"{name} <{address}>", subject=subject, body=body(rng, name))
        )
    return out


WORKER = r"""
import json, pickle, sys, time, tracemalloc
repo, data_file = sys.argv[1], sys.argv[2]
sys.path.insert(0, repo)
import service
assert service.__file__.startswith(repo), service.__file__
from service.classify.classifier import classify
from service.ingest.parse import parse_message

def status(key):
    line = next(l for l in open("/proc/self/status") if l.startswith(key + ":"))
    return int(line.split()[1]) / 1024  # MB

with open(data_file, "rb") as f:
    parsed = [parse_message(d) for d in pickle.load(f)]
try:  # resets VmHWM to the current RSS (Linux 4.0+), so the peak below is the first call's
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
rss_before = status("VmRSS")
tracemalloc.start()
start = time.perf_counter()
classify(parsed[0])
first = time.perf_counter() - start
traced = tracemalloc.get_traced_memory()[1] / 2**20
tracemalloc.stop()
print(json.dumps({"first_s": first, "traced_mb": traced, "rss_mb": status("VmHWM") - rss_before,
                  "service": service.__file__}), flush=True)
for line in sys.stdin:
    start = time.perf_counter()
    for p in parsed:
        classify(p)
    print(json.dumps({"round_s": time.perf_counter() - start}), flush=True)
"""


class Worker:
    def __init__(self, repo: Path, data_file: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(repo), str(data_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.first = self._read()
        self.rounds: list[float] = []

    def _read(self) -> dict[str, float]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            sys.exit(f"the worker stopped (exit {self.proc.wait()}); see its error above")
        return dict(json.loads(line))

    def round(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        self.rounds.append(self._read()["round_s"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def describe(label: str, w: Worker, count: int) -> float:
    median = statistics.median(w.rounds) / count * 1e6
    print(
        f"{label}: median {median:.1f} µs per message over {len(w.rounds)} rounds "
        f"(min {min(w.rounds) / count * 1e6:.1f}); first call {w.first['first_s'] * 1000:.1f} ms "
        f"under tracemalloc, peak +{w.first['traced_mb']:.1f} MB traced, +{w.first['rss_mb']:.1f} MB RSS"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--against", metavar="REV", help="a git revision to compare with")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="doorstep-bench-classify-"))
    data = messages(args.messages, args.seed)
    data_file = work / "messages.pickle"
    data_file.write_bytes(pickle.dumps(data))
    print(
        f"{len(data)} messages, {sum(map(len, data)) / len(data) / 1024:.1f} KB on average; "
        f"Python {sys.version.split()[0]}"
    )
    tree = work / "reference"
    try:
        new = Worker(REPO, data_file)
        ref = None
        if args.against:
            rev = subprocess.run(
                ["git", "-C", str(REPO), "rev-parse", "--short", args.against],  # noqa: S607
                check=True, capture_output=True, text=True,
            ).stdout.strip()  # fmt: skip
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), rev],  # noqa: S607
                check=True, capture_output=True,
            )  # fmt: skip
            ref = Worker(tree, data_file)
        new.round()  # a warm-up round each, not counted
        new.rounds.clear()
        if ref:
            ref.round()
            ref.rounds.clear()
        for i in range(args.rounds):
            pair = [new, ref] if ref else [new]
            for w in pair if i % 2 == 0 else reversed(pair):
                w.round()
        mine = describe("this checkout", new, len(data))
        if ref:
            theirs = describe(f"reference {args.against} ({rev})", ref, len(data))
            print(
                f"ratio new/reference: {mine / theirs:.3f}; first call's memory difference "
                f"{new.first['traced_mb'] - ref.first['traced_mb']:+.1f} MB traced, "
                f"{new.first['rss_mb'] - ref.first['rss_mb']:+.1f} MB RSS"
            )
            ref.close()
        new.close()
    finally:
        if tree.exists():
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],  # noqa: S607
                check=False, capture_output=True,
            )  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
