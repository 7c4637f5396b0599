"""The actor register: the region's own units and the actors it works with."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model
from .types import Code, Id, Text

ActorType = Literal[
    "intern",
    "kommun",
    "länsstyrelse",
    "statlig myndighet",
    "lärosäte",
    "näringsliv",
    "civilsamhälle",
    "annan region",
]
ACTOR_TYPES: tuple[ActorType, ...] = ActorType.__args__  # type: ignore[attr-defined]


class Actor(Model):
    id: Id = Field(description="Unik id för aktören, t.ex. vaxjo-kommun.")
    name: Text = Field(alias="namn", description="Aktörens namn.")
    type: ActorType = Field(
        alias="typ",
        description="intern, kommun, länsstyrelse, statlig myndighet, lärosäte, näringsliv, "
        "civilsamhälle eller annan region.",
    )
    municipality_code: Code | None = Field(
        None,
        alias="kommunkod",
        description='Kommunkod med fyra siffror inom citattecken, t.ex. "0780" (för en kommun).',
    )
    county_code: Code | None = Field(
        None, alias="länskod", description="Länskod inom citattecken (för en annan region)."
    )
    description: str | None = Field(None, alias="beskrivning", description="Beskrivning.")

    @property
    def internal(self) -> bool:
        return self.type == "intern"


class Actors(Model):
    """Ett aktörsregister."""

    kind: Literal["aktörer"] = Field(alias="typ", description="Filens typ: aktörer.")
    id: Id | None = Field(None, description="Registrets id.")
    name: str | None = Field(None, alias="namn", description="Registrets namn.")
    actors: list[Actor] = Field(alias="aktörer", description="Aktörerna.")
