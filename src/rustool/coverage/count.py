"""Counting: from a loaded workspace to a :class:`~rustool.coverage.result.Coverage`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model.types import DONE_STATUSES, STATUSES
from ..suggest import fold
from ..workspace import paused_gc
from . import portfolio
from .result import (
    MONTHS,
    CategoryRow,
    Coverage,
    Filters,
    IndicatorCoverage,
    MonthRow,
    NodeRow,
    RoleRow,
    Share,
    Source,
    UnitRow,
    WheelCoverage,
)

if TYPE_CHECKING:
    from ..model import Activity, Strategy, Wheel
    from ..workspace import Workspace


class _Item(NamedTuple):
    """One counted activity, with what coverage needs to know about it."""

    activity: Activity
    unit: str
    file: str
    category: str
    """The strategy's spelling when it has the category."""
    role: str | None
    """The strategy's spelling when it has the role."""
    nodes: list[str]
    """Every node the activity counts for, each once."""
    unknown_refs: list[str]
    overdue: bool
    areas: list[str]
    """The områden among ``nodes``."""


def compute(
    ws: Workspace,
    *,
    year: int | None = None,
    units: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    today: date | None = None,
    strategy: str | None = None,
) -> Coverage:
    """The coverage of ``ws``'s strategy by its plans and årshjul.

    ``year``, ``units`` and ``statuses`` narrow the activities counted (see the package's
    docstring); ``today`` (default: the workspace's date) decides which are overdue.
    ``strategy`` picks one of the workspace's strategies by id (default: the current one,
    which no other replaces); only the plans that name it are counted when the workspace
    holds several. The workspace must have a strategy: check ``ws.strategy`` first
    (ValueError otherwise, also for an id that is not one of its strategies).

    The garbage collector is paused while counting: counting makes no cycles, and with it
    running, collections that walk the loaded workspace's large trees took five times as
    long as the counting itself.
    """
    with paused_gc():
        chosen = ws.strategy if strategy is None else _strategy(ws, strategy)
        filters = (year, tuple(units or ()), tuple(statuses or ()))
        return _compute(ws, chosen, *filters, today or ws.today)


def _strategy(ws: Workspace, strategy_id: str) -> Strategy:
    doc = ws.strategies.get(strategy_id)
    if doc is None:
        raise ValueError(f"no strategy {strategy_id!r} in the workspace")
    model: Strategy = doc.model
    return model


def _compute(
    ws: Workspace,
    strategy: Strategy | None,
    year: int | None,
    unit_filter: tuple[str, ...],
    status_filter: tuple[str, ...],
    day: date,
) -> Coverage:
    if strategy is None:
        raise ValueError("coverage needs a workspace with a strategy")
    source, ignored = _source(ws)
    items = list(_items(ws, strategy, source, year, unit_filter, status_filter, day))
    reached = _reached(items)
    followed = _followed(ws, ws.wheel)
    return Coverage(
        strategy_id=strategy.id,
        strategy_name=strategy.name,
        filters=Filters(year, unit_filter, status_filter),
        today=day,
        source=source,
        ignored_merged=ignored,
        activities=len(items),
        by_status=_statuses(items),
        overdue=sum(i.overdue for i in items),
        categories=_categories(strategy, items),
        nodes=tuple(_nodes(strategy, reached, followed)),
        roles=_roles(strategy, items),
        no_role=sum(i.role is None for i in items),
        units=_units(items),
        linked=Share(sum(bool(i.nodes) for i in items), len(items)),
        with_owner=Share(sum(_has_owner(i.activity) for i in items), len(items)),
        unknown_references=dict(Counter(r for i in items for r in i.unknown_refs)),
        wheel=_wheel(ws, ws.wheel, followed) if ws.wheel else None,
        indicators=_indicators(strategy),
        portfolio=portfolio.compute(ws, strategy, [i.activity for i in items], reached),
    )


def unit_names(ws: Workspace) -> list[str]:
    """The units whose activities coverage counts, sorted: for ``--enhet`` suggestions."""
    source, _ = _source(ws)
    names = {_unit(doc.model.unit, a) for doc, a in _activities(ws, source)}
    return sorted(names, key=fold)


def _source(ws: Workspace) -> tuple[Source, tuple[str, ...]]:
    if ws.plan_docs:
        return "plans", tuple(d.rel for d in ws.merged_docs)
    if ws.merged_docs:
        return "merged", ()
    return "none", ()


def _activities(ws: Workspace, source: Source) -> Iterator[tuple[Any, Activity]]:
    """(document, activity) for every activity of the counted plans."""
    if source == "plans":
        for doc, _, activity in ws.activities():
            yield doc, activity
    elif source == "merged":
        seen: set[str] = set()
        for doc in ws.merged_docs:
            for activity in doc.model.activities:
                if activity.id not in seen:
                    seen.add(activity.id)
                    yield doc, activity


def _unit(plan_unit: str, activity: Activity) -> str:
    return activity.unit or plan_unit


