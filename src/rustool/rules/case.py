"""Rules for the ärende and for the money in the plans (RUS9xx)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ..suggest import closest, fold
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Workspace


@rule("RUS901", "assessed-goal-unknown")
def assessed_goal_unknown(ws: Workspace) -> Iterator[Finding]:
    """A `bedömning` for a goal that the strategy does not have.

    The ärende assesses the strategy's mål (or a whole område) one by one, by id; an id
    that is not one of them would print an assessment of nothing. The closest id is
    suggested.

    Fails: `bedömning: [{mål: M1.9, läge: gul, text: …}]` when the strategy has M1.1–M1.3.
    """
    if ws.strategy is None:
        return
    goals = {n.id for n in ws.nodes.values() if n.kind in ("mål", "område")}
    for doc in ws.case_docs:
        for i, assessment in enumerate(doc.model.assessments):
            if assessment.goal not in goals:
                suggestion = closest(assessment.goal, goals, cutoff=0.5)
                yield Finding(
                    doc, ("bedömning", i, "mål"), {"id": assessment.goal}, suggestion=suggestion
                )


@rule("RUS902", "proposal-missing")
def proposal_missing(ws: Workspace) -> Iterator[Finding]:
    """An ärende without `förslag_till_beslut`.

    A nämnd decides on the proposal; an ärende without one cannot be put on the agenda.
    Write each beslutssats as one item of the list.

    Fails: an ärende with no `förslag_till_beslut`, or with an empty list.
    """
    for doc in ws.case_docs:
        if not doc.model.proposals and not doc.had_error(("förslag_till_beslut",)):
            path = ("förslag_till_beslut",) if "förslag_till_beslut" in doc.data else ("typ",)
            yield Finding(doc, path, at_key=True)


@rule("RUS903", "not-a-meeting")
def not_a_meeting(ws: Workspace) -> Iterator[Finding]:
    """The ärende's `sammanträdesdatum` is not one of the nämnd's meetings in the årshjul.

    When an årshjul lists the nämnd's `sammanträden`, an ärende must be dated for one of
    them, or it would be sent to a meeting that does not take place. Without a list of
    meetings, any date is accepted.

    Fails: `sammanträdesdatum: 2026-10-20` when the årshjul's meetings are 2026-10-21 and
    2026-12-09.
    """
    for doc in ws.case_docs:
        meetings = meeting_dates(ws, doc.model.board)
        if meetings and doc.model.meeting not in meetings:
            near = sorted(meetings, key=lambda d: abs((d - doc.model.meeting).days))[0]
            yield Finding(
                doc,
                ("sammanträdesdatum",),
                {"date": doc.model.meeting.isoformat(), "nearest": near.isoformat()},
            )


@rule("RUS904", "goal-assessed-twice")
def goal_assessed_twice(ws: Workspace) -> Iterator[Finding]:
    """The same goal assessed twice in one ärende.

    Each goal gets one `läge` and one text; two would leave the nämnd to choose.

    Fails: two items of `bedömning` with `mål: M1.1`.
    """
    for doc in ws.case_docs:
        seen: dict[str, int] = {}
        for i, assessment in enumerate(doc.model.assessments):
            if assessment.goal in seen:
                line, _ = doc.source.position(doc.original(("bedömning", seen[assessment.goal])))
                yield Finding(
                    doc, ("bedömning", i, "mål"), {"id": assessment.goal, "first_line": line}
                )
            else:
                seen[assessment.goal] = i


@rule("RUS905", "unknown-funding")
def unknown_funding(ws: Workspace) -> Iterator[Finding]:
    """An activity's `finansiering` that is not one of the strategy's sources.

    The report sums the kronor per source of funding; a source spelt another way would
    be summed apart and a reader would not see it. The sources are the strategy's
    `finansieringskällor` (by default anslag 1:1, EU-medel, egna medel, länsplan, annat),
    compared without regard to case.

    Fails: `finansiering: EU medel` (with the default sources, `EU-medel` is suggested).
    """
    if ws.strategy is None:
        return
    sources = list(ws.strategy.funding)
    known = {fold(s) for s in sources}
    for doc, i, activity in ws.activities():
        if activity.funding is not None and fold(activity.funding) not in known:
            yield Finding(
                doc,
                ("aktiviteter", i, "finansiering"),
                {"value": activity.funding, "known": ", ".join(sources)},
                suggestion=closest(activity.funding, sources, cutoff=0.5),
            )


def meeting_dates(ws: Workspace, board: str | None = None) -> set[date]:
    """The meetings that the workspace's årshjul list under `sammanträden` (for BOARD: the
    wheels that name no nämnd, or name that one)."""
    found: set[date] = set()
    for doc in ws.of_kind("årshjul"):
        wheel = doc.model
        if board is not None and wheel.committee and fold(wheel.committee) != fold(board):
            continue
        for year, days in wheel.meetings.items():
            for day in days:
                with contextlib.suppress(ValueError):
                    found.add(date(day.year or year, day.month, day.day))
    return found
