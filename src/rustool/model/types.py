"""Shared value types: ids, due dates (2025-T2 and friends), statuses, months."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

STATUSES = ("planerad", "pågår", "klar", "försenad", "pausad", "struken")
DONE_STATUSES = frozenset({"klar", "struken"})
ACTIVE_STATUSES = ("planerad", "pågår", "försenad")
EVENT_TYPES = ("planering", "beslut", "dialog", "rapport", "uppföljning", "lärande")
DIRECTIONS = ("öka", "minska", "bibehåll")
CYCLES = ("år", "mandatperiod")

DEFAULT_CATEGORIES = (
    "Kunskap och analys",
    "Samverkan och nätverk",
    "Kommunikation och påverkan",
    "Finansiering",
    "Processtöd",
    "Interna verksamhetsprocesser",
)
DEFAULT_FUNDING = ("anslag 1:1", "EU-medel", "egna medel", "länsplan", "annat")
"""Where an activity's money comes from (a strategy may list its own)."""
DEFAULT_ROLES = ("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren")

Status = Literal["planerad", "pågår", "klar", "försenad", "pausad", "struken"]
EventType = Literal["planering", "beslut", "dialog", "rapport", "uppföljning", "lärande"]
Direction = Literal["öka", "minska", "bibehåll"]
Cycle = Literal["år", "mandatperiod"]

Id = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[^\s,\[\]{}]+$")]
Text = Annotated[str, Field(min_length=1)]


def _not_bool(value: Any) -> Any:
    """Refuse `true`/`false` where a number belongs (Pydantic would read them as 1 and 0)."""
    if isinstance(value, bool):
        raise PydanticCustomError("bool_not_number", "a yes/no value where a number belongs")
    return value


MAX_NUMBER = 1e15
"""The largest magnitude of an indicator value: far above any count or sum in kronor a
region reports, every whole number up to it is exact in a float (2**53 ≈ 9e15), and
differences and products with years stay finite, so the report's arithmetic cannot
overflow."""

NOT_BOOL = BeforeValidator(_not_bool)
"""Every number in the models carries this (constraints go before it, so that they stay in
the JSON Schema as minimum and maximum)."""

Int = Annotated[int, NOT_BOOL]
"""A whole number; never a boolean."""
Kronor = Annotated[int, Field(ge=0, le=int(MAX_NUMBER)), NOT_BOOL]
"""Whole kronor up to MAX_NUMBER: sums of them stay exact and printable."""
Number = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER), NOT_BOOL]
"""A finite number within ±MAX_NUMBER; never a boolean."""
Year = Annotated[int, Field(ge=1900, le=2200), NOT_BOOL]
GlobalGoal = Annotated[int, Field(ge=1, le=17), NOT_BOOL]
"""The number of one of Agenda 2030's 17 global goals."""

_DUE = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?|Q(?P<q>[1-4])"
    r"|T(?P<t>[1-3])))?"
)
_DUE_SCHEMA = "^[0-9]{4}(-([0-9]{2}(-[0-9]{2})?|Q[1-4]|T[1-3]))?$"
"""The same for JSON Schema (ECMA-262, as editors read it: no named groups)."""


@dataclass(frozen=True, slots=True, order=True)
class DueDate:
    """A due date or period as written (2025-T2) with its first and last day."""

    last: date
    first: date
    text: str

    @property
    def kind(self) -> str:
        if len(self.text) == 4:
            return "year"
        tail = self.text[5:]
        if tail[0] == "Q":
            return "quarter"
        if tail[0] == "T":
            return "tertial"
        return "month" if len(tail) == 2 else "day"

    def __str__(self) -> str:
        return self.text


def parse_due(value: Any) -> DueDate:
    """Parse YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn or YYYY; raise ValueError otherwise."""
    if isinstance(value, DueDate):
        return value
    if isinstance(value, date):
        return DueDate(value, value, value.isoformat())
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("due_date")
    text = value.strip()
    match = _DUE.fullmatch(text)
    if not match:
        raise ValueError("due_date")
    year = int(match["year"])
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"]))  # ValueError if impossible
        return DueDate(day, day, text)
    if match["month"]:
        return _span(text, year, int(match["month"]), int(match["month"]))
    if match["q"]:
        q = int(match["q"])
        return _span(text, year, 3 * q - 2, 3 * q)
    if match["t"]:
        t = int(match["t"])
        return _span(text, year, 4 * t - 3, 4 * t)
    return _span(text, year, 1, 12)


def _span(text: str, year: int, first_month: int, last_month: int) -> DueDate:
    if not 1 <= last_month <= 12:
        raise ValueError("due_date")
    last_day = calendar.monthrange(year, last_month)[1]
    return DueDate(date(year, last_month, last_day), date(year, first_month, 1), text)


def _as_text(value: DueDate) -> str:
    return str(value)


Due = Annotated[
    DueDate,
    BeforeValidator(parse_due),
    # a function of ours: pydantic 2.7 inspects the serializer's signature, which the
    # builtin `str` does not have
    PlainSerializer(_as_text, return_type=str),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": _DUE_SCHEMA}, {"type": "integer"}],
            "description": "Datum eller period: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn (kvartal), "
            "ÅÅÅÅ-Tn (tertial) eller ÅÅÅÅ; betyder periodens sista dag.",
            "examples": ["2025-06-30", "2025-06", "2025-Q2", "2025-T2", "2025"],
        }
    ),
]


def _as_list(value: Any) -> Any:
    # one month, or anything but a list, is checked as the list's only entry: `månad: 3.5`
    # is then "not a whole number", not "must be a list" (a bool is refused inside too)
    return value if isinstance(value, list) else [value]


Month = Annotated[int, Field(ge=1, le=12), NOT_BOOL]
_MONTH_SCHEMA = {"type": "integer", "minimum": 1, "maximum": 12}
Months = Annotated[
    list[Month],
    BeforeValidator(_as_list),
    Field(min_length=1),
    # one month or a list, as validate reads it: an editor must not mark `månad: 10` red
    WithJsonSchema(
        {"anyOf": [_MONTH_SCHEMA, {"type": "array", "items": _MONTH_SCHEMA, "minItems": 1}]}
    ),
]


def _county_code(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:02d}"
    return value


CountyCode = Annotated[
    str,
    BeforeValidator(_county_code),
    Field(pattern=r"^[0-9]{2}$"),
    # `länskod: 20` is read as "20": the schema accepts both, as validate does
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": "^[0-9]{2}$"}, {"type": "integer", "minimum": 1}]}
    ),
]


def _number_as_text(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


Edition = Annotated[str, BeforeValidator(_number_as_text), Field(min_length=1)]
"""An edition such as 2026 (written as a number or as text)."""

MainRoles = Annotated[
    list[Text],
    BeforeValidator(_as_list),
    WithJsonSchema({"type": "string", "description": "En roll: där tyngden ligger."}),
]
"""A huvudroll: one role. Read as a list so that a rule can say "more than one huvudroll"
at its place instead of a bare type error."""

Code = Annotated[
    str,
    BeforeValidator(_number_as_text),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]+$"}),
]
"""A kommunkod or länskod. A number is accepted here (and kept as written, without its
leading zero) so that the rule on codes can ask for quotes at its place."""


def _area_id(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9999:
        return f"{value:04d}"
    return value


AreaId = Annotated[str, BeforeValidator(_area_id), Field(pattern=r"^[0-9]{4}$")]
"""A Kolada area: a kommunkod (2080), a county as region ("00" + länskod) or 0000, Sweden."""

FetchDate = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
"""The day a value was fetched, YYYY-MM-DD (text: the loader keeps dates as text)."""
