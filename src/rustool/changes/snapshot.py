"""One side of a diff as what a nämnd reads: activities, strategy nodes, indicators and
årshjul events, each by its id."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Diagnostic
from ..model import Activity, Event, Indicator
from ..workspace import Workspace


@dataclass(frozen=True, slots=True)
class Placed:
    activity: Activity
    unit: str
    file: str


@dataclass(frozen=True, slots=True)
class NodeView:
    kind: str
    name: str
    parent: str | None


@dataclass(frozen=True, slots=True)
class StrategyView:
    name: str
    fields: dict[str, Any]
    """Its top-level values besides the tree (namn, vision, period …), as written."""
    crosswalk: dict[str, list[str]]
    """``motsvarar``: an id of the strategy it replaces → the ids that take its place."""


@dataclass
class Snapshot:
    activities: dict[str, Placed] = field(default_factory=dict)
    nodes: dict[str, NodeView] = field(default_factory=dict)
    indicators: dict[str, tuple[Indicator, str]] = field(default_factory=dict)
    """Indicator id → (indicator, the mål it follows)."""
    events: dict[str, Event] = field(default_factory=dict)
    strategies: dict[str, StrategyView] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    """Files that could not be loaded at all (their activities are unknown)."""

    def goal_of(self, node_id: str) -> str:
        """The mål NODE_ID is or lies under; the node itself when there is none."""
        current: str | None = node_id
        seen: set[str] = set()
        while current is not None and current in self.nodes and current not in seen:
            seen.add(current)
            if self.nodes[current].kind == "mål":
                return current
            current = self.nodes[current].parent
        return node_id


_STRATEGY_TREE = {"typ", "id", "områden", "motsvarar", "kategorier", "roller", "principer"}


def snapshot(ws: Workspace) -> Snapshot:
    snap = Snapshot(problems=[p for p in ws.problems if p.severity == "error"])
    loaded = {d.rel for d in ws.documents}
    snap.broken = {p.file for p in ws.problems if p.file not in loaded}
    plans = ws.plan_docs or ws.merged_docs  # a workspace of merged plans only: those
    for doc in plans:
        for activity in doc.model.activities:
            unit = activity.unit or doc.model.unit
            snap.activities.setdefault(activity.id, Placed(activity, unit, doc.rel))
    for doc in ws.of_kind("strategi"):
        _strategy(snap, doc.model, doc.data)
    for doc in ws.of_kind("årshjul"):
        for event in doc.model.events:
            snap.events.setdefault(event.id, event)
    return snap


def _strategy(snap: Snapshot, strategy: Any, data: Any) -> None:
    raw = data if isinstance(data, dict) else {}
    fields = {k: v for k, v in raw.items() if isinstance(k, str) and k not in _STRATEGY_TREE}
    snap.strategies[strategy.id] = StrategyView(
        strategy.name, fields, _crosswalk(raw.get("motsvarar"))
    )
    for area in strategy.areas:
        snap.nodes.setdefault(area.id, NodeView("område", area.name, None))
        for goal in area.goals:
            snap.nodes.setdefault(goal.id, NodeView("mål", goal.name, area.id))
            for priority in goal.priorities:
                snap.nodes.setdefault(priority.id, NodeView("prioritering", priority.name, goal.id))
            for indicator in goal.indicators:
                snap.indicators.setdefault(indicator.id, (indicator, goal.id))


def _crosswalk(value: Any) -> dict[str, list[str]]:
    """``motsvarar: {M1.2: [R2]}`` (or ``M1.2: R2``) as a mapping; anything else, none
    (the strategy's own rules say what is wrong with it)."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, list[str]] = {}
    for old, new in value.items():
        targets = new if isinstance(new, list) else [new]
        ids = [str(t) for t in targets if isinstance(t, str | int) and not isinstance(t, bool)]
        if isinstance(old, str | int) and ids:
            out[str(old)] = ids
    return out
