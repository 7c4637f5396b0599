"""The strategy's own period (RUS309)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Workspace


@rule("RUS309", "period-reversed")
def period_reversed(ws: Workspace) -> Iterator[Finding]:
    """The strategy's `period` ends before it starts.

    `till` is the last year the strategy applies and cannot come before `från`. With the
    years swapped, every due date and plan year would lie outside the period; those checks
    (RUS301, RUS305) wait until the period is right.

    Fails: `period: {från: 2030, till: 2021}`.
    """
    for doc in ws.strategy_docs:
        period = doc.model.period
        if period.reversed:
            yield Finding(doc, ("period", "till"), {"start": period.start, "end": period.end})
