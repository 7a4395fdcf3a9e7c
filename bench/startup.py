"""Benchmark: what `doorstep --help` and `doorstep status` import, against a reference revision.

Run by hand from the checkout (no root, no servers):

    .venv/bin/python bench/startup.py --against d4d3e4a
    .venv/bin/python bench/startup.py --against HEAD --rounds 9    # ratio ≈ 1.0: a check

Each round starts a fresh interpreter per command and per checkout, alternating, with
`python -X importtime -m service …`, and sums the import time of the top-level imports it reports
(the cumulative column of each first-level module); it also times the whole process. Printed:
each median, and the ratio this checkout / the reference. `status` reads a demo database made
once beforehand in a temporary folder by each checkout's own poll, so that no migration runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GIT = [shutil.which("git") or "/usr/bin/git", "-C", str(REPO)]


def import_seconds(stderr: str) -> float:
    """The sum of the first-level imports' cumulative times in `-X importtime` output."""
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if cumulative.strip().isdigit() and not name.startswith("  "):  # one space: first level
            total += int(cumulative)
    return total / 1_000_000


def run(checkout: Path, args: list[str]) -> tuple[float, float]:
    """(import seconds, whole-process seconds) of `python -m service ARGS` in `checkout`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "service", *args],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{checkout}: doorstep {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return import_seconds(done.stderr), elapsed


def demo_config(folder: Path, checkout: Path) -> Path:
    """The demo config, its storage a database in `folder`, made once by `checkout`'s poll of
    the demo (each checkout its own: a reference of an older schema cannot open a newer one)."""
    text = (REPO / "demo" / "config.toml").read_text(encoding="utf-8")
    config = folder / "config.toml"
    shutil.copytree(REPO / "demo" / "maildir", folder / "maildir")
    lines = []
    for line in text.splitlines():
        if line.startswith("path = "):
            line = f'path = "{folder / "maildir"}"'
        elif line.startswith("url = "):
            line = f'url = "sqlite:///{folder / "doorstep.db"}"'
        elif line.startswith("file_dir = "):
            line = f'file_dir = "{folder / "digests"}"'
        lines.append(line)
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "service", "--config", str(config), "poll"],
        cwd=checkout,
        check=True,
        capture_output=True,
    )
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="HEAD", help="the reference revision (git)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="doorstep-startup-") as tmp:
        reference = Path(tmp) / "reference"
        subprocess.run(
            [*GIT, "worktree", "add", "--detach", "-q", str(reference), args.against],
            check=True,
        )
        try:
            checkouts = {"this checkout": REPO, f"reference {args.against}": reference}
            configs = {
                name: demo_config(Path(tmp) / f"demo-{n}", checkout)
                for n, (name, checkout) in enumerate(checkouts.items())
            }
            commands = ("--help", "status")
            found: dict[tuple[str, str], list[tuple[float, float]]] = {}
            for _ in range(args.rounds):
                for command in commands:
                    for name, checkout in checkouts.items():
                        argv = (
                            ["--help"]
                            if command == "--help"
                            else ["--config", str(configs[name]), "status"]
                        )
                        found.setdefault((command, name), []).append(run(checkout, argv))
            for command in commands:
                medians = {}
                for name in checkouts:
                    runs = found[(command, name)]
                    imports = statistics.median(r[0] for r in runs)
                    whole = statistics.median(r[1] for r in runs)
                    medians[name] = (imports, whole)
                    print(
                        f"doorstep {command:7} {name}: imports {imports:.3f} s, whole process "
                        f"{whole:.3f} s (median of {args.rounds})"
                    )
                new, old = medians["this checkout"], medians[f"reference {args.against}"]
                print(
                    f"doorstep {command:7} ratio this/reference: imports {new[0] / old[0]:.2f}, "
                    f"whole process {new[1] / old[1]:.2f}"
                )
        finally:
            subprocess.run(
                [*GIT, "worktree", "remove", "--force", str(reference)],
                check=False,
            )


if __name__ == "__main__":
    main()
