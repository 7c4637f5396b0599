"""The årshjul as an A3 poster: twelve months round a circle, every entry by name.

Built to print in black and white: each type of event has its own shape (not only its own
colour), months alternate light and white, and all text is black on white. The circle
shows when (a mark at the day, an arc over the months of an undated event); the twelve
blocks around it name every entry of their month with its day. All text is escaped.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from markupsafe import escape

from ..i18n import t
from ..model.types import EVENT_TYPES
from . import text

if TYPE_CHECKING:
    from ..cycle.days import Occurrence
    from ..workspace import Workspace
    from .select import Selection

WIDTH, HEIGHT = 1587, 1123  # A3 landscape at 96 px per inch (420 × 297 mm)
CX, CY, RADIUS = WIDTH / 2, 560, 280
COLUMN_TOP, COLUMN_BOTTOM = 100, 985  # the month blocks beside the circle
LINE, MAX_LINES, MAX_CHARS = 16, 10, 54
SHAPES = dict(
    zip(EVENT_TYPES, ("circle", "square", "diamond", "triangle", "star", "cross"), strict=True)
)
MEETING_SHAPE = "ring"
_CSS = (
    "text{font-family:'DejaVu Sans',Arial,sans-serif;fill:#000}"
    ".title{font-size:26px;font-weight:bold}.sub{font-size:15px}"
    ".month{font-size:16px;font-weight:bold}.entry{font-size:13px}"
    ".wedge-a{fill:#ececec}.wedge-b{fill:#fff}.rim{fill:none;stroke:#000;stroke-width:1.5}"
    ".arc{fill:none;stroke:#555;stroke-width:7;stroke-linecap:butt}"
    ".mark{fill:#000;stroke:#000;stroke-width:1}.hollow{fill:#fff;stroke:#000;stroke-width:1.5}"
    ".legend{font-size:13px}.today{stroke:#000;stroke-width:2;stroke-dasharray:6 4}"
)


def render(
    ws: Workspace,
    selection: Selection,
    entries: list[Occurrence],
    today: date,
    lang: str,
    html: bool = False,
) -> str:
    """The poster as a standalone SVG document, or as an HTML page holding it."""
    from .select import wheels

    names = " · ".join(w.name or w.id for w in wheels(ws, selection)) or "–"
    years = selection.years
    period = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    label = t("calendar.poster_alt", lang, name=names, period=period, count=len(entries))
    body = [
        _text(40, 52, names if len(names) <= 90 else names[:89] + "…", "title"),
        _text(40, 80, t("calendar.poster_sub", lang, period=period, count=len(entries)), "sub"),
        *_wedges(lang),
        *_marks(entries, len(years) > 1),
        *_blocks(entries, lang, len(years) > 1),
        *_legend(lang),
    ]
    if years[0] <= today.year <= years[-1]:
        body.append(_hand(today))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="420mm" height="297mm" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title><style>{_CSS}</style>"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>' + "".join(body) + "</svg>"
    )
    if not html:
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(names)} {escape(period)}</title>"
        "<style>@page{size:A3 landscape;margin:8mm}html,body{margin:0;background:#fff}"
        "svg{display:block;width:100%;height:auto;max-height:100vh}</style></head>"
        f"<body>{svg}</body></html>\n"
    )


def _angle(day: date) -> float:
    """Clockwise from the top, January at twelve o'clock: the year's fraction as radians."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return 2 * math.pi * (day - start).days / length


def _point(angle: float, radius: float) -> tuple[float, float]:
    return CX + radius * math.sin(angle), CY - radius * math.cos(angle)


def _text(x: float, y: float, content: str, css: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" class="{css}" text-anchor="{anchor}">'
        f"{escape(content)}</text>"
    )


def _wedges(lang: str) -> list[str]:
    out = []
    for month in range(1, 13):
        a0, a1 = (month - 1) * math.pi / 6, month * math.pi / 6
        x0, y0 = _point(a0, RADIUS)
        x1, y1 = _point(a1, RADIUS)
        css = "wedge-a" if month % 2 else "wedge-b"
        out.append(
            f'<path class="{css}" d="M{CX:.1f},{CY:.1f} L{x0:.1f},{y0:.1f} '
            f'A{RADIUS},{RADIUS} 0 0 1 {x1:.1f},{y1:.1f} Z"/>'
        )
        lx, ly = _point((a0 + a1) / 2, RADIUS - 24)
        name = t(f"report.month.{month}", lang)[:3].capitalize()
        out.append(_text(lx, ly + 6, name, "month", "middle"))
    out.append(f'<circle class="rim" cx="{CX}" cy="{CY}" r="{RADIUS}"/>')
    return out


def _ring(kind: str | None) -> float:
    """Each type of event on a ring of its own, meetings innermost."""
    index = EVENT_TYPES.index(kind) + 1 if kind in EVENT_TYPES else 0
    return 70 + index * 30


def _marks(entries: list[Occurrence], many_years: bool) -> list[str]:
    out = []
    for entry in entries:
        kind = entry.event.kind if entry.event is not None else None
        radius = _ring(kind)
        hover = f"<title>{escape(_line(entry, 'sv', many_years, full=True))}</title>"
        if entry.dated:
            x, y = _point(_angle(entry.first), radius)
            shape = SHAPES.get(kind or "", MEETING_SHAPE)
            out.append(f"<g>{hover}{_shape(shape, x, y, entry.deadline)}</g>")
        else:
            a0 = _angle(entry.first)
            a1 = _angle(entry.last) + 2 * math.pi / 366
            x0, y0 = _point(a0, radius)
            x1, y1 = _point(a1, radius)
            large = 1 if a1 - a0 > math.pi else 0
            out.append(
                f'<g>{hover}<path class="arc" d="M{x0:.1f},{y0:.1f} '
                f'A{radius},{radius} 0 {large} 1 {x1:.1f},{y1:.1f}"/></g>'
            )
    return out


