"""Read a workbook's cells safely: the container is checked first (safety.py), openpyxl
opens it read-only, without macros or links to other workbooks, and parses its XML
through defusedxml; formulas come back as their text, never their computed value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from . import layout
from .grid import Book, Grid, Raw, SheetOrigin
from .safety import Refused, inspect

MAX_ROWS = 50_000
MAX_COLUMNS = 60
MAX_SHEETS = 1_000


def read_workbook(path: Path) -> Book:
    found = inspect(path)
    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise Refused("excel.error.no_defusedxml")
    try:
        book = openpyxl.load_workbook(
            path, read_only=True, data_only=False, keep_vba=False, keep_links=False
        )
    except Exception as exc:  # noqa: BLE001 - openpyxl wraps the parser's errors variously
        raise _refusal(exc, path) from exc
    try:
        if len(book.worksheets) > MAX_SHEETS:
            raise Refused("excel.error.sheets", file=path, limit=MAX_SHEETS)
        grids = []
        meta = None
        for ws in book.worksheets:
            if not isinstance(ws, ReadOnlyWorksheet):
                continue
            grid = _grid(ws)
            if ws.title == layout.LISTS_SHEET:
                meta = _meta(grid)
                if meta is not None:
                    continue
            if ws.title in layout.README_SHEETS:
                continue
            grids.append(grid)
        period = None
        if meta is not None:
            period, origins = meta
            for grid in grids:
                grid.origin = origins.get(grid.name)
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed sheet part, whatever the parser says
        raise _refusal(exc, path) from exc
    finally:
        book.close()
    return Book(grids, meta is not None, period, found.ignored)


def _refusal(exc: BaseException, path: Path) -> Refused:
    """Why openpyxl could not read PATH: defusedxml's refusal when it is one (openpyxl
    wraps it in a ValueError), else the error's kind and first words."""
    cause: BaseException | None = exc
    while cause is not None:
        if type(cause).__module__.startswith("defusedxml"):  # DTD/EntitiesForbidden
            return Refused("excel.error.entities", file=path, part=type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    reason = f"{type(exc).__name__}: {str(exc)[:120]}" if str(exc) else type(exc).__name__
    return Refused("excel.error.corrupt", file=path, reason=reason)


def _grid(ws: ReadOnlyWorksheet) -> Grid:
    grid = Grid(ws.title)
    # the stubs type iter_rows for Worksheet only; ReadOnlyWorksheet borrows it
    rows: Any = ws.iter_rows(max_col=MAX_COLUMNS)  # type: ignore[misc]
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise Refused("excel.error.rows", sheet=ws.title, limit=MAX_ROWS)
        cells: list[Raw | None] = []
        number = None
        for cell in row:
            number = getattr(cell, "row", number)
            value = getattr(cell, "value", None)
            if value is None or value == "":
                cells.append(None)
                continue
            cells.append(Raw(value, str(cell.data_type), str(cell.number_format or "General")))
        if any(cells) and number is not None:
            grid.rows.append((number, _trim(cells)))
    return grid


def _trim(cells: list[Raw | None]) -> list[Raw | None]:
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _meta(grid: Grid) -> tuple[str | None, dict[str, SheetOrigin]] | None:
    rows = {number: [c.value if c else None for c in cells] for number, cells in grid.rows}
    first = rows.get(1, [])
    column = layout.META_COLUMN - 1
    if len(first) <= column or first[column] != layout.FORMAT_MARK:
        return None
    period_row = rows.get(2, [])
    period = _text(period_row[column + 1]) if len(period_row) > column + 1 else ""
    origins: dict[str, SheetOrigin] = {}
    for number, values in rows.items():
        if number < 4 or len(values) < column + 4:
            continue
        name, file, unit, digest = (_text(v) for v in values[column : column + 4])
        if name and file:
            origins[name] = SheetOrigin(file, unit, digest)
    return period or None, origins


def _text(value: Any) -> str:
    return "" if value is None else str(value)
