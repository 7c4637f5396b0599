"""The reporter interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from ..engine import Result
from ..safetext import printable


class Reporter(ABC):
    @abstractmethod
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        """Write the results to stdout."""


def repository_path(root: Path, rel: str) -> str:
    """A finding's file for CI annotations (GitHub, GitLab): relative to the top of the git
    repository the workspace is in, which is where CI resolves paths; without a repository,
    as given on the command line."""
    from ..gitrun import find_repository

    path = root / rel if rel != "." else root
    repository = find_repository(root)
    if repository is None:
        return printable(path.as_posix())
    absolute = root.resolve() / rel if rel != "." else root.resolve()
    try:
        return printable(absolute.relative_to(repository.top).as_posix())
    except ValueError:
        return printable(path.as_posix())
