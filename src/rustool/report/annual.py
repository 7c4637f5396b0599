"""The årshjul as a calendar: which events fall in which month of which year.

An årshjul with `cykel: mandatperiod` says in `mandatår` which years of the four-year
mandate period an event belongs to. Swedish general elections are held in September every
fourth year (2018, 2022, 2026, …) and the new assemblies take office in the autumn, so the
first whole calendar year after an election is mandate year 1 and the election year is
mandate year 4.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..model.types import EVENT_TYPES

if TYPE_CHECKING:
    from ..model import Event, Wheel

ELECTION_YEAR = 2018  # any past general election; they recur every four years


def mandate_year(year: int) -> int:
    """1–4: the year's place in its mandate period (2023 → 1, 2026 → 4)."""
    return (year - ELECTION_YEAR - 1) % 4 + 1


def happens_in(wheel: Wheel, event: Event, year: int) -> bool:
    if wheel.cycle != "mandatperiod" or not event.mandate_years:
        return True
    return mandate_year(year) in event.mandate_years


def event_order(event: Event) -> tuple[int, int, str]:
    kind = EVENT_TYPES.index(event.kind) if event.kind in EVENT_TYPES else len(EVENT_TYPES)
    return (min(event.months), kind, event.id)


def in_month(wheel: Wheel, month: int, year: int) -> list[Event]:
    """The events of ``month`` in ``year``, by type and id."""
    found = [e for e in wheel.events if month in e.months and happens_in(wheel, e, year)]
    return sorted(found, key=lambda e: (EVENT_TYPES.index(e.kind), e.id))


def coming_months(today: date, count: int) -> Iterator[tuple[int, int]]:
    """(year, month) for this month and the ``count - 1`` after it."""
    year, month = today.year, today.month
    for _ in range(count):
        yield year, month
        month += 1
        if month > 12:
            year, month = year + 1, 1
