"""The same table as CSV (RFC 4180): `;` between fields and a byte-order mark by default,
which is what Swedish Excel reads and writes.

A CSV file has no sheets, so its first column names the unit (`Enhet`). A value that
starts with `=`, `+`, `-`, `@`, a tab or `'` is written with a leading `'`, which
spreadsheet programs show as text rather than run as a formula; reading strips it again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from .columns import FOLLOWUP_COLUMNS, PLAN_COLUMNS, UNIT_COLUMN, Column, cell_value, find_column
from .grid import Book, Grid, Raw, SheetOrigin
from .safety import MAX_FILE_BYTES, Refused
from .table import Export

MAX_ROWS = 100_000
PERIOD_COLUMN = Column("period", "Period", "Period", 10)
_LEADS = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_text(export: Export, lang: str, delimiter: str = ";") -> str:
    """The export as CSV text (the caller adds the byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    followup = export.period is not None
    columns = FOLLOWUP_COLUMNS if followup else PLAN_COLUMNS
    lead = (UNIT_COLUMN, PERIOD_COLUMN) if followup else (UNIT_COLUMN,)
    writer.writerow([c.heading(lang) for c in (*lead, *columns)])
    for sheet in export.sheets:
        for activity in sheet.activities:
            row: list[object] = [_safe(sheet.unit)]
            if followup:
                row.append(export.period)
            for column in columns:
                if followup and column.key in ("ny_status", "kommentar"):
                    row.append("")
                    continue
                value = cell_value(activity.get(column.key), column.kind)
                row.append(
                    "" if value is None else _safe(value) if isinstance(value, str) else value
                )
            writer.writerow(row)
    return out.getvalue()


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_LEADS) else value


def read_csv(path: Path) -> Book:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Refused("excel.error.unreadable", file=path, reason=exc.strerror or exc) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise Refused(
            "excel.error.too_big",
            file=path,
            size_mb=round(len(raw) / 2**20, 1),
            limit_mb=MAX_FILE_BYTES // 2**20,
        )
    ignored: list[tuple[str, dict[str, object]]] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # "CSV (semikolonavgränsad)" in Excel
        ignored.append(("excel.csv_cp1252", {}))
    if "\x00" in text:
        raise Refused("excel.error.not_csv", file=path)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _book(path.name, rows, ignored)


def _book(
    name: str, rows: Iterator[list[str]], ignored: list[tuple[str, dict[str, object]]]
) -> Book:
    grids: dict[str, Grid] = {}
    heading: tuple[int, list[Raw | None]] | None = None
    unit_index: int | None = None
    period_index: int | None = None
    period: str | None = None
    try:
        for number, values in enumerate(rows, start=1):
            if number > MAX_ROWS:
                raise Refused("excel.error.rows", sheet=name, limit=MAX_ROWS)
            cells = [Raw(_unsafe(v)) if v.strip() else None for v in values]
            if heading is None:
                labels = [str(c.value) if c else "" for c in cells]
                unit_index = _index(labels, UNIT_COLUMN)
                period_index = _index(labels, PERIOD_COLUMN)
                heading = (number, cells)
                continue
            if not any(cells):
                continue
            unit = _at(cells, unit_index)
            if period_index is not None and period is None:
                period = _at(cells, period_index) or None
            grid = grids.get(unit)
            if grid is None:
                grid = grids[unit] = Grid(name, [heading], SheetOrigin("", unit))
            grid.rows.append((number, cells))
    except csv.Error as exc:
        raise Refused("excel.error.csv", file=name, reason=str(exc)) from exc
    exported = unit_index is not None
    return Book(list(grids.values()), exported, period, ignored)


def _index(labels: list[str], column: Column) -> int | None:
    for index, label in enumerate(labels):
        if find_column(label, (column,)) is not None:
            return index
    return None


def _at(cells: list[Raw | None], index: int | None) -> str:
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    return str(cells[index].value)  # type: ignore[union-attr]


def _unsafe(value: str) -> str:
    return value[1:] if value.startswith("'") else value
