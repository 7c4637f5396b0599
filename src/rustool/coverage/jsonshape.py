"""The JSON document of ``rustool coverage --format json``.

SPEC.md fixes ``by_category``, ``by_node``, ``uncovered``, ``by_role`` and ``by_month``
(months as the keys "1" … "12"); the rest extends it with every number the command shows.
"""

from __future__ import annotations

from typing import Any

from .result import Coverage, Share


def as_dict(cov: Coverage) -> dict[str, Any]:
    wheel = cov.wheel
    return {
        "strategy": {"id": cov.strategy_id, "name": cov.strategy_name},
        "filters": {
            "year": cov.filters.year,
            "units": list(cov.filters.units),
            "statuses": list(cov.filters.statuses),
        },
        "today": cov.today.isoformat(),
        "source": cov.source,
        "ignored_merged": list(cov.ignored_merged),
        "activities": cov.activities,
        "by_status": dict(cov.by_status),
        "overdue": cov.overdue,
        "by_category": cov.by_category,
        "categories": [
            {
                "name": r.name,
                "known": r.known,
                "activities": r.activities,
                "by_status": dict(r.by_status),
                "overdue": r.overdue,
                "by_area": dict(r.by_area),
            }
            for r in cov.categories
        ],
        "matrix": {r.name: dict(r.by_area) for r in cov.categories},
        "empty_categories": list(cov.empty_categories),
        "by_node": cov.by_node,
        "nodes": [
            {
                "id": r.id,
                "kind": r.kind,
                "name": r.name,
                "parent": r.parent,
                "activities": r.activities,
                "direct": r.direct,
                "activity_ids": list(r.activity_ids),
                "followed_up": r.followed_up,
                "indicators": r.indicators,
            }
            for r in cov.nodes
        ],
        "uncovered": list(cov.uncovered),
        "by_role": cov.by_role,
        "roles": [
            {"name": r.name, "known": r.known, "activities": r.activities} for r in cov.roles
        ],
        "no_role": cov.no_role,
        "unused_roles": list(cov.unused_roles),
        "by_unit": {u.name: u.activities for u in cov.units},
        "units": [
            {
                "name": u.name,
                "files": list(u.files),
                "activities": u.activities,
                "linked": u.linked,
                "with_owner": u.with_owner,
                "overdue": u.overdue,
                "by_status": dict(u.by_status),
            }
            for u in cov.units
        ],
        "linked": _share(cov.linked),
        "with_owner": _share(cov.with_owner),
        "unknown_references": dict(sorted(cov.unknown_references.items())),
        "by_month": {str(m): n for m, n in cov.by_month.items()},
        "wheel": None
        if wheel is None
        else {
            "id": wheel.id,
            "name": wheel.name,
            "cycle": wheel.cycle,
            "events": wheel.events,
            "months": {str(r.month): list(r.events) for r in wheel.months},
            "empty_months": list(wheel.empty_months),
            "follow_up_events": list(wheel.follow_up_events),
            "goals_without_follow_up": list(wheel.goals_without_follow_up),
            "mandate_years": {k: list(v) for k, v in wheel.mandate_years.items()},
            "by_mandate_year": None
            if wheel.by_mandate_year is None
            else {
                str(y): {str(m): n for m, n in months.items()}
                for y, months in wheel.by_mandate_year.items()
            },
            "unknown_links": list(wheel.unknown_links),
        },
        "portfolio": portfolio_dict(cov),
        "indicators": {
            "goals": cov.indicators.goals,
            "goals_with_indicator": cov.indicators.goals_with_indicator,
            "goals_with_baseline_and_target": cov.indicators.goals_with_baseline_and_target,
            "indicators": cov.indicators.indicators,
            "with_baseline": cov.indicators.with_baseline,
            "with_target": cov.indicators.with_target,
            "with_baseline_and_target": cov.indicators.with_baseline_and_target,
            "with_outcome": cov.indicators.with_outcome,
            "goals_without_indicator": list(cov.indicators.goals_without_indicator),
        },
    }


def _share(share: Share) -> dict[str, Any]:
    value = share.share
    return {
        "count": share.count,
        "total": share.total,
        "share": None if value is None else round(value, 4),
    }


def portfolio_dict(cov: Coverage) -> dict[str, Any] | None:
    """Kraftsamlingar, principles, roles with kronor, actors × month and kommuner."""
    p = cov.portfolio
    if p is None:
        return None
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
                "by_category": dict(k.by_category),
                "by_role": dict(k.by_role),
                "goals_reached": list(k.goals_reached),
                "efforts_by_year": {str(y): n for y, n in k.efforts_by_year.items()},
            }
            for k in p.kraftsamlingar
        ],
        "without_kraftsamling": p.without_kraftsamling,
        "by_principle": dict(p.principles),
        "roles": [
            {"name": r.name, "main": r.main, "involved": r.involved, "kronor": r.kronor}
            for r in p.roles
        ],
        "kronor_by_role": {r.name: r.kronor for r in p.roles},
        "actor_months": None
        if p.actor_months is None
        else {t: {str(m): n for m, n in months.items()} for t, months in p.actor_months.items()},
        "internal_events": list(p.internal_events),
        "external_events": list(p.external_events),
        "by_kommun": dict(p.by_kommun),
        "levels": dict(p.levels),
    }
