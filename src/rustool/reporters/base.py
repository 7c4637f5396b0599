"""The reporter interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from ..engine import Result


class Reporter(ABC):
    @abstractmethod
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        """Write the results to stdout."""


def display_path(root: Path, rel: str, several: bool) -> str:
    """A finding's file as the user should see it: relative to the workspace, prefixed
    with the workspace folder when several were checked."""
    if not several or rel == ".":
        return rel if rel != "." else root.as_posix()
    return (root / rel).as_posix()
