"""The regional development strategy (RUS): områden → mål → prioriteringar, indicators."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from .base import Model
from .types import (
    DEFAULT_CATEGORIES,
    DEFAULT_ROLES,
    CountyCode,
    Direction,
    GlobalGoal,
    Id,
    Number,
    Text,
    Year,
)
from .when import FollowUpRhythm


class Region(Model):
    name: Text = Field(alias="namn", description="Regionens namn, t.ex. Region Dalarna.")
    county_code: CountyCode | None = Field(
        None, alias="länskod", description='Länskod med två siffror inom citattecken, t.ex. "20".'
    )


class Period(Model):
    start: Year = Field(alias="från", description="Första året strategin gäller.")
    end: Year = Field(alias="till", description="Sista året strategin gäller.")

    @property
    def reversed(self) -> bool:
        """Whether the period ends before it starts (RUS309)."""
        return self.end < self.start


class Measurement(Model):
    year: Year = Field(alias="år", description="Året värdet avser.")
    value: Number = Field(alias="värde", description="Värdet, ett ändligt tal.")


class Indicator(Model):
    id: Id = Field(description="Unik id för indikatorn, t.ex. I1.1.1.")
    name: Text = Field(alias="namn", description="Indikatorns namn.")
    kolada: str | None = Field(None, description="Nyckeltalets id i Kolada, t.ex. N00914.")
    unit: str | None = Field(None, alias="enhet", description="Måttenhet, t.ex. procent.")
    direction: Direction = Field(
        alias="riktning", description="Önskad riktning: öka, minska eller bibehåll."
    )
    baseline: Measurement | None = Field(None, alias="baslinje", description="Utgångsvärde.")
    target: Measurement | None = Field(None, alias="målvärde", description="Målvärde.")
    outcomes: list[Measurement] = Field(
        default_factory=list, alias="utfall", description="Uppmätta utfall, år för år."
    )
    source: str | None = Field(None, alias="källa", description="Datakälla.")

    @property
    def latest(self) -> Measurement | None:
        return max(self.outcomes, key=lambda m: m.year) if self.outcomes else None


class Priority(Model):
    id: Id = Field(description="Unik id för prioriteringen, t.ex. P1.1.1.")
    name: Text = Field(alias="namn", description="Prioriteringens namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    focus_areas: list[Text] = Field(
        default_factory=list, alias="insatsområden", description="Insatsområden."
    )


class Goal(Model):
    id: Id = Field(description="Unik id för målet, t.ex. M1.1.")
    name: Text = Field(alias="namn", description="Målets namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    agenda2030: list[GlobalGoal] = Field(
        default_factory=list, description="Globala målen i Agenda 2030 (1–17) som målet stöder."
    )
    indicators: list[Indicator] = Field(
        default_factory=list, alias="indikatorer", description="Indikatorer som följer målet."
    )
    priorities: list[Priority] = Field(
        default_factory=list, alias="prioriteringar", description="Prioriteringar under målet."
    )


class Area(Model):
    id: Id = Field(description="Unik id för området, t.ex. O1.")
    name: Text = Field(alias="namn", description="Områdets namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    goals: list[Goal] = Field(alias="mål", description="Målen inom området.")


NodeKind = Literal["område", "mål", "prioritering"]


class Strategy(Model):
    """En regional utvecklingsstrategi (RUS)."""

    kind: Literal["strategi"] = Field(alias="typ", description="Filens typ: strategi.")
    id: Id = Field(description="Strategins id, som planer och årshjul hänvisar till.")
    name: Text = Field(alias="namn", description="Strategins namn.")
    region: Region = Field(description="Regionen som äger strategin.")
    period: Period = Field(description="Åren strategin gäller, från och till.")
    adopted: str | None = Field(None, alias="antagen", description="Datum då strategin antogs.")
    vision: str | None = Field(None, description="Vision eller målbild.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    principles: list[Text] = Field(
        default_factory=list, alias="principer", description="Strategins principer."
    )
    roles: list[Text] = Field(
        default_factory=lambda: list(DEFAULT_ROLES),
        alias="roller",
        min_length=1,
        description="Regionens roller (standard: Finansiären, Utföraren, Nätverkaren, "
        "Kapacitetsbyggaren).",
    )
    categories: list[Text] = Field(
        default_factory=lambda: list(DEFAULT_CATEGORIES),
        alias="kategorier",
        min_length=1,
        description="Aktivitetskategorier i ordning (standard: de sex i mallen).",
    )
    areas: list[Area] = Field(alias="områden", description="Strategins områden.")
    follow_up: FollowUpRhythm | None = Field(
        None,
        alias="uppföljning",
        description="Hur ofta enheterna följer upp sina aktiviteter: tertial, kvartal eller "
        "månad (eller {rytm, händelse, frist_dagar}).",
    )

    def nodes(self) -> Iterator[tuple[NodeKind, str, str | None, tuple[str | int, ...]]]:
        """Every strategy node: (kind, id, parent id, YAML path)."""
        for a, area in enumerate(self.areas):
            yield "område", area.id, None, ("områden", a)
            for g, goal in enumerate(area.goals):
                yield "mål", goal.id, area.id, ("områden", a, "mål", g)
                for p, prio in enumerate(goal.priorities):
                    path = ("områden", a, "mål", g, "prioriteringar", p)
                    yield "prioritering", prio.id, goal.id, path

    def goals(self) -> Iterator[tuple[Area, Goal]]:
        for area in self.areas:
            for goal in area.goals:
                yield area, goal
