"""The two sides of a diff: a workspace's files at a git revision, or in the working tree.

A side is only bytes and their git blob ids, so that a file with the same id on both
sides is known unchanged without being parsed (a plan of 2,000 activities costs about
0.4 s to load; most plans do not change between two meetings).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .. import gitrun, yamlio
from ..workspace import CONFIG_FILE, config_from_text, workspace_file
from .revisions import Commit, blobs, tree


@dataclass(frozen=True, slots=True)
class File:
    rel: str
    sha: str
    data: bytes | None
    """The bytes (decoded only where they are parsed: most are never)."""
    problem: yamlio.Problem | None = None
    """Why the file could not be read (data is then None)."""

    def text(self) -> tuple[str | None, yamlio.Problem | None]:
        if self.data is None:
            return None, self.problem
        return yamlio.decode(self.data)


@dataclass
class Side:
    commit: Commit | None
    """None for the working tree."""
    files: dict[str, File] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.commit.name if self.commit else ""


def blob_id(data: bytes) -> str:
    """The id git gives a blob of DATA (SHA-1 of its header and bytes)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _too_large(size: int) -> yamlio.Problem:
    return yamlio.Problem(
        "limit.size",
        1,
        1,
        {"size_mb": round(size / 2**20, 1), "limit_mb": yamlio.MAX_FILE_BYTES // 2**20},
    )


def _keep(files: dict[str, File]) -> dict[str, File]:
    """The files the workspace loader would read, by the side's own rustool.yaml."""
    config_file = files.get(CONFIG_FILE)
    text, problem = config_file.text() if config_file else (None, None)
    config = config_from_text(Path(CONFIG_FILE), text, problem)[0]
    return {rel: f for rel, f in sorted(files.items()) if workspace_file(rel, config)}


def at_revision(repo: gitrun.Repository, commit: Commit, prefix: str) -> Side:
    entries = [e for e in tree(repo, commit.sha, prefix) if yaml_name(e.rel)]
    small = [e.sha for e in entries if e.size <= yamlio.MAX_FILE_BYTES]
    contents = blobs(repo, small)
    files = {}
    for e in entries:
        if e.size > yamlio.MAX_FILE_BYTES:
            files[e.rel] = File(e.rel, e.sha, None, _too_large(e.size))
        else:
            files[e.rel] = File(e.rel, e.sha, contents.get(e.sha, b""))
    return Side(commit, _keep(files))


def yaml_name(rel: str) -> bool:
    return rel.lower().endswith((".yaml", ".yml"))


def working_tree(root: Path) -> Side:
    """The workspace's files as they are on disk (as `validate` would read them)."""
    files: dict[str, File] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not yaml_name(name):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            data, problem = _read(path)
            files[rel] = File(rel, blob_id(data) if data is not None else "", data, problem)
    return Side(None, _keep(files))


def _read(path: Path) -> tuple[bytes | None, yamlio.Problem | None]:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, yamlio.Problem("file.not_regular", 1, 1)
        if info.st_size > yamlio.MAX_FILE_BYTES:
            return None, _too_large(info.st_size)
        return path.read_bytes(), None
    except OSError as exc:
        return None, yamlio.Problem(
            "file.unreadable", 1, 1, {"reason": exc.strerror or str(exc), "errno": exc.errno}
        )
