"""rustool due's output: a plain table per unit, Markdown for a reminder mail, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from itertools import groupby
from typing import Any

from ..i18n import t
from ..mdtext import escape as inline
from .due import Item


def render(fmt: str, items: list[Item], today: date, within: int, lang: str) -> str:
    renderers: dict[str, Callable[[list[Item], date, int, str], str]] = {
        "table": table,
        "md": markdown,
        "json": as_json,
    }
    return renderers[fmt](items, today, within, lang)


def _by_unit(items: list[Item]) -> list[tuple[str, list[Item]]]:
    ordered = sorted(items, key=lambda i: (i.unit.casefold(), i.due, i.id))
    return [(unit, list(group)) for unit, group in groupby(ordered, key=lambda i: i.unit)]


def _what(item: Item, lang: str) -> str:
    """One line's text: the activity and its state, the follow-up and who has not reported,
    or the wheel's deadline."""
    if item.kind == "uppföljning":
        ids = ", ".join(item.ids)
        return t("due.follow_up", lang, period=item.period, count=len(item.ids), ids=ids)
    if item.kind == "årshjul":
        return t("due.wheel", lang, id=item.id, title=item.title)
    status = t(f"report.status.{item.status}", lang) if item.status else ""
    return t("due.activity", lang, id=item.id, title=item.title, status=status)


def _when(item: Item, today: date, lang: str) -> str:
    days = (item.due - today).days
    if days < 0:
        return t("due.late", lang, date=item.due.isoformat(), count=-days)
    if days == 0:
        return t("due.today", lang, date=item.due.isoformat())
    return t("due.in", lang, date=item.due.isoformat(), count=days)


def _heading(items: list[Item], today: date, within: int, lang: str) -> str:
    late = sum(i.overdue for i in items)
    return t("due.heading", lang, today=today.isoformat(), count=within, late=late)


def table(items: list[Item], today: date, within: int, lang: str) -> str:
    lines = [_heading(items, today, within, lang)]
    if not items:
        lines.append(t("due.nothing", lang))
    for unit, group in _by_unit(items):
        lines += ["", unit]
        for item in group:
            mark = "!" if item.overdue else " "
            lines.append(f" {mark} {_when(item, today, lang):<34} {_what(item, lang)}")
    return "\n".join(lines) + "\n"


def markdown(items: list[Item], today: date, within: int, lang: str) -> str:
    lines = [f"## {inline(_heading(items, today, within, lang))}"]
    if not items:
        lines += ["", inline(t("due.nothing", lang))]
    for unit, group in _by_unit(items):
        lines += ["", f"### {inline(unit)}", ""]
        for item in group:
            when = inline(_when(item, today, lang))
            when = f"**{when}**" if item.overdue else when
            lines.append(f"- {when}: {inline(_what(item, lang))}")
    return "\n".join(lines) + "\n"


def as_json(items: list[Item], today: date, within: int, lang: str) -> str:
    data: dict[str, Any] = {
        "today": today.isoformat(),
        "within_days": within,
        "overdue": sum(i.overdue for i in items),
        "items": [
            {
                "kind": i.kind,
                "unit": i.unit,
                "id": i.id,
                "title": i.title,
                "due": i.due.isoformat(),
                "days": (i.due - today).days,
                "overdue": i.overdue,
                "owner": i.owner,
                "status": i.status,
                "period": i.period,
                "activities": list(i.ids),
                "file": i.file,
                "line": i.line,
            }
            for i in items
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
