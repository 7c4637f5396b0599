"""Rules for kraftsamlingar and the rolling färdplan (RUS70x)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..suggest import closest
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Document, Workspace

MANDATE_YEARS = 4
ELECTION_YEAR_MOD = 2
"""Swedish general elections fall in years ≡ 2 (mod 4): 2018, 2022, 2026; a mandate
period runs from the year after an election through the next election year."""


def _kraftsamling_uses(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str]]:
    """(document, path, id) for every `kraftsamling:` on an activity or färdplan insats."""
    for doc, i, activity in ws.activities():
        if activity.kraftsamling is not None:
            yield doc, ("aktiviteter", i, "kraftsamling"), activity.kraftsamling
    for doc in ws.of_kind("färdplan"):
        for y, year in enumerate(doc.model.years):
            for e, effort in enumerate(year.efforts):
                if effort.kraftsamling is not None:
                    yield doc, ("år", y, "insatser", e, "kraftsamling"), effort.kraftsamling


@rule("RUS701", "unknown-kraftsamling")
def unknown_kraftsamling(ws: Workspace) -> Iterator[Finding]:
    """A `kraftsamling` that is not one of the strategy's kraftsamlingar.

    Activities and the färdplan's insatser name the kraftsamling they belong to by its id,
    as the strategy declares it under `kraftsamlingar`. The closest id is suggested.

    Passes: `kraftsamling: K1` when the strategy has `kraftsamlingar: [{id: K1, …}]`.
    Fails: `kraftsamling: K9`, or any `kraftsamling` when the strategy declares none.
    """
    for doc, path, ref in _kraftsamling_uses(ws):
        strategy = ws.strategy_of(doc)
        if strategy is None or ref in ws.dropped_ids:
            continue
        known = [k.id for k in strategy.kraftsamlingar]
        if ref not in known:
            fields = {"ref": ref, "expected": ", ".join(known) or "–"}
            yield Finding(doc, path, fields, suggestion=closest(ref, known, cutoff=0.5))


@rule("RUS702", "kraftsamling-mandate-period", "warning")
def kraftsamling_mandate_period(ws: Workspace) -> Iterator[Finding]:
    """A kraftsamling's `mandatperiod` is not a mandate period.

    Kraftsamlingar are decided for a mandate period: four years from the year after a
    general election (2023–2026, 2027–2030). Another span is most often a typo.

    Passes: `mandatperiod: {från: 2027, till: 2030}`.
    Fails (warning): `mandatperiod: {från: 2026, till: 2030}`.
    """
    for doc in ws.strategy_docs:
        for k, kraftsamling in enumerate(doc.model.kraftsamlingar):
            period = kraftsamling.mandate_period
            if period is None:
                continue
            if period.start % 4 == (ELECTION_YEAR_MOD + 1) % 4 and (
                period.end == period.start + MANDATE_YEARS - 1
            ):
                continue
            fields = {"start": period.start, "end": period.end}
            yield Finding(doc, ("kraftsamlingar", k, "mandatperiod"), fields)


@rule("RUS703", "kraftsamling-over-budget", "warning")
def kraftsamling_over_budget(ws: Workspace) -> Iterator[Finding]:
    """The activities of a kraftsamling plan more kronor than its `budgetram_kr`.

    The sum of `budget_kr` of the activities that name the kraftsamling (struken ones
    left out) is compared with the frame the strategy gives it. Reported at the frame.

    Fails (warning): `budgetram_kr: 1000000` and two activities of 800000 each.
    """
    for doc in ws.strategy_docs:
        planned: dict[str, int] = {}
        for plan_doc, _, activity in ws.activities():
            counted = activity.status != "struken" and ws.strategy_of(plan_doc) is doc.model
            if activity.kraftsamling and activity.budget_kr and counted:
                key = activity.kraftsamling
                planned[key] = planned.get(key, 0) + activity.budget_kr
        for k, kraftsamling in enumerate(doc.model.kraftsamlingar):
            frame = kraftsamling.budget_frame_kr
            total = planned.get(kraftsamling.id, 0)
            if frame is not None and total > frame:
                fields = {"id": kraftsamling.id, "planned": total, "frame": frame}
                yield Finding(doc, ("kraftsamlingar", k, "budgetram_kr"), fields)


@rule("RUS704", "effort-without-target")
def effort_without_target(ws: Workspace) -> Iterator[Finding]:
    """A färdplan insats that names neither a `kraftsamling` nor `bidrar_till`.

    The färdplan plans, year by year, the insatser for each kraftsamling or riktning: an
    insats that names neither cannot be followed in the portfolio.

    Fails: an insats with only `id` and `namn`.
    """
    for doc in ws.of_kind("färdplan"):
        for y, year in enumerate(doc.model.years):
            for e, effort in enumerate(year.efforts):
                if effort.kraftsamling is None and not effort.contributes_to:
                    yield Finding(doc, ("år", y, "insatser", e, "id"), {"id": effort.id})


@rule("RUS705", "roadmap-year")
def roadmap_year(ws: Workspace) -> Iterator[Finding]:
    """A färdplan year listed twice, or outside the strategy's period.

    Each year of the färdplan appears once; a year outside the strategy's `period` is
    planned for another strategy (or is a typo).

    Fails: two entries `år: 2027`; `år: 2040` in a strategy for 2027–2035.
    """
    for doc in ws.of_kind("färdplan"):
        strategy = ws.strategy_of(doc)
        seen: set[int] = set()
        for y, year in enumerate(doc.model.years):
            path = ("år", y, "år")
            if year.year in seen:
                yield Finding(doc, path, {"year": year.year}, variant="RUS705.twice")
            seen.add(year.year)
            if strategy is None or strategy.period.reversed:
                continue
            start, end = strategy.period.start, strategy.period.end
            if not start <= year.year <= end:
                yield Finding(doc, path, {"year": year.year, "start": start, "end": end})


@rule("RUS706", "roadmap-not-revised", "warning")
def roadmap_not_revised(ws: Workspace) -> Iterator[Finding]:
    """The färdplan has not been revised within a year.

    The färdplan is rolling: it is revised every year. `reviderad` says when it last was
    (YYYY-MM-DD); more than a year before today (or missing, or not a date) is reported.

    Passes: `reviderad: "2026-10-15"` on 2026-11-23.
    Fails (warning): `reviderad: "2025-06-01"` on 2026-11-23.
    """
    for doc in ws.of_kind("färdplan"):
        text = doc.model.revised
        try:
            revised = date.fromisoformat(text) if text else None
        except ValueError:
            revised = None
        if text is None:
            yield Finding(doc, ("id",), variant="RUS706.missing")
        elif revised is None:
            yield Finding(doc, ("reviderad",), {"value": text}, variant="RUS706.date")
        elif (ws.today - revised).days > 366:
            yield Finding(doc, ("reviderad",), {"value": text, "days": (ws.today - revised).days})
