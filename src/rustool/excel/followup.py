"""The tertial follow-up form: what a unit's answers change in its plan.

Each row with a new status or a comment gives its activity an `uppföljning` entry for the
form's period (or updates the entry the period already has, so importing the same form
twice changes nothing the second time), and the new status becomes the activity's status.
"""

from __future__ import annotations

from typing import Any

from . import findings
from .changes import _INVALID, Change, FollowUp, SetValue, parse
from .findings import Finding
from .sheet import Table


def followup_changes(
    table: Table, plan: dict[str, Any], file: str, period: str, out: list[Finding]
) -> list[Change]:
    activities = {
        str(a["id"]): a for a in plan.get("aktiviteter") or [] if isinstance(a, dict) and "id" in a
    }
    changes: list[Change] = []
    for row in table.rows:
        activity_id = row.values.get("id")
        new_status = row.values.get("ny_status")
        comment = row.values.get("kommentar")
        if new_status is None and comment is None:
            continue
        if activity_id is None or activity_id not in activities:
            where = row.where.get("id", row.at)
            out.append(
                findings.error(
                    findings.FOREIGN_ID, "excel.unknown_id", where, id=activity_id or "", file=file
                )
            )
            continue
        activity = activities[activity_id]
        where = row.where.get("ny_status", row.at)
        if new_status is not None:
            new_status = parse(table.columns["ny_status"], new_status, None, where, out)
            if new_status is _INVALID:
                continue
        status = new_status or activity.get("status")
        entry: dict[str, Any] = {"period": period, "status": status}
        if comment is not None:
            entry["kommentar"] = comment
        if _entry_for(activity, period) != entry:
            changes.append(FollowUp(activity_id, entry, where))
        if new_status is not None and new_status != activity.get("status"):
            changes.append(SetValue(activity_id, "status", new_status, where))
    return changes


def _entry_for(activity: dict[str, Any], period: str) -> dict[str, Any] | None:
    for entry in activity.get("uppföljning") or []:
        if isinstance(entry, dict) and str(entry.get("period")) == period:
            return entry
    return None
