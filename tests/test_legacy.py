"""Files that validated before the strategy model grew stay valid (issue #11).

tests/acceptance/legacy holds copies, unchanged, of the examples and the clean fixture as
they were at commit 155e9e9. They are validated, covered and reported as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import TODAY

LEGACY = Path(__file__).resolve().parent / "acceptance" / "legacy"
WORKSPACES = sorted(p for p in LEGACY.iterdir() if p.is_dir())


def test_the_legacy_copies_are_there():
    assert [p.name for p in WORKSPACES] == ["dalastrategin", "grona_kronoberg", "minimal"]


@pytest.mark.parametrize("workspace", WORKSPACES, ids=lambda p: p.name)
def test_legacy_workspace_is_still_clean(cli, workspace):
    result = cli("validate", workspace, "--strict", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "0 fel, 0 varningar" in result.output


@pytest.mark.parametrize("workspace", WORKSPACES[:2], ids=lambda p: p.name)
def test_legacy_workspace_still_covers_and_reports(cli, workspace, tmp_path):
    coverage = cli("coverage", workspace, "--today", TODAY, "--format", "json")
    assert coverage.exit_code == 0, coverage.output
    report = cli("report", workspace, "--today", TODAY, "-o", tmp_path / "r.md")
    assert report.exit_code == 0, report.output
    assert (tmp_path / "r.md").read_text(encoding="utf-8").strip()
