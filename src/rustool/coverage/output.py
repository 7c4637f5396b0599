"""A :class:`~rustool.coverage.Coverage` as JSON, CSV or Markdown, and the sentences the
terminal table shares with Markdown. Labels come from the ``coverage.`` block of the
message catalogues.

Text from the workspace is made safe for each format: Markdown cells through
:func:`rustool.mdtext.escape` (a ``|`` or a newline never breaks a table), CSV through the
standard ``csv`` module (fields with a delimiter, quote or newline are quoted), and the
terminal by :func:`one_line` (control characters removed, whitespace folded).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from .. import numbers
from ..i18n import t
from ..mdtext import escape as md
from ..model.types import STATUSES
from .result import Coverage
from .thresholds import ITEM_KEYS, Outcome

FORMATS = ("table", "json", "csv", "md")
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}
MAX_LISTED = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
_FORMULA_START = frozenset("=+-@\t\r")


def label(key: str, lang: str, /, **fields: Any) -> str:
    """``coverage.KEY``; with an int ``count``, the ``.one`` or ``.other`` form if there is
    one."""
    return t(f"coverage.{key}", lang, **fields)


def one_line(value: Any) -> str:
    """Text for a terminal cell: no control characters (no escape sequences), one line."""
    return _SPACE.sub(" ", _CONTROL.sub(" ", str(value))).strip()


def listing(values: Iterable[str], lang: str) -> str:
    """``a, b, c`` (at most ``MAX_LISTED``, then ``… and N more``), or ``none``."""
    items = [one_line(v) for v in values]
    if not items:
        return label("none", lang)
    shown = ", ".join(items[:MAX_LISTED])
    if len(items) > MAX_LISTED:
        shown += " " + label("more", lang, count=len(items) - MAX_LISTED)
    return shown


def status_label(status: str, lang: str) -> str:
    return label(f"status.{status}", lang)


def month_label(month: int, lang: str) -> str:
    return label(f"month.{month}", lang)


def share_text(count: int, total: int, lang: str) -> str:
    """``45 av 48 (94 %)``."""
    share = numbers.percent(count / total if total else None, lang)
    return label("share", lang, count=count, total=total, share=share)


# --------------------------------------------------------------------------- sentences


def header_lines(cov: Coverage, lang: str) -> list[str]:
    """What was counted: the activities, the plans they come from, the filters."""
    units = label("units", lang, count=len(cov.units))
    lines = [label("scope", lang, count=cov.activities, units=units)]
    if cov.source == "merged":
        lines.append(label("source.merged", lang))
    elif cov.source == "none":
        lines.append(label("source.none", lang))
    if cov.ignored_merged:
        lines.append(label("source.ignored", lang, files=listing(cov.ignored_merged, lang)))
    filters = []
    if cov.filters.year is not None:
        filters.append(label("filter.year", lang, year=cov.filters.year))
    if cov.filters.units:
        filters.append(label("filter.units", lang, units=listing(cov.filters.units, lang)))
    if cov.filters.statuses:
        names = [status_label(s, lang) for s in cov.filters.statuses]
        filters.append(label("filter.statuses", lang, statuses=listing(names, lang)))
    if filters:
        lines.append(label("filters", lang, filters="; ".join(filters)))
    return lines


def summary_lines(cov: Coverage, lang: str) -> list[str]:
    """The shares and the gaps, one sentence each."""
    lines = [
        label("summary.linked", lang, share=share_text(cov.linked.count, cov.linked.total, lang)),
        label(
            "summary.with_owner",
            lang,
            share=share_text(cov.with_owner.count, cov.with_owner.total, lang),
        ),
        label("summary.overdue", lang, count=cov.overdue, today=cov.today.isoformat()),
        label("gap.uncovered", lang, ids=listing(cov.uncovered, lang)),
        label("gap.empty_categories", lang, names=listing(cov.empty_categories, lang)),
        label("gap.unused_roles", lang, names=listing(cov.unused_roles, lang)),
    ]
    if cov.unknown_references:
        lines.append(
            label("gap.unknown_references", lang, ids=listing(sorted(cov.unknown_references), lang))
        )
    return lines


def wheel_lines(cov: Coverage, lang: str) -> list[str]:
    """The årshjul's gaps: empty months, mål without follow-up, mandate years."""
    wheel = cov.wheel
    if wheel is None:
        return [label("wheel.none", lang)]
    lines = [
        label(
            "wheel.about",
            lang,
            name=one_line(wheel.name or wheel.id),
            count=wheel.events,
            cycle=label(f"cycle.{wheel.cycle}", lang),
        ),
        label(
            "wheel.empty_months",
            lang,
            months=listing([month_label(m, lang) for m in wheel.empty_months], lang),
        ),
        label("wheel.no_follow_up", lang, ids=listing(wheel.goals_without_follow_up, lang)),
    ]
    if not wheel.follow_up_events:
        lines.append(label("wheel.no_follow_up_events", lang))
    if wheel.mandate_years:
        events = [
            f"{event} ({', '.join(map(str, years))})"
            for event, years in wheel.mandate_years.items()
        ]
        lines.append(label("wheel.mandate_years", lang, events=listing(events, lang)))
    if wheel.unknown_links:
        lines.append(label("wheel.unknown_links", lang, ids=listing(wheel.unknown_links, lang)))
    return lines


