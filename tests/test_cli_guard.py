"""The top-level guard, run as a user runs rustool: Ctrl-C, a closed pipe, a full disk, a
terminal that cannot show å, an unknown language and click's usage errors all end in one
line of ours (or quietly), never a traceback, a hang or a left-over worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rustool.i18n import language_code

from .conftest import DALARNA, ROOT, STRATEGY, TODAY, write_workspace

INVALID = ROOT / "tests" / "acceptance" / "invalid" / "typos_and_references"
ENV = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1"}


def run(*args: str | Path, env: dict[str, str] | None = None, stdout: int | object = None):
    return subprocess.run(
        [sys.executable, "-m", "rustool", *map(str, args)],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=30,
        env={**ENV, **(env or {})},
    )


# --- Ctrl-C

# rustool with the work replaced by a wait: each worker (or the command itself) leaves a
# file named by its pid, so the test knows when the work has begun and which processes ran it
SLOW = """
import os, sys, time
marks = sys.argv.pop(1)

def slow(*args, **kwargs):
    open(os.path.join(marks, str(os.getpid())), "w").close()
    time.sleep(60)

import rustool.cli.run, rustool.merge
rustool.cli.run.validate_workspace = slow
rustool.merge.merge = slow
os.cpu_count = lambda: 2
sys.argv[0] = "rustool"
from rustool.cli import main
main()
"""


def _interrupt(tmp_path: Path, argv: list[str], started: int, group: bool):
    marks = tmp_path / "marks"
    marks.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW, str(marks), *argv],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        while len(list(marks.iterdir())) < started:
            assert time.monotonic() < deadline and proc.poll() is None, proc.communicate()
            time.sleep(0.02)
        began = time.monotonic()
        if group:  # Ctrl-C in a terminal: the whole foreground process group
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    workers = [int(mark.name) for mark in marks.iterdir() if int(mark.name) != proc.pid]
    return proc.returncode, err, time.monotonic() - began, workers


def _gone(pid: int) -> bool:
    deadline = time.monotonic() + 3
    while Path(f"/proc/{pid}").exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="counts processes in /proc")
@pytest.mark.parametrize("group", [True, False], ids=["process group", "parent only"])
def test_ctrl_c_during_parallel_validate(tmp_path, group):
    """The workers ignore Ctrl-C (no 'Process ForkProcess-2: Traceback'), the parent kills
    them without waiting for their work (60 s here), says so and exits 130."""
    for name in ("a", "b"):
        write_workspace(tmp_path / name, {"strategi.yaml": STRATEGY})
    argv = ["validate", str(tmp_path / "a"), str(tmp_path / "b")]
    code, err, took, workers = _interrupt(tmp_path, argv, started=2, group=group)
    assert (code, err) == (130, "rustool: Avbrutet.\n")
    assert took < 5
    assert len(workers) == 2 and all(map(_gone, workers))


def test_ctrl_c_in_merge_says_so_in_english(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    code, err, _, _ = _interrupt(
        tmp_path, ["merge", str(tmp_path), "--lang", "en"], started=1, group=True
    )
    assert (code, err) == (130, "rustool: Interrupted.\n")


# --- output


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_terminal_that_cannot_show_the_letters_gets_escapes(lang):
    proc = run(
        "validate", INVALID, "--today", TODAY, "--lang", lang, env={"PYTHONIOENCODING": "ascii"}
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert "\\xe5" in proc.stdout  # å, as in `pågår`
    assert proc.stdout.rstrip().endswith(("fel, 4 varningar.", "errors, 4 warnings."))


@pytest.mark.parametrize(
    "argv",
    [
        ["rules"],
        ["validate", DALARNA, "--today", TODAY],
        ["report", DALARNA, "--today", TODAY],
    ],
    ids=["echo", "rich", "report"],
)
def test_a_closed_pipe_ends_quietly_with_141(argv):
    """Like `rustool rules | head -1` once head has gone: 141 as a shell reports `cat`
    there (128 + SIGPIPE); not 0, the output was not all delivered, and not 1, which
    means findings. No 'Exception ignored … BrokenPipeError' at exit."""
    read, write = os.pipe()
    os.close(read)
    try:
        proc = run(*argv, stdout=write)
    finally:
        os.close(write)
    assert (proc.returncode, proc.stderr) == (141, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "argv",
    [
        ["validate", DALARNA, "--today", TODAY],
        ["rules"],
        ["report", DALARNA, "--today", TODAY],
    ],
    ids=["rich", "echo", "report"],
)
def test_a_full_disk_is_a_message_not_a_bug(argv):
    with open("/dev/full", "w") as full:
        proc = run(*argv, stdout=full)
    assert proc.returncode == 2
    assert proc.stderr == "rustool: Kan inte skriva utdata: disken är full.\n"


# --- language


def test_language_codes():
    assert [
        language_code(v)
        for v in ("sv", " EN ", "en_GB.UTF-8", "sv-FI", "C.UTF-8", "english", "xx", "", None)
    ] == ["sv", "en", "en", "sv", None, None, None, None, None]


@pytest.mark.parametrize(
    "argv",
    [["--lang", "xx", "rules"], ["rules", "--lang", "xx"], ["validate", DALARNA, "--lang=svenska"]],
)
def test_unknown_lang_is_a_usage_error(argv):
    proc = run(*argv)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("rustool: Okänt språk `")
    assert "välj sv (svenska) eller en (engelska)" in proc.stderr


def test_unknown_rustool_lang_is_a_warning_and_not_used():
    proc = run("rules", env={"RUSTOOL_LANG": "xx"})
    assert proc.returncode == 0
    assert proc.stderr == (
        "rustool: RUSTOOL_LANG=xx är inget språk som rustool kan (sv eller "
        "en); variabeln används inte.\n"
    )
    assert "  fel  " in proc.stdout
    assert run("rules", env={"RUSTOOL_LANG": "en_GB.UTF-8"}).stderr == ""


# --- click's usage errors, in our words


@pytest.mark.parametrize(
    ("argv", "swedish", "english"),
    [
        (
            ["validate", "--strikt"],
            "Okänt alternativ --strikt. Menade du `--strict`?",
            "Unknown option --strikt. Did you mean `--strict`?",
        ),
        (
            ["merge", "--år", "abc"],
            "Ogiltigt värde för --år/--year: 'abc' är inget heltal.",
            "Invalid value for --år/--year: 'abc' is not a whole number.",
        ),
        (["validate", "--strict=ja"], "--strict tar inget värde.", "--strict takes no value."),
        (["merge", "--kategori"], "--kategori behöver ett värde.", "--kategori needs a value."),
        (
            ["vaildate"],
            "Okänt kommando `vaildate`. Menade du `validate`?",
            "Unknown command `vaildate`. Did you mean `validate`?",
        ),
        (["rules", "extra"], "För många argument: extra.", "Too many arguments: extra."),
    ],
)
def test_usage_errors_in_both_languages(argv, swedish, english):
    command = "rustool" if argv == ["vaildate"] else f"rustool {argv[0]}"
    for lang, message, see in (("sv", swedish, "Se"), ("en", english, "See")):
        proc = run(*argv, env={"RUSTOOL_LANG": lang})
        assert proc.returncode == 2
        assert proc.stderr == f"rustool: {message}\n{see} `{command} --help`.\n"
