"""What a sheet changes in its plan: values, new activities, removed ones, follow-ups.

The sheet is compared with the plan's data as written, value by value, so an unchanged
cell is no change whatever the YAML's quoting or style. Each change keeps the cell it came
from, so whatever is wrong with it later (validate's findings too) is said at the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model.types import STATUSES, parse_due
from ..suggest import closest
from . import findings
from .columns import Column, Kind, parse_int, same, split_list
from .findings import Finding
from .sheet import Row, Table

ACTIVITY_ORDER = (
    "id",
    "kategori",
    "aktivitet",
    "syfte",
    "mål",
    "ansvarig",
    "klart_senast",
    "kommentar",
    "bidrar_till",
    "roll",
    "status",
    "målgrupp",
    "budget_kr",
    "uppföljning",
)
"""Where a key a cell adds goes in an activity: after the nearest one before it here."""
PLAN_ORDER = ("typ", "enhet", "strategi", "år", "uppdrag", "mål", "bidrar_till", "uppföljning")
FOLLOWUP_ORDER = ("period", "status", "kommentar")
DEFAULT_STATUS = "planerad"


@dataclass(slots=True)
class SetValue:
    """KEY of an activity (or of the plan, when ``activity`` is None) becomes VALUE;
    None removes the key."""

    activity: str | None
    key: str
    value: Any
    where: str


@dataclass(slots=True)
class AddActivity:
    values: dict[str, Any]
    where: str
    cells: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RemoveActivity:
    activity: str
    where: str


@dataclass(slots=True)
class FollowUp:
    """An `uppföljning` entry for PERIOD (added, or the period's entry updated)."""

    activity: str
    entry: dict[str, Any]
    where: str


Change = SetValue | AddActivity | RemoveActivity | FollowUp


@dataclass(slots=True)
class Ids:
    """The workspace's ids, and the ones given to new rows so far."""

    taken: set[str]
    owner: dict[str, str] = field(default_factory=dict)
    """Activity id → the plan file it is in."""
    _last: dict[str, int] = field(default_factory=dict)

    def next_in(self, series: tuple[str, int]) -> str:
        """The next free id of SERIES: one above the highest number with its prefix."""
        prefix, width = series
        if prefix not in self._last:
            pattern = re.compile(re.escape(prefix) + r"([0-9]+)")
            numbers = [int(m.group(1)) for i in self.taken if (m := pattern.fullmatch(i))]
            self._last[prefix] = max(numbers, default=0)
        number = self._last[prefix] + 1
        new = f"{prefix}{number:0{width}d}"
        while new in self.taken:  # a number with another width, or taken by hand
            number += 1
            new = f"{prefix}{number:0{width}d}"
        self._last[prefix] = number
        self.taken.add(new)
        return new


def series(ids: list[str], unit: str) -> tuple[str, int]:
    """The prefix and number width of a plan's ids (KF-001 → ("KF-", 3)); from the unit's
    initials when the plan has none ("Enheten för kunskap och analys" → "KA-")."""
    counts: dict[tuple[str, int], int] = {}
    for activity_id in ids:
        match = re.fullmatch(r"(.*?)([0-9]+)", activity_id)
        if match:
            key = (match.group(1), len(match.group(2)))
            counts[key] = counts.get(key, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k])
    words = [w for w in re.findall(r"\w+", unit) if w.casefold() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words[:3]).upper() or "A"
    return f"{initials}-", 3


_SMALL_WORDS = {"enheten", "enhet", "för", "och", "i", "av", "med", "till", "avdelningen"}