def indicator_lines(cov: Coverage, lang: str) -> list[str]:
    ind = cov.indicators
    return [
        label(
            "indicators.goals",
            lang,
            count=ind.goals_with_indicator,
            total=ind.goals,
            complete=ind.goals_with_baseline_and_target,
        ),
        label(
            "indicators.count",
            lang,
            count=ind.indicators,
            baseline=ind.with_baseline,
            target=ind.with_target,
            outcome=ind.with_outcome,
        ),
        label("indicators.missing", lang, ids=listing(ind.goals_without_indicator, lang)),
    ]


def threshold_message(outcome: Outcome, cov: Coverage, lang: str) -> str:
    """Why a ``--fail-under`` threshold was missed, naming what fell short."""
    threshold = outcome.threshold
    fields: dict[str, Any] = {
        "threshold": threshold.text,
        "count": outcome.count,
        "total": outcome.total,
        "missed": len(outcome.missed),
        "names": listing(outcome.missed, lang),
        "share": numbers.percent(outcome.share, lang, 1),
        "required": numbers.percent(threshold.value / 100, lang, numbers.decimals(threshold.value)),
        "value": numbers.number(threshold.value, lang, 0),
    }
    key = threshold.key
    if outcome.total == 0:
        counted = {
            "kopplade": "activities",
            "ansvarig": "activities",
            "indikatorer": "mål",
            "uppföljning": "mål",
        }.get(key, key)
        fields["kinds"] = label(f"kinds.{counted}", lang)
        variant = "nothing"
    elif key in ITEM_KEYS:
        fields["kinds"] = label(f"kinds.{key}", lang)
        if threshold.percent:
            variant = "items_share"
        else:
            variant = "empty" if threshold.value == 1 else "items"
    elif key == "uppföljning" and cov.wheel is None:
        variant = "no_wheel"
    else:
        variant = key
    return label(f"threshold.missed.{variant}", lang, **fields)


# --------------------------------------------------------------------------- JSON


