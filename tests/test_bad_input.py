"""Bad input never crashes: every kind gives exit 1 and a message at file, line, column."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import STRATEGY, write_workspace

BOMB = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(9)
)

BAD_FILES: dict[str, tuple[bytes, str, int, int, str, str]] = {
    # name: (content, code, line, column, Swedish fragment, English fragment)
    "latin-1": (
        "typ: aktivitetsplan\nenhet: Enheten för analys\n".encode("latin-1"),
        "RUS002",
        2,
        17,
        "inte giltig UTF-8",
        "not valid UTF-8",
    ),
    "utf-32": ("typ: aktivitetsplan\n".encode("utf-32"), "RUS002", 1, 1, "UTF-32", "UTF-32"),
    "utf-16": ("typ: aktivitetsplan\n".encode("utf-16"), "RUS002", 1, 1, "UTF-16", "UTF-16"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "RUS002", 3, 1, "binära", "binary"),
    "control escape": (
        b'typ: aktivitetsplan\nenhet: "R\\u00f6d \\e[31m"\n',
        "RUS002",
        2,
        8,
        "U+001B",
        "U+001B",
    ),
    "direction override": (
        "typ: aktivitetsplan\nenhet: A\u202eB\n".encode(),
        "RUS002",
        2,
        9,
        "skrivriktningen",
        "writing direction",
    ),
    "git conflict": (
        b"typ: aktivitetsplan\n<<<<<<< HEAD\nenhet: A\n=======\nenhet: B\n>>>>>>> gren\n",
        "RUS001",
        2,
        1,
        "konfliktmarkeringar",
        "conflict markers",
    ),
    "line separator": (
        "typ: aktivitetsplan\nenhet: A # x\u2028y\n".encode(),
        "RUS002",
        2,
        13,
        "radbrytning",
        "line break",
    ),
    "list as key": (
        b"typ: aktivitetsplan\nenhet: A\n? [a]\n: b\n",
        "RUS001",
        3,
        3,
        "lista eller mappning",
        "list or mapping",
    ),
    "null key": (
        b"typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\n~: b\n",
        "RUS101",
        4,
        1,
        "`~`",
        "`~`",
    ),
    "value starting with @": (
        b"typ: aktivitetsplan\nenhet: @A\n",
        "RUS001",
        2,
        8,
        "citattecken",
        "quotes",
    ),
    "windows path in double quotes": (
        b'typ: aktivitetsplan\nenhet: "C:\\qx"\n',
        "RUS001",
        2,
        11,
        "bakstreck",
        "backslash",
    ),
    "empty id": (
        b"typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\naktiviteter:\n  - id:\n"
        b"    status: klar\n",
        "RUS103",
        5,
        8,
        "får inte vara tom",
        "must not be empty",
    ),
    "text as an activity": (
        b"typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\naktiviteter:\n  - hej\n",
        "RUS103",
        5,
        5,
        "Varje post i `aktiviteter`",
        "Each entry of `aktiviteter`",
    ),
    "nul byte": (b"typ: aktivitetsplan\nenhet: A\x00B\n", "RUS002", 2, 9, "binära", "binary"),
    "tab": (b"typ: aktivitetsplan\naktiviteter:\n\t- id: A\n", "RUS005", 3, 1, "Tabbtecken", "tab"),
    "syntax": (b"typ: aktivitetsplan\nenhet: 'Enheten\n", "RUS001", 2, 8, "citattecken", "quote"),
    "duplicate key": (
        b"typ: aktivitetsplan\nenhet: A\nenhet: B\nstrategi: test-rus\n",
        "RUS003",
        3,
        1,
        "finns redan",
        "already",
    ),
    "python tag": (
        b"typ: aktivitetsplan\nenhet: !!python/object/apply:os.system ['ls']\n",
        "RUS004",
        2,
        8,
        "Taggen",
        "tag",
    ),
    "custom tag": (
        b"typ: aktivitetsplan\nenhet: !ref x\nstrategi: test-rus\n",
        "RUS004",
        2,
        8,
        "Taggen",
        "tag",
    ),
    "alias bomb": (
        ("typ: aktivitetsplan\n" + BOMB).encode(),
        "RUS006",
        1,
        1,
        "aliasbomb",
        "alias bomb",
    ),
    "recursive alias": (
        b"typ: aktivitetsplan\nenhet: A\nx: &x {y: [1, *x]}\n",
        "RUS006",
        3,
        4,
        "aldrig ta slut",
        "never end",
    ),
    "deep by aliases": (
        (
            "typ: aktivitetsplan\na0: &a0 [x]\n"
            + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 150))
        ).encode(),
        "RUS006",
        102,
        7,
        "nästlad",
        "nested",
    ),
    "huge integer": (
        ("typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\når: " + "9" * 4400 + "\n").encode(),
        "RUS103",
        4,
        5,
        "ogiltigt",
        "invalid",
    ),
    "deep nesting": (
        b"typ: aktivitetsplan\nx: " + b"[" * 50000 + b"]" * 50000 + b"\n",
        "RUS006",
        2,
        103,
        "nästlad",
        "nested",
    ),
    "deep block nesting": (
        b"typ: aktivitetsplan\nx:\n" + b"- " * 40000 + b"a\n",
        "RUS006",
        3,
        199,
        "nästlad",
        "nested",
    ),
    "several documents": (
        b"typ: aktivitetsplan\n---\ntyp: strategi\n",
        "RUS001",
        2,
        1,
        "flera YAML-dokument",
        "several YAML documents",
    ),
    "unknown typ": (b"typ: aktivitetsplam\n", "RUS007", 1, 6, "aktivitetsplan", "aktivitetsplan"),
    "not a mapping plan": (
        b"typ: aktivitetsplan\naktiviteter: 5\nenhet: A\nstrategi: test-rus\n",
        "RUS103",
        2,
        14,
        "lista",
        "list",
    ),
}


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: a real process, so a crash could not hide."""
    return subprocess.run(
        [sys.executable, "-m", "rustool", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", **(env or {})},
    )


SEPARATE_PROCESS = {"deep nesting", "deep block nesting", "alias bomb", "recursive alias"}
"""Inputs that, should their guard regress, would crash the interpreter itself (libyaml's
recursion in C) or exhaust its memory: they run in a process of their own. The rest run
in-process (a traceback would fail the test all the same), which keeps the suite fast."""


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_reported_in_both_languages(tmp_path, name, cli):
    content, code, line, column, swedish, english = BAD_FILES[name]
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    (tmp_path / "plan.yaml").write_bytes(content)
    for lang, fragment in (("sv", swedish), ("en", english)):
        args = ("validate", tmp_path, "--format", "json", "--lang", lang)
        if name in SEPARATE_PROCESS:
            proc = run(*args)
            exit_code, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
        else:
            result = cli(*args)
            exit_code, stdout, stderr = result.exit_code, result.stdout, result.stderr
        assert exit_code == 1, stderr
        assert "Traceback" not in stderr
        findings = json.loads(stdout)["findings"]
        first = next(f for f in findings if f["file"] == "plan.yaml" and f["code"] == code)
        assert (first["line"], first["column"]) == (line, column)
        assert fragment.lower() in first["message"].lower()


def test_other_files_are_still_checked_after_a_broken_one(tmp_path):
    write_workspace(
        tmp_path,
        {
            "strategi.yaml": STRATEGY,
            "a.yaml": "typ: aktivitetsplan\nenhet: 'x\n",
            "b.yaml": "typ: årshjul\nid: h\nstrategi: fel-id\nhändelser: []\n",
        },
    )
    proc = run("validate", tmp_path, "--format", "json")
    codes = [(f["file"], f["code"]) for f in json.loads(proc.stdout)["findings"]]
    assert codes == [("a.yaml", "RUS001"), ("b.yaml", "RUS205")] + [("b.yaml", "RUS805")] * 3


def test_bom_is_accepted(tmp_path):
    write_workspace(tmp_path, {})
    (tmp_path / "strategi.yaml").write_bytes(b"\xef\xbb\xbf" + STRATEGY.encode())
    proc = run("validate", tmp_path)
    assert proc.returncode == 0, proc.stdout


def test_huge_file_is_refused_without_reading(tmp_path, monkeypatch):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    with (tmp_path / "big.yaml").open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    proc = run("validate", tmp_path, "--format", "json")
    findings = json.loads(proc.stdout)["findings"]
    assert [(f["file"], f["code"]) for f in findings] == [("big.yaml", "RUS002")] or [
        (f["file"], f["code"]) for f in findings
    ] == [("big.yaml", "RUS006")]


def test_yaml_without_typ_is_ignored_and_listed_in_verbose(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "mkdocs.yml": "site_name: x\n"})
    proc = run("validate", tmp_path, "-v")
    assert proc.returncode == 0
    assert f"Hoppar över {(tmp_path / 'mkdocs.yml').as_posix()}" in proc.stdout


