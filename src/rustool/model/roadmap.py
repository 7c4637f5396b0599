"""The rolling färdplan: per year, the insatser planned for each kraftsamling or riktning."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model
from .types import Id, Kronor, Text, Year


class Effort(Model):
    id: Id = Field(description="Unik id för insatsen, t.ex. F27-01.")
    name: Text = Field(alias="namn", description="Insatsens namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    kraftsamling: Id | None = Field(
        None, description="Id för kraftsamlingen som insatsen hör till, t.ex. K1."
    )
    contributes_to: list[str] = Field(
        default_factory=list,
        alias="bidrar_till",
        description="Id för strategins noder (t.ex. en riktning) som insatsen tjänar.",
    )
    owner: str | None = Field(None, alias="ansvarig", description="Ansvarig enhet eller aktör.")
    budget_kr: Kronor | None = Field(None, description="Planerad budget i kronor.")


class RoadmapYear(Model):
    year: Year = Field(alias="år", description="Året insatserna planeras för.")
    efforts: list[Effort] = Field(
        default_factory=list, alias="insatser", description="Årets planerade insatser."
    )


class Roadmap(Model):
    """Den rullande färdplanen, som revideras varje år."""

    kind: Literal["färdplan"] = Field(alias="typ", description="Filens typ: färdplan.")
    id: Id = Field(description="Färdplanens id.")
    name: str | None = Field(None, alias="namn", description="Färdplanens namn.")
    strategy: Id = Field(alias="strategi", description="Id för strategin färdplanen genomför.")
    revised: str | None = Field(
        None, alias="reviderad", description="Datum då färdplanen senast reviderades (ÅÅÅÅ-MM-DD)."
    )
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    years: list[RoadmapYear] = Field(alias="år", description="Färdplanens år, i ordning.")
