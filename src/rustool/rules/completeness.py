"""Rules for what a plan or strategy should say but does not (RUS4xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..i18n import Label
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Document, Workspace


@rule("RUS401", "no-goal", "warning")
def no_goal(ws: Workspace) -> Iterator[Finding]:
    """An activity that contributes to no goal of the strategy.

    Each activity should say which områden, mål or prioriteringar it serves
    (`bidrar_till`), or it cannot be followed up against the strategy.
    """
    for doc, i, activity in ws.activities():
        if not activity.contributes_to:
            yield Finding(doc, ("aktiviteter", i, "id"))


@rule("RUS402", "indicator-incomplete", "warning")
def indicator_incomplete(ws: Workspace) -> Iterator[Finding]:
    """An indicator without `baslinje` or `målvärde`.

    Without both, no trend or progress toward the target can be shown. (One that is there
    but broken is reported as a schema error instead.)
    """
    for doc, path, indicator in ws.indicators():
        missing = [
            k
            for k, v in (("baslinje", indicator.baseline), ("målvärde", indicator.target))
            if v is None and not doc.had_error((*path, k))
        ]
        if missing:
            yield Finding(doc, (*path, "id"), {"id": indicator.id, "missing": ", ".join(missing)})


@rule("RUS403", "status-mismatch", "warning")
def status_mismatch(ws: Workspace) -> Iterator[Finding]:
    """The latest `uppföljning` disagrees with the activity's `status`.

    When a follow-up is logged, the activity's status should say the same, or the report
    and the plan tell the committee different things.
    """
    for doc, i, activity in ws.activities():
        if not activity.follow_ups:
            continue
        latest = activity.follow_ups[-1]
        if latest.status != activity.status:
            fields = {
                "period": latest.period.text,
                "latest": latest.status,
                "status": activity.status,
            }
            yield Finding(doc, ("aktiviteter", i, "status"), fields)


@rule("RUS404", "missing-owner")
def missing_owner(ws: Workspace) -> Iterator[Finding]:
    """An activity without `ansvarig`.

    Every activity needs an owner (a person or a role) who answers for it.
    """
    for doc, i, activity in ws.activities():
        if not activity.owner and not doc.had_error(("aktiviteter", i, "ansvarig")):
            yield _at_key_or_id(doc, i, "ansvarig")


@rule("RUS405", "missing-due", "warning")
def missing_due(ws: Workspace) -> Iterator[Finding]:
    """An activity without `klart_senast`.

    Without a due date an activity can never be overdue, and never shows up in the
    report's list of soon-due work.
    """
    for doc, i, activity in ws.activities():
        if activity.due is None and not doc.had_error(("aktiviteter", i, "klart_senast")):
            yield _at_key_or_id(doc, i, "klart_senast")


@rule("RUS406", "missing-column", "warning")
def missing_column(ws: Workspace) -> Iterator[Finding]:
    """An activity without `syfte` or `mål`, columns of the activity-plan template.

    The template's columns are Kategori · Aktivitet · Syfte · Mål · Ansvarig · Klart
    senast · Kommentar; only Kommentar is optional.
    """
    for doc, i, activity in ws.activities():
        for key, value in (("syfte", activity.purpose), ("mål", activity.goal_text)):
            if not value and not doc.had_error(("aktiviteter", i, key)):
                yield Finding(doc, ("aktiviteter", i, "id"), {"key": key})


@rule("RUS407", "empty-plan", "warning")
def empty_plan(ws: Workspace) -> Iterator[Finding]:
    """A plan with no activities."""
    for doc in ws.plan_docs:
        if not doc.data.get("aktiviteter"):
            yield Finding(
                doc, ("aktiviteter",) if "aktiviteter" in doc.data else ("enhet",), at_key=True
            )


@rule("RUS408", "target-against-direction", "warning")
def target_against_direction(ws: Workspace) -> Iterator[Finding]:
    """An indicator whose `målvärde` lies against its `riktning`.

    With `riktning: öka` the target should be above the baseline, with `minska` below it,
    and with `bibehåll` equal to it; otherwise the trend arrows in the report point the
    wrong way. Usually the direction or one of the values is a typo.
    """
    for doc, path, indicator in ws.indicators():
        base, target = indicator.baseline, indicator.target
        if base is None or target is None:
            continue
        wrong = {
            "öka": target.value < base.value,
            "minska": target.value > base.value,
            "bibehåll": target.value != base.value,
        }[indicator.direction]
        if wrong:
            yield Finding(
                doc,
                (*path, "riktning"),
                {
                    "id": indicator.id,
                    "direction": Label(f"direction.{indicator.direction}"),
                    "baseline": base.value,
                    "target": target.value,
                },
            )


@rule("RUS409", "activity-unit-differs", "warning")
def activity_unit_differs(ws: Workspace) -> Iterator[Finding]:
    """An activity in a unit's plan whose own `enhet` is not the plan's.

    In a unit's plan, `enhet` belongs to the plan; `rustool merge` gives each activity its
    plan's unit, but keeps an activity's own `enhet` unchanged, so the merged plan would
    credit the activity to another unit than the one whose plan holds it (and the merged
    plan's `källor` would say otherwise). Remove `enhet` from the activity, or move the
    activity to that unit's plan.

    Fails (warning): `enhet: Analysenheten` on an activity in the plan of
    `Enheten för näringsliv`.
    """
    for doc, i, activity in ws.activities():
        if activity.unit is not None and activity.unit.strip() != doc.model.unit.strip():
            yield Finding(
                doc,
                ("aktiviteter", i, "enhet"),
                {"unit": activity.unit, "plan_unit": doc.model.unit},
            )


def _at_key_or_id(doc: Document, i: int, key: str) -> Finding:
    """At an empty ``key:`` where the activity has one (so that line can be silenced),
    else at the activity's id."""
    activity = doc.data["aktiviteter"][i]
    if isinstance(activity, dict) and key in activity:
        return Finding(doc, ("aktiviteter", i, key), at_key=True)
    return Finding(doc, ("aktiviteter", i, "id"))
