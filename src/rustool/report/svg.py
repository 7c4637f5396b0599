"""Pictures for the HTML report, as inline SVG: the årshjul, status bars, sparklines.

Every picture has a text alternative (``role="img"`` with an ``aria-label``, a ``<title>``
and, where useful, hover titles on its parts) and never relies on colour alone: rings
carry numbers, bars carry labels and counts. The palette is Okabe–Ito's, which stays
distinguishable for the common forms of colour blindness. All text is escaped.
"""

from __future__ import annotations

import calendar
import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from ..model.types import EVENT_TYPES, STATUSES
from ..numbers import number
from .labels import label

# Okabe, M. and Ito, K. (2008): Color Universal Design.
BLUE, VERMILLION, GREEN, ORANGE = "#0072B2", "#D55E00", "#009E73", "#E69F00"
PURPLE, SKY, YELLOW, GREY, INK = "#CC79A7", "#56B4E9", "#F0E442", "#999999", "#1a1a1a"
EVENT_COLOURS = dict(zip(EVENT_TYPES, (BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY), strict=True))
STATUS_COLOURS = dict(zip(STATUSES, (SKY, BLUE, GREEN, VERMILLION, YELLOW, GREY), strict=True))
_LIGHT_TEXT = {BLUE}  # fills dark enough for white text; black text on the others

Context = dict[str, Any]


def pictures(context: Context, lang: str) -> Context:
    """The report's pictures, ready to place in HTML (``Markup``)."""
    sparklines: dict[str, Markup | None] = {}
    for area in context["areas"]:
        for goal in area["goals"]:
            for indicator in goal["indicators"]:
                sparklines[indicator["id"]] = sparkline(indicator, lang, len(sparklines) + 1)
    wheel_ctx = context["wheel"]
    today = date.fromisoformat(context["header"]["today"])
    return {
        "wheel": wheel(wheel_ctx, today, lang) if wheel_ctx else None,
        "status": status_bars(context["summary"]["by_status"], lang),
        "sparklines": sparklines,
    }


_label = label


def _text(x: float, y: float, content: str, **attrs: Any) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(content)}</text>'


