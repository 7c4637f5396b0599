"""A merged plan's `källor[].fil` cannot make rustool read, stat or checksum a file outside
the workspace (or the repository holding it): such a path is RUS008 at its place, and the
file it names is never opened."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from rustool import yamlio

from .test_merge_cli import two_units

_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, Path)):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


def _merged_with(ws: Path, cli, names: list[str]) -> Path:
    assert cli("merge", ws, "-o", ws / "sammanfogad.yaml").exit_code == 0
    merged = ws / "sammanfogad.yaml"
    text = merged.read_text(encoding="utf-8")
    found = iter(names)
    text = re.sub(r"(?m)^(\s*- fil: ).*$", lambda m: m.group(1) + yamlio.scalar(next(found)), text)
    merged.write_text(text, encoding="utf-8")
    return merged


def _validate(cli, ws: Path, command: str = "validate") -> tuple[list[tuple], list[str]]:
    global _opened
    _opened = []
    try:
        if command == "validate":
            result = cli("validate", ws, "--format", "json", "--today", "2025-03-01")
        else:
            result = cli(command, ws, "-f", "json", "--today", "2025-03-01")
    finally:
        opened, _opened = _opened, None
    assert "Traceback" not in result.output
    if command != "validate":
        return [], opened
    findings = [
        (f["file"], f["line"], f["column"], f["code"])
        for f in json.loads(result.stdout)["findings"]
    ]
    return findings, opened


@pytest.mark.parametrize("how", ["absolute", "climbing", "link"])
def test_a_source_outside_the_workspace_is_located_and_never_opened(cli, tmp_path, how):
    ws = two_units(tmp_path / "ws")
    secret = tmp_path / "hemlig.yaml"
    secret.write_text("typ: aktivitetsplan\n", encoding="utf-8")
    if how == "link":
        (ws / "planer" / "länk.yaml").symlink_to(secret)
    name = {
        "absolute": str(secret),
        "climbing": "planer/../../hemlig.yaml",
        "link": "planer/länk.yaml",
    }[how]
    _merged_with(ws, cli, [name, "planer/tillvaxt.yaml"])

    findings, opened = _validate(cli, ws)
    assert ("sammanfogad.yaml", 7, 10, "RUS008") in findings
    assert not any(code in ("RUS501", "RUS502") and line == 7 for _, line, _, code in findings)
    assert not [p for p in opened if "hemlig" in p or "länk" in p]
    # no oracle: the answer is the same whether the file exists or not
    secret.unlink()
    assert _validate(cli, ws)[0] == findings
    for command in ("report", "coverage"):
        assert not [p for p in _validate(cli, ws, command)[1] if "hemlig" in p or "länk" in p]


def test_a_workspace_file_linked_outside_is_located_and_never_opened(cli, tmp_path):
    ws = two_units(tmp_path / "ws")
    secret = tmp_path / "hemlig.yaml"
    secret.write_text("typ: aktivitetsplan\nenhet: X\n", encoding="utf-8")
    (ws / "planer" / "länk.yaml").symlink_to(secret)
    findings, opened = _validate(cli, ws)
    assert ("planer/länk.yaml", 1, 1, "RUS008") in findings
    assert not [p for p in opened if "hemlig" in p or "länk" in p]


def test_a_source_in_a_sibling_folder_of_the_repository_is_allowed(cli, tmp_path):
    """merge writes sources relative to the workspace; a plan of another folder of the
    same checkout climbs with `..` and is still inside."""
    top = tmp_path / "clone"
    (top / ".git").mkdir(parents=True)
    ws = two_units(top / "ws")
    (top / "andra").mkdir()
    (ws / "planer" / "analys.yaml").rename(top / "andra" / "analys.yaml")
    _merged_with(ws, cli, ["../andra/analys.yaml", "planer/tillvaxt.yaml"])
    findings, _ = _validate(cli, ws)
    assert not [f for f in findings if f[3] in ("RUS008", "RUS502")], findings


def test_a_source_is_hashed_within_the_size_limit(tmp_path, monkeypatch):
    """The digest is computed in chunks, the same as of the whole text (CR, CRLF and LF
    alike, also across a chunk boundary), and refuses a file past the limit."""
    path = tmp_path / "plan.yaml"
    raw = (b"a: 1\r\n" * 300_000) + b"b\r" + b"c\r"
    path.write_bytes(raw)
    assert yamlio.digest_file(path) == yamlio.digest(raw)
    with pytest.raises(yamlio.TooLarge):
        yamlio.digest_file(path, limit=1000)
