"""The HTML reports of both examples in a real browser: headless Chromium (Debian's
`chromium` package) loads each page from a file, with no network, and the test checks that
the page loaded without console errors, that the årshjul is drawn, and takes a screenshot.

    UPDATE_SCREENSHOTS=1 pytest tests/test_report_browser.py   # refresh docs/report-*.png
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DALARNA, KRONOBERG, ROOT, TODAY

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless browser test: Debian's chromium is not installed (apt-get install chromium)",
)

EXAMPLES = {"dalastrategin": DALARNA, "grona-kronoberg": KRONOBERG}
WIDTH, HEIGHT = 1280, 4000
WHEEL_HEIGHT = 835
TIMEOUT_S = 120


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


@pytest.fixture(scope="module", params=sorted(EXAMPLES))
def page(request, tmp_path_factory) -> tuple[str, Path]:
    from typer.testing import CliRunner

    from rustool.cli.app import app

    name = request.param
    folder = tmp_path_factory.mktemp(name)
    html = folder / "rapport.html"
    result = CliRunner().invoke(
        app,
        ["report", str(EXAMPLES[name]), "-o", str(html), "--today", TODAY],
        env={"RUSTOOL_LANG": ""},
    )
    assert result.exit_code == 0, result.output
    return name, html


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def test_page_loads_without_errors_and_draws_the_wheel(page, tmp_path):
    _, html = page
    done = chromium(
        tmp_path / "profile", f"--window-size={WIDTH},{HEIGHT}", "--dump-dom", html.as_uri()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert console_messages(done.stderr) == []
    dom = done.stdout
    wheel = re.search(r'<svg id="wheel-picture"[^>]*>(.*?)</svg>', dom, re.S)
    assert wheel, "the årshjul is not in the DOM"
    assert len(re.findall(r"<path ", wheel.group(1))) >= 12 * 6  # twelve months, six rings
    assert 'role="img"' in dom and "<table" in dom


def screenshot(html: Path, png: Path, height: int, min_bytes: int) -> None:
    """Chromium's screenshot of HTML at WIDTH × HEIGHT: it loads without console errors and
    is not blank; with UPDATE_SCREENSHOTS=1 it is copied to docs/ under PNG's name."""
    done = chromium(
        png.parent / "profile",
        f"--window-size={WIDTH},{height}",
        "--hide-scrollbars",
        f"--screenshot={png}",
        html.as_uri(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert console_messages(done.stderr) == []
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, height)
    assert len(data) > min_bytes, f"{png.name} looks empty"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(png, ROOT / "docs" / png.name)


def test_screenshot(page, tmp_path):
    name, html = page
    screenshot(html, tmp_path / f"report-{name}.png", HEIGHT, 100_000)


def test_wheel_screenshot(page, tmp_path):
    """The årshjul section alone (the rest of the page hidden by one added style rule),
    for the README: in the full screenshot it lies below the fold."""
    name, html = page
    only_wheel = tmp_path / "arshjul.html"
    style = "<style>body > :not(main), main > :not(#wheel) { display: none !important; }</style>"
    only_wheel.write_text(
        html.read_text("utf-8").replace("</head>", style + "</head>", 1), encoding="utf-8"
    )
    screenshot(only_wheel, tmp_path / f"report-{name}-arshjul.png", WHEEL_HEIGHT, 50_000)