def _svg(
    width: int, height: int, label: str, body: list[str], css_class: str, svg_id: str | None = None
) -> Markup:
    ident = f' id="{escape(svg_id)}"' if svg_id else ""
    return Markup(
        f'<svg{ident} viewBox="0 0 {width} {height}" '
        f'class="{css_class}" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


# --------------------------------------------------------------------------- the årshjul

SIZE, CX, CY = 760, 270, 270
INNER, RING, GAP_DEG = 84.0, 24.0, 18.0
MONTH_SPAN = (360.0 - GAP_DEG) / 12


def _angle_of_month(month: int) -> float:
    return GAP_DEG / 2 + (month - 1) * MONTH_SPAN


def _point(radius: float, degrees: float) -> tuple[float, float]:
    rad = math.radians(degrees)
    return CX + radius * math.sin(rad), CY - radius * math.cos(rad)


def _sector(r_in: float, r_out: float, start: float, end: float) -> str:
    (x1, y1), (x2, y2) = _point(r_out, start), _point(r_out, end)
    (x3, y3), (x4, y4) = _point(r_in, end), _point(r_in, start)
    return (
        f"M{x1:.2f},{y1:.2f} A{r_out:.1f},{r_out:.1f} 0 0 1 {x2:.2f},{y2:.2f} "
        f"L{x3:.2f},{y3:.2f} A{r_in:.1f},{r_in:.1f} 0 0 0 {x4:.2f},{y4:.2f} Z"
    )


def wheel(ctx: Context, today: date, lang: str) -> Markup:
    """Twelve months clockwise from the top, one ring per event type (numbered in the gap
    at the top and in the legend), the count of events in each cell, today as a hand."""
    body: list[str] = []
    outer = INNER + RING * len(EVENT_TYPES)
    for month in ctx["months"]:
        m = month["month"]
        start, end = _angle_of_month(m), _angle_of_month(m) + MONTH_SPAN
        for ring, kind in enumerate(EVENT_TYPES):
            events = [e for e in month["events"] if e["kind"] == kind]
            r_in = INNER + ring * RING
            fill = EVENT_COLOURS[kind] if events else "#f0f0f0"
            tip = f"{_label(f'month.{m}', lang)} · {_label(f'event_type.{kind}', lang)}"
            if events:
                tip += ": " + "; ".join(f"{e['id']} {e['name']}" for e in events)
            body.append(
                f'<path d="{_sector(r_in, r_in + RING, start, end)}" fill="{fill}" '
                f'stroke="#fff" stroke-width="1.5"><title>{escape(tip)}</title></path>'
            )
            if events:
                x, y = _point(r_in + RING / 2, (start + end) / 2)
                colour = "#fff" if fill in _LIGHT_TEXT else "#000"
                body.append(_text(x, y + 4, str(len(events)), class_="cell", fill=colour))
        x, y = _point(outer + 20, (start + end) / 2)
        body.append(_text(x, y + 4, _label(f"month.{m}", lang)[:3], class_="month"))
    for ring in range(len(EVENT_TYPES)):
        x, y = _point(INNER + ring * RING + RING / 2, 0)
        body.append(_text(x, y + 4, str(ring + 1), class_="ring"))
    body += _today_hand(today, outer, lang)
    body += _wheel_legend(ctx, outer, lang)
    count = len({e["id"] for month in ctx["months"] for e in month["events"]})
    label = _label("wheel_alt", lang, year=ctx["year"], count=count, date=today.isoformat())
    return _svg(SIZE, 2 * CY, label, body, "wheel", "wheel-picture")


def _today_hand(today: date, outer: float, lang: str) -> list[str]:
    days = calendar.monthrange(today.year, today.month)[1]
    angle = _angle_of_month(today.month) + MONTH_SPAN * (today.day - 0.5) / days
    start = _angle_of_month(today.month)
    x1, y1 = _point(INNER - 6, angle)
    x2, y2 = _point(outer + 6, angle)
    tip_x, tip_y = _point(outer + 2, angle)
    return [
        f'<path d="{_sector(INNER, outer, start, start + MONTH_SPAN)}" fill="none" '
        f'stroke="{INK}" stroke-width="2.5"/>',
        f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{INK}" '
        f'stroke-width="3" stroke-linecap="round"/>',
        f'<circle cx="{tip_x:.2f}" cy="{tip_y:.2f}" r="5" fill="{INK}"/>',
        _text(CX, CY - 8, _label("today", lang), class_="today-label"),
        _text(
            CX, CY + 14, f"{today.day} {_label(f'month.{today.month}', lang)}", class_="today-date"
        ),
        _text(CX, CY + 32, str(today.year), class_="today-year"),
    ]


def _wheel_legend(ctx: Context, outer: float, lang: str) -> list[str]:
    x0, y = CX + outer + 50, 60.0
    out = [_text(x0, y, _label("event_types", lang), class_="legend-title")]
    drawn = {e["id"]: e["kind"] for month in ctx["months"] for e in month["events"]}
    counts = {kind: 0 for kind in EVENT_TYPES}
    for kind in drawn.values():
        counts[kind] = counts.get(kind, 0) + 1
    for ring, kind in enumerate(EVENT_TYPES):
        y += 30
        out.append(
            f'<rect x="{x0:.1f}" y="{y - 14:.1f}" width="22" height="20" rx="3" '
            f'fill="{EVENT_COLOURS[kind]}"/>'
        )
        colour = "#fff" if EVENT_COLOURS[kind] in _LIGHT_TEXT else "#000"
        out.append(_text(x0 + 11, y + 1, str(ring + 1), class_="ring", fill=colour))
        name = f"{_label(f'event_type.{kind}', lang)} ({counts[kind]})"
        out.append(_text(x0 + 30, y + 1, name, class_="legend"))
    y += 44
    out.append(_text(x0, y, _label("wheel_hint_rings", lang), class_="hint"))
    out.append(_text(x0, y + 18, _label("wheel_hint_cells", lang), class_="hint"))
    out.append(_text(x0, y + 36, _label("wheel_hint_today", lang), class_="hint"))
    return out


# --------------------------------------------------------------------------- status bars


def status_bars(by_status: list[Context], lang: str) -> Markup:
    """One labelled bar per status, its length the number of activities."""
    row, left, width = 30, 130, 300
    most = max((s["count"] for s in by_status), default=0) or 1
    body: list[str] = []
    for i, item in enumerate(by_status):
        y = 8 + i * row
        name = _label(f"status.{item['status']}", lang)
        body.append(_text(left - 10, y + 16, name, class_="bar-label"))
        length = width * item["count"] / most
        body.append(
            f'<rect x="{left}" y="{y + 2}" width="{length:.1f}" height="20" '
            f'fill="{STATUS_COLOURS[item["status"]]}" stroke="{INK}" '
            f'stroke-width="0.5"/>'
        )
        body.append(_text(left + length + 8, y + 16, str(item["count"]), class_="bar-count"))
    parts = ", ".join(f"{_label('status.' + s['status'], lang)} {s['count']}" for s in by_status)
    label = _label("status_alt", lang, counts=parts)
    return _svg(left + width + 60, 16 + row * len(by_status), label, body, "bars", "status-picture")


# --------------------------------------------------------------------------- sparklines


def sparkline(ind: Context, lang: str, number_: int) -> Markup | None:
    """The outcomes as a line, the straight road from baseline to target dashed."""
    base, target, series = ind["baseline"], ind["target"], list(ind["series"])
    points = ([base] if base else []) + [m for m in series if not base or m["year"] > base["year"]]
    if not points:
        return None
    ends = points + ([target] if target else [])
    national = [
        {"year": p["year"], "value": p["national"]} for p in points if p.get("national") is not None
    ]
    years = [p["year"] for p in ends]
    values = [p["value"] for p in ends + national]
    w, h, pad = 160, 44, 6
    y_lo, y_hi = min(values), max(values)
    x_lo, x_hi = min(years), max(years)

    def xy(p: Context) -> tuple[float, float]:
        x = pad + (w - 2 * pad) * ((p["year"] - x_lo) / (x_hi - x_lo) if x_hi > x_lo else 0.5)
        y = h - pad - (h - 2 * pad) * ((p["value"] - y_lo) / (y_hi - y_lo) if y_hi > y_lo else 0.5)
        return x, y

    body = []
    if base and target:
        (x1, y1), (x2, y2) = xy(base), xy(target)
        body.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{GREY}" stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
        body.append(
            f'<circle cx="{x2:.1f}" cy="{y2:.1f}" r="3.5" fill="#fff" '
            f'stroke="{INK}" stroke-width="1.5"/>'
        )
    if national:  # Sweden, stored beside the county's outcomes (`riket`), thin and grey
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in map(xy, national))
        body.append(
            f'<polyline class="national" points="{line}" fill="none" stroke="{GREY}" '
            f'stroke-width="1.2"/>'
        )
        nx, ny = xy(national[-1])
        body.append(f'<circle cx="{nx:.1f}" cy="{ny:.1f}" r="2" fill="{GREY}"/>')
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in map(xy, points))
    body.append(f'<polyline points="{coords}" fill="none" stroke="{BLUE}" stroke-width="2"/>')
    lx, ly = xy(points[-1])
    body.append(f'<circle cx="{lx:.1f}" cy="{ly:.1f}" r="3.5" fill="{BLUE}"/>')
    label = _spark_label(ind, lang)
    return _svg(w, h, label, body, "spark", f"spark-{number_}")


def _spark_label(ind: Context, lang: str) -> str:
    def value(m: Context | None) -> str:
        return f"{number(m['value'], lang)} ({m['year']})" if m else "–"

    text = _label(
        "spark_alt",
        lang,
        name=ind["name"],
        baseline=value(ind["baseline"]),
        latest=value(ind["latest"]),
        target=value(ind["target"]),
    )
    latest = ind["latest"]
    if latest and latest.get("national") is not None:
        text += f" ({_label('national_line', lang)}, {number(latest['national'], lang)})"
    return text
