"""The version of a workspace's data: its git commit and whether the folder has changes.

Asks the `git` command through gitrun (which finds the real repository itself and never
honours configuration from inside the workspace) and fails soft: no git, no repository, a
slow disk or an unsafe-directory refusal all mean "no version", never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import gitrun


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
    repo = gitrun.find_repository(root)
    if repo is None:
        return None
    head = (gitrun.text(repo, "log", "-1", "--format=%H %cs") or "").strip()
    if not head or " " not in head:
        return None
    commit, day = head.split(" ", 1)
    try:
        inside = root.resolve().relative_to(repo.top).as_posix()
    except (OSError, ValueError):
        return None
    status = gitrun.text(
        repo, "status", "--porcelain", "--untracked-files=normal", "--", inside or "."
    )
    if status is None:
        return None
    return Version(commit, day, bool(status.strip()))
