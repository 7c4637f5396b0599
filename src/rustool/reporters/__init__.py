"""Output formats for validate, registered by name (the --format choices)."""

from __future__ import annotations

from .base import Reporter
from .github import GithubReporter
from .gitlab import GitlabReporter
from .json import JsonReporter
from .text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "github": GithubReporter,
    "gitlab": GitlabReporter,
}

__all__ = ["REPORTERS", "Reporter"]
