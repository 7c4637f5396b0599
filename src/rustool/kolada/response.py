"""Reading Kolada's answers: untrusted input, checked field by field.

The shape (API v3, see docs/kolada.md for where it is documented)::

    {"count": 2, "next_page": null, "previous_page": null,
     "values": [{"kpi": "N00914", "municipality": "0020", "period": 2023,
                 "values": [{"gender": "T", "status": "", "value": 80.9, "count": 1}]}]}

A `value` of null is a figure not yet reported (or held back), never zero; `period` comes
as a number or as text. Anything else that is not as documented is a KoladaProblem
naming what was wrong, so that nothing is written from an answer we do not understand.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from ..model.types import MAX_NUMBER
from .ids import AREA_ID
from .problem import KoladaProblem, shown

GENDERS = ("T", "K", "M")
"""Total, kvinnor (women), män (men), as Kolada codes them."""


@dataclass(frozen=True, slots=True)
class Point:
    """One figure: a KPI's value for an area, a year and a gender (None: not reported)."""

    kpi: str
    area: str
    year: int
    gender: str
    value: float | None


@dataclass(frozen=True, slots=True)
class Page:
    points: list[Point]
    next: str | None


def parse_data(body: bytes, kpi: str, areas: frozenset[str]) -> Page:
    """One page of /data/kpi/{kpi}/municipality/{areas}/year/{years}."""
    document = _object(body)
    items = _list(document, "values", "values")
    points: list[Point] = []
    for i, item in enumerate(items):
        where = f"values[{i}]"
        if not isinstance(item, dict):
            raise KoladaProblem("kolada.bad.object", field=where)
        answered = _text(item, "kpi", f"{where}.kpi")
        if answered != kpi:
            raise KoladaProblem("kolada.bad.other_kpi", field=f"{where}.kpi", value=shown(answered))
        area = _text(item, "municipality", f"{where}.municipality")
        if AREA_ID.fullmatch(area) is None or area not in areas:
            raise KoladaProblem(
                "kolada.bad.other_area", field=f"{where}.municipality", value=shown(area)
            )
        year = _year(item.get("period"), f"{where}.period")
        for j, entry in enumerate(_list(item, "values", f"{where}.values")):
            points.append(_point(entry, kpi, area, year, f"{where}.values[{j}]"))
    return Page(points, _next(document))


def parse_kpi(body: bytes, kpi: str) -> bool:
    """Whether /kpi/{kpi} knows the KPI (an empty `values` list: it does not)."""
    document = _object(body)
    items = _list(document, "values", "values")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise KoladaProblem("kolada.bad.object", field=f"values[{i}]")
        if item.get("id") == kpi:
            return True
    return False


def _point(entry: Any, kpi: str, area: str, year: int, where: str) -> Point:
    if not isinstance(entry, dict):
        raise KoladaProblem("kolada.bad.object", field=where)
    gender = entry.get("gender")
    if gender not in GENDERS:
        raise KoladaProblem("kolada.bad.gender", field=f"{where}.gender", value=shown(gender))
    value = entry.get("value")
    if value is not None and (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or abs(value) > MAX_NUMBER
    ):
        raise KoladaProblem("kolada.bad.number", field=f"{where}.value", value=shown(value))
    return Point(kpi, area, year, gender, None if value is None else float(value))


def _object(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise KoladaProblem("kolada.bad.encoding") from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise KoladaProblem("kolada.bad.json", detail=str(exc)[:120]) from None
    if not isinstance(document, dict):
        raise KoladaProblem("kolada.bad.not_object")
    return document


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _list(container: dict[str, Any], key: str, where: str) -> list[Any]:
    value = container.get(key)
    if not isinstance(value, list):
        raise KoladaProblem("kolada.bad.list", field=where)
    return value


def _text(container: dict[str, Any], key: str, where: str) -> str:
    value = container.get(key)
    if not isinstance(value, str):
        raise KoladaProblem("kolada.bad.text", field=where)
    return value


def _year(value: Any, where: str) -> int:
    """A year as a number (2023) or as text ("2023")."""
    year: object = value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}", value.strip()):
        year = int(value.strip())  # ASCII digits only: int() also reads "２０２３"
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise KoladaProblem("kolada.bad.year", field=where, value=shown(value))
    return year


def _next(document: dict[str, Any]) -> str | None:
    """The next page's address: `next_page` (as the v3 documentation names it) or
    `next_url` (as some v3 answers and clients do); absent, null or "" at the end."""
    for key in ("next_page", "next_url"):
        value = document.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise KoladaProblem("kolada.bad.text", field=key)
        return value
    return None
