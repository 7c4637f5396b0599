"""Which entries of which wheels a feed or poster holds: years, publik, målgrupp."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..cycle.days import Occurrence, occurrences
from ..suggest import fold

if TYPE_CHECKING:
    from ..model import Wheel
    from ..workspace import Workspace


@dataclass(frozen=True, slots=True)
class Selection:
    years: tuple[int, ...]
    audience: str | None = None
    """`extern` or `intern`: only the wheels with that `publik`."""
    groups: tuple[str, ...] = field(default=())
    """Only events for one of these målgrupper (and the sammanträden of a nämnd named)."""


def wheels(ws: Workspace, selection: Selection) -> list[Wheel]:
    return [w for w in ws.wheels if selection.audience in (None, w.audience)]


def entries(ws: Workspace, selection: Selection) -> list[Occurrence]:
    """The selected wheels' entries in the selected years, in date order."""
    wanted = {fold(g) for g in selection.groups}
    found = [
        occurrence
        for wheel in wheels(ws, selection)
        for year in selection.years
        for occurrence in occurrences(wheel, year)
        if not wanted or wanted & {fold(g) for g in _groups(occurrence)}
    ]
    return sorted(found, key=lambda o: (o.first, o.key, o.wheel.id))


def _groups(occurrence: Occurrence) -> list[str]:
    if occurrence.event is not None:
        return occurrence.event.audience
    return [occurrence.wheel.committee] if occurrence.wheel.committee else []


def known_groups(ws: Workspace) -> list[str]:
    """Every målgrupp the wheels name (and their nämnder), for "did you mean"."""
    names = {g for w in ws.wheels for e in w.events for g in e.audience}
    names |= {w.committee for w in ws.wheels if w.committee}
    return sorted(names)
