"""Rules for an activity's principles and roles (RUS707–RUS708)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..suggest import closest, fold
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Workspace


@rule("RUS707", "unknown-principle")
def unknown_principle(ws: Workspace) -> Iterator[Finding]:
    """An activity's `principer` names a principle the strategy does not have.

    A strategy lists its principles under `principer` (Dalastrategin: Möjliggörande,
    Utforskande, Platsbaserat, Inkluderande); an activity says which it applies, matched
    regardless of case and accents. The closest principle is suggested.

    Passes: `principer: [Platsbaserat]`.
    Fails: `principer: [Platsbaserad]` (did you mean `Platsbaserat`?).
    """
    for doc, i, activity in ws.activities():
        strategy = ws.strategy_of(doc)
        if strategy is None:
            return
        for j, value in enumerate(activity.principles):
            if value in strategy.principles or fold(value) in {
                fold(p) for p in strategy.principles
            }:
                continue
            fields = {"value": value, "expected": ", ".join(strategy.principles) or "–"}
            suggestion = closest(value, strategy.principles, cutoff=0.5)
            yield Finding(doc, ("aktiviteter", i, "principer", j), fields, suggestion=suggestion)


@rule("RUS708", "main-role")
def main_role(ws: Workspace) -> Iterator[Finding]:
    """More than one `huvudroll`, or a `huvudroll` that is not among the activity's roles.

    A region often takes several roles at once (`roller`), but its weight lies in one:
    the `huvudroll`. There is one; `roll` (one role, the older form) already is the
    activity's huvudroll, so `roll` and a different `huvudroll` are two. A huvudroll
    belongs to the activity's `roller` when it lists them. Also one `huvudroll` for a unit
    (the plan's) and for the region (`region:` in the strategy).

    Passes: `roller: [Nätverkaren, Finansiären]` with `huvudroll: Finansiären`.
    Fails: `huvudroll: [Finansiären, Utföraren]`; `roll: Utföraren` with
    `huvudroll: Finansiären`; `huvudroll: Utföraren` with `roller: [Nätverkaren]`.
    """
    for doc in ws.strategy_docs:
        if len(doc.model.region.main_role) > 1:
            yield Finding(doc, ("region", "huvudroll"), variant="RUS708.several")
    for doc in ws.plan_docs:
        if len(doc.model.main_role) > 1:
            yield Finding(doc, ("huvudroll",), variant="RUS708.several")
    for doc, i, activity in ws.activities():
        at = ("aktiviteter", i, "huvudroll")
        mains = activity.main_role
        if len(mains) > 1:
            yield Finding(doc, at, variant="RUS708.several")
        elif mains and activity.role is not None and fold(activity.role) != fold(mains[0]):
            yield Finding(doc, at, {"role": activity.role}, variant="RUS708.role")
        elif mains and activity.roles and fold(mains[0]) not in map(fold, activity.roles):
            yield Finding(doc, at, {"value": mains[0], "roles": ", ".join(activity.roles)})
