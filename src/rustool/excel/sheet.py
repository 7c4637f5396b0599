"""Find the table in a sheet: the heading row (by the columns' names, in either language),
the template's header rows above it, and the rows below, as text by YAML key."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import cells, findings
from .columns import HEADER_ROWS, Column, find_column
from .findings import Finding
from .grid import Grid, Raw, cell_ref
from .layout import HEADING_SEARCH_ROWS


@dataclass(slots=True)
class Row:
    number: int
    values: dict[str, str | None]
    where: dict[str, str]
    """Each key's cell, as `Sheet!C12`."""
    at: str
    """The row's first cell, for findings about the whole row."""

    def filled(self) -> bool:
        return any(v is not None for v in self.values.values())


@dataclass(slots=True)
class Table:
    name: str
    columns: dict[str, Column]
    header: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    """The plan's own keys from the rows above the table: key → (text, cell)."""
    rows: list[Row] = field(default_factory=list)


def read_table(grid: Grid, columns: tuple[Column, ...], out: list[Finding]) -> Table | None:
    """The table in GRID, or None (with a finding) when no heading row names the id."""
    for position, (number, raw_cells) in enumerate(grid.rows):
        if number > HEADING_SEARCH_ROWS:
            break
        found: dict[int, Column] = {}
        for index, raw in enumerate(raw_cells, start=1):
            column = find_column(str(raw.value), columns) if raw is not None else None
            if column is not None and column.key not in {c.key for c in found.values()}:
                found[index] = column
        if len(found) >= 3 and any(c.key == "id" for c in found.values()):
            table = Table(grid.name, {c.key: c for c in found.values()})
            _header(grid, grid.rows[:position], table, out)
            _rows(grid, grid.rows[position + 1 :], found, table, out)
            return table
    out.append(findings.error(findings.SHEET, "excel.no_table", cell_ref(grid.name, 1, 1)))
    return None


def _header(
    grid: Grid, rows: list[tuple[int, list[Raw | None]]], table: Table, out: list[Finding]
) -> None:
    for number, raw_cells in rows:
        if not raw_cells or raw_cells[0] is None:
            continue
        label = find_column(str(raw_cells[0].value), HEADER_ROWS)
        if label is None:
            continue
        where = cell_ref(grid.name, number, 2)
        raw = raw_cells[1] if len(raw_cells) > 1 else None
        table.header[label.key] = (cells.read(raw, label, where, out), where)


def _rows(
    grid: Grid,
    rows: list[tuple[int, list[Raw | None]]],
    columns: dict[int, Column],
    table: Table,
    out: list[Finding],
) -> None:
    for number, raw_cells in rows:
        values: dict[str, str | None] = {}
        where: dict[str, str] = {}
        for index, column in columns.items():
            ref = cell_ref(grid.name, number, index)
            raw = raw_cells[index - 1] if index - 1 < len(raw_cells) else None
            values[column.key] = cells.read(raw, column, ref, out)
            where[column.key] = ref
        row = Row(number, values, where, cell_ref(grid.name, number, min(columns)))
        if row.filled():
            table.rows.append(row)
