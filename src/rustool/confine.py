"""Paths that a workspace's own files name (a merged plan's `källor[].fil`) stay inside it.

A pull request can write any path into a file. Followed as it stands, an absolute path or
one climbing with ``..`` (or through a symbolic link) would make validate, coverage and
report stat and hash any file on the machine: an existence and checksum oracle, and a
4 GB read. So such a path is resolved here, against the folder it may not leave, before
anything looks at it: the top of the repository that holds the workspace (merge writes
sources relative to the workspace, which may climb to a sibling folder of the same
checkout), or the workspace itself when it is in no repository.
"""

from __future__ import annotations

import os
from pathlib import Path

from .gitrun import find_repository
from .yamlio import real


def boundary(root: Path) -> Path:
    """The folder that paths named by the workspace at ROOT may not leave (resolved)."""
    repo = find_repository(root)
    return real(repo.top if repo is not None else root)


def inside(root: Path, name: str, fence: Path) -> Path | None:
    """ROOT / NAME when it stays within FENCE, lexically and with links followed; None for
    an absolute NAME or one that leaves FENCE (nothing outside is even looked at: the
    lexical check comes first, and following links reads only links inside FENCE)."""
    if not name or os.path.isabs(name) or name.startswith("~") or "\x00" in name:
        return None
    lexical = Path(os.path.normpath(real(root) / name))
    if not lexical.is_relative_to(fence):
        return None
    resolved = real(lexical)
    return resolved if resolved.is_relative_to(fence) else None
