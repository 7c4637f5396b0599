"""Which decided version a report builds on, and what has changed since (issue 15).

``provenance`` fails soft: outside a repository, without git or without a recorded
decision the report simply says nothing about it. ``since`` is for ``report --since``,
where the user asked for the change list: there a revision that cannot be used is an error.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from .. import gitrun
from . import decisions
from .revisions import RevisionProblem, repository, workspace_prefix

LATEST = ("beslut", "decision")
"""What ``--since`` takes for "the last recorded decision"."""


def provenance(root: Path, today: date | None = None) -> dict[str, Any] | None:
    """The workspace's last decision and how many changes came after it, or None."""
    from . import diff

    try:
        repo = repository(root)
        found = decisions.latest(repo, workspace_prefix(repo, root))
        if found is None:
            return None
        result = diff(root, found.tag, None, today)
    except (RevisionProblem, gitrun.GitError):
        return None
    return {**found.as_dict(), "changes_since": len(result.changes)}


def since(root: Path, revision: str, lang: str, today: date | None = None) -> dict[str, Any]:
    """The change list from REVISION (or the last decision, for ``beslut``) to the working
    tree, as the templates' ``changes`` view; RevisionProblem when it cannot be made."""
    from . import diff
    from .view import view

    if revision in LATEST:
        repo = repository(root)
        found = decisions.latest(repo, workspace_prefix(repo, root))
        if found is None:
            raise RevisionProblem("changes.error.no_decision")
        revision = found.tag
    return view(diff(root, revision, None, today), lang)
