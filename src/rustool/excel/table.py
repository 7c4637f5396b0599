"""What an export holds, before it becomes a workbook or a CSV file: one sheet per plan.

The sheets are built from the plans' data as written (not the validated model), so that
a cell shows exactly the value the YAML holds and an unchanged cell compares equal on the
way back. The lists (categories, roles, statuses, goal ids) feed the drop-downs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model.types import ACTIVE_STATUSES, DEFAULT_CATEGORIES, DEFAULT_ROLES, STATUSES
from ..workspace import Document, Workspace

MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_UNIT_PREFIX = re.compile(r"^(?:enheten|enhet|avdelningen|avdelning)\s+för\s+", re.IGNORECASE)


@dataclass(slots=True)
class Sheet:
    """One plan as a sheet: where it came from and the values it shows."""

    name: str
    file: str
    """The plan's path relative to the workspace root."""
    unit: str
    year: Any
    header: dict[str, Any]
    """The plan's own keys shown above the table (uppdrag, mål, …)."""
    activities: list[dict[str, Any]]


@dataclass(slots=True)
class Lists:
    """The drop-downs' values."""

    categories: list[str]
    roles: list[str]
    statuses: list[str] = field(default_factory=lambda: list(STATUSES))
    goals: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Export:
    sheets: list[Sheet]
    lists: Lists
    period: str | None = None
    """The follow-up period, for the tertial form; None for the plan itself."""


def build(ws: Workspace, docs: list[Document], period: str | None = None) -> Export:
    """The export of DOCS (plans of WS), or their follow-up form for PERIOD."""
    strategy = ws.strategy
    categories = list(strategy.categories if strategy else DEFAULT_CATEGORIES)
    roles = list(strategy.roles if strategy else DEFAULT_ROLES)
    sheets: list[Sheet] = []
    used: set[str] = set()
    for doc in docs:
        data = doc.data
        activities = [a for a in data.get("aktiviteter") or [] if isinstance(a, dict)]
        if period is not None:
            activities = [a for a in activities if a.get("status") in ACTIVE_STATUSES]
        for activity in activities:
            category = activity.get("kategori")
            if isinstance(category, str) and category not in categories:
                categories.append(category)
        unit = str(data.get("enhet") or doc.rel)
        name = sheet_name(unit, used)
        used.add(name.casefold())
        header = {key: data.get(key) for key in ("uppdrag", "mål", "bidrar_till", "uppföljning")}
        sheets.append(Sheet(name, doc.rel, unit, data.get("år"), header, activities))
    lists = Lists(categories, roles, goals=sorted(ws.nodes, key=_natural))
    return Export(sheets, lists, period)


def blocks(sheet: Sheet, categories: list[str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The template's blocks: each category in the strategy's order with its activities
    (in the plan's order); activities without a category come last, under an empty one."""
    by_category: dict[str, list[dict[str, Any]]] = {c: [] for c in categories}
    loose: list[dict[str, Any]] = []
    for activity in sheet.activities:
        category = activity.get("kategori")
        if isinstance(category, str) and category in by_category:
            by_category[category].append(activity)
        else:
            loose.append(activity)
    result = list(by_category.items())
    if loose:
        result.append(("", loose))
    return result


def sheet_name(unit: str, used: set[str]) -> str:
    """A sheet name from a unit's name: "Enheten för näringsliv" → "Näringsliv", within
    Excel's 31 characters and without the characters it forbids, unique in the workbook."""
    base = _SHEET_FORBIDDEN.sub(" ", _UNIT_PREFIX.sub("", unit)).strip(" '") or "Plan"
    base = base[0].upper() + base[1:]
    name = base[:MAX_SHEET_NAME].rstrip()
    number = 2
    while name.casefold() in used or name.casefold() in _RESERVED:
        suffix = f" ({number})"
        name = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        number += 1
    return name


_RESERVED = {"läs mig", "read me", "listor", "lists", "history"}


def _natural(text: str) -> list[Any]:
    """M1.10 after M1.9."""
    return [int(p) if p.isdigit() else p for p in re.split(r"([0-9]+)", text)]
