"""Indicators over time: the trend marker and whether an outcome is on track.

The trend compares the latest outcome with the one before it (or with the baseline when
there is only one outcome) and judges the change by the indicator's `riktning`: a fall is
positive for an indicator that should `minska`. For `bibehåll` the change is judged by the
distance to the target (or, without one, to the baseline). Equal values are `unchanged`;
there is no tolerance band, so the marker says exactly what the numbers say.

On track means the latest outcome is at or past the straight line from the baseline to the
target in the wished direction. For `bibehåll` the line is flat and the outcome is on track
when it is within 1 % of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..model import Indicator, Measurement

Trend = Literal["positive", "unchanged", "negative"]
STEADY_TOLERANCE = 0.01
"""How far (as a share of the line's value) a `bibehåll` outcome may lie and be on track."""
_DIGITS = 9  # compare rounded, so that 0.1 + 0.2 equals 0.3


@dataclass(frozen=True, slots=True)
class Assessment:
    previous: Measurement | None
    latest: Measurement | None
    trend: Trend | None
    expected: float | None
    """The value on the straight line from baseline to target in the latest outcome's year."""
    on_track: bool | None
    progress: float | None
    """How far the latest outcome has come from baseline to target (0 = baseline, 1 = target)."""


def assess(indicator: Indicator) -> Assessment:
    series = sorted(indicator.outcomes, key=lambda m: m.year)
    latest = series[-1] if series else None
    previous = series[-2] if len(series) > 1 else None
    baseline, target = indicator.baseline, indicator.target
    if previous is None and latest is not None and baseline and baseline.year < latest.year:
        previous = baseline
    anchor = target or baseline
    reference = anchor.value if anchor else None
    trend = None
    if previous is not None and latest is not None:
        trend = judge(previous.value, latest.value, indicator.direction, reference)
    expected = expected_value(baseline, target, latest.year) if latest else None
    on_track = None
    if expected is not None and latest is not None:
        on_track = is_on_track(latest.value, expected, indicator.direction)
    return Assessment(
        previous, latest, trend, expected, on_track, progress(baseline, target, latest)
    )


def judge(before: float, after: float, direction: str, reference: float | None = None) -> Trend:
    """Whether the move from ``before`` to ``after`` is good news, given the direction."""
    if direction == "bibehåll":
        if reference is None:
            reference = before
        change = round(abs(after - reference) - abs(before - reference), _DIGITS)
        sign = -change  # closer to the reference is positive
    else:
        change = round(after - before, _DIGITS)
        sign = change if direction == "öka" else -change
    if sign > 0:
        return "positive"
    return "negative" if sign < 0 else "unchanged"


def expected_value(
    baseline: Measurement | None, target: Measurement | None, year: int
) -> float | None:
    if baseline is None or target is None or target.year == baseline.year:
        return None
    slope = (target.value - baseline.value) / (target.year - baseline.year)
    return baseline.value + slope * (year - baseline.year)


def is_on_track(value: float, expected: float, direction: str) -> bool:
    if direction == "öka":
        return round(value - expected, _DIGITS) >= 0
    if direction == "minska":
        return round(value - expected, _DIGITS) <= 0
    return abs(value - expected) <= STEADY_TOLERANCE * abs(expected)


def progress(
    baseline: Measurement | None, target: Measurement | None, latest: Measurement | None
) -> float | None:
    if baseline is None or target is None or latest is None:
        return None
    span = target.value - baseline.value
    if round(span, _DIGITS) == 0:
        return None
    return (latest.value - baseline.value) / span