def plan_changes(
    table: Table,
    plan: dict[str, Any],
    file: str,
    ids: Ids,
    allow_delete: bool,
    out: list[Finding],
) -> list[Change]:
    """The changes TABLE (a plan sheet) makes to PLAN (its data as written)."""
    changes: list[Change] = list(_header_changes(table, plan))
    activities = {
        str(a["id"]): a for a in plan.get("aktiviteter") or [] if isinstance(a, dict) and "id" in a
    }
    seen: dict[str, str] = {}
    own_series = series(list(activities), str(plan.get("enhet") or ""))
    category: str | None = None
    for row in table.rows:
        values = row.values
        activity_id = values.get("id")
        if activity_id is None and values.get("kategori") and not _others(values, "kategori"):
            category = values["kategori"]  # the heading row of a category's block
            continue
        if activity_id is not None:
            if activity_id in seen:
                out.append(
                    findings.error(
                        findings.DUPLICATE_ID,
                        "excel.duplicate_id",
                        row.where["id"],
                        id=activity_id,
                        first=seen[activity_id],
                    )
                )
                continue
            seen[activity_id] = row.where["id"]
        if activity_id in activities:
            changes += _value_changes(table, row, activities[activity_id], out)
        elif activity_id is not None and activity_id in ids.owner:
            out.append(
                findings.error(
                    findings.FOREIGN_ID,
                    "excel.foreign_id",
                    row.where["id"],
                    id=activity_id,
                    file=ids.owner[activity_id],
                )
            )
        else:
            new = _new_activity(table, row, category, out)
            if new is not None:
                new["id"] = activity_id or ids.next_in(own_series)
                if activity_id:
                    ids.taken.add(activity_id)
                ordered = {k: new[k] for k in ACTIVITY_ORDER if k in new}
                changes.append(AddActivity(ordered, row.at, dict(row.where)))
    for activity_id in activities:
        if activity_id not in seen:
            where = table.name
            if allow_delete:
                changes.append(RemoveActivity(activity_id, where))
            else:
                out.append(
                    findings.warning(
                        findings.MISSING_ROW, "excel.missing_row", where, id=activity_id, file=file
                    )
                )
    return changes


def _others(values: dict[str, str | None], key: str) -> bool:
    return any(v is not None for k, v in values.items() if k != key)


def _header_changes(table: Table, plan: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for key, (text, where) in table.header.items():
        current = plan.get(key)
        if _complex(current):  # shown for reading only
            continue
        kind: Kind = "list" if key == "bidrar_till" else "text"
        if not same(current, text, kind):
            value = split_list(text) if kind == "list" and text else text
            changes.append(SetValue(None, key, value or None, where))
    return changes


def _complex(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(v, dict | list) for v in value)
    )


def _value_changes(
    table: Table, row: Row, activity: dict[str, Any], out: list[Finding]
) -> list[Change]:
    changes: list[Change] = []
    for key, column in table.columns.items():
        if key == "id":
            continue
        current = activity.get(key)
        text = row.values.get(key)
        if _complex(current) or same(current, text, column.kind):
            continue
        value = parse(column, text, current, row.where[key], out)
        if value is not _INVALID:
            changes.append(SetValue(str(activity["id"]), key, value, row.where[key]))
    return changes


def _new_activity(
    table: Table, row: Row, category: str | None, out: list[Finding]
) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    for key, column in table.columns.items():
        if key == "id":
            continue
        value = parse(column, row.values.get(key), None, row.where[key], out, new=True)
        if value is not None and value is not _INVALID:
            values[key] = value
    values.setdefault("kategori", category)
    values.setdefault("status", DEFAULT_STATUS)
    if not values.get("aktivitet"):
        where = row.where.get("aktivitet", row.at)
        out.append(findings.error(findings.BAD_CELL, "excel.new_row_title", where))
        return None
    if not values.get("kategori"):
        where = row.where.get("kategori", row.at)
        out.append(findings.error(findings.BAD_CELL, "excel.required", where, column="kategori"))
        return None
    return values


_INVALID = object()


def parse(
    column: Column,
    text: str | None,
    current: Any,
    where: str,
    out: list[Finding],
    new: bool = False,
) -> Any:
    """The YAML value for a cell's TEXT (None: remove the key); _INVALID after a finding."""
    if text is None:
        if column.required and not new:
            out.append(
                findings.error(findings.BAD_CELL, "excel.required", where, column=column.key)
            )
            return _INVALID
        return None
    text = text.strip() if column.kind != "text" else text
    if column.kind == "list":
        items = split_list(text)
        if column.key == "roll" and len(items) == 1 and not isinstance(current, list):
            return items[0]
        return items or None
    if column.kind == "int":
        number = parse_int(text)
        if number is None:
            out.append(findings.error(findings.BAD_CELL, "excel.not_number", where, value=text))
            return _INVALID
        return number
    if column.kind == "due":
        try:
            parse_due(text)
        except ValueError:
            out.append(findings.error(findings.BAD_CELL, "excel.bad_due", where, value=text))
            return _INVALID
        return int(text) if re.fullmatch(r"[0-9]{4}", text) else text
    if column.key in ("status", "ny_status") and text not in STATUSES:
        found = findings.error(findings.BAD_CELL, "excel.bad_status", where, value=text)
        found.suggestion = closest(text, STATUSES)
        out.append(found)
        return _INVALID
    return text
