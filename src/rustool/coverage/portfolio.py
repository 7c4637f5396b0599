"""The portfolio view: kraftsamlingar, principles, roles with kronor, actors and places.

Counted over the same activities as the rest of coverage (after the filters):

- **Kraftsamlingar.** Per kraftsamling of the strategy: its activities (`kraftsamling:`),
  their kronor (`budget_kr`, struken ones left out), statuses, categories and main roles,
  the mål its activities reach, and the färdplan's insatser per year.
- **Principles.** Activities per principle of the strategy (`principer`).
- **Roles.** Per role: activities where it is the main role (`huvudroll`, or `roll`),
  activities that take it at all (`roll`, `roller`, `huvudroll`), and the kronor of the
  activities where it is the main role.
- **Actors.** With an actor register, each årshjul event's `målgrupp` read as actors:
  events per actor type and month, and which events involve only internal units.
- **Places.** Activities per kommun (`geografi`, by kommunkod or a kommun of the register).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model.actors import ACTOR_TYPES
from ..model.strategy import NODE_KINDS
from ..suggest import fold
from ..sweden import MUNICIPALITIES

if TYPE_CHECKING:
    from ..model import Activity, Strategy
    from ..workspace import Workspace

_KOMMUN_NAMES = dict(MUNICIPALITIES)


class KraftsamlingRow(NamedTuple):
    id: str
    name: str
    mandate_period: str | None
    """"2027–2030", or None."""
    budget_frame_kr: int | None
    activities: int
    activity_ids: tuple[str, ...]
    kronor: int
    """Sum of `budget_kr` of its activities that are not struken."""
    by_status: dict[str, int]
    by_category: dict[str, int]
    by_role: dict[str, int]
    """Main role → activities."""
    goals_reached: tuple[str, ...]
    """The mål, prioriteringar and insatsområden its activities reach (naming them or a
    node below them), in the strategy's order."""
    efforts_by_year: dict[int, int]
    """The färdplan's insatser for it, per year."""


class RoleDetail(NamedTuple):
    name: str
    main: int
    """Activities with this as their main role."""
    involved: int
    """Activities that take this role at all."""
    kronor: int
    """Kronor of the activities with this as their main role (struken left out)."""


class PortfolioCoverage(NamedTuple):
    kraftsamlingar: tuple[KraftsamlingRow, ...]
    without_kraftsamling: int
    principles: dict[str, int]
    """Principle → activities that apply it, in the strategy's order."""
    roles: tuple[RoleDetail, ...]
    actor_months: dict[str, dict[int, int]] | None
    """Actor type → month → årshjul events with a target group of that type; None
    without an actor register."""
    internal_events: tuple[str, ...]
    """Ids of the events whose target groups are all internal units."""
    external_events: tuple[str, ...]
    """Ids of the events that involve other actors."""
    by_kommun: dict[str, dict[str, Any]]
    """Kommunkod → {"name", "activities"} for the kommuner the activities name."""
    levels: dict[str, str]
    """Node kind → what the strategy calls that level (`nivåer`), where it says."""


def main_role(activity: Activity) -> str | None:
    """The activity's main role: its `huvudroll`, else its `roll`, else its only role."""
    if activity.main_role:
        return activity.main_role[0]
    if activity.role:
        return activity.role
    return activity.roles[0] if len(activity.roles) == 1 else None


def _kronor(activities: Iterable[Activity]) -> int:
    return sum(a.budget_kr or 0 for a in activities if a.status != "struken")


def compute(
    ws: Workspace, strategy: Strategy, activities: list[Activity], reached: dict[str, Any]
) -> PortfolioCoverage:
    in_strategy = {k.id for k in strategy.kraftsamlingar}
    return PortfolioCoverage(
        kraftsamlingar=tuple(_kraftsamlingar(ws, strategy, activities)),
        without_kraftsamling=sum(a.kraftsamling not in in_strategy for a in activities),
        principles=_principles(strategy, activities),
        roles=_roles(strategy, activities),
        actor_months=_actor_months(ws),
        internal_events=_events(ws, internal=True),
        external_events=_events(ws, internal=False),
        by_kommun=_by_kommun(ws, activities),
        levels={k: n for k in NODE_KINDS if (n := strategy.level_name(k))},
    )


