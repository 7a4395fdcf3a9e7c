"""The HTML digest in a real browser (Debian's headless Chromium, on local files only): no
horizontal scroll on a 375-pixel phone, and screenshots at phone and desktop widths.

Set DOORSTEP_SCREENSHOTS=DIR to keep the screenshots."""

from __future__ import annotations

import html
import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

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
# Headless Chromium keeps its window at least 500 pixels wide, so the phone is an iframe of the
# phone's width; srcdoc keeps it same-origin, so the page can measure what is inside.
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="phone" width="{width}" height="900" style="border:0" srcdoc="{srcdoc}"></iframe>
<script>
window.addEventListener("load", function () {{
  var inner = document.getElementById("phone").contentDocument.documentElement;
  document.body.setAttribute("data-scroll-width", String(inner.scrollWidth));
  document.body.setAttribute("data-text", inner.innerText.slice(0, 400));
}});
</script></body></html>"""


@pytest.fixture(scope="module")
def chromium() -> str:
    reason = chromium_missing()
    if reason is not None:
        unavailable(reason)
    found = chromium_binary()
    assert found is not None  # chromium_missing found it
    return found


@pytest.fixture(scope="module")
def digest_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo week's digest as the coach would get it."""
    tmp = tmp_path_factory.mktemp("browser")
    config = load_config(demo_config(tmp))
    sessions = open_store(config.storage.url)
    poll_once(config, sessions)
    _, rendered = preview(sessions, config, datetime(2026, 11, 25, 13, 30, tzinfo=UTC))
    path = tmp / "digest.html"
    path.write_text(rendered.html, encoding="utf-8")
    return path


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


@pytest.mark.parametrize("width", [375, 414])
def test_no_horizontal_scroll_on_a_phone(
    chromium: str, digest_html: Path, tmp_path: Path, width: int
) -> None:
    measured = tmp_path / "measure.html"
    page = FRAME.format(width=width, srcdoc=html.escape(digest_html.read_text(), quote=True))
    measured.write_text(page, encoding="utf-8")
    dom = run(chromium, tmp_path, "--virtual-time-budget=5000", "--dump-dom", measured.as_uri())
    found = re.search(r'data-scroll-width="(\d+)"', dom)
    assert found, "the page did not load"
    assert int(found.group(1)) <= width
    assert "Alex Kim" in dom and "URGENT" in dom.upper()  # the digest itself was laid out


@pytest.mark.parametrize(("name", "size"), [("phone", "375,1800"), ("desktop", "1280,1400")])
def test_screenshots(
    chromium: str, digest_html: Path, tmp_path: Path, name: str, size: str
) -> None:
    keep = os.environ.get("DOORSTEP_SCREENSHOTS")
    out = Path(keep) if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    shot = out / f"digest-{name}.png"
    run(chromium, tmp_path, f"--window-size={size}", f"--screenshot={shot}", digest_html.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a rendered page, not a blank one