def test_missing_path_is_a_usage_error(tmp_path):
    proc = run("validate", tmp_path / "nope")
    assert proc.returncode == 2
    assert "Sökvägen finns inte" in proc.stderr and "Traceback" not in proc.stderr


def test_unknown_option_is_a_usage_error():
    proc = run("validate", "--bogus")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_bad_today_is_a_usage_error(tmp_path):
    proc = run("validate", tmp_path, "--today", "2025-13-01", "--lang", "en")
    assert proc.returncode == 2
    assert "Invalid date" in proc.stderr


def test_internal_error_is_one_line_and_exit_2(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    code = (
        "import sys, rustool.engine as e\n"
        "def boom(*a, **k): raise RuntimeError('simulated')\n"
        "e.validate_workspace = boom\n"
        "import rustool.cli.run as r; r.validate_workspace = boom\n"
        "from rustool.cli import main\n"
        f"sys.argv = ['rustool', 'validate', {str(tmp_path)!r}]\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "rustool: Internt fel i rustool (RuntimeError: simulated). Det är en bugg; "
        "rapportera den gärna med kommandot du körde."
    ]


def test_a_file_that_is_not_yaml_is_a_usage_error(tmp_path):
    (tmp_path / "corpus.json").write_text("{}", encoding="utf-8")
    proc = run("validate", tmp_path / "corpus.json")
    assert proc.returncode == 2
    assert "varken en mapp eller en YAML-fil" in proc.stderr


def test_output_through_a_link_replaces_the_target_not_the_link(tmp_path):
    target = tmp_path / "rapporter" / "nämnd.md"
    target.parent.mkdir()
    target.write_text("förra\n", encoding="utf-8")
    link = tmp_path / "senaste.md"
    link.symlink_to(target)
    proc = run(
        "report",
        Path(__file__).parent.parent / "examples" / "grona_kronoberg",
        "--today",
        "2026-11-23",
        "-f",
        "md",
        "-o",
        link,
    )
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text("utf-8").startswith("# Gröna Kronoberg 2025")


def test_output_to_a_pipe_is_written_into_it_not_replaced(tmp_path):
    """-o /dev/null or a named pipe: renaming a temporary file over it would replace a
    device with a file (as root, /dev/null itself)."""
    import os
    import threading

    from rustool.yamlio import atomic_write

    fifo = tmp_path / "rör"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    atomic_write(fifo, b"typ: aktivitetsplan\n")
    reader.join(timeout=10)
    assert received == [b"typ: aktivitetsplan\n"]
    assert fifo.is_fifo()
