"""The result of a coverage count: immutable named tuples, every field documented.

Named tuples rather than frozen dataclasses: creating the classes costs a tenth, which
matters for a command that starts afresh in every CI run and pre-commit hook. Read the
fields by name; their order is not part of the interface.

See the package docstring for how each number is counted.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:
    from .portfolio import PortfolioCoverage

Source = Literal["plans", "merged", "none"]
MONTHS = tuple(range(1, 13))


class Share(NamedTuple):
    """A part of a whole, such as the activities linked to the strategy."""

    # a field named `count` shadows tuple.count, as NamedTuple allows; it is the plain name
    count: int  # type: ignore[assignment]
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


class CategoryRow(NamedTuple):
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


class NodeRow(NamedTuple):
    """One node of the strategy (område, mål or prioritering) and what reaches it."""

    id: str
    """The node's id."""
    kind: Literal["område", "mål", "prioritering", "insatsområde"]
    """Its level in the strategy."""
    name: str
    """Its name."""
    parent: str | None
    """The id of the node above it, None for an område."""
    depth: int
    """0 for an område, 1 for a mål or a prioritering directly under an område, and one
    more for each level below."""
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


class RoleRow(NamedTuple):
    """The activities in which the region takes one roll."""

    name: str
    """The role as the strategy writes it (or as the activities do, when unknown)."""
    known: bool
    """Whether the strategy has this role."""
    activities: int
    """How many activities name this role."""


class UnitRow(NamedTuple):
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


class MonthRow(NamedTuple):
    """One month of the årshjul."""

    month: int
    """1–12."""
    events: tuple[str, ...]
    """The ids of the events in this month, in the årshjul's order."""


class WheelCoverage(NamedTuple):
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


class IndicatorCoverage(NamedTuple):
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


class Filters(NamedTuple):
    """Which activities are counted; the empty filter counts them all."""

    year: int | None = None
    """Only the plans for this ``år`` (see the module docstring), or None for all."""
    units: tuple[str, ...] = ()
    """Only these units (matched regardless of case and accents); empty for all."""
    statuses: tuple[str, ...] = ()
    """Only activities with these statuses; empty for all."""


class Coverage(NamedTuple):
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
    portfolio: PortfolioCoverage | None = None
    """Kraftsamlingar, principles, roles with kronor, actors and places (see
    :mod:`rustool.coverage.portfolio`)."""

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
        from .jsonshape import as_dict

        return as_dict(self)
