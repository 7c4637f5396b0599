"""One reporting period (`--period 2026-T2`, `--år 2026`): what changed since the period
before, with each unit's comment, what was done, and what is late and why."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..model.types import DONE_STATUSES, DueDate, parse_due

if TYPE_CHECKING:
    from ..model import Activity, FollowUp

Context = dict[str, Any]


def previous(period: DueDate) -> DueDate:
    """The period of the same length just before PERIOD (T1 2026 → T3 2025)."""
    year = int(period.text[:4])
    kind = period.kind
    if kind == "tertial":
        n = int(period.text[-1])
        return parse_due(f"{year}-T{n - 1}" if n > 1 else f"{year - 1}-T3")
    if kind == "quarter":
        n = int(period.text[-1])
        return parse_due(f"{year}-Q{n - 1}" if n > 1 else f"{year - 1}-Q4")
    if kind == "month":
        month = int(period.text[5:7])
        return parse_due(f"{year}-{month - 1:02d}" if month > 1 else f"{year - 1}-12")
    if kind == "year":
        return parse_due(str(year - 1))
    day = period.first - timedelta(days=1)
    return parse_due(day)


def status_at(activity: Activity, end: date) -> FollowUp | None:
    """The latest follow-up for a period that ends by END."""
    found = [f for f in activity.follow_ups if f.period.last <= end]
    return max(found, key=lambda f: f.period.last) if found else None


def row(activity: Activity, base: Context, period: DueDate) -> Context:
    """The activity as the period sees it (BASE is its report row)."""
    now = status_at(activity, period.last)
    before = status_at(activity, previous(period).last)
    reported = now is not None and period.first <= now.period.last
    status = now.status if reported and now else base["status"]
    comment = (now.comment if reported and now else None) or base["comment"]
    due = activity.due
    late = status == "försenad" or bool(
        due and status not in DONE_STATUSES and due.last <= period.last
    )
    return {
        **base,
        "period_status": status,
        "previous_status": before.status if before else None,
        "changed": reported and (before is None or before.status != status),
        "reported": reported,
        "period_comment": comment,
        "done_in_period": status == "klar"
        and (before is None or before.status != "klar")
        and (reported or bool(due and period.first <= due.last <= period.last)),
        "late_in_period": late and status not in DONE_STATUSES,
        "reason": comment,
    }


def section(rows: list[Context], activities: dict[str, Activity], period: DueDate) -> Context:
    seen = [row(activities[r["id"]], r, period) for r in rows if r["id"] in activities]
    before = previous(period)
    by_due = sorted(seen, key=lambda r: (r["due_date"] or "9999", r["id"]))
    return {
        "period": period.text,
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "previous": before.text,
        "changed": [r for r in by_due if r["changed"]],
        "done": [r for r in by_due if r["done_in_period"]],
        "late": [r for r in by_due if r["late_in_period"]],
        "not_reported": [
            r for r in by_due if not r["reported"] and r["period_status"] not in DONE_STATUSES
        ],
    }
