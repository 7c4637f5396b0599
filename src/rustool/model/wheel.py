"""The årshjul: the yearly (or per mandate period) cycle of events."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import Model
from .types import Cycle, EventType, Id, Int, Months, Text, Year
from .when import Audience, Day, Days, StatutoryStep


class Event(Model):
    id: Id = Field(description="Unik id för händelsen, t.ex. H01.")
    name: Text = Field(alias="namn", description="Händelsens namn.")
    months: Months = Field(
        default_factory=list,
        alias="månad",
        description="Månad 1–12, eller en lista som [3, 4]; kan utelämnas när datum eller "
        "senast anges.",
    )
    dates: Days = Field(
        default_factory=list,
        alias="datum",
        description="Dagen eller dagarna händelsen äger rum: ÅÅÅÅ-MM-DD det året, MM-DD varje "
        "år, med tid om den behövs (2026-02-18 13:00-15:30).",
    )
    deadlines: Days = Field(
        default_factory=list,
        alias="senast",
        description="Frist: dagen eller dagarna något ska vara klart, som datum.",
    )
    kind: EventType = Field(
        alias="typ",
        description="planering, beslut, dialog, rapport, uppföljning eller lärande.",
    )
    audience: list[Text] = Field(default_factory=list, alias="målgrupp", description="Målgrupper.")
    owner: str | None = Field(None, alias="ansvarig", description="Ansvarig enhet eller person.")
    links: list[str] = Field(
        default_factory=list,
        alias="kopplar_till",
        description="Id för strategins områden, mål eller prioriteringar som händelsen rör.",
    )
    mandate_years: list[Int] = Field(
        default_factory=list,
        alias="mandatår",
        description="År i mandatperioden (1–4); bara när cykel är mandatperiod.",
    )
    statutory: StatutoryStep | None = Field(
        None,
        alias="lagkrav",
        description="Steget som lag eller förordning kräver: årsrapport (till regeringen), "
        "anslag-1:1 (fördelningen av medlen) eller aktualitetsprövning (av strategin).",
    )
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")

    @model_validator(mode="after")
    def _months_from_days(self) -> Event:
        """An event with only `datum` or `senast` falls in the months of its days."""
        if not self.months:
            self.months = sorted({d.month for d in (*self.dates, *self.deadlines)})
        if not self.months:
            raise PydanticCustomError("event_when", "an event needs månad, datum or senast")
        return self

    @property
    def days(self) -> list[Day]:
        """Its days and deadlines, as written."""
        return [*self.dates, *self.deadlines]


class Wheel(Model):
    """Ett årshjul."""

    kind: Literal["årshjul"] = Field(alias="typ", description="Filens typ: årshjul.")
    id: Id = Field(description="Årshjulets id.")
    name: str | None = Field(None, alias="namn", description="Årshjulets namn.")
    strategy: Id = Field(alias="strategi", description="Id för strategin som årshjulet hör till.")
    audience: Audience = Field(
        "extern",
        alias="publik",
        description="extern (länets aktörer får se det) eller intern (bara förvaltningen).",
    )
    cycle: Cycle = Field(
        "år", alias="cykel", description="år eller mandatperiod: hur ofta hjulet går runt."
    )
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    committee: str | None = Field(
        None, alias="nämnd", description="Nämnden vars sammanträden hjulet listar."
    )
    meetings: dict[Year, Days] = Field(
        default_factory=dict,
        alias="sammanträden",
        description="Nämndens sammanträden per år: år → lista med datum.",
    )
    events: list[Event] = Field(alias="händelser", description="Årshjulets händelser.")
