"""The regional development strategy (RUS): områden with mål and prioriteringar (side by
side or nested), insatsområden, indicators, kraftsamlingar and the move to a successor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from .base import Model
from .types import (
    DEFAULT_CATEGORIES,
    DEFAULT_FUNDING,
    DEFAULT_ROLES,
    AreaId,
    CountyCode,
    Direction,
    Edition,
    FetchDate,
    GlobalGoal,
    Id,
    Kronor,
    MainRoles,
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
    main_role: MainRoles = Field(
        default_factory=list,
        alias="huvudroll",
        description="Rollen där regionens tyngd ligger, en av strategins roller.",
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
    women: Number | None = Field(
        None, alias="kvinnor", description="Värdet för kvinnor (Koladas kön K)."
    )
    men: Number | None = Field(None, alias="män", description="Värdet för män (Koladas kön M).")
    national: Number | None = Field(
        None, alias="riket", description="Hela rikets värde samma år, som jämförelse."
    )
    source: str | None = Field(
        None,
        alias="källa",
        description="Varifrån värdet kommer; `kolada` för värden som rustool fetch hämtat.",
    )
    fetched: FetchDate | None = Field(
        None, alias="hämtad", description="Dagen värdet hämtades, ÅÅÅÅ-MM-DD."
    )

    @property
    def from_kolada(self) -> bool:
        """Written by `rustool fetch` (and so refreshed by it), not by hand."""
        return self.source == "kolada"


class Indicator(Model):
    id: Id = Field(description="Unik id för indikatorn, t.ex. I1.1.1.")
    name: Text = Field(alias="namn", description="Indikatorns namn.")
    kolada: str | None = Field(None, description="Nyckeltalets id i Kolada, t.ex. N00914.")
    area: AreaId | None = Field(
        None,
        alias="område",
        description="Koladas område för indikatorn om det inte är länet: en kommunkod "
        '(t.ex. "2080") eller "0000" för riket.',
    )
    compare: Literal["riket"] | None = Field(
        None,
        alias="jämför",
        description="`riket`: hämta rikets värde som jämförelse (som fetch --jämför riket).",
    )
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


class FocusArea(Model):
    id: Id = Field(description="Unik id för insatsområdet, t.ex. P1.1.1.a.")
    name: Text = Field(alias="namn", description="Insatsområdets namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")


class Priority(Model):
    id: Id = Field(description="Unik id för prioriteringen, t.ex. P1.1.1.")
    name: Text = Field(alias="namn", description="Prioriteringens namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    focus_areas: list[FocusArea | Text] = Field(
        default_factory=list,
        alias="insatsområden",
        description="Insatsområden: text, eller id och namn så att aktiviteter kan hänvisa "
        "till dem i bidrar_till.",
    )

    def named_focus_areas(self) -> Iterator[tuple[int, FocusArea]]:
        """The insatsområden with ids (those that are strategy nodes), with their index."""
        for i, focus_area in enumerate(self.focus_areas):
            if isinstance(focus_area, FocusArea):
                yield i, focus_area


class Statement(Model):
    id: Id | None = Field(None, description="Id, om texten ska kunna hänvisas till.")
    text: Text = Field(description="Texten.")


Statements = list[Statement | Text]


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
    challenges: Statements = Field(
        default_factory=list, alias="utmaningar", description="Områdets utmaningar."
    )
    goals: list[Goal] = Field(default_factory=list, alias="mål", description="Målen inom området.")
    factors: Statements = Field(
        default_factory=list,
        alias="påverkansfaktorer",
        description="Faktorer som påverkar måluppfyllelsen.",
    )
    priorities: list[Priority] = Field(
        default_factory=list,
        alias="prioriteringar",
        description="Prioriteringar direkt under området, bredvid eller i stället för mål.",
    )


NodeKind = Literal["område", "mål", "prioritering", "insatsområde"]
NODE_KINDS: tuple[NodeKind, ...] = ("område", "mål", "prioritering", "insatsområde")


class LevelNames(Model):
    """What the strategy calls its levels, as reports should name them."""

    area: Text | None = Field(None, alias="område", description="T.ex. Strategiskt område.")
    goal: Text | None = Field(None, alias="mål", description="T.ex. Mål eller Delmål.")
    priority: Text | None = Field(
        None, alias="prioritering", description="T.ex. Prioritering eller Riktning."
    )
    focus_area: Text | None = Field(None, alias="insatsområde", description="T.ex. Insatsområde.")

    def get(self, kind: NodeKind) -> str | None:
        return {
            "område": self.area,
            "mål": self.goal,
            "prioritering": self.priority,
            "insatsområde": self.focus_area,
        }[kind]


class Kraftsamling(Model):
    """A kraftsamling: where the politicians gather resources for a mandate period."""

    id: Id = Field(description="Unik id för kraftsamlingen, t.ex. K1.")
    name: Text = Field(alias="namn", description="Kraftsamlingens namn.")
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")
    mandate_period: Period | None = Field(
        None,
        alias="mandatperiod",
        description="Mandatperioden som beslutade kraftsamlingen, t.ex. {från: 2027, till: 2030}.",
    )
    decided: str | None = Field(None, alias="beslutad", description="Datum för beslutet.")
    contributes_to: list[str] = Field(
        default_factory=list,
        alias="bidrar_till",
        description="Id för strategins områden, mål, prioriteringar eller insatsområden som "
        "kraftsamlingen tjänar.",
    )
    budget_frame_kr: Kronor | None = Field(
        None, alias="budgetram_kr", description="Budgetram i kronor för mandatperioden."
    )


StrategyStatus = Literal["framtagande", "remiss", "antagen", "aktualitetsprövad", "ersatt"]


class Strategy(Model):
    """En regional utvecklingsstrategi (RUS)."""

    kind: Literal["strategi"] = Field(alias="typ", description="Filens typ: strategi.")
    id: Id = Field(description="Strategins id, som planer och årshjul hänvisar till.")
    name: Text = Field(alias="namn", description="Strategins namn.")
    region: Region = Field(description="Regionen som äger strategin.")
    period: Period = Field(description="Åren strategin gäller, från och till.")
    adopted: str | None = Field(None, alias="antagen", description="Datum då strategin antogs.")
    status: StrategyStatus | None = Field(
        None,
        description="framtagande, remiss, antagen, aktualitetsprövad eller ersatt.",
    )
    edition: Edition | None = Field(
        None, alias="utgåva", description="Utgåva, t.ex. 2026 för en reviderad utgåva."
    )
    replaces: Id | None = Field(
        None, alias="ersätter", description="Id för strategin som den här ersätter."
    )
    crosswalk: dict[str, list[str]] = Field(
        default_factory=dict,
        alias="motsvarar",
        description="Den ersatta strategins id → id i den här strategin, t.ex. "
        "{M1.2: [R2]}; en tom lista betyder att målet inte förs vidare.",
    )
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
    level_names: LevelNames | None = Field(
        None,
        alias="nivåer",
        description="Vad strategin kallar sina nivåer, som rapporten ska skriva dem.",
    )
    funding: list[Text] = Field(
        default_factory=lambda: list(DEFAULT_FUNDING),
        alias="finansieringskällor",
        min_length=1,
        description="Finansieringskällor för aktiviteternas pengar (standard: anslag 1:1, "
        "EU-medel, egna medel, länsplan, annat).",
    )
    areas: list[Area] = Field(alias="områden", description="Strategins områden.")
    follow_up: FollowUpRhythm | None = Field(
        None,
        alias="uppföljning",
        description="Hur ofta enheterna följer upp sina aktiviteter: tertial, kvartal eller "
        "månad (eller {rytm, händelse, frist_dagar}).",
    )
    kraftsamlingar: list[Kraftsamling] = Field(
        default_factory=list,
        description="Kraftsamlingar som politiken prioriterar för en mandatperiod.",
    )

    def nodes(self) -> Iterator[tuple[NodeKind, str, str | None, tuple[str | int, ...]]]:
        """Every strategy node: (kind, id, parent id, YAML path), each område followed by
        its mål (each with its prioriteringar) and then its own prioriteringar."""
        for a, area in enumerate(self.areas):
            area_path: tuple[str | int, ...] = ("områden", a)
            yield "område", area.id, None, area_path
            for g, goal in enumerate(area.goals):
                goal_path = (*area_path, "mål", g)
                yield "mål", goal.id, area.id, goal_path
                yield from _priority_nodes(goal.priorities, goal.id, goal_path)
            yield from _priority_nodes(area.priorities, area.id, area_path)

    def level_name(self, kind: NodeKind) -> str | None:
        """What the strategy calls the level KIND (`nivåer`), None for the default."""
        return self.level_names.get(kind) if self.level_names is not None else None

    def priorities(self) -> Iterator[Priority]:
        for area in self.areas:
            for goal in area.goals:
                yield from goal.priorities
            yield from area.priorities

    def goals(self) -> Iterator[tuple[Area, Goal]]:
        for area in self.areas:
            for goal in area.goals:
                yield area, goal


def _priority_nodes(
    priorities: list[Priority], parent: str, parent_path: tuple[str | int, ...]
) -> Iterator[tuple[NodeKind, str, str | None, tuple[str | int, ...]]]:
    for p, prio in enumerate(priorities):
        path = (*parent_path, "prioriteringar", p)
        yield "prioritering", prio.id, parent, path
        for f, focus_area in prio.named_focus_areas():
            yield "insatsområde", focus_area.id, prio.id, (*path, "insatsområden", f)
