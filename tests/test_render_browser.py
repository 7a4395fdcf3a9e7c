"""The HTML digest in a real browser (Debian's headless Chromium, on local files only), at a
375-pixel phone's width and a 1280-pixel desktop's: no horizontal scroll, every piece of text at
WCAG AA contrast, the urgent item set apart, a phone number on one line, a summary that reads at a
glance, and screenshots.

The digest is the demo week's; DOORSTEP_DIGEST=FILE measures and pictures that HTML file instead
(`make screenshots` gives it the coach's own preview) in the tests that do not need the demo's
items. Set DOORSTEP_SCREENSHOTS=DIR to keep the screenshots, and what was measured, in DIR."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from service.config import load_config
from service.notify.outbox import preview
from service.poll.mailbox import poll_once
from service.store.db import open_store
from tests.support import unavailable
from tests.system_deps import chromium_binary, chromium_missing
from tests.test_cli import demo_config

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]
MEASURE = (Path(__file__).parent / "measure_digest.js").read_text(encoding="utf-8")
# Headless Chromium keeps its window at least 500 pixels wide, so the page is an iframe of the
# width measured; srcdoc keeps it same-origin, so the page can measure what is inside.
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="digest" width="{width}" height="900" style="border:0" srcdoc="{srcdoc}"></iframe>
<script>{measure}
window.addEventListener("load", function () {{
  var measured = measureDigest(document.getElementById("digest").contentDocument);
  document.body.setAttribute("data-measured", JSON.stringify(measured));
}});
</script></body></html>"""
PHONE, DESKTOP = 375, 1280


@pytest.fixture(scope="module")
def chromium() -> str:
    reason = chromium_missing()
    if reason is not None:
        unavailable(reason)
    found = chromium_binary()
    assert found is not None  # chromium_missing found it
    return found


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo week's digest as the coach would get it."""
    tmp = tmp_path_factory.mktemp("browser")
    config = load_config(demo_config(tmp))
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    _, rendered = preview(sessions, config, datetime(2026, 11, 25, 13, 30, tzinfo=UTC))
    path = tmp / "digest.html"
    path.write_text(rendered.html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def digest_html(demo_html: Path) -> Path:
    """The digest pictured: the file DOORSTEP_DIGEST names, else the demo week's."""
    given = os.environ.get("DOORSTEP_DIGEST")
    return Path(given).resolve() if given else demo_html


def run(chromium: str, tmp: Path, *args: str) -> str:
    result = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def measure(chromium: str, digest: Path, tmp: Path, width: int) -> dict[str, Any]:
    """What tests/measure_digest.js finds in `digest` laid out `width` pixels wide."""
    page = tmp / f"measure-{width}.html"
    srcdoc = html.escape(digest.read_text(encoding="utf-8"), quote=True)
    page.write_text(FRAME.format(width=width, srcdoc=srcdoc, measure=MEASURE), encoding="utf-8")
    dom = run(chromium, tmp, "--virtual-time-budget=5000", "--dump-dom", page.as_uri())
    found = re.search(r'data-measured="([^"]*)"', dom)
    assert found, "the page did not load"
    measured: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return measured


@pytest.fixture(scope="module")
def measured(
    chromium: str, digest_html: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[int, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("measured")
    return {width: measure(chromium, digest_html, tmp, width) for width in (PHONE, 414, DESKTOP)}


@pytest.fixture(scope="module")
def demo_phone(
    chromium: str, demo_html: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    return measure(chromium, demo_html, tmp_path_factory.mktemp("demo"), PHONE)


@pytest.mark.parametrize("width", [PHONE, 414, DESKTOP])
def test_no_horizontal_scroll(measured: dict[int, dict[str, Any]], width: int) -> None:
    page = measured[width]
    assert page["width"] == width and page["scrollWidth"] <= width
    assert "Hello, " in page["text"]  # the digest itself was laid out


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_all_text_has_wcag_aa_contrast(measured: dict[int, dict[str, Any]], width: int) -> None:
    texts = measured[width]["texts"]
    low = [t for t in texts if t["ratio"] < t["needed"]]
    assert len(texts) > 20 and any("Sent by Doorstep" in t["text"] for t in texts)
    assert low == []


def test_the_urgent_item_is_set_apart_by_more_than_colour(demo_phone: dict[str, Any]) -> None:
    urgent, ordinary = demo_phone["urgent"], demo_phone["ordinary"]
    assert "Alex Kim" in urgent["text"] and "Marcus Lee" in ordinary["text"]
    assert urgent["borderLeft"] != ordinary["borderLeft"]
    assert not urgent["borderLeft"].startswith("0px")
    assert urgent["background"] != ordinary["background"]
    assert (
        "urgent" in urgent["text"].split("\n")[0].lower()
    )  # said in words too, on the item itself


def test_a_phone_number_stays_on_one_line(demo_phone: dict[str, Any]) -> None:
    assert demo_phone["phones"], "the voicemail's number is in the demo digest"
    assert all(p["lines"] == 1 for p in demo_phone["phones"]), demo_phone["phones"]


def test_the_summary_is_not_a_block_of_bold_on_a_phone(demo_phone: dict[str, Any]) -> None:
    summary = demo_phone["summary"]
    # Seven parts were five lines of bold at 375 px; in DejaVu Serif, wider than a phone's
    # Georgia, they are four of normal text now, only the counts bold.
    assert summary["lines"] <= 4.2, summary
    assert summary["bold"] < 0.2, summary


@pytest.mark.parametrize(("name", "width"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_screenshots(
    chromium: str,
    digest_html: Path,
    measured: dict[int, dict[str, Any]],
    tmp_path: Path,
    name: str,
    width: int,
) -> None:
    keep = os.environ.get("DOORSTEP_SCREENSHOTS")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    shot = out / f"digest-{name}.png"
    page = measured[width]
    height = min(page["height"], 8000)  # the whole page, as the coach scrolls it
    run(
        chromium,
        tmp_path,
        f"--window-size={width},{height}",
        f"--screenshot={shot}",
        digest_html.as_uri(),
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a rendered page, not a blank one
    facts = {
        "file": shot.name,
        "width": width,
        "page_height": page["height"],
        "scroll_width": page["scrollWidth"],
        "min_contrast": round(min(t["ratio"] for t in page["texts"]), 2),
    }
    (out / f"digest-{name}.json").write_text(json.dumps(facts) + "\n", encoding="utf-8")


def test_make_screenshots_pictures_the_preview_it_writes() -> None:
    """`make screenshots` pictures the coach's digest (the demo's, just sent), not a fixed one."""
    makefile = (Path(__file__).parent.parent / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^screenshots:.*?(?=^\S|\Z)", makefile, re.M | re.S)
    assert recipe is not None
    written = re.search(r"digest --preview (\S+)", recipe.group(0))
    assert written is not None
    assert f"DOORSTEP_DIGEST={written.group(1)}" in recipe.group(0)
