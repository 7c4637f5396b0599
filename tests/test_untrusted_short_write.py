"""A short write to standard output is never a success: with PYTHONUNBUFFERED=1 the text
layer writes straight to the file and used to drop what did not fit, exiting 0."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

import pytest

from .conftest import DALARNA, TODAY

F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def _run_into_a_small_non_blocking_pipe(*args: str) -> tuple[int, bytes]:
    """The CLI writing into a pipe of 4 KB that nobody reads until it exits: a write larger
    than that is short (part written, then EAGAIN), as on a disk that fills up."""
    read_end, write_end = os.pipe()
    try:
        fcntl.fcntl(write_end, F_SETPIPE_SZ, 4096)
        os.set_blocking(write_end, False)
        done = subprocess.run(
            [sys.executable, "-m", "rustool", *args],
            stdout=write_end,
            stderr=subprocess.DEVNULL,
            env={"PATH": "/usr/bin:/bin", "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"},
            timeout=120,
        )
        os.close(write_end)
        write_end = -1
        os.set_blocking(read_end, True)
        chunks = []
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        return done.returncode, b"".join(chunks)
    finally:
        os.close(read_end)
        if write_end != -1:
            os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ("report", str(DALARNA), "--today", TODAY),
        ("merge", str(DALARNA), "-o", "-"),
        ("coverage", str(DALARNA), "--today", TODAY),
    ],
    ids=["report", "merge", "coverage"],
)
def test_a_short_write_to_stdout_exits_2(args):
    full = subprocess.run(
        [sys.executable, "-m", "rustool", *args], capture_output=True, timeout=120
    ).stdout
    assert len(full) > 4096
    code, written = _run_into_a_small_non_blocking_pipe(*args)
    assert code == 2, f"exit {code} after writing {len(written)} of {len(full)} bytes"
