"""The follow-up rhythm and its deadlines: which period must be reported by when."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..report.annual import happens_in
from .periods import Period, period_of

if TYPE_CHECKING:
    from ..model import Event, Rhythm, Wheel
    from ..workspace import Workspace


def rhythm_of(ws: Workspace) -> Rhythm | None:
    """The follow-up rhythm: rustool.yaml's `uppföljning`, else the strategy's."""
    if ws.config.follow_up is not None:
        return ws.config.follow_up
    return ws.strategy.follow_up if ws.strategy is not None else None


def follow_up_events(ws: Workspace, rhythm: Rhythm) -> Iterator[tuple[Wheel, Event]]:
    """The wheel events whose `senast` are the follow-up deadlines: the one the rhythm
    names, else every event with `typ: uppföljning` and `senast`."""
    for wheel in ws.wheels:
        for event in wheel.events:
            named = rhythm.event is not None and event.id == rhythm.event
            if named or (rhythm.event is None and event.kind == "uppföljning" and event.deadlines):
                yield wheel, event


def deadline(ws: Workspace, rhythm: Rhythm, period: Period) -> date:
    """When PERIOD's follow-up is due: the first follow-up deadline of the wheel after the
    period ends and before the next one does (tertial 3's on 10 January), else
    `frist_dagar` days after its end."""
    following = Period(*_next(period)).last
    candidates = [
        day
        for wheel, event in follow_up_events(ws, rhythm)
        for year in (period.year, period.year + 1)
        if happens_in(wheel, event, year)
        for written in event.deadlines
        if (day := written.in_year(year)) is not None and period.last < day <= following
    ]
    return min(candidates, default=period.last + timedelta(days=rhythm.grace_days))


def last_due(ws: Workspace, rhythm: Rhythm, today: date) -> tuple[Period, date] | None:
    """The latest period whose deadline has passed by TODAY, with that deadline."""
    period = period_of(rhythm.period, today)
    for _ in range(4):  # the current period and at most three before it
        due = deadline(ws, rhythm, period)
        if due < today:
            return period, due
        period = period.previous()
    return None


def next_due(ws: Workspace, rhythm: Rhythm, today: date) -> tuple[Period, date]:
    """The earliest period whose deadline is today or later, with that deadline."""
    found = last_due(ws, rhythm, today)
    period = period_of(rhythm.period, today).previous()
    if found is not None:
        period = found[0]
    while True:
        period = Period(*_next(period))
        due = deadline(ws, rhythm, period)
        if due >= today:
            return period, due


def _next(period: Period) -> tuple[int, int, str]:
    if period.number < 12 // period.length:
        return period.year, period.number + 1, period.rhythm
    return period.year + 1, 1, period.rhythm
