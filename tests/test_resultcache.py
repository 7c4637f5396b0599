"""A cached validation says exactly what an uncached one says, across edits of every kind."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from .conftest import DALARNA, TODAY


def _both(cli, root: Path, *extra: str) -> tuple[str, str]:
    """(cached run's output, uncached run's output) in the same language and format."""
    cached = cli("validate", root, "--format", "json", "--today", TODAY, *extra)
    fresh = cli("validate", root, "--format", "json", "--today", TODAY, "--no-cache", *extra)
    assert cached.exit_code == fresh.exit_code
    return cached.stdout, fresh.stdout


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "rustool" / "validate").glob("*.json"))


EDITS = {
    "strategy goal renamed away": (
        "strategi.yaml",
        lambda t: t.replace("id: M1.1\n", "id: M1.1x\n", 1),
    ),
    "plan status changed": (
        "aktivitetsplaner/kunskap_och_analys.yaml",
        lambda t: t.replace("status: pågår", "status: okänd", 1),
    ),
    "wheel month broken": ("arshjul.yaml", lambda t: t.replace("månad: ", "månad: 13 #", 1)),
    "merged plan touched": (
        "sammanfogad/forvaltningens-plan.yaml",
        lambda t: t.replace("status: pågår", "status: klar", 1),
    ),
    "config added": ("rustool.yaml", lambda t: "okänd_nyckel: 1\n"),
    "syntax error": ("aktivitetsplaner/kompetensforsorjning.yaml", lambda t: t + "x: [\n"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_cached_runs_say_what_fresh_runs_say(tmp_path, cli, monkeypatch, edit):
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    first, fresh = _both(cli, root)
    assert first == fresh
    assert len(_entries(cache)) == 1
    again, _ = _both(cli, root)  # answered from the cache
    assert again == first

    name, change = EDITS[edit]
    path = root / name
    before = path.read_text("utf-8") if path.exists() else ""
    path.write_text(change(before), "utf-8")
    edited, fresh = _both(cli, root)
    assert edited == fresh
    assert edited != first, "the edit changed nothing the test can see"
    path.write_text(before, "utf-8") if before else path.unlink()
    restored, _ = _both(cli, root)
    assert restored == first


def test_a_renamed_or_added_file_is_a_change(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    first, _ = _both(cli, root)
    plans = root / "aktivitetsplaner"
    shutil.copy(plans / "kunskap_och_analys.yaml", plans / "kopia.yaml")  # duplicate ids now
    added, fresh = _both(cli, root)
    assert added == fresh != first
    (plans / "kopia.yaml").unlink()
    os.rename(plans / "kunskap_och_analys.yaml", root / "kunskap_och_analys.yaml")
    moved, fresh = _both(cli, root)
    assert moved == fresh


def test_another_date_is_another_result(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    late = cli("validate", DALARNA, "--format", "json", "--today", "2027-12-31")
    fresh = cli("validate", DALARNA, "--format", "json", "--today", "2027-12-31", "--no-cache")
    assert late.stdout == fresh.stdout
    assert '"RUS' in late.stdout


def test_a_cache_others_can_write_is_not_used(tmp_path, cli, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    cli("validate", root, "--today", TODAY)
    (entry,) = _entries(cache)
    # someone else plants a result that says the workspace has an error
    entry.write_text(
        '{"diagnostics": [{"code": "RUS201", "key": "RUS201", "file": "x.yaml", "line": 1,'
        ' "column": 1, "fields": {}, "path": [], "severity": "error", "suggestion": null}],'
        ' "files": 1, "ignored": [], "language": null}',
        "utf-8",
    )
    folder = cache / "rustool" / "validate"
    assert cli("validate", root, "--today", TODAY).exit_code == 1  # a private cache: read
    folder.chmod(folder.stat().st_mode | stat.S_IWOTH)
    assert cli("validate", root, "--today", TODAY).exit_code == 0  # writable by others: not
