"""What Kolada has that an indicator's `utfall` lacks: new years, changed figures, and
figures that differ from ones written by hand. Years before the indicator's baseline are
not its outcomes (validate warns of them, RUS306) and are left out.

An outcome written by `rustool fetch` (``källa: kolada``) is ours to refresh when Kolada
revises it. One written by hand is the user's: a differing figure is reported and left
alone, unless ``overwrite``. A figure Kolada has not reported (null) changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Indicator, Measurement
from .ids import SWEDEN
from .response import Point

SOURCE = "kolada"

GENDER_KEYS = {"K": "kvinnor", "M": "män"}
"""Where a gender split is stored in an outcome; T (total) is `värde` itself."""


@dataclass(frozen=True, slots=True)
class Wanted:
    """What to fetch for one indicator."""

    kpi: str
    area: str
    national: bool
    genders: tuple[str, ...]
    """K and/or M, stored beside the total."""


@dataclass(slots=True)
class Change:
    """One outcome to write: a new entry (``index`` None) or keys of an existing one."""

    year: int
    values: dict[str, object]
    """YAML key → value, in the order a new entry writes them."""
    index: int | None = None


@dataclass(slots=True)
class Conflict:
    """A hand-written outcome that Kolada gives another figure for."""

    index: int
    year: int
    written: float
    kolada: float


@dataclass(slots=True)
class Plan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def plan(
    indicator: Indicator,
    wanted: Wanted,
    points: list[Point],
    today: date,
    overwrite: bool = False,
) -> Plan:
    figures = _by_year(points, wanted)
    existing = {m.year: i for i, m in reversed(list(enumerate(indicator.outcomes)))}
    result = Plan()
    first = indicator.baseline.year if indicator.baseline is not None else None
    for year in sorted(figures):
        values = figures[year]
        if values.get("värde") is None:
            continue  # not yet reported
        if first is not None and year < first:
            continue  # before the baseline: no outcome of the strategy (RUS306)
        entry = _entry(year, values, today)
        index = existing.get(year)
        if index is None:
            result.changes.append(Change(year, entry))
            continue
        current = indicator.outcomes[index]
        if not current.from_kolada and not _same(current.value, values["värde"]):
            conflict = Conflict(index, year, current.value, _number(values["värde"]))
            result.conflicts.append(conflict)
            if not overwrite:
                continue
        elif not current.from_kolada:
            continue  # the same figure, written by hand: the user's, as it is
        update = _update(current, entry)
        if update:
            result.changes.append(Change(year, update, index))
    return result


def _by_year(points: list[Point], wanted: Wanted) -> dict[int, dict[str, float | None]]:
    """Year → {"värde": total, "kvinnor"/"män": split, "riket": Sweden's total}."""
    figures: dict[int, dict[str, float | None]] = {}
    for point in points:
        key: str | None = None
        if point.area == wanted.area:
            key = "värde" if point.gender == "T" else None
            if point.gender in wanted.genders:
                key = GENDER_KEYS[point.gender]
        elif point.area == SWEDEN and wanted.national and point.gender == "T":
            key = "riket"
        if key is not None:
            figures.setdefault(point.year, {})[key] = point.value
    return figures


def _entry(year: int, values: dict[str, float | None], today: date) -> dict[str, object]:
    entry: dict[str, object] = {"år": year}
    for key in ("värde", "kvinnor", "män", "riket"):
        value = values.get(key)
        if value is not None:
            entry[key] = _number(value)
    entry["källa"] = SOURCE
    entry["hämtad"] = today.isoformat()
    return entry


_FIELDS = {
    "värde": "value",
    "kvinnor": "women",
    "män": "men",
    "riket": "national",
    "källa": "source",
}


def _update(current: Measurement, entry: dict[str, object]) -> dict[str, object]:
    """The keys of ``entry`` that ``current`` lacks or has otherwise; with ``hämtad``
    when any figure changed (a refetch of the same figures changes nothing)."""
    changed: dict[str, object] = {}
    for key, attribute in _FIELDS.items():
        if key not in entry:
            continue
        old = getattr(current, attribute)
        new = entry[key]
        if isinstance(new, int | float) and not isinstance(old, bool):
            if old is None or not _same(old, new):
                changed[key] = new
        elif old != new:
            changed[key] = new
    if changed:
        changed["hämtad"] = entry["hämtad"]
    return changed


def _number(value: float | None) -> float | int:
    """A whole number as an int (Kolada writes 4650.0 for 4650)."""
    assert value is not None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _same(a: float, b: float | int | None) -> bool:
    if b is None:
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
