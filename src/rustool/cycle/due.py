"""What falls due (rustool due): activities' klart senast, the follow-ups the rhythm asks
for, and the årshjul's deadlines, per unit, from today to a number of days ahead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from ..model.types import DONE_STATUSES
from .days import occurrences
from .deadlines import last_due, next_due, rhythm_of
from .periods import Period

if TYPE_CHECKING:
    from ..model import Activity, Rhythm
    from ..workspace import Document, Workspace

Kind = Literal["aktivitet", "uppföljning", "årshjul"]
REPORTING = ("pågår", "försenad", "pausad")


@dataclass(frozen=True, slots=True)
class Item:
    """One thing due: what, whose, by when, and where it is written."""

    kind: Kind
    unit: str
    id: str
    title: str
    due: date
    overdue: bool
    file: str
    line: int
    owner: str | None = None
    status: str | None = None
    period: str | None = None
    ids: tuple[str, ...] = field(default=())
    """For a follow-up: the activities that have not reported."""


def due_items(ws: Workspace, within: int) -> list[Item]:
    """Everything overdue, and everything due from today to WITHIN days ahead, by date."""
    horizon = ws.today + timedelta(days=within)
    items = [*_activities(ws, horizon), *_follow_ups(ws, horizon), *_wheel(ws, horizon)]
    return sorted(items, key=lambda i: (i.due, i.unit, i.kind, i.id))


def _activities(ws: Workspace, horizon: date) -> list[Item]:
    found = []
    for doc, i, activity in ws.activities():
        due = activity.due
        if due is None or activity.status in DONE_STATUSES or due.last > horizon:
            continue
        line, _ = doc.source.position(doc.original(("aktiviteter", i, "klart_senast")))
        found.append(
            Item(
                "aktivitet",
                doc.model.unit,
                activity.id,
                activity.title,
                due.last,
                due.last < ws.today,
                doc.rel,
                line,
                owner=activity.owner,
                status=activity.status,
                period=due.text,
            )
        )
    return found


def _follow_ups(ws: Workspace, horizon: date) -> list[Item]:
    """Per unit: the activities lacking the follow-up that was due last (overdue), and those
    yet to report for the next deadline, when it falls within the horizon."""
    rhythm = rhythm_of(ws)
    if rhythm is None:
        return []
    wanted: list[tuple[Period, date, bool]] = []
    passed = last_due(ws, rhythm, ws.today)
    if passed is not None:
        wanted.append((*passed, True))
    coming = next_due(ws, rhythm, ws.today)
    if coming[1] <= horizon:
        wanted.append((*coming, False))
    return [
        item for period, day, late in wanted for item in _missing(ws, rhythm, period, day, late)
    ]


def _missing(ws: Workspace, rhythm: Rhythm, period: Period, day: date, late: bool) -> list[Item]:
    by_plan: dict[str, tuple[Document, list[Activity]]] = {}
    for doc, _, activity in ws.activities():
        year = doc.model.year
        if activity.status not in REPORTING or (year is not None and period.last.year < year):
            continue
        if any(f.period.last >= period.last for f in activity.follow_ups):
            continue
        by_plan.setdefault(doc.rel, (doc, []))[1].append(activity)
    return [
        Item(
            "uppföljning",
            doc.model.unit,
            period.text,
            period.text,
            day,
            late,
            doc.rel,
            1,
            period=period.text,
            ids=tuple(a.id for a in activities),
        )
        for doc, activities in by_plan.values()
    ]


def _wheel(ws: Workspace, horizon: date) -> list[Item]:
    found = []
    for doc in ws.wheel_docs:
        wheel = doc.model
        for year in range(ws.today.year, horizon.year + 1):
            for entry in occurrences(wheel, year):
                event = entry.event
                if event is None or not entry.deadline:
                    continue
                if not ws.today <= entry.first <= horizon:
                    continue
                index = wheel.events.index(event)
                line, _ = doc.source.position(doc.original(("händelser", index, "senast")))
                unit = event.owner or wheel.name or wheel.id
                found.append(
                    Item(
                        "årshjul",
                        unit,
                        event.id,
                        event.name,
                        entry.first,
                        False,
                        doc.rel,
                        line,
                        owner=event.owner,
                    )
                )
    return found
