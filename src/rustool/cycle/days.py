"""The årshjul's days in a year: each event on its dates and deadlines, or over its
months when it has no day that year, and the nämnd's sammanträden."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from ..report.annual import happens_in, mandate_year

if TYPE_CHECKING:
    from ..model import Event, Wheel

MEETING = "sammanträde"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One entry of the wheel in one year: a day (perhaps with a time) or a span of months."""

    wheel: Wheel
    event: Event | None
    """None for one of the nämnd's sammanträden."""
    first: date
    last: date
    index: int
    """Its place among the same event's entries that year (1, 2, …), for a stable id."""
    deadline: bool = False
    dated: bool = True
    """False when it stands for whole months (an event without a day that year)."""
    start: time | None = None
    end: time | None = None

    @property
    def key(self) -> str:
        return self.event.id if self.event is not None else MEETING

    @property
    def uid(self) -> str:
        """Stable across runs and edits of its date: the event, the year and its place."""
        suffix = f"-{self.index}" if self.index > 1 or self.event is None else ""
        return f"{self.key}-{self.first.year}{suffix}@{self.wheel.id}.rustool"


def mandate_period(year: int) -> range:
    """The four calendar years of the mandate period YEAR falls in (2026 → 2023–2026)."""
    start = year - mandate_year(year) + 1
    return range(start, start + 4)


def occurrences(wheel: Wheel, year: int) -> list[Occurrence]:
    """Every entry of WHEEL in YEAR, in date order."""
    found: list[Occurrence] = []
    for event in wheel.events:
        if happens_in(wheel, event, year):
            found += _event_days(wheel, event, year)
    for index, day in enumerate(wheel.meetings.get(year, []), start=1):
        on = day.in_year(year)
        if on is not None:
            found.append(Occurrence(wheel, None, on, on, index, start=day.start, end=day.end))
    return sorted(found, key=lambda o: (o.first, o.start or time(0), o.key))


def _event_days(wheel: Wheel, event: Event, year: int) -> list[Occurrence]:
    written = [(d, False) for d in event.dates] + [(d, True) for d in event.deadlines]
    days = [(d.in_year(year), d, deadline) for d, deadline in written]
    dated = sorted(((on, d, dl) for on, d, dl in days if on is not None), key=lambda x: x[0])
    if dated:
        return [
            Occurrence(wheel, event, on, on, i, deadline, start=d.start, end=d.end)
            for i, (on, d, deadline) in enumerate(dated, start=1)
        ]
    return [
        Occurrence(wheel, event, first, last, i, dated=False)
        for i, (first, last) in enumerate(_month_runs(event.months, year), start=1)
    ]


def _month_runs(months: list[int], year: int) -> list[tuple[date, date]]:
    """Runs of consecutive months as (first day, last day): [3, 4, 9] → Mar–Apr, Sep."""
    runs: list[list[int]] = []
    for month in sorted(set(months)):
        if runs and runs[-1][-1] == month - 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return [(date(year, r[0], 1), _month_end(year, r[-1])) for r in runs]


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)
