"""A unit's aktivitetsplan, and the merged plan built from several."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .base import Model
from .types import Code, Due, Id, Kronor, MainRoles, Status, Text, Year


class FollowUp(Model):
    period: Due = Field(description="Perioden uppföljningen avser, t.ex. 2025-T1.")
    status: Status = Field(description="Status vid uppföljningen.")
    comment: str | None = Field(None, alias="kommentar", description="Kommentar.")
    reported: date | None = Field(
        None, alias="datum", description="Dagen uppföljningen gjordes, ÅÅÅÅ-MM-DD."
    )


class Activity(Model):
    id: Id = Field(description="Unik id för aktiviteten, t.ex. KA-001.")
    category: Text = Field(alias="kategori", description="En av strategins kategorier.")
    title: Text = Field(alias="aktivitet", description="Vad som ska göras.")
    purpose: str | None = Field(None, alias="syfte", description="Varför aktiviteten görs.")
    goal_text: str | None = Field(None, alias="mål", description="Vilka mål aktiviteten når.")
    owner: str | None = Field(None, alias="ansvarig", description="Ansvarig person eller roll.")
    due: Due | None = Field(None, alias="klart_senast", description="Klart senast.")
    comment: str | None = Field(None, alias="kommentar", description="Kommentar.")
    contributes_to: list[str] = Field(
        default_factory=list,
        alias="bidrar_till",
        description="Id för strategins mål eller prioriteringar som aktiviteten bidrar till.",
    )
    role: str | None = Field(None, alias="roll", description="Regionens roll i aktiviteten.")
    roles: list[Text] = Field(
        default_factory=list,
        alias="roller",
        description="Regionens roller i aktiviteten, när den tar flera.",
    )
    main_role: MainRoles = Field(
        default_factory=list,
        alias="huvudroll",
        description="Rollen där tyngden ligger, en av aktivitetens roller.",
    )
    kraftsamling: Id | None = Field(
        None, description="Id för strategins kraftsamling som aktiviteten ingår i, t.ex. K1."
    )
    principles: list[Text] = Field(
        default_factory=list,
        alias="principer",
        description="Strategins principer som aktiviteten tillämpar.",
    )
    partners: list[Text] = Field(
        default_factory=list,
        alias="samverkan",
        description="Aktörer (id eller namn i aktörsregistret) som aktiviteten görs med.",
    )
    places: list[Code] = Field(
        default_factory=list,
        alias="geografi",
        description='Var aktiviteten görs: kommunkoder inom citattecken ("0780") eller '
        "kommuner i aktörsregistret.",
    )
    status: Status = Field(description="planerad, pågår, klar, försenad, pausad eller struken.")
    audience: list[Text] = Field(default_factory=list, alias="målgrupp", description="Målgrupper.")
    budget_kr: Kronor | None = Field(None, description="Budget i kronor.")
    funding: Text | None = Field(
        None,
        alias="finansiering",
        description="Varifrån pengarna kommer: en av strategins finansieringskällor "
        "(standard: anslag 1:1, EU-medel, egna medel, länsplan, annat).",
    )
    spent_kr: Kronor | None = Field(
        None, alias="utfall_kr", description="Utfall i kronor hittills, när det är känt."
    )
    follow_ups: list[FollowUp] = Field(
        default_factory=list, alias="uppföljning", description="Uppföljningar i tidsordning."
    )
    unit: str | None = Field(
        None, alias="enhet", description="Enheten aktiviteten kommer från (i en sammanfogad plan)."
    )


class Source(Model):
    file: Text = Field(alias="fil", description="Källplanens sökväg i arbetsytan.")
    unit: Text = Field(alias="enhet", description="Källplanens enhet.")
    sha256: str | None = Field(None, description="Kontrollsumma för källfilen vid sammanfogningen.")
    mission: str | None = Field(None, alias="uppdrag", description="Källplanens uppdrag.")
    goal_text: str | None = Field(None, alias="mål", description="Källplanens mål.")


class Plan(Model):
    """En enhets aktivitetsplan, eller en sammanfogad plan (med källor)."""

    kind: Literal["aktivitetsplan"] = Field(alias="typ", description="Filens typ: aktivitetsplan.")
    unit: Text = Field(alias="enhet", description="Enhetens namn.")
    strategy: Id = Field(alias="strategi", description="Id för strategin planen genomför.")
    year: Year | None = Field(None, alias="år", description="Året planen gäller.")
    mission: str | None = Field(None, alias="uppdrag", description="Enhetens uppdrag.")
    goal_text: str | None = Field(
        None, alias="mål", description="Enhetens mål i verksamhetsplanen."
    )
    contributes_to: list[str] = Field(
        default_factory=list,
        alias="bidrar_till",
        description="Id för strategins områden, mål eller prioriteringar som planen bidrar till.",
    )
    follow_up: str | None = Field(
        None, alias="uppföljning", description="Hur planen följs upp (mallens rad Uppföljning)."
    )
    main_role: MainRoles = Field(
        default_factory=list,
        alias="huvudroll",
        description="Enhetens huvudroll, en av strategins roller.",
    )
    sources: list[Source] = Field(
        default_factory=list,
        alias="källor",
        description="Källplaner, när planen är sammanfogad med rustool merge.",
    )
    activities: list[Activity] = Field(
        default_factory=list, alias="aktiviteter", description="Planens aktiviteter."
    )

    @property
    def is_merged(self) -> bool:
        return bool(self.sources)
