"""The money in the plans: budget and utfall in kronor, summed per kategori, roll, enhet,
mål, kraftsamling and source of funding.

An activity with a budget counts once in every sum but the one per mål, where it counts
for each goal it serves (its kronor are not split: nobody wrote how). That sum is therefore
not a total, and the context says so (``overlapping``) for the templates to print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Context = dict[str, Any]


def section(rows: list[Context], goals_of: Callable[[Context], Iterable[str]]) -> Context:
    """Sums of ``budget_kr`` and ``utfall_kr`` over ROWS; GOALS_OF names the mål a row
    serves (directly or through a prioritering)."""
    budgeted = [r for r in rows if r["budget_kr"] is not None]
    total = sum(r["budget_kr"] for r in budgeted)
    linked = sum(r["budget_kr"] for r in budgeted if r["contributes_to"])
    return {
        "budget_kr": total,
        "spent_kr": sum(r["spent_kr"] or 0 for r in rows),
        "with_budget": len(budgeted),
        "without_budget": len(rows) - len(budgeted),
        "linked_kr": linked,
        "linked_share": linked / total if total else None,
        "by_funding": _sums(budgeted, lambda r: [r["funding"]]),
        "by_category": _sums(budgeted, lambda r: [r["category"]]),
        "by_role": _sums(budgeted, lambda r: [r["role"]]),
        "by_unit": _sums(budgeted, lambda r: [r["unit"]]),
        "by_kraftsamling": _sums(budgeted, lambda r: [r["kraftsamling"]])
        if any(r["kraftsamling"] for r in budgeted)
        else [],
        "by_goal": _sums(budgeted, lambda r: list(goals_of(r)) or [None]),
    }


def _sums(rows: list[Context], keys: Callable[[Context], list[str | None]]) -> list[Context]:
    """One line per key (None: not stated), largest budget first."""
    lines: dict[str | None, Context] = {}
    for row in rows:
        for key in dict.fromkeys(keys(row)):
            line = lines.setdefault(key, {"key": key, "budget_kr": 0, "spent_kr": 0, "count": 0})
            line["budget_kr"] += row["budget_kr"]
            line["spent_kr"] += row["spent_kr"] or 0
            line["count"] += 1
    return sorted(lines.values(), key=lambda s: (s["key"] is None, -s["budget_kr"], s["key"]))
