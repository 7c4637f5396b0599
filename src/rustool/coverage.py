"""Coverage: which parts of the strategy the activity plans and the årshjul cover.

Plain functions over a loaded :class:`~rustool.workspace.Workspace`, returning a typed,
immutable :class:`Coverage`. The ``coverage`` command only formats it (see
``coverage_output``), and the report reuses it. ``to_dict`` gives the JSON shape that
SPEC.md fixes (``by_category``, ``by_node``, ``uncovered``, ``by_role``, ``by_month``) and
the rest.

How things are counted:

- **Which plans.** The units' own plans (``ws.plan_docs``). A merged plan (one with
  ``källor``) is derived from them and would count every activity twice, so it is left out
  and named in :attr:`Coverage.ignored_merged`. Only when a workspace holds merged plans and
  no unit plans are the merged plans counted (:attr:`Coverage.source` is ``"merged"``), each
  activity id once, under the unit in its ``enhet``.
- **Categories** are matched to the strategy's as ``rustool validate`` does, regardless of
  case, accents and ``&`` for ``och`` (``Kunskap & analys`` counts as ``Kunskap och
  analys``). Every activity counts in exactly one category row; a category the strategy does
  not have gets a row of its own after the strategy's. Roles are matched the same way.
- **Strategy nodes.** An activity counts for every node it names in ``bidrar_till`` and for
  every node above those (a prioritering also counts for its mål and område), but at most
  once per node. ``direct`` counts only the activities that name the node itself.
- **Linked** activities name at least one node of the strategy (område, mål or
  prioritering); ids that are not nodes are collected in ``unknown_references``.
- **Overdue** activities are neither ``klar`` nor ``struken`` and their ``klart_senast``
  (its last day) is before ``today``.
- **The årshjul.** An event counts in every month it names (``månad: [3, 4]`` counts in
  March and in April). In an årshjul with ``cykel: mandatperiod`` an event with ``mandatår``
  still counts in its months; its mandate years are listed in
  :attr:`WheelCoverage.mandate_years` and :attr:`WheelCoverage.by_mandate_year` splits the
  months by year of the mandate period. A follow-up event (``typ: uppföljning``) *looks at*
  the nodes in its ``kopplar_till``, everything below them (following up an område follows
  up its mål) and everything above them (following up a prioritering is part of following
  up its mål and område).
- **Filters.** ``year`` keeps the plans whose ``år`` is that year (in a plan without
  ``år``, the activities due that year); ``units`` keeps the named units (matched like
  categories); ``statuses`` keeps activities with those statuses. Filters narrow the
  activities only: the strategy's nodes, the årshjul and the indicators are always whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from .model.types import DONE_STATUSES, STATUSES
from .suggest import fold

if TYPE_CHECKING:
    from .model import Activity, Strategy, Wheel
    from .workspace import Workspace

Source = Literal["plans", "merged", "none"]
MONTHS = tuple(range(1, 13))


@dataclass(frozen=True, slots=True)
class Share:
    """A part of a whole, such as the activities linked to the strategy."""

    count: int
    """How many have the property."""
    total: int
    """How many there are."""

    @property
    def share(self) -> float | None:
        """``count / total``, or None when there is nothing to count."""
        return self.count / self.total if self.total else None

    @property
    def percent(self) -> float | None:
        """The share in per cent, or None when there is nothing to count."""
        return None if self.share is None else 100 * self.share


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """The activities of one kategori."""

    name: str
    """The category as the strategy writes it (or as the activities do, when unknown)."""
    known: bool
    """Whether the strategy has this category; unknown ones follow the strategy's."""
    activities: int
    """How many activities have this category."""
    by_status: dict[str, int]
    """Activities per status, every status in the order of ``STATUSES``."""
    overdue: int
    """Activities past their due date and neither klar nor struken."""
    by_area: dict[str, int]
    """Distinct activities reaching each område (by id, in the strategy's order): one row
    of the kategori × område matrix."""


