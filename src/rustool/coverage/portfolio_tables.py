"""The portfolio's sections of the table and Markdown formats: kraftsamlingar, principles,
actor types per month and activities per kommun (each only where the workspace has them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import numbers
from ..model.actors import ACTOR_TYPES
from ..model.types import STATUSES
from .output import Table, label

if TYPE_CHECKING:
    from .result import Coverage


def tables(cov: Coverage, lang: str) -> Iterator[Table]:
    portfolio = cov.portfolio
    if portfolio is None:
        return

    def col(key: str) -> str:
        return label(f"col.{key}", lang)

    if portfolio.kraftsamlingar:
        rows = [
            [
                f"{k.id} {k.name}",
                k.mandate_period or "",
                k.activities,
                *(k.by_status.get(s, 0) for s in STATUSES),
                numbers.kronor(k.kronor, lang),
                numbers.kronor(k.budget_frame_kr, lang) if k.budget_frame_kr is not None else "",
                ", ".join(k.goals_reached),
            ]
            for k in portfolio.kraftsamlingar
        ]
        yield Table(
            label("section.kraftsamlingar", lang),
            [
                col("kraftsamling"),
                col("mandate_period"),
                col("activities"),
                *(label(f"status.{s}", lang) for s in STATUSES),
                col("kronor"),
                col("budget_frame"),
                col("goals_reached"),
            ],
            rows,
            "ll" + "r" * (len(STATUSES) + 3) + "l",
            notes=[label("without_kraftsamling", lang, count=portfolio.without_kraftsamling)],
            gaps=(2,),
        )
    if portfolio.principles:
        yield Table(
            label("section.principles", lang),
            [col("principle"), col("activities")],
            [[name, count] for name, count in portfolio.principles.items()],
            "lr",
            gaps=(1,),
        )
    if portfolio.actor_months is not None:
        yield Table(
            label("section.actors", lang),
            [col("actor_type"), *(label(f"month_short.{m}", lang) for m in range(1, 13))],
            [[t, *portfolio.actor_months[t].values()] for t in ACTOR_TYPES],
            "l" + "r" * 12,
            notes=[
                label(
                    "internal_events",
                    lang,
                    internal=len(portfolio.internal_events),
                    external=len(portfolio.external_events),
                )
            ],
        )
    if portfolio.by_kommun:
        yield Table(
            label("section.kommuner", lang),
            [col("kommunkod"), col("kommun"), col("activities")],
            [[code, v["name"], v["activities"]] for code, v in portfolio.by_kommun.items()],
            "llr",
        )
