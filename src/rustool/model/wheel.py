"""The årshjul: the yearly (or per mandate period) cycle of events."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model
from .types import Cycle, EventType, Id, Int, Months, Text


class Event(Model):
    id: Id = Field(description="Unik id för händelsen, t.ex. H01.")
    name: Text = Field(alias="namn", description="Händelsens namn.")
    months: Months = Field(alias="månad", description="Månad 1–12, eller en lista som [3, 4].")
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
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")


class Wheel(Model):
    """Ett årshjul."""

    kind: Literal["årshjul"] = Field(alias="typ", description="Filens typ: årshjul.")
    id: Id = Field(description="Årshjulets id.")
    name: str | None = Field(None, alias="namn", description="Årshjulets namn.")
    strategy: Id = Field(alias="strategi", description="Id för strategin som årshjulet hör till.")
    cycle: Cycle = Field(
        "år", alias="cykel", description="år eller mandatperiod: hur ofta hjulet går runt."
    )
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    events: list[Event] = Field(alias="händelser", description="Årshjulets händelser.")
