"""The version of a workspace's data: its git commit and whether the folder has changes.

Asks the `git` command with a timeout and fails soft: no git, no repository, a slow disk
or an unsafe-directory refusal all mean "no version", never an error.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class Version:
    commit: str
    date: str
    """The commit's date (committer date, YYYY-MM-DD)."""
    dirty: bool
    """Whether the workspace folder has uncommitted or untracked changes."""

    @property
    def short(self) -> str:
        return self.commit[:10]


def version(root: Path) -> Version | None:
    head = (_git(root, "log", "-1", "--format=%H %cs") or "").strip()
    if not head or " " not in head:
        return None
    commit, day = head.split(" ", 1)
    status = _git(root, "status", "--porcelain", "--untracked-files=normal", "--", ".")
    if status is None:
        return None
    return Version(commit, day, bool(status.strip()))


def _git(root: Path, *args: str) -> str | None:
    # GIT_OPTIONAL_LOCKS=0: `git status` must not take the index lock (and so never get in
    # the way of a commit running at the same time); LC_ALL=C: output we can parse.
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None