def _items(
    ws: Workspace,
    strategy: Strategy,
    source: Source,
    year: int | None,
    units: tuple[str, ...],
    statuses: tuple[str, ...],
    today: date,
) -> Iterator[_Item]:
    # unknown spellings join the first one seen that folds the same
    categories = _Canon(strategy.categories)
    roles = _Canon(strategy.roles)
    wanted_units = {fold(u) for u in units}
    up = {node: tuple(ws.ancestors(node)) for node in ws.nodes}
    areas = {a.id for a in strategy.areas}
    several = len(ws.strategies) > 1
    for doc, activity in _activities(ws, source):
        if several and doc.model.strategy != strategy.id:
            continue
        unit = _unit(doc.model.unit, activity)
        if wanted_units and fold(unit) not in wanted_units:
            continue
        if statuses and activity.status not in statuses:
            continue
        if year is not None and not _in_year(doc.model.year, activity, year):
            continue
        nodes, unknown = _reach(up, activity.contributes_to)
        yield _Item(
            activity,
            unit,
            doc.rel,
            categories[activity.category],
            roles[main] if (main := portfolio.main_role(activity)) else None,
            nodes,
            unknown,
            _is_overdue(activity, today),
            [n for n in nodes if n in areas],
        )


class _Canon(dict[str, str]):
    """Spelling → the strategy's spelling (or the first spelling seen that folds alike).

    Folding is the costly part of counting, and a workspace writes the same few
    categories and roles thousands of times, so each spelling is folded once.
    """

    def __init__(self, names: Iterable[str]) -> None:
        super().__init__()
        self.by_fold = {fold(name): name for name in names}

    def __missing__(self, spelling: str) -> str:
        canonical = self[spelling] = self.by_fold.setdefault(fold(spelling), spelling)
        return canonical


def _in_year(plan_year: int | None, activity: Activity, year: int) -> bool:
    if plan_year is not None:
        return plan_year == year
    return activity.due is not None and activity.due.last.year == year


def _reach(up: dict[str, tuple[str, ...]], refs: list[str]) -> tuple[list[str], list[str]]:
    """The nodes an activity counts for (each once) and the references that are no node of
    the strategy. ``up`` maps each node to itself and the nodes above it."""
    if len(refs) == 1 and refs[0] in up:  # the common case, without a set
        return list(up[refs[0]]), []
    nodes: dict[str, None] = {}
    unknown: list[str] = []
    for ref in refs:
        chain = up.get(ref)
        if chain is None:
            if ref not in unknown:
                unknown.append(ref)
            continue
        nodes.update(dict.fromkeys(chain))
    return list(nodes), unknown


def _is_overdue(activity: Activity, today: date) -> bool:
    due = activity.due
    return due is not None and activity.status not in DONE_STATUSES and due.last < today


def _has_owner(activity: Activity) -> bool:
    return bool(activity.owner and activity.owner.strip())


def _statuses(items: Iterable[_Item]) -> dict[str, int]:
    counts: Counter[str] = Counter(i.activity.status for i in items)
    return {s: counts[s] for s in STATUSES}


def _reached(items: list[_Item]) -> dict[str, list[_Item]]:
    reached: dict[str, list[_Item]] = {}
    for item in items:
        for node in item.nodes:
            reached.setdefault(node, []).append(item)
    return reached


def _categories(strategy: Strategy, items: list[_Item]) -> tuple[CategoryRow, ...]:
    area_ids = [a.id for a in strategy.areas]
    names = list(strategy.categories)
    names += sorted({i.category for i in items} - set(names), key=fold)
    rows = []
    for name in names:
        mine = [i for i in items if i.category == name]
        areas = Counter(a for i in mine for a in i.areas)
        rows.append(
            CategoryRow(
                name=name,
                known=name in strategy.categories,
                activities=len(mine),
                by_status=_statuses(mine),
                overdue=sum(i.overdue for i in mine),
                by_area={a: areas[a] for a in area_ids},
            )
        )
    return tuple(rows)


def _nodes(
    strategy: Strategy, reached: dict[str, list[_Item]], followed: set[str] | None
) -> Iterator[NodeRow]:
    indicators = {goal.id: len(goal.indicators) for _, goal in strategy.goals()}
    depth: dict[str, int] = {}
    for kind, node_id, parent, path in strategy.nodes():
        name = _node_name(strategy, path)
        depth[node_id] = depth[parent] + 1 if parent is not None else 0
        yield _node_row(
            kind,
            node_id,
            name,
            parent,
            depth[node_id],
            reached,
            followed,
            indicators.get(node_id, 0) if kind == "mål" else 0,
        )


def _node_name(strategy: Strategy, path: tuple[str | int, ...]) -> str:
    node: Any = strategy
    fields = {"områden": "areas", "mål": "goals", "prioriteringar": "priorities"}
    for step in path:
        node = (
            node[step] if isinstance(step, int) else getattr(node, fields.get(step, "focus_areas"))
        )
    return str(node.name)


