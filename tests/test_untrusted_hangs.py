"""Finding the workspace never blocks: a FIFO or a link to /dev/stdin committed into the
workspace or a folder above it is never opened, and the walk upwards stops at the
repository's top."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rustool.workspace import find_root

from .conftest import STRATEGY, write_workspace

PLAN = "typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\naktiviteter: []\n"


def _run_with_open_stdin(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process with a standard input that never ends (as in CI, where
    a step's input stays open): a read of /dev/stdin would wait until the timeout."""
    process = subprocess.Popen(
        [sys.executable, "-m", "rustool", *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("rustool blocked on a file it should never have opened")
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _plant_blockers(folder: Path) -> None:
    os.mkfifo(folder / "rör.yaml")
    (folder / "stdin.yaml").symlink_to("/dev/stdin")


@pytest.mark.parametrize("where", ["plans", "above"])
def test_discovery_opens_no_fifo_or_device(tmp_path, where):
    top = tmp_path / "top"
    ws = write_workspace(top / "ws", {"strategi.yaml": STRATEGY, "plans/plan.yaml": PLAN})
    _plant_blockers(ws / "plans" if where == "plans" else top)
    target = ws / "plans" if where == "plans" else tmp_path / "top" / "ws" / "plans"
    if where == "above":  # a folder with no workspace: the walk goes all the way up
        (ws / "strategi.yaml").unlink()
    done = _run_with_open_stdin("validate", target)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr


def test_the_walk_upwards_stops_at_the_repository_top(tmp_path):
    """A strategy above the checkout (another project's, or one planted there) does not
    make the checkout part of its workspace."""
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    plans = write_workspace(checkout / "plans", {"plan.yaml": PLAN})
    assert find_root(plans) == plans
    assert find_root(plans / "plan.yaml") == plans
    # within the repository it still finds the workspace above a folder
    write_workspace(checkout, {"strategi.yaml": STRATEGY})
    assert find_root(plans) == checkout
