"""``--fail-under``: what a coverage must reach, for CI.

A threshold is ``KEY=VALUE``; give ``--fail-under`` once per threshold. Keys are Swedish
(as in the YAML) or English, matched regardless of case and accents.

Per item — every item of the kind must have at least VALUE activities; with a ``%``,
at least VALUE per cent of the items must have at least one:

=================================  ====================================================
``mål`` (``goal``)                  ``mål=1``: every mål has an activity (rolled up)
``prioritering`` (``priority``)     ``prioritering=1``: every prioritering has one
``område`` (``area``)               ``område=5``: every område has at least five
``kategori`` (``category``)         ``kategori=1``: no empty kategori
``roll`` (``role``)                 ``roll=1``: the region takes every role somewhere
=================================  ====================================================

Shares, in per cent (``%`` optional):

=================================  ====================================================
``kopplade`` (``linked``)           activities that name a node of the strategy
``ansvarig`` (``owner``)            activities with an ``ansvarig``
``indikatorer`` (``indicators``)    mål with at least one indicator
``uppföljning`` (``followed-up``)   mål that a follow-up event of the årshjul looks at
=================================  ====================================================

A threshold over nothing (no activities after the filters, a strategy without mål) is
missed, with a message that says so: a gate that measures nothing must not pass (an
``--år`` with a typo would otherwise turn CI green). Without an årshjul no mål is
followed up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..suggest import closest, fold

if TYPE_CHECKING:
    from .result import Coverage

Kind = Literal["items", "share"]

ITEM_KEYS = ("mål", "prioritering", "område", "kategori", "roll")
SHARE_KEYS = ("kopplade", "ansvarig", "indikatorer", "uppföljning")
KEYS = ITEM_KEYS + SHARE_KEYS
_ALIASES = {
    "mål": ("mål", "goal", "goals"),
    "prioritering": ("prioritering", "prioriteringar", "priority", "priorities"),
    "område": ("område", "områden", "area", "areas"),
    "kategori": ("kategori", "kategorier", "category", "categories"),
    "roll": ("roll", "roller", "role", "roles"),
    "kopplade": ("kopplade", "kopplad", "linked"),
    "ansvarig": ("ansvarig", "ansvariga", "owner", "owners"),
    "indikatorer": ("indikatorer", "indikator", "indicators", "indicator"),
    "uppföljning": (
        "uppföljning",
        "uppföljda",
        "uppföljd",
        "followed-up",
        "followed_up",
        "follow-up",
        "followup",
    ),
}
_LOOKUP = {fold(alias): key for key, aliases in _ALIASES.items() for alias in aliases}
_VALUE = re.compile(r"^(?P<number>\d+(?:[.,]\d+)?)\s*(?P<percent>%)?\Z", re.ASCII)


class ThresholdError(ValueError):
    """A ``--fail-under`` value that cannot be read: a message key and its fields."""

    def __init__(
        self, message_key: str, suggestion: str | None = None, /, **fields: object
    ) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.fields = fields
        self.suggestion = suggestion


class Threshold(NamedTuple):
    """One ``--fail-under`` threshold."""

    key: str
    """The canonical (Swedish) key, one of ``KEYS``."""
    value: float | int
    """A number of activities, or a percentage 0–100."""
    percent: bool
    """Whether ``value`` is a percentage."""
    text: str
    """As the user wrote it, for messages."""


class Outcome(NamedTuple):
    """How a coverage fared against one threshold."""

    threshold: Threshold
    """The threshold."""
    passed: bool
    """Whether the coverage reached it."""
    count: int  # type: ignore[assignment]  # shadows tuple.count, as in result.Share
    """How many items (or activities) reach it: for ``mål=1``, the mål with at least one
    activity; for ``kopplade=90``, the linked activities."""
    total: int
    """How many items (or activities) there are."""
    missed: tuple[str, ...]
    """The ids (nodes) or names (categories, roles) that fall short; for the shares of
    activities, empty."""

    @property
    def share(self) -> float | None:
        return self.count / self.total if self.total else None


def parse(text: str) -> Threshold:
    """``mål=1`` → a Threshold; ThresholdError with a message key when it cannot be read."""
    if "=" not in text:
        raise ThresholdError("coverage.threshold.syntax", value=text)
    raw_key, raw_value = (part.strip() for part in text.split("=", 1))
    key = _LOOKUP.get(fold(raw_key))
    if key is None:
        names = [alias for aliases in _ALIASES.values() for alias in aliases]
        raise ThresholdError(
            "coverage.threshold.key", closest(raw_key, names), key=raw_key, expected=", ".join(KEYS)
        )
    match = _VALUE.match(raw_value)
    if match is None:
        raise ThresholdError("coverage.threshold.value", value=raw_value, text=text)
    number = match["number"].replace(",", ".")
    value = float(number) if "." in number else int(number)  # a count exactly, however large
    percent = bool(match["percent"]) or key in SHARE_KEYS
    if percent and value > 100:
        raise ThresholdError("coverage.threshold.percent", value=raw_value, text=text)
    if not percent and value != int(value):
        raise ThresholdError("coverage.threshold.count", value=raw_value, text=text)
    return Threshold(key, value, percent, text.strip())


def evaluate(coverage: Coverage, threshold: Threshold) -> Outcome:
    """Whether ``coverage`` reaches ``threshold``, and what falls short."""
    if threshold.key in ITEM_KEYS:
        items = _items(coverage, threshold.key)
        if threshold.percent:
            missed = tuple(name for name, n in items if n < 1)
            covered = len(items) - len(missed)
            return _outcome(threshold, covered, len(items), missed)
        missed = tuple(name for name, n in items if n < threshold.value)
        return Outcome(
            threshold, bool(items) and not missed, len(items) - len(missed), len(items), missed
        )
    count, total, missed = _share(coverage, threshold.key)
    return _outcome(threshold, count, total, missed)


def _outcome(threshold: Threshold, count: int, total: int, missed: tuple[str, ...]) -> Outcome:
    # integers where possible: 9 of 10 reaches 90 % exactly, without float rounding
    passed = total > 0 and count * 100 >= threshold.value * total
    return Outcome(threshold, passed, count, total, missed)


def _items(coverage: Coverage, key: str) -> list[tuple[str, int]]:
    if key == "kategori":
        return [(r.name, r.activities) for r in coverage.categories if r.known]
    if key == "roll":
        return [(r.name, r.activities) for r in coverage.roles if r.known]
    return [(r.id, r.activities) for r in coverage.nodes if r.kind == key]


def _share(coverage: Coverage, key: str) -> tuple[int, int, tuple[str, ...]]:
    if key == "kopplade":
        return coverage.linked.count, coverage.linked.total, ()
    if key == "ansvarig":
        return coverage.with_owner.count, coverage.with_owner.total, ()
    goals = [r.id for r in coverage.nodes if r.kind == "mål"]
    if key == "indikatorer":
        missed = coverage.indicators.goals_without_indicator
    else:  # uppföljning
        wheel = coverage.wheel
        missed = wheel.goals_without_follow_up if wheel else tuple(goals)
    return len(goals) - len(missed), len(goals), tuple(missed)
