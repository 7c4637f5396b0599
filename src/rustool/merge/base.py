"""What the parts of merge share: the request, the plans read, the findings, the result."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic
from .splice import Spliced

if TYPE_CHECKING:
    from ..model import Plan
    from ..workspace import Document, Workspace


class UsageProblem(Exception):
    """The command line asks for something impossible (exit 2); ``key`` names the message."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


class NotFaithful(Exception):
    """The merged text would not read back as the sources: nothing is written."""

    def __init__(self, activity: str, file: str) -> None:
        super().__init__(activity)
        self.activity, self.file = activity, file


@dataclass(frozen=True, slots=True)
class Options:
    unit: str | None = None
    year: int | None = None
    categories: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()


@dataclass(slots=True)
class Found:
    """A diagnostic and the workspace its file is relative to."""

    root: Path
    diagnostic: Diagnostic

    @property
    def file(self) -> str:
        return display(self.root, self.diagnostic.file)


@dataclass
class Outcome:
    text: str | None
    found: list[Found] = field(default_factory=list)
    plans: int = 0
    activities: int = 0
    language: str | None = None
    """The `språk` of the (first) workspace's rustool.yaml."""

    @property
    def errors(self) -> int:
        return sum(f.diagnostic.severity == "error" for f in self.found)


@dataclass
class Input:
    ws: Workspace
    doc: Document
    source: str = ""
    sha256: str = ""
    spliced: Spliced = field(default_factory=Spliced)

    @property
    def plan(self) -> Plan:
        plan: Plan = self.doc.model
        return plan


def display(root: Path, rel: str) -> str:
    from ..diagnostics import shown_path

    return shown_path(root, rel)


def collate(text: str) -> tuple[str, str]:
    """A sort key in Swedish alphabetical order: case and accents aside, å ä ö after z."""
    folded = text.casefold().replace("å", "\x7f1").replace("ä", "\x7f2").replace("ö", "\x7f3")
    folded = folded.replace("æ", "\x7f2").replace("ø", "\x7f3")
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return plain, text


def sort_found(found: list[Found]) -> list[Found]:
    return sorted(
        found, key=lambda f: (f.file, f.diagnostic.line, f.diagnostic.column, f.diagnostic.code)
    )