@dataclass(frozen=True, slots=True)
class NodeRow:
    """One node of the strategy (område, mål or prioritering) and what reaches it."""

    id: str
    """The node's id."""
    kind: Literal["område", "mål", "prioritering"]
    """Its level in the strategy."""
    name: str
    """Its name."""
    parent: str | None
    """The id of the node above it, None for an område."""
    depth: int
    """0 for an område, 1 for a mål, 2 for a prioritering."""
    activities: int
    """Distinct activities contributing to it or to any node below it."""
    direct: int
    """Activities that name this node itself in ``bidrar_till``."""
    activity_ids: tuple[str, ...]
    """The ids of the contributing activities, in workspace order."""
    followed_up: bool | None
    """Whether a follow-up event of the årshjul looks at it; None without an årshjul."""
    indicators: int
    """The mål's indicators (0 for områden and prioriteringar)."""


@dataclass(frozen=True, slots=True)
class RoleRow:
    """The activities in which the region takes one roll."""

    name: str
    """The role as the strategy writes it (or as the activities do, when unknown)."""
    known: bool
    """Whether the strategy has this role."""
    activities: int
    """How many activities name this role."""


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit's activities."""

    name: str
    """The unit (``enhet``)."""
    files: tuple[str, ...]
    """The plan files its activities come from, relative to the workspace root."""
    activities: int
    """How many activities it has (after the filters)."""
    linked: int
    """Of those, how many name at least one node of the strategy."""
    with_owner: int
    """Of those, how many have an ``ansvarig``."""
    overdue: int
    """Of those, how many are past their due date and neither klar nor struken."""
    by_status: dict[str, int]
    """Activities per status, every status in the order of ``STATUSES``."""


@dataclass(frozen=True, slots=True)
class MonthRow:
    """One month of the årshjul."""

    month: int
    """1–12."""
    events: tuple[str, ...]
    """The ids of the events in this month, in the årshjul's order."""


@dataclass(frozen=True, slots=True)
class WheelCoverage:
    """The årshjul month by month, and which mål its follow-up looks at."""

    id: str
    """The årshjul's id."""
    name: str | None
    """Its name."""
    cycle: str
    """``år`` or ``mandatperiod``."""
    events: int
    """How many events it has."""
    months: tuple[MonthRow, ...]
    """Twelve rows, January first."""
    follow_up_events: tuple[str, ...]
    """The ids of the events of type ``uppföljning``."""
    goals_without_follow_up: tuple[str, ...]
    """The ids of the mål that no follow-up event looks at, in the strategy's order."""
    mandate_years: dict[str, tuple[int, ...]]
    """Event id → its ``mandatår``, for the events that have them."""
    by_mandate_year: dict[int, dict[int, int]] | None
    """For ``cykel: mandatperiod``: mandate year 1–4 → month → events that happen in that
    month of that year (events without ``mandatår`` happen every year); else None."""
    unknown_links: tuple[str, ...]
    """Ids in ``kopplar_till`` that are not nodes of the strategy."""

    @property
    def by_month(self) -> dict[int, int]:
        """Month 1–12 → number of events."""
        return {row.month: len(row.events) for row in self.months}

    @property
    def empty_months(self) -> tuple[int, ...]:
        """The months without events."""
        return tuple(row.month for row in self.months if not row.events)


