"""Reporting periods of a follow-up rhythm: tertials, quarters or months."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ..model.types import DueDate

MONTHS_PER_PERIOD = {"tertial": 4, "kvartal": 3, "månad": 1}
DUE_KIND = {"tertial": "tertial", "kvartal": "quarter", "månad": "month"}
"""The `DueDate.kind` of a follow-up written in each rhythm's form."""


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One period of a rhythm: 2026-T2, 2026-Q3 or 2026-05."""

    year: int
    number: int
    rhythm: str

    @property
    def length(self) -> int:
        return MONTHS_PER_PERIOD[self.rhythm]

    @property
    def first(self) -> date:
        return date(self.year, (self.number - 1) * self.length + 1, 1)

    @property
    def last(self) -> date:
        month = self.number * self.length
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def text(self) -> str:
        if self.rhythm == "tertial":
            return f"{self.year}-T{self.number}"
        if self.rhythm == "kvartal":
            return f"{self.year}-Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    def previous(self) -> Period:
        if self.number > 1:
            return Period(self.year, self.number - 1, self.rhythm)
        return Period(self.year - 1, 12 // self.length, self.rhythm)

    def __str__(self) -> str:
        return self.text


def period_of(rhythm: str, day: date) -> Period:
    """The period of RHYTHM that DAY falls in."""
    return Period(day.year, (day.month - 1) // MONTHS_PER_PERIOD[rhythm] + 1, rhythm)


def matches_rhythm(due: DueDate, rhythm: str) -> bool:
    """Whether a follow-up's period is written in the rhythm's form (2026-T2 for tertial).
    A day is always accepted: the day a piece of work was reported finished."""
    return due.kind in (DUE_KIND[rhythm], "day")
