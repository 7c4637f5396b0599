"""A pull request that commits the files of a git directory into the workspace (or a folder
above it) must never make git obey them: no command from its `config` runs, and the data
version the report shows is the real repository's, or none."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from rustool import gitrun

from .conftest import STRATEGY, TODAY, write_workspace

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

_USER = ("-c", "user.name=Test", "-c", "user.email=test@example.org")


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *_USER, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _plant_git_directory(folder: Path, work_tree: Path, marker: Path, scratch: Path) -> str:
    """Copy a real repository's git directory into FOLDER as plain files (what a pull
    request can commit), with a `config` that runs a command through core.fsmonitor and
    points git at WORK_TREE. Returns the planted repository's commit."""
    source = scratch / "attacker"
    source.mkdir()
    _git(source, "init", "-q", "-b", "main")
    _git(source, "commit", "-q", "--allow-empty", "-m", "the attacker's version")
    commit = _git(source, "rev-parse", "HEAD")
    shutil.copytree(source / ".git", folder, dirs_exist_ok=True)
    (folder / "config").write_text(
        "[core]\n"
        "\trepositoryformatversion = 0\n"
        "\tbare = false\n"
        f"\tworktree = {work_tree}\n"
        f'\tfsmonitor = "touch {marker}; false"\n'
        f"\thooksPath = {folder / 'hooks'}\n"
        f"[alias]\n\tlog = !touch {marker}\n",
        encoding="utf-8",
    )
    return commit


def _report_version(cli, ws: Path) -> dict | None:
    result = cli("report", ws, "-f", "json", "--today", TODAY)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["header"]["version"]


@pytest.mark.parametrize("where", ["workspace", "above"])
def test_planted_git_directory_outside_a_repository_is_never_obeyed(cli, tmp_path, where):
    top = tmp_path / "checkout"
    ws = write_workspace(top / "ws", {"strategi.yaml": STRATEGY})
    planted = ws if where == "workspace" else top
    marker = tmp_path / "MARKER"
    _plant_git_directory(planted, ws, marker, tmp_path)

    assert _report_version(cli, ws) is None
    assert not marker.exists(), "a command from the planted config ran"


@pytest.mark.parametrize("where", ["workspace", "above"])
def test_planted_git_directory_inside_a_repository_shows_the_real_version(cli, tmp_path, where):
    top = tmp_path / "clone"
    top.mkdir()
    _git(top, "init", "-q", "-b", "main")
    ws = write_workspace(top / "data" / "ws", {"strategi.yaml": STRATEGY})
    planted = ws if where == "workspace" else ws.parent
    marker = tmp_path / "MARKER"
    attacker = _plant_git_directory(planted, ws, marker, tmp_path)
    _git(top, "add", "-A")
    _git(top, "commit", "-q", "-m", "a pull request's data")
    real = _git(top, "rev-parse", "HEAD")

    version = _report_version(cli, ws)
    assert version is not None
    assert version["commit"] == real != attacker
    assert version["dirty"] is False
    assert not marker.exists(), "a command from the planted config ran"


def test_git_environment_variables_are_not_obeyed(tmp_path, monkeypatch):
    """GIT_DIR and friends in the environment (set by a CI step, or a hook) do not redirect
    the runner to another repository, and GIT_CONFIG_* cannot inject configuration."""
    top = tmp_path / "clone"
    top.mkdir()
    _git(top, "init", "-q", "-b", "main")
    _git(top, "commit", "-q", "--allow-empty", "-m", "real")
    marker = tmp_path / "MARKER"
    other = tmp_path / "other"
    other.mkdir()
    _git(other, "init", "-q", "-b", "main")
    _git(other, "commit", "-q", "--allow-empty", "-m", "other")
    expected = _git(top, "rev-parse", "HEAD")
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "core.fsmonitor")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", f"touch {marker}; false")
    repo = gitrun.find_repository(top)
    assert repo is not None
    assert gitrun.text(repo, "rev-parse", "HEAD") == expected + "\n"
    gitrun.text(repo, "status", "--porcelain")
    assert not marker.exists()


def test_a_pathspec_is_a_literal_folder_name(tmp_path):
    """A workspace folder named like a glob (`data*`) is that folder, not a pattern:
    changes in a sibling `data-old` do not make it dirty."""
    from rustool import gitinfo

    top = tmp_path / "clone"
    ws = write_workspace(top / "data*", {"strategi.yaml": STRATEGY})
    write_workspace(top / "data-old", {"x.yaml": "a: 1\n"})
    _git(top, "init", "-q", "-b", "main")
    _git(top, "add", "-A")
    _git(top, "commit", "-q", "-m", "data")
    (top / "data-old" / "x.yaml").write_text("a: 2\n", encoding="utf-8")
    found = gitinfo.version(ws)
    assert found is not None and found.dirty is False


def test_a_hanging_child_of_git_is_stopped(tmp_path, monkeypatch):
    """The timeout stops git and whatever git started (a filter, a helper) that still holds
    its output open; a call never waits on them."""
    fake = tmp_path / "bin"
    fake.mkdir()
    script = fake / "git"
    script.write_text("#!/bin/sh\nsleep 60 &\nsleep 60\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    repo = gitrun.Repository(tmp_path, tmp_path / ".git")
    outcome: list[str] = []

    def call() -> None:
        try:
            gitrun.run(repo, "status", timeout=0.5)
        except gitrun.GitError as error:
            outcome.append(error.reason)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(20)
    assert outcome == ["timeout"], "the call waited on git's child"
