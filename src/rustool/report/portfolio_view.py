"""The report's portfolio section: kraftsamlingar, principles and roles with kronor, from
:mod:`rustool.coverage.portfolio` (nothing counted again here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..coverage import Coverage

Context = dict[str, Any]


def section(cov: Coverage | None) -> Context | None:
    portfolio = cov.portfolio if cov is not None else None
    if portfolio is None:
        return None
    total_kr = sum(r.kronor for r in portfolio.roles)
    return {
        "kraftsamlingar": [
            {
                "id": k.id,
                "name": k.name,
                "mandate_period": k.mandate_period,
                "budget_frame_kr": k.budget_frame_kr,
                "activities": k.activities,
                "activity_ids": list(k.activity_ids),
                "kronor": k.kronor,
                "by_status": dict(k.by_status),
                "by_category": dict(sorted(k.by_category.items())),
                "by_role": dict(sorted(k.by_role.items())),
                "goals_reached": list(k.goals_reached),
                "efforts_by_year": dict(k.efforts_by_year),
            }
            for k in portfolio.kraftsamlingar
        ],
        "without_kraftsamling": portfolio.without_kraftsamling,
        "principles": [{"name": n, "activities": c} for n, c in portfolio.principles.items()],
        "roles": [
            {
                "name": r.name,
                "main": r.main,
                "involved": r.involved,
                "kronor": r.kronor,
                "kronor_share": r.kronor / total_kr if total_kr else None,
            }
            for r in portfolio.roles
        ],
        "by_kommun": [
            {"code": code, "name": v["name"], "activities": v["activities"]}
            for code, v in portfolio.by_kommun.items()
        ],
    }