def to_json(cov: Coverage) -> str:
    return json.dumps(cov.to_dict(), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- CSV


def to_csv(cov: Coverage, lang: str, delimiter: str = ",", bom: bool = False) -> str:
    """One row per number: section, id, name, measure, value (a tidy table that a
    spreadsheet can pivot). Standard quoting (RFC 4180: a field with the delimiter, a quote
    or a line break is quoted, quotes doubled), CRLF line ends, optionally a UTF-8 BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(
        [label(f"csv.{c}", lang) for c in ("section", "id", "name", "measure", "value")]
    )
    writer.writerows([_inert(cell) for cell in row] for row in csv_rows(cov, lang))
    return ("\ufeff" if bom else "") + out.getvalue()


def _inert(cell: Any) -> Any:
    """Text a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) gets a
    leading apostrophe, as OWASP advises against CSV injection; numbers stay numbers."""
    if isinstance(cell, str) and cell[:1] in _FORMULA_START:
        return "'" + cell
    return cell


def csv_rows(cov: Coverage, lang: str) -> Iterator[list[Any]]:
    def m(key: str) -> str:
        return label(f"measure.{key}", lang)

    section = label("csv.summary", lang)
    yield [section, "", "", m("activities"), cov.activities]
    yield [section, "", "", m("linked"), cov.linked.count]
    yield [section, "", "", m("with_owner"), cov.with_owner.count]
    yield [section, "", "", m("overdue"), cov.overdue]
    yield [section, "", "", m("no_role"), cov.no_role]
    for status in STATUSES:
        yield [section, "", "", status_label(status, lang), cov.by_status[status]]
    section = label("csv.category", lang)
    for row in cov.categories:
        yield [section, "", row.name, m("activities"), row.activities]
        for status in STATUSES:
            yield [section, "", row.name, status_label(status, lang), row.by_status[status]]
        yield [section, "", row.name, m("overdue"), row.overdue]
    for node in cov.nodes:
        section = label(f"kind.{node.kind}", lang)
        yield [section, node.id, node.name, m("activities"), node.activities]
        yield [section, node.id, node.name, m("direct"), node.direct]
        if node.kind == "mål":
            yield [section, node.id, node.name, m("indicators"), node.indicators]
        if node.followed_up is not None:
            yield [section, node.id, node.name, m("followed_up"), int(node.followed_up)]
    section = label("csv.matrix", lang)
    for row in cov.categories:
        for area, count in row.by_area.items():
            yield [section, area, row.name, m("activities"), count]
    section = label("csv.role", lang)
    for role in cov.roles:
        yield [section, "", role.name, m("activities"), role.activities]
    section = label("csv.unit", lang)
    for unit in cov.units:
        for key in ("activities", "linked", "with_owner", "overdue"):
            yield [section, "", unit.name, m(key), getattr(unit, key)]
    section = label("csv.month", lang)
    for month, count in cov.by_month.items():
        yield [section, month, month_label(month, lang), m("events"), count]
    section = label("csv.indicators", lang)
    ind = cov.indicators
    for key in (
        "goals",
        "goals_with_indicator",
        "goals_with_baseline_and_target",
        "indicators",
        "with_baseline",
        "with_target",
        "with_baseline_and_target",
        "with_outcome",
    ):
        yield [section, "", "", m(key), getattr(ind, key)]


# --------------------------------------------------------------------------- Markdown


def to_markdown(cov: Coverage, lang: str) -> str:
    """The same sections as the terminal table, as CommonMark/GFM with pipe tables."""
    parts = [f"# {md(label('title', lang, strategy=cov.strategy_name))}", ""]
    for line in header_lines(cov, lang):
        parts += [md(line), ""]
    for table in tables(cov, lang):
        parts += [f"## {md(table.title)}", ""]
        if table.head:
            parts += [*_md_table(table), ""]
        parts += [f"- {md(line)}" for line in table.notes]
        parts += [""] if table.notes else []
    return "\n".join(parts).rstrip("\n") + "\n"


def _md_table(table: Table) -> list[str]:
    marks = ["---:" if a == "r" else "---" for a in table.align]
    lines = ["| " + " | ".join(md(h) for h in table.head) + " |", "| " + " | ".join(marks) + " |"]
    for row in table.rows:
        lines.append("| " + " | ".join(md(c) if c != "" else " " for c in row) + " |")
    return lines


class Table(NamedTuple):
    """One section of the table and Markdown formats, before escaping for either."""

    title: str
    head: list[str]
    """Column headers; empty for a section of notes only."""
    rows: list[list[Any]]
    """Cells as plain values (str or int)."""
    align: str
    """One letter per column: ``l`` or ``r``."""
    depth: list[int] | tuple[()] = ()
    """For the strategy's nodes: each row's level, to indent the first column by."""
    notes: list[str] | tuple[()] = ()
    """Sentences under the table."""
    gaps: tuple[int, ...] = ()
    """Columns where a zero is a gap worth highlighting."""
    total_row: bool = False
    """Whether the last row is a total."""
    terminal_hides: tuple[int, ...] = ()
    """Columns the terminal leaves out (the level of a node, which indentation shows)."""


def tables(cov: Coverage, lang: str) -> Iterator[Table]:
    """The sections shared by Markdown and the terminal, in order."""

    def col(key: str) -> str:
        return label(f"col.{key}", lang)

    yield Table(
        label("section.categories", lang),
        [col("category"), col("total"), *(status_label(s, lang) for s in STATUSES), col("overdue")],
        [
            [
                _unknown(r.name, r.known, lang),
                r.activities,
                *(r.by_status[s] for s in STATUSES),
                r.overdue,
            ]
            for r in cov.categories
        ]
        + [[col("total"), cov.activities, *(cov.by_status[s] for s in STATUSES), cov.overdue]],
        "l" + "r" * (len(STATUSES) + 2),
        gaps=(1,),
        total_row=True,
    )
    yield _node_table(cov, lang)
    areas = [a.id for a in cov.areas]
    yield Table(
        label("section.matrix", lang),
        [col("category"), *areas, col("total")],
        [
            [_unknown(r.name, r.known, lang), *(r.by_area[a] for a in areas), r.activities]
            for r in cov.categories
        ],
        "l" + "r" * (len(areas) + 1),
        notes=[label("matrix_note", lang)],
        gaps=tuple(range(1, len(areas) + 2)),
    )
    yield _role_table(cov, lang)
    from . import portfolio_tables

    yield from portfolio_tables.tables(cov, lang)
    yield Table(
        label("section.units", lang),
        [col("unit"), col("activities"), col("linked"), col("with_owner"), col("overdue")],
        [[u.name, u.activities, u.linked, u.with_owner, u.overdue] for u in cov.units],
        "lrrrr",
    )
    if cov.wheel is None:
        yield Table(label("section.wheel", lang), [], [], "", notes=wheel_lines(cov, lang))
    else:
        yield Table(
            label("section.wheel", lang),
            [col("month"), *(label(f"month_short.{m}", lang) for m in cov.by_month)],
            [[col("events"), *cov.by_month.values()]],
            "l" + "r" * 12,
            notes=wheel_lines(cov, lang),
            gaps=tuple(range(1, 13)),
        )
    yield Table(label("section.indicators", lang), [], [], "", notes=indicator_lines(cov, lang))
    yield Table(label("section.summary", lang), [], [], "", notes=summary_lines(cov, lang))


def _role_table(cov: Coverage, lang: str) -> Table:
    """Per role: the activities where it is the main role, their share, the activities
    that take it at all, and the kronor of those where it is the main role."""
    details = {d.name: d for d in cov.portfolio.roles} if cov.portfolio else {}
    total_kr = sum(d.kronor for d in details.values())
    rows: list[list[Any]] = []
    for r in cov.roles:
        detail = details.get(r.name)
        kronor = detail.kronor if detail else 0
        rows.append(
            [
                _unknown(r.name, r.known, lang),
                r.activities,
                _percent(r.activities, cov, lang),
                detail.involved if detail else r.activities,
                numbers.kronor(kronor, lang),
                numbers.percent(kronor / total_kr if total_kr else None, lang),
            ]
        )
    if cov.no_role:
        share = _percent(cov.no_role, cov, lang)
        rows.append([label("no_role", lang), cov.no_role, share, "", "", ""])
    head = ["role", "activities", "share", "involved", "kronor", "kronor_share"]
    return Table(
        label("section.roles", lang),
        [label(f"col.{key}", lang) for key in head],
        rows,
        "lrrrrr",
        notes=[label("roles_note", lang)],
        gaps=(1,),
    )


def _node_table(cov: Coverage, lang: str) -> Table:
    with_wheel = cov.wheel is not None
    head = [
        label(f"col.{k}", lang)
        for k in ("id", "kind", "name", "activities", "direct", "indicators")
    ]
    if with_wheel:
        head.append(label("col.followed_up", lang))
    rows = []
    levels = cov.portfolio.levels if cov.portfolio else {}
    for node in cov.nodes:
        row: list[Any] = [
            node.id,
            levels.get(node.kind) or label(f"kind.{node.kind}", lang),
            node.name,
            node.activities,
            node.direct,
            node.indicators if node.kind == "mål" else "",
        ]
        if with_wheel:
            row.append(label("yes" if node.followed_up else "no", lang))
        rows.append(row)
    return Table(
        label("section.nodes", lang),
        head,
        rows,
        "lllrrr" + ("l" if with_wheel else ""),
        depth=[n.depth for n in cov.nodes],
        gaps=(3,),
        terminal_hides=(1,),
    )


def _percent(count: int, cov: Coverage, lang: str) -> str:
    return numbers.percent(count / cov.activities if cov.activities else None, lang)


def _unknown(name: str, known: bool, lang: str) -> str:
    return name if known else label("unknown", lang, name=name)
