"""Parsing on two cores finds exactly what parsing on one finds, and survives its child."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from rustool import preload
from rustool.engine import validate_workspace

from .conftest import DALARNA, KRONOBERG, STRATEGY, write_workspace

DAY = date(2026, 11, 23)


def _messy(root: Path) -> Path:
    """A workspace with a file of each kind of trouble the loader reports."""
    shutil.copytree(DALARNA, root)
    write_workspace(
        root,
        {
            "trasig.yaml": "typ: aktivitetsplan\nenhet: 'x\n",
            "dubbel.yaml": "typ: aktivitetsplan\nenhet: A\nenhet: B\nstrategi: s\n",
            "utan_typ.yaml": "enhet: A\naktiviteter: []\n",
            "extra/strategi2.yaml": STRATEGY,
        },
    )
    (root / "latin1.yaml").write_bytes("typ: årshjul\n".encode("latin-1"))
    (root / "plan.yaml").symlink_to(root / "aktivitetsplaner" / "kompetensforsorjning.yaml")
    return root


def _findings(root: Path) -> list[tuple[str, int, int, str, str]]:
    result = validate_workspace(root, DAY)
    return [(d.file, d.line, d.column, d.code, d.message("sv")) for d in result.diagnostics]


@pytest.mark.parametrize("name", ["dalastrategin", "grona_kronoberg", "messy"])
def test_two_cores_find_what_one_finds(tmp_path, monkeypatch, name):
    root = {"dalastrategin": DALARNA, "grona_kronoberg": KRONOBERG}.get(name)
    root = root or _messy(tmp_path / "ws")
    monkeypatch.setattr(preload, "MIN_BYTES", 1 << 60)
    one = _findings(root)
    here: list[Path] = []
    real_here = preload._here
    monkeypatch.setattr(preload, "MIN_BYTES", 0)
    monkeypatch.setattr(preload, "_here", lambda paths: (here.extend(paths), real_here(paths))[1])
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    two = _findings(root)
    assert two == one
    files = len(list(root.rglob("*.yaml")))
    assert 0 < len(here) < files, "the child parsed none of the files"
    assert one or name != "messy"


def test_a_child_that_dies_only_costs_time(tmp_path, monkeypatch):
    root = _messy(tmp_path / "ws")
    monkeypatch.setattr(preload, "MIN_BYTES", 1 << 60)
    one = _findings(root)
    monkeypatch.setattr(preload, "MIN_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(preload, "_child", lambda *a: os._exit(3))
    assert _findings(root) == one


def test_halves_are_balanced_and_keep_the_order():
    sizes = {Path(f"f{i}"): size for i, size in enumerate([90, 10, 50, 40, 5, 5])}
    mine, theirs = preload._halves(list(sizes), sizes)
    assert sorted(mine + theirs) == sorted(sizes)
    assert abs(sum(sizes[p] for p in mine) - sum(sizes[p] for p in theirs)) <= 10
    order = list(sizes)
    assert mine == sorted(mine, key=order.index) and theirs == sorted(theirs, key=order.index)
