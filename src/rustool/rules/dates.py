"""Rules for dates, periods and the årshjul's cycle (RUS3xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model.types import DONE_STATUSES
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Workspace


@rule("RUS301", "due-outside-period", "warning")
def due_outside_period(ws: Workspace) -> Iterator[Finding]:
    """An activity is due outside the strategy's period.

    Work due after the strategy ends (or before it began) belongs to another strategy, or
    the date is a typo (2205 for 2025).

    Fails (warning): `klart_senast: 2031-Q1` in a strategy for 2021–2030.
    """
    for doc, i, activity in ws.activities():
        strategy = ws.strategy_of(doc)
        if strategy is None or strategy.period.reversed:
            continue  # a reversed period is RUS309
        period = strategy.period
        due = activity.due
        if due is not None and not period.start <= due.last.year <= period.end:
            fields = {"due": due.text, "start": period.start, "end": period.end}
            yield Finding(doc, ("aktiviteter", i, "klart_senast"), fields)


@rule("RUS302", "overdue", "warning")
def overdue(ws: Workspace) -> Iterator[Finding]:
    """An activity's due date has passed and it is neither klar nor struken.

    A due date means the last day of its period (2025-T2 is 31 August 2025). Today is the
    system date, or `--today YYYY-MM-DD`. Mark finished work `klar`, dropped work
    `struken`, or move the date.

    Fails (warning): `klart_senast: 2025-Q1` with `status: pågår` on 2025-05-01.
    """
    for doc, i, activity in ws.activities():
        due = activity.due
        if due is None or activity.status in DONE_STATUSES or due.last >= ws.today:
            continue
        fields = {"due": due.text, "days": (ws.today - due.last).days, "status": activity.status}
        yield Finding(doc, ("aktiviteter", i, "klart_senast"), fields)


@rule("RUS303", "mandate-year")
def mandate_year(ws: Workspace) -> Iterator[Finding]:
    """`mandatår` on an årshjul that does not loop per mandate period, or outside 1–4.

    An årshjul with `cykel: mandatperiod` turns once per four-year mandate period, and an
    event can then say in which years of the period it happens (`mandatår: [2]` for the
    strategy review). With `cykel: år` every event happens every year, so `mandatår` has no
    meaning there.
    """
    for doc in ws.of_kind("årshjul"):
        per_mandate = doc.model.cycle == "mandatperiod"
        for i, event in enumerate(doc.model.events):
            if event.mandate_years and not per_mandate:
                yield Finding(doc, ("händelser", i, "mandatår"), at_key=True)
                continue
            for j, year in enumerate(event.mandate_years):
                if not 1 <= year <= 4:
                    yield Finding(
                        doc,
                        ("händelser", i, "mandatår", j),
                        {"value": year},
                        variant="RUS303.range",
                    )


@rule("RUS304", "follow-up-order", "warning")
def follow_up_order(ws: Workspace) -> Iterator[Finding]:
    """An activity's `uppföljning` entries are not in time order.

    The last entry is read as the latest status, so the log must run oldest first.
    """
    for doc, i, activity in ws.activities():
        for j in range(1, len(activity.follow_ups)):
            previous, current = activity.follow_ups[j - 1].period, activity.follow_ups[j].period
            if current.last < previous.last:
                fields = {"period": current.text, "previous": previous.text}
                yield Finding(doc, ("aktiviteter", i, "uppföljning", j, "period"), fields)


@rule("RUS305", "plan-year-outside-period", "warning")
def plan_year_outside_period(ws: Workspace) -> Iterator[Finding]:
    """A plan's `år` is outside the strategy's period."""
    for doc in ws.plan_docs:
        strategy = ws.strategy_of(doc)
        if strategy is None or strategy.period.reversed:
            continue  # a reversed period is RUS309
        period = strategy.period
        year = doc.model.year
        if year is not None and not period.start <= year <= period.end:
            yield Finding(doc, ("år",), {"year": year, "start": period.start, "end": period.end})


@rule("RUS306", "outcome-before-baseline", "warning")
def outcome_before_baseline(ws: Workspace) -> Iterator[Finding]:
    """An indicator outcome (`utfall`) is dated before its baseline year.

    Trends and the report's on-track line run from the baseline; an earlier outcome is
    usually a typo in the year.
    """
    for doc, path, indicator in ws.indicators():
        if indicator.baseline is None:
            continue
        for k, outcome in enumerate(indicator.outcomes):
            if outcome.year < indicator.baseline.year:
                fields = {"year": outcome.year, "baseline_year": indicator.baseline.year}
                yield Finding(doc, (*path, "utfall", k, "år"), fields)


@rule("RUS307", "duplicate-outcome-year")
def duplicate_outcome_year(ws: Workspace) -> Iterator[Finding]:
    """An indicator has two outcomes (`utfall`) for the same year.

    Each year has one measured value; with two, which one is the latest (and so the trend
    and whether the indicator is on track) is a matter of chance. The second one is
    reported, naming the line of the first. Usually one of the years is a typo, or a
    revised figure was added instead of replacing the old one.

    Fails: `utfall: [{år: 2022, värde: 1.2}, {år: 2022, värde: 1.9}]`.
    """
    for doc, path, indicator in ws.indicators():
        first: dict[int, int] = {}
        for k, outcome in enumerate(indicator.outcomes):
            if outcome.year not in first:
                first[outcome.year] = k
                continue
            other = doc.original((*path, "utfall", first[outcome.year], "år"))
            line, _ = doc.source.position(other)
            yield Finding(
                doc, (*path, "utfall", k, "år"), {"year": outcome.year, "first_line": line}
            )


@rule("RUS308", "target-not-after-baseline")
def target_not_after_baseline(ws: Workspace) -> Iterator[Finding]:
    """An indicator's `målvärde` is dated in or before the year of its `baslinje`.

    A target is something to reach after the baseline was measured. The report draws the
    on-track line from the baseline to the target and judges the outcomes against it; with
    the target first, that line runs backwards in time and the judgement is meaningless
    (and with both in the same year there is no line at all). Usually one of the years is
    a typo.

    Fails: `baslinje: {år: 2025, värde: 3.0}` with `målvärde: {år: 2020, värde: 5.0}`.
    """
    for doc, path, indicator in ws.indicators():
        base, target = indicator.baseline, indicator.target
        if base is not None and target is not None and target.year <= base.year:
            yield Finding(
                doc, (*path, "målvärde", "år"), {"year": target.year, "baseline_year": base.year}
            )
