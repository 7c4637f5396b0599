"""Revisions of a workspace: which commit a name means, and the files it holds.

Everything goes through :mod:`rustool.gitrun` (the repository found by us, never by git,
and nothing from inside the workspace obeyed). A revision is checked before use: a name
that starts with ``-`` could be read as an option and is refused, and every other name is
resolved to a commit with ``rev-parse --verify --end-of-options``, so that only the
commit's id reaches the later calls. Nothing is written to the repository.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import gitrun

_BAD_CHARS = re.compile(r"[\x00-\x20\x7f]")
_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
MAX_REVISION = 250


class RevisionProblem(Exception):
    """A revision the command cannot use; ``key`` names the message."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


@dataclass(frozen=True, slots=True)
class Commit:
    name: str
    """The revision as the user wrote it (``HEAD~1``, a tag, a commit id)."""
    sha: str
    date: str
    """The commit's date, YYYY-MM-DD."""
    subject: str


def repository(path: Path) -> gitrun.Repository:
    found = gitrun.find_repository(path)
    if found is None:
        raise RevisionProblem("changes.error.no_repository", path=path)
    return found


def resolve(repo: gitrun.Repository, name: str) -> Commit:
    """The commit NAME means; RevisionProblem for a name that is unsafe or unknown."""
    if not name or name.startswith("-") or len(name) > MAX_REVISION or _BAD_CHARS.search(name):
        raise RevisionProblem("changes.error.bad_revision", revision=name)
    try:
        out = gitrun.run(
            repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}"
        )
    except gitrun.GitError as error:
        if error.reason == "refused":
            raise RevisionProblem("changes.error.unknown_revision", revision=name) from None
        raise RevisionProblem("changes.error.git", reason=error.reason) from None
    sha = out.decode("ascii", "replace").strip()
    if not _SHA.fullmatch(sha):
        raise RevisionProblem("changes.error.unknown_revision", revision=name)
    info = gitrun.text(repo, "log", "-1", "--format=%cs%x00%s", sha) or "\x00"
    day, _, subject = info.rstrip("\n").partition("\x00")
    return Commit(name, sha, day, subject)


def workspace_prefix(repo: gitrun.Repository, root: Path) -> str:
    """ROOT as a path inside the repository ("" for its top), with /."""
    try:
        inside = root.resolve().relative_to(repo.top.resolve()).as_posix()
    except (OSError, ValueError):
        raise RevisionProblem("changes.error.no_repository", path=root) from None
    return "" if inside == "." else inside


@dataclass(frozen=True, slots=True)
class TreeEntry:
    rel: str
    """The path relative to the workspace, with /."""
    sha: str
    size: int


def tree(repo: gitrun.Repository, commit: str, prefix: str) -> list[TreeEntry]:
    """The regular files under PREFIX in COMMIT (symbolic links and submodules left out:
    a link's target is not followed into another part of the repository)."""
    spec = [prefix] if prefix else []
    raw = gitrun.run(
        repo, "--literal-pathspecs", "ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--",
        *spec,
    )  # fmt: skip
    entries = []
    start = len(prefix) + 1 if prefix else 0
    for record in raw.split(b"\0"):
        meta, tab, path = record.partition(b"\t")
        parts = meta.split()
        if not tab or len(parts) != 4 or parts[1] != b"blob" or parts[0] == b"120000":
            continue
        rel = path.decode("utf-8", "surrogateescape")[start:]
        size = int(parts[3]) if parts[3].isdigit() else 0
        entries.append(TreeEntry(rel, parts[2].decode("ascii"), size))
    return entries


def blobs(repo: gitrun.Repository, shas: list[str]) -> dict[str, bytes]:
    """The contents of the blobs SHAS, in one ``cat-file --batch`` call."""
    wanted = list(dict.fromkeys(shas))
    if not wanted:
        return {}
    out = gitrun.run(
        repo, "cat-file", "--batch", stdin="".join(f"{s}\n" for s in wanted).encode("ascii")
    )
    found: dict[str, bytes] = {}
    at = 0
    while at < len(out):
        end = out.index(b"\n", at)
        head = out[at:end].split()
        at = end + 1
        if len(head) != 3 or head[1] != b"blob":
            continue  # "<sha> missing"
        size = int(head[2])
        found[head[0].decode("ascii")] = out[at : at + size]
        at += size + 1
    return found
