"""What a rule is: a stable code, a slug, a default severity, its docs and its check."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..diagnostics import Severity
    from ..workspace import Document, Workspace


@dataclass(slots=True)
class Finding:
    """A rule's finding: where (document and YAML path) and what (message fields)."""

    doc: Document | None
    path: tuple[str | int, ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    variant: str | None = None
    suggestion: str | None = None
    raw: bool = False
    """The path indexes the file's data as written, not the validated model."""


Check = Callable[["Workspace"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    slug: str
    severity: Severity
    doc: str
    check: Check | None = None
    """None for problems found while loading (syntax, schema); the loader reports those."""

    @property
    def summary(self) -> str:
        """The first paragraph of the documentation, on one line."""
        return " ".join(self.doc.strip().split("\n\n")[0].split())


RULES: dict[str, Rule] = {}


def rule(code: str, slug: str, severity: Severity = "error") -> Callable[[Check], Check]:
    """Register a check; its docstring is the rule's documentation."""

    def register(check: Check) -> Check:
        RULES[code] = Rule(code, slug, severity, inspect.cleandoc(check.__doc__ or ""), check)
        return check

    return register


def declare(code: str, slug: str, severity: Severity, doc: str) -> None:
    """Register a rule that the loader, not a check, reports."""
    RULES[code] = Rule(code, slug, severity, inspect.cleandoc(doc))
