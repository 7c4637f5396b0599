"""The report's coverage section: the numbers of :mod:`rustool.coverage`, as template data.

Nothing is counted again here; this only reshapes a :class:`~rustool.coverage.Coverage`
into plain lists and dicts and adds what only the report needs (the heat-map level of each
cell of the kategori × område matrix).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..coverage import Coverage, Share

Context = dict[str, Any]
HEAT_LEVELS = 4


def heat_level(count: int, most: int) -> int:
    """0 for nothing, else 1–4 by quarter of the largest count in the matrix."""
    if count <= 0 or most <= 0:
        return 0
    return min(HEAT_LEVELS, -(-HEAT_LEVELS * count // most))


def section(cov: Coverage | None) -> Context | None:
    if cov is None:
        return None
    areas = cov.areas
    most = max((n for row in cov.categories for n in row.by_area.values()), default=0)
    wheel = cov.wheel
    return {
        "source": cov.source,
        "ignored_merged": list(cov.ignored_merged),
        "activities": cov.activities,
        "areas": [
            {"id": a.id, "name": a.name, "count": a.activities, "direct": a.direct} for a in areas
        ],
        "matrix": [
            {
                "category": row.name,
                "known": row.known,
                "total": row.activities,
                "overdue": row.overdue,
                "cells": [
                    {
                        "area": a.id,
                        "count": row.by_area.get(a.id, 0),
                        "level": heat_level(row.by_area.get(a.id, 0), most),
                    }
                    for a in areas
                ],
            }
            for row in cov.categories
        ],
        "roles": [{"role": r.name, "known": r.known, "count": r.activities} for r in cov.roles],
        "no_role": cov.no_role,
        "nodes": [
            {
                "id": n.id,
                "kind": n.kind,
                "name": n.name,
                "parent": n.parent,
                "depth": n.depth,
                "count": n.activities,
                "direct": n.direct,
                "followed_up": n.followed_up,
                "indicators": n.indicators,
            }
            for n in cov.nodes
        ],
        "uncovered": [
            {"id": n.id, "kind": n.kind, "name": n.name}
            for n in cov.nodes
            if n.kind != "område" and not n.activities
        ],
        "empty_categories": list(cov.empty_categories),
        "unused_roles": list(cov.unused_roles),
        "linked": _share(cov.linked),
        "with_owner": _share(cov.with_owner),
        "unknown_references": [
            {"id": k, "count": v} for k, v in sorted(cov.unknown_references.items())
        ],
        "goals_without_indicator": _named(cov, cov.indicators.goals_without_indicator),
        "goals_without_follow_up": (_named(cov, wheel.goals_without_follow_up) if wheel else None),
        "by_month": [{"month": m, "count": c} for m, c in sorted(cov.by_month.items())],
        "units": [
            {
                "name": u.name,
                "activities": u.activities,
                "overdue": u.overdue,
                "linked": u.linked,
                "with_owner": u.with_owner,
            }
            for u in cov.units
        ],
    }


def _share(share: Share) -> Context:
    return {"count": share.count, "total": share.total, "share": share.share}


def _named(cov: Coverage, ids: tuple[str, ...]) -> list[Context]:
    out = []
    for node_id in ids:
        node = cov.node(node_id)
        out.append({"id": node_id, "name": node.name if node else node_id})
    return out