def _node_row(
    kind: Any,
    node_id: str,
    name: str,
    parent: str | None,
    depth: int,
    reached: dict[str, list[_Item]],
    followed: set[str] | None,
    indicators: int,
) -> NodeRow:
    mine = reached.get(node_id, [])
    direct = sum(node_id in i.activity.contributes_to for i in mine)
    return NodeRow(
        id=node_id,
        kind=kind,
        name=name,
        parent=parent,
        depth=depth,
        activities=len(mine),
        direct=direct,
        activity_ids=tuple(i.activity.id for i in mine),
        followed_up=None if followed is None else node_id in followed,
        indicators=indicators,
    )


def _roles(strategy: Strategy, items: list[_Item]) -> tuple[RoleRow, ...]:
    counts = Counter(i.role for i in items if i.role is not None)
    names = list(strategy.roles)
    names += sorted({i.role for i in items if i.role} - set(names), key=fold)
    return tuple(RoleRow(n, n in strategy.roles, counts[n]) for n in names)


def _units(items: list[_Item]) -> tuple[UnitRow, ...]:
    by_unit: dict[str, list[_Item]] = {}
    for item in items:
        by_unit.setdefault(item.unit, []).append(item)
    rows = []
    for name in sorted(by_unit, key=lambda u: (fold(u), u)):
        mine = by_unit[name]
        rows.append(
            UnitRow(
                name=name,
                files=tuple(dict.fromkeys(i.file for i in mine)),
                activities=len(mine),
                linked=sum(bool(i.nodes) for i in mine),
                with_owner=sum(_has_owner(i.activity) for i in mine),
                overdue=sum(i.overdue for i in mine),
                by_status=_statuses(mine),
            )
        )
    return tuple(rows)


# --------------------------------------------------------------------------- årshjul


def _followed(ws: Workspace, wheel: Wheel | None) -> set[str] | None:
    """The nodes some follow-up event looks at: the linked nodes, what is above them and
    what is below them. None without an årshjul."""
    if wheel is None:
        return None
    below: dict[str, list[str]] = {}
    for node in ws.nodes.values():
        if node.parent is not None:
            below.setdefault(node.parent, []).append(node.id)
    followed: set[str] = set()
    for event in wheel.events:
        if event.kind != "uppföljning":
            continue
        for link in event.links:
            if link in ws.nodes:
                followed.update(ws.ancestors(link))
                followed.update(_descendants(link, below))
    return followed


def _descendants(node_id: str, below: dict[str, list[str]]) -> Iterator[str]:
    stack = list(below.get(node_id, []))
    while stack:
        current = stack.pop()
        yield current
        stack.extend(below.get(current, []))


def _wheel(ws: Workspace, wheel: Wheel, followed: set[str] | None) -> WheelCoverage:
    followed = followed or set()
    strategy = ws.strategy
    goals = [goal.id for _, goal in strategy.goals()] if strategy else []
    mandate = wheel.cycle == "mandatperiod"
    by_mandate_year = None
    if mandate:
        by_mandate_year = {
            y: {
                m: sum(
                    m in e.months and (not e.mandate_years or y in e.mandate_years)
                    for e in wheel.events
                )
                for m in MONTHS
            }
            for y in (1, 2, 3, 4)
        }
    unknown = [link for e in wheel.events for link in e.links if link not in ws.nodes]
    return WheelCoverage(
        id=wheel.id,
        name=wheel.name,
        cycle=wheel.cycle,
        events=len(wheel.events),
        months=tuple(
            MonthRow(m, tuple(e.id for e in wheel.events if m in e.months)) for m in MONTHS
        ),
        follow_up_events=tuple(e.id for e in wheel.events if e.kind == "uppföljning"),
        goals_without_follow_up=tuple(g for g in goals if g not in followed),
        mandate_years={
            e.id: tuple(sorted(set(e.mandate_years))) for e in wheel.events if e.mandate_years
        },
        by_mandate_year=by_mandate_year,
        unknown_links=tuple(dict.fromkeys(unknown)),
    )


# --------------------------------------------------------------------------- indicators


def _indicators(strategy: Strategy) -> IndicatorCoverage:
    goals = [goal for _, goal in strategy.goals()]
    indicators = [i for g in goals for i in g.indicators]

    def complete(indicator: Any) -> bool:
        return indicator.baseline is not None and indicator.target is not None

    return IndicatorCoverage(
        goals=len(goals),
        goals_with_indicator=sum(bool(g.indicators) for g in goals),
        goals_with_baseline_and_target=sum(any(map(complete, g.indicators)) for g in goals),
        indicators=len(indicators),
        with_baseline=sum(i.baseline is not None for i in indicators),
        with_target=sum(i.target is not None for i in indicators),
        with_baseline_and_target=sum(map(complete, indicators)),
        with_outcome=sum(bool(i.outcomes) for i in indicators),
        goals_without_indicator=tuple(g.id for g in goals if not g.indicators),
    )