def _shape(shape: str, x: float, y: float, hollow: bool = False) -> str:
    css = "hollow" if hollow or shape == MEETING_SHAPE else "mark"
    r = 7.0
    if shape in ("circle", MEETING_SHAPE):
        return f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
    if shape == "square":
        side = 2 * r
        return (
            f'<rect class="{css}" x="{x - r:.1f}" y="{y - r:.1f}" width="{side}" height="{side}"/>'
        )
    points = {
        "diamond": [(0, -r - 2), (r + 2, 0), (0, r + 2), (-r - 2, 0)],
        "triangle": [(0, -r - 2), (r + 1, r), (-r - 1, r)],
        "star": [
            (
                r * 1.3 * math.sin(i * math.pi / 5) * (1 if i % 2 == 0 else 0.45),
                -r * 1.3 * math.cos(i * math.pi / 5) * (1 if i % 2 == 0 else 0.45),
            )
            for i in range(10)
        ],
        "cross": [
            (-3, -r),
            (3, -r),
            (3, -3),
            (r, -3),
            (r, 3),
            (3, 3),
            (3, r),
            (-3, r),
            (-3, 3),
            (-r, 3),
            (-r, -3),
            (-3, -3),
        ],
    }[shape]
    path = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in points)
    return f'<polygon class="{css}" points="{path}"/>'


def _line(entry: Occurrence, lang: str, many_years: bool, full: bool = False) -> str:
    if entry.dated:
        when = f"{entry.first.day} {t(f'report.month.{entry.first.month}', lang)[:3]}"
        if entry.start is not None:
            when += f" {entry.start.strftime('%H:%M')}"
    else:
        when = text.span(entry, lang)
    if many_years:
        when += f" {entry.first.year}"
    line = f"{when} · {text.title(entry, lang)}"
    if not full and len(line) > MAX_CHARS:
        line = line[: MAX_CHARS - 1].rstrip() + "…"
    return line


def _blocks(entries: list[Occurrence], lang: str, many_years: bool) -> list[str]:
    """Each month's entries by name, January to June down the right of the circle and
    July to December up its left, so that the blocks follow the wheel and never overlap."""
    by_month = {m: [e for e in entries if e.first.month == m] for m in range(1, 13)}
    out: list[str] = []
    for months, x, anchor in (
        (range(1, 7), CX + RADIUS + 36, "start"),
        (range(12, 6, -1), CX - RADIUS - 36, "end"),
    ):
        heights = {
            m: (1 + min(len(by_month[m]), MAX_LINES) + (len(by_month[m]) > MAX_LINES))
            for m in months
        }
        space = (COLUMN_BOTTOM - COLUMN_TOP - sum(heights.values()) * LINE) / 5
        y = float(COLUMN_TOP)
        for month in months:
            out += _block(month, by_month[month], x, y, anchor, lang, many_years)
            y += heights[month] * LINE + max(space, 8)
    return out


def _block(
    month: int,
    lines: list[Occurrence],
    x: float,
    top: float,
    anchor: str,
    lang: str,
    many_years: bool,
) -> list[str]:
    out = [_text(x, top + LINE, t(f"report.month.{month}", lang).capitalize(), "month", anchor)]
    for i, entry in enumerate(lines[:MAX_LINES], start=2):
        full = escape(_line(entry, lang, many_years, full=True))
        row = _text(x, top + i * LINE + 2, _line(entry, lang, many_years), "entry", anchor)
        out.append(f"<g><title>{full}</title>{row}</g>")
    if len(lines) > MAX_LINES:
        more = t("calendar.more", lang, count=len(lines) - MAX_LINES)
        out.append(_text(x, top + (MAX_LINES + 2) * LINE + 2, more, "entry", anchor))
    if not lines:
        out.append(_text(x, top + 2 * LINE + 2, "–", "entry", anchor))
    return out


def _legend(lang: str) -> list[str]:
    out = [_text(40, HEIGHT - 95, t("calendar.legend", lang), "legend")]
    kinds: list[tuple[str | None, str]] = [(k, SHAPES[k]) for k in EVENT_TYPES]
    kinds.append((None, MEETING_SHAPE))
    for i, (kind, shape) in enumerate(kinds):
        x = 50 + (i % 4) * 240
        y = HEIGHT - 68 + (i // 4) * 26
        name = t(f"report.event_type.{kind}", lang) if kind else t("calendar.meetings", lang)
        out.append(_shape(shape, x, y - 4))
        out.append(_text(x + 16, y, name, "legend"))
    out.append(_shape("triangle", 50 + 3 * 240, HEIGHT - 68 + 26 - 4, hollow=True))
    out.append(_text(50 + 3 * 240 + 16, HEIGHT - 68 + 26, t("calendar.hollow", lang), "legend"))
    return out


def _hand(today: date) -> str:
    x, y = _point(_angle(today), RADIUS + 12)
    return f'<line class="today" x1="{CX}" y1="{CY}" x2="{x:.1f}" y2="{y:.1f}"/>'
