"""Running git on a workspace that others edit, safely.

A pull request can commit the files of a git directory (``HEAD``, ``config``, ``objects/``,
``refs/``) into the workspace or a folder above it. Left to itself, git would take such a
folder for a (bare) repository and obey its ``config``: ``core.fsmonitor`` runs any command.
So git never discovers anything here: we find the real repository ourselves, walking up
for a ``.git`` entry (git itself refuses to track a path named ``.git``, so no pull request
can add one), stopping at the file system's boundary, and name it explicitly with
``--git-dir`` and ``--work-tree``. Hooks and fsmonitor are switched off on the command line,
implicit bare repositories refused, the environment's ``GIT_*`` variables dropped, output
bounded and every call timed out. No shell is involved.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO

TIMEOUT_S = 10.0
OUTPUT_LIMIT = 256 * 1024 * 1024
"""Bytes of standard output one call may give before it is stopped."""

_HARDENING = (
    "-c", "core.fsmonitor=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "safe.bareRepository=explicit",
    "-c", "core.untrackedCache=false",
    "-c", "diff.external=",
    "-c", "protocol.allow=never",
    "-c", "log.showSignature=false",
    "-c", "submodule.recurse=false",
    "--no-pager",
    "--no-replace-objects",
    "--literal-pathspecs",
)  # fmt: skip
"""No fsmonitor, hook, external diff, transport, signature check (gpg) or submodule
recursion, whatever the configuration says; paths are paths, not patterns (a folder
named ``data*`` is that folder)."""


class GitError(Exception):
    """git could not answer: not installed, timed out, too much output, or it refused."""

    def __init__(self, reason: str, stderr: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.stderr = stderr


@dataclass(frozen=True, slots=True)
class Repository:
    top: Path
    """The work tree's top folder (holds ``.git``)."""
    git_dir: Path
    """Its ``.git`` entry: a folder, or a file that names one (worktrees, submodules)."""


def find_repository(path: Path) -> Repository | None:
    """The repository holding PATH, found the way a user's clone is laid out, or None."""
    try:
        here = path.resolve()
        if not here.is_dir():
            here = here.parent
        device = here.stat().st_dev
    except OSError:
        return None
    for folder in (here, *here.parents):
        try:
            if folder.stat().st_dev != device:
                return None  # another file system: not ours to search
            entry = folder / ".git"
            if entry.is_dir() or entry.is_file():
                return Repository(folder, entry)
        except OSError:
            return None
    return None


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    # GIT_OPTIONAL_LOCKS=0: `git status` must not take the index lock (and so never get in
    # the way of a commit running at the same time); LC_ALL=C: output we can parse.
    env.update(
        GIT_OPTIONAL_LOCKS="0",
        LC_ALL="C",
        GIT_TERMINAL_PROMPT="0",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_NO_REPLACE_OBJECTS="1",
    )
    return env


def run(
    repo: Repository,
    *args: str,
    timeout: float = TIMEOUT_S,
    limit: int = OUTPUT_LIMIT,
    ok_codes: tuple[int, ...] = (0,),
    stdin: bytes | None = None,
) -> bytes:
    """git ARGS in REPO; its standard output. Raises GitError when git cannot answer.

    STDIN, when given, is fed to git from a thread of its own (``cat-file --batch`` reads
    its requests while it writes its answers: writing them all first could block both)."""
    command = [
        "git",
        *_HARDENING,
        f"--git-dir={repo.git_dir}",
        f"--work-tree={repo.top}",
        *args,
    ]
    try:
        process = subprocess.Popen(
            command,
            cwd=repo.top,
            stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
            start_new_session=True,  # so a timeout stops git and anything it started
        )
    except OSError as error:
        raise GitError("unavailable", str(error)) from None
    errors: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(process.stderr, errors), daemon=True)
    reader.start()
    if stdin is not None:
        writer = threading.Thread(target=_feed, args=(process.stdin, stdin), daemon=True)
        writer.start()
    timer = threading.Timer(timeout, _stop, args=(process,))
    timer.start()
    try:
        assert process.stdout is not None
        output = process.stdout.read(limit + 1)
        if len(output) > limit:
            raise GitError("too_large")
        code = process.wait()
        reader.join(1.0)
    finally:
        timer.cancel()
        if process.poll() is None:
            _stop(process)
            process.wait()
    stderr = b"".join(errors).decode("utf-8", "replace")
    if code < 0:
        raise GitError("timeout", stderr)
    if code not in ok_codes:
        raise GitError("refused", stderr)
    return output


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill git and its process group: a child (a filter, a helper) holding the output
    pipe open would otherwise keep the read waiting after git itself is gone."""
    with contextlib.suppress(OSError):  # already gone
        os.killpg(process.pid, signal.SIGKILL)


def _feed(stream: IO[bytes] | None, data: bytes) -> None:
    """Write DATA to git's standard input and close it; git leaving early is no error here
    (its exit code says what happened)."""
    if stream is None:
        return
    try:
        stream.write(data)
        stream.close()
    except (BrokenPipeError, ValueError, OSError):
        pass


def _drain(stream: IO[bytes] | None, into: list[bytes]) -> None:
    """Read a pipe to its end, keeping the first 64 KiB (so git never blocks writing)."""
    if stream is None:
        return
    while chunk := stream.read(65536):
        if not into:
            into.append(chunk)


def text(repo: Repository, *args: str, timeout: float = TIMEOUT_S) -> str | None:
    """git ARGS as text, or None when git cannot answer (for callers that fail soft)."""
    try:
        return run(repo, *args, timeout=timeout).decode("utf-8", "replace")
    except GitError:
        return None