@dataclass(frozen=True, slots=True)
class IndicatorCoverage:
    """How well the strategy's mål are measured."""

    goals: int
    """How many mål the strategy has."""
    goals_with_indicator: int
    """Mål with at least one indicator."""
    goals_with_baseline_and_target: int
    """Mål with at least one indicator that has both a baseline and a target."""
    indicators: int
    """How many indicators there are."""
    with_baseline: int
    """Indicators with a ``baslinje``."""
    with_target: int
    """Indicators with a ``målvärde``."""
    with_baseline_and_target: int
    """Indicators with both."""
    with_outcome: int
    """Indicators with at least one ``utfall``."""
    goals_without_indicator: tuple[str, ...]
    """The ids of the mål without indicators, in the strategy's order."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Which activities are counted; the empty filter counts them all."""

    year: int | None = None
    """Only the plans for this ``år`` (see the module docstring), or None for all."""
    units: tuple[str, ...] = ()
    """Only these units (matched regardless of case and accents); empty for all."""
    statuses: tuple[str, ...] = ()
    """Only activities with these statuses; empty for all."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Everything ``rustool coverage`` shows, for one workspace and one set of filters."""

    strategy_id: str
    """The strategy's id."""
    strategy_name: str
    """The strategy's name."""
    filters: Filters
    """The filters the activities were counted with."""
    today: date
    """The date overdue activities are counted against."""
    source: Source
    """Which plans were counted: the units' ``plans``, ``merged`` plans (when the workspace
    has no others), or ``none`` (no plans at all)."""
    ignored_merged: tuple[str, ...]
    """Merged plans left out because the units' own plans are counted."""
    activities: int
    """How many activities were counted (after the filters)."""
    by_status: dict[str, int]
    """Activities per status, every status in the order of ``STATUSES``."""
    overdue: int
    """Activities past their due date and neither klar nor struken."""
    categories: tuple[CategoryRow, ...]
    """The strategy's categories in its order, every one even at zero, then unknown ones."""
    nodes: tuple[NodeRow, ...]
    """Every strategy node, depth first in the strategy's order."""
    roles: tuple[RoleRow, ...]
    """The strategy's roles in its order, every one even at zero, then unknown ones."""
    no_role: int
    """Activities without a ``roll``."""
    units: tuple[UnitRow, ...]
    """One row per unit, by name."""
    linked: Share
    """Activities that name at least one node of the strategy."""
    with_owner: Share
    """Activities with an ``ansvarig``."""
    unknown_references: dict[str, int]
    """Ids in ``bidrar_till`` that are not nodes of the strategy → how many activities."""
    wheel: WheelCoverage | None
    """The årshjul, or None when the workspace has none."""
    indicators: IndicatorCoverage
    """Indicators per mål."""

    @property
    def by_category(self) -> dict[str, int]:
        """Kategori → number of activities."""
        return {row.name: row.activities for row in self.categories}

    @property
    def by_node(self) -> dict[str, int]:
        """Node id → distinct activities contributing, rolled up the tree."""
        return {row.id: row.activities for row in self.nodes}

    @property
    def uncovered(self) -> tuple[str, ...]:
        """Ids of the mål and prioriteringar without any activity."""
        return tuple(r.id for r in self.nodes if r.kind != "område" and not r.activities)

    @property
    def by_role(self) -> dict[str, int]:
        """Roll → number of activities."""
        return {row.name: row.activities for row in self.roles}

    @property
    def by_month(self) -> dict[int, int]:
        """Month 1–12 → number of årshjul events (zeros without an årshjul)."""
        return self.wheel.by_month if self.wheel else dict.fromkeys(MONTHS, 0)

    @property
    def areas(self) -> tuple[NodeRow, ...]:
        """The områden: the columns of the kategori × område matrix."""
        return tuple(r for r in self.nodes if r.kind == "område")

    @property
    def empty_categories(self) -> tuple[str, ...]:
        """The strategy's categories without activities."""
        return tuple(r.name for r in self.categories if r.known and not r.activities)

    @property
    def unused_roles(self) -> tuple[str, ...]:
        """The strategy's roles that no activity takes."""
        return tuple(r.name for r in self.roles if r.known and not r.activities)

    def node(self, node_id: str) -> NodeRow | None:
        """The row of one node, or None."""
        return next((r for r in self.nodes if r.id == node_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``rustool coverage --format json``: plain dicts, lists,
        strings, numbers, booleans and None; months as the keys "1" … "12"."""
        return _as_dict(self)


# --------------------------------------------------------------------------- counting


@dataclass(slots=True)
class _Item:
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
) -> Coverage:
    """The coverage of ``ws``'s strategy by its plans and årshjul.

    ``year``, ``units`` and ``statuses`` narrow the activities counted (see the module's
    docstring); ``today`` (default: the workspace's date) decides which are overdue. The
    workspace must have a strategy: check ``ws.strategy`` first (ValueError otherwise).
    """
    strategy = ws.strategy
    if strategy is None:
        raise ValueError("coverage needs a workspace with a strategy")
    day = today or ws.today
    unit_filter = tuple(units or ())
    status_filter = tuple(statuses or ())
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
        nodes=tuple(_nodes(strategy, items, reached, followed)),
        roles=_roles(strategy, items),
        no_role=sum(i.role is None for i in items),
        units=_units(items),
        linked=Share(sum(bool(i.nodes) for i in items), len(items)),
        with_owner=Share(sum(_has_owner(i.activity) for i in items), len(items)),
        unknown_references=dict(Counter(r for i in items for r in i.unknown_refs)),
        wheel=_wheel(ws, ws.wheel, followed) if ws.wheel else None,
        indicators=_indicators(strategy),
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


def _items(ws: Workspace, strategy: Strategy, source: Source, year: int | None,
           units: tuple[str, ...], statuses: tuple[str, ...], today: date) -> Iterator[_Item]:
    # unknown spellings join the first one seen that folds the same
    categories = {fold(c): c for c in strategy.categories}
    roles = {fold(r): r for r in strategy.roles}
    wanted_units = {fold(u) for u in units}
    for doc, activity in _activities(ws, source):
        unit = _unit(doc.model.unit, activity)
        if wanted_units and fold(unit) not in wanted_units:
            continue
        if statuses and activity.status not in statuses:
            continue
        if year is not None and not _in_year(doc.model.year, activity, year):
            continue
        category = categories.setdefault(fold(activity.category), activity.category)
        role = roles.setdefault(fold(activity.role), activity.role) if activity.role else None
        nodes, unknown = _reach(ws, activity.contributes_to)
        yield _Item(
            activity, unit, doc.rel, category, role, nodes, unknown,
            _is_overdue(activity, today), [n for n in nodes if ws.nodes[n].parent is None],
        )


def _in_year(plan_year: int | None, activity: Activity, year: int) -> bool:
    if plan_year is not None:
        return plan_year == year
    return activity.due is not None and activity.due.last.year == year


def _reach(ws: Workspace, refs: list[str]) -> tuple[list[str], list[str]]:
    """The nodes an activity counts for (each once, in strategy order of discovery) and
    the references that are no node of the strategy."""
    nodes: dict[str, None] = {}
    unknown: list[str] = []
    for ref in refs:
        if ref not in ws.nodes:
            if ref not in unknown:
                unknown.append(ref)
            continue
        for node in ws.ancestors(ref):
            nodes[node] = None
    return list(nodes), unknown


def _is_overdue(activity: Activity, today: date) -> bool:
    due = activity.due
    return due is not None and activity.status not in DONE_STATUSES and due.last < today


def _has_owner(activity: Activity) -> bool:
    return bool(activity.owner and activity.owner.strip())


def _statuses(items: Iterable[_Item]) -> dict[str, int]:
    counts = Counter(i.activity.status for i in items)
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
        rows.append(CategoryRow(
            name=name, known=name in strategy.categories, activities=len(mine),
            by_status=_statuses(mine), overdue=sum(i.overdue for i in mine),
            by_area={a: areas[a] for a in area_ids},
        ))
    return tuple(rows)


def _nodes(strategy: Strategy, items: list[_Item], reached: dict[str, list[_Item]],
           followed: set[str] | None) -> Iterator[NodeRow]:
    for area in strategy.areas:
        yield _node_row("område", area.id, area.name, None, 0, reached, followed, 0)
        for goal in area.goals:
            yield _node_row("mål", goal.id, goal.name, area.id, 1, reached, followed,
                            len(goal.indicators))
            for prio in goal.priorities:
                yield _node_row("prioritering", prio.id, prio.name, goal.id, 2, reached,
                                followed, 0)


def _node_row(kind: Any, node_id: str, name: str, parent: str | None, depth: int,
              reached: dict[str, list[_Item]], followed: set[str] | None,
              indicators: int) -> NodeRow:
    mine = reached.get(node_id, [])
    direct = sum(node_id in i.activity.contributes_to for i in mine)
    return NodeRow(
        id=node_id, kind=kind, name=name, parent=parent, depth=depth,
        activities=len(mine), direct=direct,
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
        rows.append(UnitRow(
            name=name, files=tuple(dict.fromkeys(i.file for i in mine)),
            activities=len(mine), linked=sum(bool(i.nodes) for i in mine),
            with_owner=sum(_has_owner(i.activity) for i in mine),
            overdue=sum(i.overdue for i in mine), by_status=_statuses(mine),
        ))
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
            y: {m: sum(m in e.months and (not e.mandate_years or y in e.mandate_years)
                       for e in wheel.events) for m in MONTHS}
            for y in (1, 2, 3, 4)
        }
    unknown = [link for e in wheel.events for link in e.links if link not in ws.nodes]
    return WheelCoverage(
        id=wheel.id, name=wheel.name, cycle=wheel.cycle, events=len(wheel.events),
        months=tuple(MonthRow(m, tuple(e.id for e in wheel.events if m in e.months))
                     for m in MONTHS),
        follow_up_events=tuple(e.id for e in wheel.events if e.kind == "uppföljning"),
        goals_without_follow_up=tuple(g for g in goals if g not in followed),
        mandate_years={e.id: tuple(sorted(set(e.mandate_years)))
                       for e in wheel.events if e.mandate_years},
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


# --------------------------------------------------------------------------- JSON


def _as_dict(cov: Coverage) -> dict[str, Any]:
    wheel = cov.wheel
    return {
        "strategy": {"id": cov.strategy_id, "name": cov.strategy_name},
        "filters": {"year": cov.filters.year, "units": list(cov.filters.units),
                    "statuses": list(cov.filters.statuses)},
        "today": cov.today.isoformat(),
        "source": cov.source,
        "ignored_merged": list(cov.ignored_merged),
        "activities": cov.activities,
        "by_status": dict(cov.by_status),
        "overdue": cov.overdue,
        "by_category": cov.by_category,
        "categories": [
            {"name": r.name, "known": r.known, "activities": r.activities,
             "by_status": dict(r.by_status), "overdue": r.overdue, "by_area": dict(r.by_area)}
            for r in cov.categories
        ],
        "matrix": {r.name: dict(r.by_area) for r in cov.categories},
        "empty_categories": list(cov.empty_categories),
        "by_node": cov.by_node,
        "nodes": [
            {"id": r.id, "kind": r.kind, "name": r.name, "parent": r.parent,
             "activities": r.activities, "direct": r.direct,
             "activity_ids": list(r.activity_ids), "followed_up": r.followed_up,
             "indicators": r.indicators}
            for r in cov.nodes
        ],
        "uncovered": list(cov.uncovered),
        "by_role": cov.by_role,
        "roles": [{"name": r.name, "known": r.known, "activities": r.activities}
                  for r in cov.roles],
        "no_role": cov.no_role,
        "unused_roles": list(cov.unused_roles),
        "by_unit": {u.name: u.activities for u in cov.units},
        "units": [
            {"name": u.name, "files": list(u.files), "activities": u.activities,
             "linked": u.linked, "with_owner": u.with_owner, "overdue": u.overdue,
             "by_status": dict(u.by_status)}
            for u in cov.units
        ],
        "linked": _share(cov.linked),
        "with_owner": _share(cov.with_owner),
        "unknown_references": dict(sorted(cov.unknown_references.items())),
        "by_month": {str(m): n for m, n in cov.by_month.items()},
        "wheel": None if wheel is None else {
            "id": wheel.id, "name": wheel.name, "cycle": wheel.cycle, "events": wheel.events,
            "months": {str(r.month): list(r.events) for r in wheel.months},
            "empty_months": list(wheel.empty_months),
            "follow_up_events": list(wheel.follow_up_events),
            "goals_without_follow_up": list(wheel.goals_without_follow_up),
            "mandate_years": {k: list(v) for k, v in wheel.mandate_years.items()},
            "by_mandate_year": None if wheel.by_mandate_year is None else {
                str(y): {str(m): n for m, n in months.items()}
                for y, months in wheel.by_mandate_year.items()
            },
            "unknown_links": list(wheel.unknown_links),
        },
        "indicators": {
            "goals": cov.indicators.goals,
            "goals_with_indicator": cov.indicators.goals_with_indicator,
            "goals_with_baseline_and_target": cov.indicators.goals_with_baseline_and_target,
            "indicators": cov.indicators.indicators,
            "with_baseline": cov.indicators.with_baseline,
            "with_target": cov.indicators.with_target,
            "with_baseline_and_target": cov.indicators.with_baseline_and_target,
            "with_outcome": cov.indicators.with_outcome,
            "goals_without_indicator": list(cov.indicators.goals_without_indicator),
        },
    }


def _share(share: Share) -> dict[str, Any]:
    value = share.share
    return {"count": share.count, "total": share.total,
            "share": None if value is None else round(value, 4)}
