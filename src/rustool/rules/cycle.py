"""Rules of the follow-up cycle and the dated årshjul (RUS8xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..cycle.deadlines import follow_up_events, last_due, rhythm_of
from ..cycle.periods import matches_rhythm
from ..i18n import Label
from ..model.when import STATUTORY_STEPS
from .base import Finding, rule

if TYPE_CHECKING:
    from ..model import Event
    from ..workspace import Workspace

REPORTING = ("pågår", "försenad", "pausad")
"""Open work that reports each period (a planned activity has not begun)."""
NEEDS_REASON = ("försenad", "pausad", "struken")
_STEP_WORDS = {
    "årsrapport": ("regeringen",),
    "anslag-1:1": ("1:1",),
    "aktualitetsprövning": ("aktualitetspröv", "revider"),
}


@rule("RUS801", "follow-up-missing", "warning")
def follow_up_missing(ws: Workspace) -> Iterator[Finding]:
    """An open activity has no follow-up for the last period whose deadline has passed.

    With a follow-up rhythm (`uppföljning: tertial`, `kvartal` or `månad` in the strategy
    or rustool.yaml), every activity that is `pågår`, `försenad` or `pausad` reports each
    period. The deadline is the årshjul's follow-up event (`senast: [01-10, 05-10, 09-10]`),
    else `frist_dagar` (30) days after the period ends. A later follow-up (or one dated on
    a day) also counts. Today is `--today` or the system date.

    Fails (warning): a tertial rhythm with the deadline 09-10, on 2026-11-23, and an
    activity `pågår` whose latest follow-up is `2026-T1`.
    """
    rhythm = rhythm_of(ws)
    due = last_due(ws, rhythm, ws.today) if rhythm is not None else None
    if due is None:
        return
    period, deadline = due
    for doc, i, activity in ws.activities():
        year = doc.model.year
        if activity.status not in REPORTING or (year is not None and period.last.year < year):
            continue
        if any(f.period.last >= period.last for f in activity.follow_ups):
            continue
        path = ("aktiviteter", i, "uppföljning") if activity.follow_ups else ("aktiviteter", i)
        fields = {"id": activity.id, "period": period.text, "deadline": deadline.isoformat()}
        yield Finding(doc, path, fields, at_key=bool(activity.follow_ups))


@rule("RUS802", "reason-missing", "warning")
def reason_missing(ws: Workspace) -> Iterator[Finding]:
    """A `försenad`, `pausad` or `struken` activity gives no reason.

    The reason belongs in the `kommentar` of its latest follow-up (or, while it has none,
    of the activity itself), so that the nämnd reads why: "KA-006 – försenad:
    upphandlingen överprövades".

    Fails (warning): `status: försenad` with `uppföljning: [{period: 2026-T2, status:
    försenad}]`.
    """
    for doc, i, activity in ws.activities():
        if activity.status not in NEEDS_REASON:
            continue
        fields = {"id": activity.id, "status": activity.status}
        if activity.follow_ups:
            latest = len(activity.follow_ups) - 1
            if not activity.follow_ups[latest].comment:
                yield Finding(doc, ("aktiviteter", i, "uppföljning", latest), fields)
        elif not activity.comment:
            yield Finding(doc, ("aktiviteter", i, "status"), fields, variant="RUS802.no_log")


@rule("RUS803", "follow-up-in-future")
def follow_up_in_future(ws: Workspace) -> Iterator[Finding]:
    """A follow-up is dated after today: its period has not begun, or its `datum` lies ahead.

    A follow-up tells what happened; one for a period that has not started yet is a typo in
    the year or the period (2027-T1 for 2026-T1).

    Fails: `{period: 2027-T1, status: pågår}` on 2026-11-23.
    """
    for doc, i, activity in ws.activities():
        for j, follow_up in enumerate(activity.follow_ups):
            path = ("aktiviteter", i, "uppföljning", j)
            if follow_up.period.first > ws.today:
                fields = {"period": follow_up.period.text, "today": ws.today.isoformat()}
                yield Finding(doc, (*path, "period"), fields)
            elif follow_up.reported is not None and follow_up.reported > ws.today:
                fields = {"date": follow_up.reported.isoformat(), "today": ws.today.isoformat()}
                yield Finding(doc, (*path, "datum"), fields, variant="RUS803.date")


@rule("RUS804", "follow-up-form", "warning")
def follow_up_form(ws: Workspace) -> Iterator[Finding]:
    """A follow-up's period is not written in the rhythm's form.

    With `uppföljning: tertial` a follow-up is for 2026-T2, with `kvartal` for 2026-Q3,
    with `månad` for 2026-09; a day (2026-11-19, the day the work was reported done) fits
    every rhythm. A period in another form cannot be matched to the rhythm's deadlines.

    Fails (warning): `period: 2026-04` with `uppföljning: tertial`.
    """
    rhythm = rhythm_of(ws)
    if rhythm is None:
        return
    for doc, i, activity in ws.activities():
        for j, follow_up in enumerate(activity.follow_ups):
            if not matches_rhythm(follow_up.period, rhythm.period):
                fields = {"period": follow_up.period.text, "rhythm": rhythm.period}
                yield Finding(doc, ("aktiviteter", i, "uppföljning", j, "period"), fields)


@rule("RUS805", "statutory-step-missing", "warning")
def statutory_step_missing(ws: Workspace) -> Iterator[Finding]:
    """The årshjul lacks a step that the law or förordning requires of the region.

    Lag (2010:630) and förordning (2017:583) ask for a yearly report to the government
    (`lagkrav: årsrapport`), a decision on the use of the 1:1 funds (`lagkrav:
    anslag-1:1`) and a review of the strategy once each mandate period (`lagkrav:
    aktualitetsprövning`). An event counts when it carries `lagkrav`, or when its name says
    it (regeringen, 1:1, aktualitetsprövning). Choose the steps with `lagkrav: [...]` in
    rustool.yaml (an empty list turns the check off).

    Fails (warning): a wheel with no event about the report to the government.
    """
    if not ws.wheel_docs:
        return
    wanted = ws.config.statutory if ws.config.statutory is not None else STATUTORY_STEPS
    events = [e for w in ws.wheels for e in w.events]
    for step in STATUTORY_STEPS:
        if step in wanted and not any(_is_step(e, step) for e in events):
            fields = {"step": Label(f"cycle.step.{step}"), "marker": step}
            yield Finding(ws.wheel_docs[0], ("händelser",), fields, at_key=True)


def _is_step(event: Event, step: str) -> bool:
    if event.statutory is not None:
        return event.statutory == step
    name = event.name.casefold()
    return any(word in name for word in _STEP_WORDS[step])


@rule("RUS806", "day-outside-months", "warning")
def day_outside_months(ws: Workspace) -> Iterator[Finding]:
    """An event's `datum` or `senast` falls in a month its `månad` does not list.

    With both written, they must agree; the calendar uses the days, the report's wheel the
    months. Leave `månad` out when the days say it.

    Fails (warning): `månad: 3` with `datum: 2026-04-02`.
    """
    for doc in ws.wheel_docs:
        for i, event in enumerate(doc.model.events):
            for key, days in (("datum", event.dates), ("senast", event.deadlines)):
                for j, day in enumerate(days):
                    if day.month not in event.months:
                        path = ("händelser", i, key, j) if len(days) > 1 else ("händelser", i, key)
                        yield Finding(doc, path, {"day": day.text, "months": event.months})


@rule("RUS807", "meeting-year")
def meeting_year(ws: Workspace) -> Iterator[Finding]:
    """A sammanträde is dated in another year than the one it is listed under.

    `sammanträden` lists the nämnd's meetings per year (`2026: [2026-02-18, 04-15]`); a
    full date must be in that year.

    Fails: `2026: [2027-02-18]`.
    """
    for doc in ws.wheel_docs:
        for year, days in doc.model.meetings.items():
            for j, day in enumerate(days):
                if day.year is not None and day.year != year:
                    fields = {"day": day.text, "year": year}
                    yield Finding(doc, ("sammanträden", year, j), fields)


@rule("RUS808", "rhythm-event-unknown")
def rhythm_event_unknown(ws: Workspace) -> Iterator[Finding]:
    """The follow-up rhythm names an årshjul event that does not exist or has no `senast`.

    `uppföljning: {rytm: tertial, händelse: H08}` takes the deadlines from event H08's
    `senast`; without it, every deadline would fall back to `frist_dagar`.

    Fails: `händelse: H99` when no wheel has H99.
    """
    rhythm = rhythm_of(ws)
    if rhythm is None or rhythm.event is None:
        return
    if any(event.deadlines for _, event in follow_up_events(ws, rhythm)):
        return
    from_strategy = ws.config.follow_up is None
    doc = ws.strategy_doc if from_strategy else None
    yield Finding(doc, ("uppföljning", "händelse") if doc else (), {"event": rhythm.event})
