"""When an årshjul event happens: a day (`2026-02-18`), a day every year (`09-10`), with
an optional time (`2026-02-18 13:00` or `13:00-15:30`), and the follow-up rhythm."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from .base import Model
from .types import NOT_BOOL, Id

_WHEN = re.compile(
    r"(?:(?P<year>[0-9]{4})-)?(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[ T]+(?P<start>[0-9]{1,2}[:.][0-9]{2})(?:[ ]*[-–][ ]*(?P<end>[0-9]{1,2}[:.][0-9]{2}))?)?"
)
_WHEN_SCHEMA = (
    "^([0-9]{4}-)?[0-9]{2}-[0-9]{2}"
    "([ T]+[0-9]{1,2}[:.][0-9]{2}([ ]*[-–][ ]*[0-9]{1,2}[:.][0-9]{2})?)?$"
)
LEAP_YEAR = 2000
"""A recurring day is checked against a leap year, so that 02-29 is a day (in other years
it falls on 28 February)."""


@dataclass(frozen=True, slots=True)
class WheelDate:
    """A day of the årshjul as written: in one year (`year` set) or every year."""

    text: str
    month: int
    day: int
    year: int | None = None
    start: time | None = None
    end: time | None = None

    @property
    def recurring(self) -> bool:
        return self.year is None

    @property
    def timed(self) -> bool:
        return self.start is not None

    def in_year(self, year: int) -> date | None:
        """The day in YEAR: a recurring day in any year, a dated one only in its own."""
        if self.year is not None and self.year != year:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:  # 02-29 in a common year
            return date(year, self.month, 28)

    def __str__(self) -> str:
        return self.text


def _clock(text: str | None) -> time | None:
    if text is None:
        return None
    hours, minutes = re.split("[:.]", text)
    return time(int(hours), int(minutes))  # ValueError past 23:59


def parse_wheel_date(value: Any) -> WheelDate:
    """`2026-02-18`, `09-10`, `2026-02-18 13:00`, `2026-02-18 13:00-15:30` (or a YAML date or
    timestamp); a PydanticCustomError otherwise."""
    if isinstance(value, WheelDate):
        return value
    if isinstance(value, datetime):
        clock = value.time().replace(second=0, microsecond=0)
        text = f"{value.date().isoformat()} {clock.strftime('%H:%M')}"
        return WheelDate(text, value.month, value.day, value.year, clock)
    if isinstance(value, date):
        return WheelDate(value.isoformat(), value.month, value.day, value.year)
    written = value.strip() if isinstance(value, str) else ""
    match = _WHEN.fullmatch(written)
    if match is None:
        raise PydanticCustomError("wheel_date", "not a day of the årshjul")
    try:
        year = int(match["year"]) if match["year"] else None
        date(year or LEAP_YEAR, int(match["month"]), int(match["day"]))
        start, end = _clock(match["start"]), _clock(match["end"])
    except ValueError:
        raise PydanticCustomError("wheel_date", "not a day of the årshjul") from None
    if start is not None and end is not None and end <= start:
        raise PydanticCustomError("wheel_date", "ends before it starts")
    return WheelDate(written, int(match["month"]), int(match["day"]), year, start, end)


def _as_list(value: Any) -> Any:
    return value if isinstance(value, list) else [value]


_DAY_SCHEMA = {
    "type": "string",
    "pattern": _WHEN_SCHEMA,
    "description": "ÅÅÅÅ-MM-DD (det året), MM-DD (varje år), med tid om den behövs: "
    "ÅÅÅÅ-MM-DD 13:00 eller ÅÅÅÅ-MM-DD 13:00-15:30.",
    "examples": ["2026-02-18", "09-10", "2026-02-18 13:00-15:30"],
}
Day = Annotated[
    WheelDate,
    BeforeValidator(parse_wheel_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(_DAY_SCHEMA),
]
Days = Annotated[
    list[Day],
    BeforeValidator(_as_list),
    Field(min_length=1),
    # one day or a list, as validate reads them: an editor must not mark `senast: 09-10` red
    WithJsonSchema(
        {"anyOf": [_DAY_SCHEMA, {"type": "array", "items": _DAY_SCHEMA, "minItems": 1}]}
    ),
]

RHYTHMS = ("tertial", "kvartal", "månad")
RhythmKind = Literal["tertial", "kvartal", "månad"]
STATUTORY_STEPS = ("årsrapport", "anslag-1:1", "aktualitetsprövning")
StatutoryStep = Literal["årsrapport", "anslag-1:1", "aktualitetsprövning"]
Audience = Literal["extern", "intern"]


def _rhythm_shorthand(value: Any) -> Any:
    """`uppföljning: tertial` is short for `uppföljning: {rytm: tertial}`."""
    return {"rytm": value} if isinstance(value, str) else value


class Rhythm(Model):
    """Hur ofta enheterna följer upp sina aktiviteter, och när uppföljningen ska vara klar."""

    period: RhythmKind = Field(
        alias="rytm", description="tertial, kvartal eller månad: perioden varje uppföljning avser."
    )
    event: Id | None = Field(
        None,
        alias="händelse",
        description="Id för årshjulets händelse vars `senast` är fristerna för uppföljningen "
        "(standard: händelser med typ uppföljning och senast).",
    )
    grace_days: Annotated[int, NOT_BOOL] = Field(
        30,
        alias="frist_dagar",
        ge=0,
        le=120,
        description="Dagar efter periodens slut som uppföljningen ska vara klar, när årshjulet "
        "inte har någon frist (standard 30).",
    )


# `uppföljning: tertial` or the mapping: the schema says both, as validate reads both
FollowUpRhythm = Annotated[
    Rhythm, BeforeValidator(_rhythm_shorthand, json_schema_input_type=RhythmKind | Rhythm)
]
