"""What changed in a workspace between two git revisions, as a nämnd reads it; and the
decisions (tags) that name the versions a nämnd decided.

``diff`` reads each revision's files through git (nothing checked out, nothing written),
loads them with the workspace loader from their texts and compares by ids: a moved or
renamed file is no change. See docs/diff.md.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import gitrun
from . import decisions
from .compare import compare
from .load import load_pair
from .model import Change, Result, Revision
from .revisions import Commit, RevisionProblem, repository, resolve, workspace_prefix
from .sides import at_revision, working_tree
from .snapshot import snapshot

__all__ = ["Change", "Result", "Revision", "RevisionProblem", "diff", "default_base"]


def default_base(root: Path) -> str:
    """The revision a diff starts from when none is given: the workspace's last recorded
    decision, else HEAD~1."""
    repo = repository(root)
    found = decisions.latest(repo, workspace_prefix(repo, root))
    return found.tag if found is not None else "HEAD~1"


def diff(root: Path, before: str | None, after: str | None, today: date | None = None) -> Result:
    """The changes in the workspace at ROOT from BEFORE (default: ``default_base``) to
    AFTER (None: the working tree). RevisionProblem outside a repository or for a revision
    that cannot be used."""
    repo = repository(root)
    prefix = workspace_prefix(repo, root)
    base = resolve(repo, before if before is not None else default_base(root))
    side_a = at_revision(repo, base, prefix)
    head = resolve(repo, after) if after is not None else None
    side_b = at_revision(repo, head, prefix) if head is not None else working_tree(root)
    ws_a, ws_b = load_pair(root, side_a, side_b, today or date.today())
    snap_a, snap_b = snapshot(ws_a), snapshot(ws_b)
    changes, skipped = compare(snap_a, snap_b)
    names = {n: v.name for n, v in {**snap_a.nodes, **snap_b.nodes}.items()}
    return Result(
        before=_revision(repo, base, prefix),
        after=_revision(repo, head, prefix),
        workspace=prefix or ".",
        changes=changes,
        problems={
            "before": [p for p in snap_a.problems if p.file in snap_a.broken],
            "after": [p for p in snap_b.problems if p.file in snap_b.broken],
        },
        not_compared=skipped,
        goal_names=names,
    )


def _revision(repo: gitrun.Repository, commit: Commit | None, prefix: str) -> Revision:
    if commit is None:
        return Revision("", None, None)
    decision = decisions.on_commit(repo, commit.sha, prefix)
    return Revision(commit.name, commit.sha, commit.date, decision.as_dict() if decision else None)
