"""Files that validated before the strategy model grew stay valid (issue #11).

tests/acceptance/legacy holds copies, unchanged, of the examples and the clean fixture as
they were at commit 155e9e9. They are validated, covered and reported as a user would.

Clean means: no error at all, and no warning from a rule that existed then (RUS0xx–RUS6xx)
or from the strategy model's own rules (RUS7xx). Later capabilities with rules of their
own (the årshjul's follow-up rhythm, RUS8xx) may give advice on old files as warnings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import TODAY

LEGACY = Path(__file__).resolve().parent / "acceptance" / "legacy"
WORKSPACES = sorted(p for p in LEGACY.iterdir() if p.is_dir())


def test_the_legacy_copies_are_there():
    assert [p.name for p in WORKSPACES] == ["dalastrategin", "grona_kronoberg", "minimal"]


@pytest.mark.parametrize("workspace", WORKSPACES, ids=lambda p: p.name)
def test_legacy_workspace_is_still_clean(cli, workspace):
    result = cli("validate", workspace, "--today", TODAY, "--format", "json", "--no-cache")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)["findings"]
    assert [f for f in findings if f["severity"] == "error"] == []
    assert [f for f in findings if f["code"] < "RUS800"] == []


@pytest.mark.parametrize("workspace", WORKSPACES[:2], ids=lambda p: p.name)
def test_legacy_workspace_still_covers_and_reports(cli, workspace, tmp_path):
    coverage = cli("coverage", workspace, "--today", TODAY, "--format", "json")
    assert coverage.exit_code == 0, coverage.output
    report = cli("report", workspace, "--today", TODAY, "-o", tmp_path / "r.md")
    assert report.exit_code == 0, report.output
    assert (tmp_path / "r.md").read_text(encoding="utf-8").strip()
