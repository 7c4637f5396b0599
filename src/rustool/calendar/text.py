"""What an entry says, in the reader's language: its title and its description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import t

if TYPE_CHECKING:
    from ..cycle.days import Occurrence


def title(occurrence: Occurrence, lang: str) -> str:
    event = occurrence.event
    if event is None:
        committee = occurrence.wheel.committee or t("calendar.committee", lang)
        return t("calendar.meeting", lang, committee=committee)
    if occurrence.deadline:
        return t("calendar.deadline", lang, name=event.name)
    return event.name


def description(occurrence: Occurrence, lang: str) -> str:
    """The event's own description, then what it is, who owns it and whom it concerns."""
    event = occurrence.event
    lines: list[str] = []
    if event is not None:
        if event.description:
            lines += [event.description, ""]
        lines.append(t("calendar.kind", lang, kind=t(f"report.event_type.{event.kind}", lang)))
        if event.owner:
            lines.append(t("calendar.owner", lang, owner=event.owner))
        if event.audience:
            lines.append(t("calendar.audience", lang, groups=", ".join(event.audience)))
        if event.statutory:
            lines.append(
                t("calendar.statutory", lang, step=t(f"cycle.step.{event.statutory}", lang))
            )
        if not occurrence.dated:
            lines.append(t("calendar.undated", lang, months=span(occurrence, lang)))
    lines.append(t("calendar.wheel", lang, name=occurrence.wheel.name or occurrence.wheel.id))
    return "\n".join(lines)


def span(occurrence: Occurrence, lang: str) -> str:
    """ "mars" or "mars–april": the months an undated entry stands for."""
    first = t(f"report.month.{occurrence.first.month}", lang)
    if occurrence.last.month == occurrence.first.month:
        return first
    return f"{first}–{t(f'report.month.{occurrence.last.month}', lang)}"
