"""rustool.yaml: which rules run, at which severity, and where."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model
from .when import FollowUpRhythm, StatutoryStep

Severity = Literal["error", "warning", "fel", "varning"]


class Config(Model):
    """Inställningar för rustool i arbetsytan."""

    select: list[str] = Field(
        default_factory=list,
        alias="välj",
        description="Regler som körs (koder eller prefix som RUS3); tom lista betyder alla.",
    )
    ignore: list[str] = Field(
        default_factory=list, alias="ignorera", description="Regler som inte körs."
    )
    severity: dict[str, Severity] = Field(
        default_factory=dict,
        alias="allvarlighet",
        description="Allvarlighet per regel: fel eller varning.",
    )
    per_path_ignores: dict[str, list[str]] = Field(
        default_factory=dict,
        alias="ignorera_per_sökväg",
        description="Glob-mönster för sökvägar → regler som inte gäller där.",
    )
    exclude: list[str] = Field(
        default_factory=list,
        alias="exkludera",
        description="Glob-mönster för filer som hoppas över.",
    )
    language: Literal["sv", "en"] | None = Field(
        None, alias="språk", description="Språk för meddelanden och rapporter: sv eller en."
    )
    follow_up: FollowUpRhythm | None = Field(
        None,
        alias="uppföljning",
        description="Enheternas uppföljningsrytm: tertial, kvartal eller månad (eller "
        "{rytm, händelse, frist_dagar}); gäller före strategins.",
    )
    statutory: list[StatutoryStep] | None = Field(
        None,
        alias="lagkrav",
        description="Stegen årshjulen ska ha (RUS805); standard alla tre: årsrapport, "
        "anslag-1:1, aktualitetsprövning. En tom lista stänger av kontrollen.",
    )
