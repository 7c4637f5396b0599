"""The årshjul poster in a real browser: headless Chromium (Debian's `chromium` package)
loads `rustool calendar --format html` from a file, with no network; the page loads without
console errors, the wheel and every month are in the DOM, and an A3-shaped screenshot is not
blank.

    UPDATE_SCREENSHOTS=1 pytest tests/test_calendar_browser.py   # refresh docs/arshjul-*.png
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from .conftest import DALARNA, KRONOBERG, ROOT, TODAY

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless browser test: Debian's chromium is not installed (apt-get install chromium)",
)
WIDTH, HEIGHT = 1587, 1123  # A3 landscape at 96 dpi
TIMEOUT_S = 120


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    argv = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        f"--window-size={WIDTH},{HEIGHT}",
        "--hide-scrollbars",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


@pytest.mark.parametrize(
    ("name", "root", "args"),
    [
        ("dalastrategin", DALARNA, ["--år", "2026"]),
        ("grona-kronoberg", KRONOBERG, ["--år", "2026"]),
    ],
)
def test_poster_renders_in_chromium(cli, tmp_path, name, root, args):
    html = tmp_path / "hjul.html"
    result = cli("calendar", root, "-o", html, "--today", TODAY, *args)
    assert result.exit_code == 0, result.output
    done = chromium(tmp_path / "profile", "--dump-dom", html.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert [line for line in done.stderr.splitlines() if ":CONSOLE" in line] == []
    svg = re.search(r"<svg[^>]*>(.*)</svg>", done.stdout, re.S)
    assert svg, "the poster is not in the DOM"
    assert len(re.findall(r'<path class="wedge-', svg.group(1))) == 12
    for month in ("Januari", "Juni", "Juli", "December"):
        assert f">{month}</text>" in svg.group(1)
    png = tmp_path / f"arshjul-{name}.png"
    shot = chromium(tmp_path / "profile2", f"--screenshot={png}", html.as_uri())
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)
    assert len(data) > 60_000, "the poster looks empty"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(png, ROOT / "docs" / png.name)


def test_poster_prints_in_black_and_white(cli, tmp_path):
    """Every colour the poster uses is a grey (red = green = blue), and the types of event
    differ by shape, so a black-and-white print loses nothing."""
    svg = tmp_path / "hjul.svg"
    assert cli("calendar", DALARNA, "-o", svg, "--today", TODAY).exit_code == 0
    text = svg.read_text("utf-8")
    colours = set(re.findall(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", text))
    assert colours
    for colour in colours:
        if len(colour) == 3:
            colour = "".join(c * 2 for c in colour)
        assert colour[0:2] == colour[2:4] == colour[4:6], colour
    shapes = {
        m.group(1) for m in re.finditer(r"<(circle|rect|polygon) class=\"(?:mark|hollow)", text)
    }
    assert shapes == {"circle", "rect", "polygon"}
