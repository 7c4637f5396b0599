"""The committee report as data: plain functions from a loaded workspace to the context the
report templates render (documented in docs/report-template.md).

Everything here is plain dicts, lists, strings, numbers, booleans and None, sorted, with
dates as ISO strings, so that the same workspace and date always give the same report and a
region's own templates see exactly what the built-in ones see. Labels are not in the
context: templates ask for them with ``t(key)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .. import __version__, gitinfo, numbers
from ..model.strategy import NODE_KINDS
from ..model.types import DONE_STATUSES, STATUSES
from ..suggest import fold
from . import annual, money, trend
from . import case as case_view
from . import period as period_view

if TYPE_CHECKING:
    from ..coverage import Coverage
    from ..model import Activity, Event, Indicator, Measurement, Plan, Wheel
    from ..model.types import DueDate
    from ..workspace import Document, Workspace

Context = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Options:
    today: date
    title: str | None = None
    window_days: int = 30
    """Activities due within this many days from today are "soon due"."""
    months_ahead: int = 3
    """How many months (this one included) "the coming months" of the årshjul covers."""
    version: bool = True
    """Ask git for the version of the data."""
    case: Document | None = None
    """The ärende (typ: ärende) to put in front, from --ärende."""
    period: DueDate | None = None
    """The reporting period, from --period or --år (or the ärende's own period)."""
    brief: bool = False
    """--kort: each activity once, with the goals it serves; no unit plans."""


def build(ws: Workspace, options: Options, warnings: int = 0) -> Context:
    """The whole report context for ``ws``."""
    from .. import coverage
    from . import coverage_view, portfolio_view

    cov = coverage.compute(ws, today=options.today) if ws.strategy is not None else None
    rows = activity_rows(ws, options.today, cov.source if cov else "plans")
    for row in rows:
        row["goals"] = _goals_served(ws, row)
    areas = area_sections(ws, rows, cov)
    wheel = wheel_section(ws.wheel, options)
    deadlines = deadline_section(rows, options)
    period = options.period
    if period is None and options.case is not None:
        period = options.case.model.period
    head = header(ws, options, warnings)
    return {
        "tool": {"name": "rustool", "version": __version__},
        "header": head,
        "brief": options.brief,
        "for_pdf": False,
        "case": case_view.section(ws, options.case) if options.case is not None else None,
        "period": period_view.section(rows, _activities(ws), period) if period else None,
        "money": money.section(rows, lambda row: _goals_served(ws, row)),
        "summary": summary(rows, areas, deadlines, wheel),
        "areas": areas,
        "deadlines": deadlines,
        "coverage": coverage_view.section(cov),
        "portfolio": portfolio_view.section(cov),
        "wheel": wheel,
        "units": unit_sections(ws, rows),
        "provenance": provenance(ws, head),
    }


def _activities(ws: Workspace) -> dict[str, Activity]:
    found: dict[str, Activity] = {}
    for doc in [*ws.plan_docs, *ws.merged_docs]:
        for activity in doc.model.activities:
            found.setdefault(activity.id, activity)
    return found


def _goals_served(ws: Workspace, row: Context) -> list[str]:
    """The mål a row serves, directly or through a node under one, each once."""
    goals = (n for ref in row["contributes_to"] for n in ws.ancestors(ref))
    return list(dict.fromkeys(g for g in goals if ws.nodes[g].kind == "mål"))


def provenance(ws: Workspace, head: Context) -> Context:
    """What the report is built from, for the footer "Underlag": data, not words, so that
    others can add to it (the decided version, changes since)."""
    return {
        "version": head["version"],
        "files": sorted(d.rel for d in ws.documents),
        "file_count": head["files"],
        "warnings": head["warnings"],
        "today": head["today"],
    }


# --------------------------------------------------------------------------- header


def header(ws: Workspace, options: Options, warnings: int) -> Context:
    strategy = ws.strategy
    info = None
    if strategy is not None:
        info = {
            "id": strategy.id,
            "name": strategy.name,
            "vision": strategy.vision,
            "region": strategy.region.name,
            "county_code": strategy.region.county_code,
            "period": {"start": strategy.period.start, "end": strategy.period.end},
            "adopted": strategy.adopted,
            "principles": list(strategy.principles),
            "status": strategy.status,
            "edition": strategy.edition,
            "replaces": strategy.replaces,
            "main_role": strategy.region.main_role[0] if strategy.region.main_role else None,
            "levels": {k: n for k in NODE_KINDS if (n := strategy.level_name(k))},
        }
    found = gitinfo.version(ws.root) if options.version else None
    version = None
    if found is not None:
        version = {
            "commit": found.commit,
            "short": found.short,
            "date": found.date,
            "dirty": found.dirty,
        }
    return {
        "title": options.title or (strategy.name if strategy else None),
        "strategy": info,
        "today": options.today.isoformat(),
        "version": version,
        "files": ws.files_checked,
        "warnings": warnings,
        "window_days": options.window_days,
    }


# --------------------------------------------------------------------------- activities


def activity_rows(ws: Workspace, today: date, source: str = "plans") -> list[Context]:
    """One row per counted activity, in the workspace's file order: the units' own plans,
    or (``source == "merged"``, as :func:`rustool.coverage.compute` decides for a
    workspace with only merged plans) the merged plans' activities, each id once."""
    if source == "plans":
        return [activity_row(doc, activity, today) for doc, _, activity in ws.activities()]
    rows: dict[str, Context] = {}
    if source == "merged":
        for doc in ws.merged_docs:
            for activity in doc.model.activities:
                rows.setdefault(activity.id, activity_row(doc, activity, today))
    return list(rows.values())


def activity_row(doc: Document, activity: Activity, today: date) -> Context:
    due = activity.due
    open_ = activity.status not in DONE_STATUSES
    overdue = bool(due and open_ and due.last < today)
    return {
        "id": activity.id,
        "title": activity.title,
        "unit": activity.unit or doc.model.unit,
        "file": doc.rel,
        "category": activity.category,
        "purpose": activity.purpose,
        "goal_text": activity.goal_text,
        "owner": activity.owner,
        "due": due.text if due else None,
        "due_date": due.last.isoformat() if due else None,
        "comment": activity.comment,
        "contributes_to": list(activity.contributes_to),
        "role": activity.role,
        "status": activity.status,
        "budget_kr": activity.budget_kr,
        "spent_kr": activity.spent_kr,
        "funding": activity.funding,
        "kraftsamling": activity.kraftsamling,
        "open": open_,
        "overdue": overdue,
        "days_overdue": (today - due.last).days if overdue and due else None,
        "days_left": (due.last - today).days if due and open_ and not overdue else None,
    }


def _by_due(row: Context) -> tuple[str, str]:
    return (row["due_date"] or "9999-99-99", row["id"])


# --------------------------------------------------------------------------- areas and goals


def area_sections(ws: Workspace, rows: list[Context], cov: Coverage | None) -> list[Context]:
    """Per område and mål: the activities that contribute (as coverage counts them: an
    activity on a prioritering also counts for its mål and område) and the indicators."""
    strategy = ws.strategy
    if strategy is None or cov is None:
        return []
    by_id = {row["id"]: row for row in rows}
    nodes = {node.id: node for node in cov.nodes}

    def reaching(node_id: str) -> list[Context]:
        node = nodes.get(node_id)
        return [by_id[i] for i in node.activity_ids if i in by_id] if node else []

    sections = []
    for area in strategy.areas:
        goals = []
        for goal in area.goals:
            acts = _with_via(reaching(goal.id), ws, goal.id)
            goals.append(
                {
                    "id": goal.id,
                    "name": goal.name,
                    "description": goal.description,
                    "agenda2030": sorted(goal.agenda2030),
                    "activities": acts,
                    "covered": bool(acts),
                    "priorities": [
                        {
                            "id": p.id,
                            "name": p.name,
                            "activities": nodes[p.id].activities,
                            "covered": bool(nodes[p.id].activities),
                        }
                        for p in goal.priorities
                    ],
                    "indicators": [indicator_view(i) for i in goal.indicators],
                }
            )
        direct = [row for row in reaching(area.id) if area.id in row["contributes_to"]]
        sections.append(
            {
                "id": area.id,
                "name": area.name,
                "description": area.description,
                "challenges": [_text(c) for c in area.challenges],
                "factors": [_text(f) for f in area.factors],
                "priorities": [_priority(p, nodes) for p in area.priorities],
                "activities": sorted(direct, key=_by_due),
                "activity_count": nodes[area.id].activities,
                "goals": goals,
            }
        )
    return sections


def _text(statement: Any) -> str:
    return statement if isinstance(statement, str) else str(statement.text)


def _priority(priority: Any, nodes: dict[str, Any]) -> Context:
    """A prioritering directly under an område, with its insatsområden."""
    return {
        "id": priority.id,
        "name": priority.name,
        "description": priority.description,
        "activities": nodes[priority.id].activities,
        "covered": bool(nodes[priority.id].activities),
        "focus_areas": [
            {"id": None, "name": f, "activities": None}
            if isinstance(f, str)
            else {"id": f.id, "name": f.name, "activities": nodes[f.id].activities}
            for f in priority.focus_areas
        ],
    }


def _with_via(found: Iterable[Context], ws: Workspace, goal_id: str) -> list[Context]:
    """Rows for a goal, each with ``via``: the ids it names at or under the goal."""
    out = []
    for row in found:
        via = sorted(r for r in row["contributes_to"] if goal_id in ws.ancestors(r))
        out.append({**row, "via": via})
    return sorted(out, key=_by_due)


def indicator_view(indicator: Indicator) -> Context:
    judged = trend.assess(indicator)
    measured = [m for m in (indicator.baseline, indicator.target, *indicator.outcomes) if m]
    return {
        "id": indicator.id,
        "name": indicator.name,
        "unit": indicator.unit,
        "kolada": indicator.kolada,
        "kolada_url": _kolada_url(indicator.kolada),
        "direction": indicator.direction,
        "source": indicator.source,
        "baseline": _measure(indicator.baseline),
        "target": _measure(indicator.target),
        "latest": _measure(judged.latest),
        "previous": _measure(judged.previous),
        "series": [_measure(m) for m in sorted(indicator.outcomes, key=lambda m: m.year)],
        "trend": judged.trend,
        "movement": _movement(judged.previous, judged.latest),
        "expected": judged.expected,
        "on_track": judged.on_track,
        "progress": judged.progress,
        "digits": max((numbers.decimals(m.value) for m in measured), default=0),
    }


def _movement(before: Measurement | None, after: Measurement | None) -> str | None:
    """Which way the numbers moved (up, down, flat), whatever that means for the goal."""
    if before is None or after is None:
        return None
    change = round(after.value - before.value, 9)
    return "up" if change > 0 else "down" if change < 0 else "flat"


def _measure(m: Measurement | None) -> Context | None:
    """A value and its year, with Sweden's value beside it where one is stored (`riket`)."""
    if m is None:
        return None
    return {"year": m.year, "value": m.value, "national": m.national}


def _kolada_url(kpi: str | None) -> str | None:
    """The KPI's page on kolada.se, for an id of Kolada's form (RUS970 reports others)."""
    from ..kolada.ids import is_kpi_id, kpi_page

    return kpi_page(kpi) if kpi is not None and is_kpi_id(kpi) else None


# --------------------------------------------------------------------------- deadlines


def deadline_section(rows: list[Context], options: Options) -> Context:
    horizon = options.today + timedelta(days=options.window_days)
    overdue = [r for r in rows if r["overdue"]]
    soon = [r for r in rows if r["days_left"] is not None and r["due_date"] <= horizon.isoformat()]
    flagged = [r for r in rows if r["status"] == "försenad" and not r["overdue"]]
    return {
        "window_days": options.window_days,
        "until": horizon.isoformat(),
        "overdue": sorted(overdue, key=_by_due),
        "soon": sorted(soon, key=_by_due),
        "flagged": sorted(flagged, key=_by_due),
    }


# --------------------------------------------------------------------------- summary


def summary(
    rows: list[Context], areas: list[Context], deadlines: Context, wheel: Context | None
) -> Context:
    counts = Counter(r["status"] for r in rows)
    total = len(rows)
    goals = [g for a in areas for g in a["goals"]]
    covered = [g for g in goals if g["covered"]]
    priorities = [p for g in goals for p in g["priorities"]]
    priorities += [p for a in areas for p in a["priorities"]]
    return {
        "activities": total,
        "by_status": [
            {"status": s, "count": counts[s], "share": counts[s] / total if total else 0.0}
            for s in STATUSES
        ],
        "open": sum(r["open"] for r in rows),
        "overdue": len(deadlines["overdue"]),
        "late": len(deadlines["overdue"]) + len(deadlines["flagged"]),
        "soon": len(deadlines["soon"]),
        "flagged": len(deadlines["flagged"]),
        "goals": {
            "total": len(goals),
            "covered": len(covered),
            "share": len(covered) / len(goals) if goals else None,
            "uncovered": [
                {"id": g["id"], "name": g["name"], "area": a["id"]}
                for a in areas
                for g in a["goals"]
                if not g["covered"]
            ],
        },
        "priorities": {
            "total": len(priorities),
            "covered": sum(p["covered"] for p in priorities),
            "uncovered": [
                {"id": p["id"], "name": p["name"], "goal": g["id"]}
                for a in areas
                for g in a["goals"]
                for p in g["priorities"]
                if not p["covered"]
            ]
            + [
                {"id": p["id"], "name": p["name"], "goal": a["id"]}
                for a in areas
                for p in a["priorities"]
                if not p["covered"]
            ],
        },
        "next_events": _next_events(wheel),
        "indicators": _indicator_counts(areas),
    }


def _next_events(wheel: Context | None) -> list[Context]:
    """The coming months' events, each once, in the month it next happens."""
    seen: set[str] = set()
    found = []
    for month in wheel["coming"] if wheel else []:
        for event in month["events"]:
            if event["id"] not in seen:
                seen.add(event["id"])
                found.append({**event, "month": month["month"], "year": month["year"]})
    return found


def _indicator_counts(areas: list[Context]) -> Context:
    views = [i for a in areas for g in a["goals"] for i in g["indicators"]]
    trends = Counter(i["trend"] for i in views)
    return {
        "total": len(views),
        "positive": trends["positive"],
        "unchanged": trends["unchanged"],
        "negative": trends["negative"],
        "no_data": trends[None],
        "on_track": sum(i["on_track"] is True for i in views),
        "behind": sum(i["on_track"] is False for i in views),
    }


# --------------------------------------------------------------------------- årshjul


def wheel_section(wheel: Wheel | None, options: Options) -> Context | None:
    if wheel is None:
        return None
    today = options.today
    events = sorted(wheel.events, key=annual.event_order)
    return {
        "id": wheel.id,
        "name": wheel.name,
        "cycle": wheel.cycle,
        "year": today.year,
        "mandate_year": annual.mandate_year(today.year) if wheel.cycle == "mandatperiod" else None,
        "today_month": today.month,
        "events": [event_view(e) for e in events],
        "months": [
            {"month": m, "events": [event_view(e) for e in annual.in_month(wheel, m, today.year)]}
            for m in range(1, 13)
        ],
        "coming": [
            {"year": y, "month": m, "events": [event_view(e) for e in annual.in_month(wheel, m, y)]}
            for y, m in annual.coming_months(today, options.months_ahead)
        ],
    }


def event_view(event: Event) -> Context:
    return {
        "id": event.id,
        "name": event.name,
        "months": sorted(event.months),
        "kind": event.kind,
        "audience": list(event.audience),
        "owner": event.owner,
        "links": list(event.links),
        "mandate_years": sorted(event.mandate_years),
        "description": event.description,
    }


# --------------------------------------------------------------------------- units


def unit_sections(ws: Workspace, rows: list[Context]) -> list[Context]:
    """Each unit's plan in the template's columns, in the strategy's category order (a
    category written with ``&`` for ``och`` sorts as the strategy's). Without units' own
    plans, the rows (from merged plans) are grouped by their ``enhet``."""
    categories = list(ws.strategy.categories) if ws.strategy else []
    order = {fold(c): i for i, c in enumerate(categories)}

    def in_order(found: list[Context]) -> list[Context]:
        return sorted(found, key=lambda r: order.get(fold(r["category"]), len(order)))

    groups: dict[str, list[Context]] = {}
    if ws.plan_docs:
        for row in rows:
            groups.setdefault(row["file"], []).append(row)
        docs = sorted(ws.plan_docs, key=lambda d: (fold(d.model.unit), d.model.unit, d.rel))
        return [
            _unit(doc.model.unit, doc.rel, doc.model, in_order(groups.get(doc.rel, [])))
            for doc in docs
        ]
    for row in rows:
        groups.setdefault(row["unit"], []).append(row)
    return [
        _unit(unit, groups[unit][0]["file"], None, in_order(groups[unit]))
        for unit in sorted(groups, key=lambda u: (fold(u), u))
    ]


def _unit(name: str, file: str, plan: Plan | None, mine: list[Context]) -> Context:
    counts = Counter(r["status"] for r in mine)
    return {
        "unit": name,
        "file": file,
        "year": plan.year if plan else None,
        "mission": plan.mission if plan else None,
        "goal_text": plan.goal_text if plan else None,
        "activities": mine,
        "by_status": [{"status": s, "count": counts[s]} for s in STATUSES],
        "overdue": sum(r["overdue"] for r in mine),
    }