def _kraftsamlingar(
    ws: Workspace, strategy: Strategy, activities: list[Activity]
) -> Iterable[KraftsamlingRow]:
    goals = [node_id for kind, node_id, _, _ in strategy.nodes() if kind != "område"]
    efforts: dict[str, Counter[int]] = {}
    for doc in ws.of_kind("färdplan"):
        if doc.model.strategy != strategy.id:
            continue
        for year in doc.model.years:
            for effort in year.efforts:
                if effort.kraftsamling:
                    efforts.setdefault(effort.kraftsamling, Counter())[year.year] += 1
    for kraftsamling in strategy.kraftsamlingar:
        mine = [a for a in activities if a.kraftsamling == kraftsamling.id]
        reached = {n for a in mine for ref in a.contributes_to for n in ws.ancestors(ref)}
        period = kraftsamling.mandate_period
        roles = Counter(r for a in mine if (r := main_role(a)))
        yield KraftsamlingRow(
            id=kraftsamling.id,
            name=kraftsamling.name,
            mandate_period=f"{period.start}–{period.end}" if period else None,
            budget_frame_kr=kraftsamling.budget_frame_kr,
            activities=len(mine),
            activity_ids=tuple(a.id for a in mine),
            kronor=_kronor(mine),
            by_status=dict(Counter(a.status for a in mine)),
            by_category=dict(Counter(a.category for a in mine)),
            by_role=dict(roles),
            goals_reached=tuple(g for g in goals if g in reached),
            efforts_by_year=dict(sorted(efforts.get(kraftsamling.id, Counter()).items())),
        )


def _principles(strategy: Strategy, activities: list[Activity]) -> dict[str, int]:
    counts = Counter(fold(p) for a in activities for p in dict.fromkeys(a.principles))
    return {p: counts[fold(p)] for p in strategy.principles}


def _roles(strategy: Strategy, activities: list[Activity]) -> tuple[RoleDetail, ...]:
    rows = []
    for role in strategy.roles:
        key = fold(role)
        main = [a for a in activities if fold(main_role(a) or "") == key]
        involved = sum(
            key in {fold(r) for r in (a.role, *a.roles, *a.main_role) if r} for a in activities
        )
        rows.append(RoleDetail(role, len(main), involved, _kronor(main)))
    return tuple(rows)


def _actor_months(ws: Workspace) -> dict[str, dict[int, int]] | None:
    if not ws.actor_docs:
        return None
    table: dict[str, dict[int, int]] = {
        kind: dict.fromkeys(range(1, 13), 0) for kind in ACTOR_TYPES
    }
    for wheel in ws.wheels:
        for event in wheel.events:
            kinds = {actor.type for ref in event.audience if (actor := ws.actor(ref))}
            for kind in kinds:
                for month in set(event.months):
                    table[kind][month] += 1
    return table


def _events(ws: Workspace, *, internal: bool) -> tuple[str, ...]:
    if not ws.actor_docs:
        return ()
    found = []
    for wheel in ws.wheels:
        for event in wheel.events:
            actors = [ws.actor(ref) for ref in event.audience]
            all_internal = bool(actors) and all(a is not None and a.internal for a in actors)
            if all_internal == internal:
                found.append(event.id)
    return tuple(found)


def _by_kommun(ws: Workspace, activities: list[Activity]) -> dict[str, dict[str, Any]]:
    counts: Counter[str] = Counter()
    for activity in activities:
        codes = set()
        for place in activity.places:
            actor = ws.actor(place)
            code = actor.municipality_code if actor is not None else place
            if code and len(code) == 4 and code in _KOMMUN_NAMES:
                codes.add(code)
        counts.update(codes)
    return {
        code: {"name": _KOMMUN_NAMES[code], "activities": counts[code]} for code in sorted(counts)
    }
