"""What a diff finds: changes as data (kind, id, unit, goals, fields), rendered later."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Diagnostic

KINDS = (
    "strategy.added",
    "strategy.removed",
    "strategy.changed",
    "node.added",
    "node.removed",
    "node.renamed",
    "node.moved",
    "indicator.added",
    "indicator.removed",
    "indicator.outcome",
    "indicator.changed",
    "event.added",
    "event.removed",
    "event.changed",
    "activity.added",
    "activity.removed",
    "activity.struck",
    "activity.status",
    "activity.due",
    "activity.owner",
    "activity.goals",
    "activity.budget",
    "activity.follow_up",
    "activity.title",
    "activity.comment",
    "activity.unit",
    "activity.other",
)
"""Every kind, in the order a list of changes is sorted and shown."""

SECTIONS = {"strategy": "strategy", "node": "strategy", "indicator": "indicators"}
"""The section of the output a kind's family belongs to (else its own family)."""


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    id: str
    """The activity, strategy node, indicator, event or strategy it is about."""
    name: str
    """Its name or title (after the change, or before for a removal)."""
    fields: dict[str, Any]
    unit: str | None = None
    """For an activity: its unit (after the change, or before for a removal)."""
    goals: tuple[str, ...] = ()
    """The strategy's goals (mål, else the node itself) it concerns, for grouping."""

    @property
    def section(self) -> str:
        family = self.kind.split(".", 1)[0]
        return SECTIONS.get(family, family)


@dataclass(frozen=True, slots=True)
class Revision:
    label: str
    """As the user named it (a tag, HEAD~1), or "" for the working tree."""
    commit: str | None
    date: str | None
    decision: dict[str, str] | None = None
    """The decision recorded on it, when the revision is a decision's tag."""


@dataclass
class Result:
    before: Revision
    after: Revision
    workspace: str
    """The workspace folder, relative to the repository's top ("." for the top)."""
    changes: list[Change] = field(default_factory=list)
    problems: dict[str, list[Diagnostic]] = field(default_factory=dict)
    """Problems that kept files of a side from being compared, by side ("before", "after")."""
    not_compared: int = 0
    """Activities in a file that could not be read on the other side."""
    goal_names: dict[str, str] = field(default_factory=dict)
