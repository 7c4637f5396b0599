"""``rustool coverage --format table``: the coverage as tables on a terminal (rich).

Zeros that are gaps (a mål, prioritering, kategori or roll without activities, a month
without events) are shown in bold red where the terminal has colour; everything from the
workspace is printed as plain text, never as rich markup.

A table that does not fit the terminal is printed at its narrowest (names wrapped at
spaces) and left to the terminal to wrap: rich would otherwise drop whole columns.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from .output import Table, header_lines, label, one_line, tables
from .result import Coverage

GAP = "bold red"
# rich's SIMPLE_HEAD, with a rule (not a blank line) above a total row
BOX = box.Box("    \n    \n ── \n    \n ── \n    \n    \n    \n")
TITLE = "bold"


def print_table(cov: Coverage, lang: str, console: Console) -> None:
    console.print(Text(one_line(label("title", lang, strategy=cov.strategy_name)), style=TITLE))
    for line in header_lines(cov, lang):
        console.print(Text(one_line(line)))
    for table in tables(cov, lang):
        console.print()
        console.print(Text(one_line(table.title), style=TITLE))
        if table.head:
            console.print(_rich(table), width=max(narrowest(table), console.width), crop=False)
        if table.notes:
            console.print(_bullets(table.notes))


def table_text(cov: Coverage, lang: str, width: int = 120) -> str:
    """The table as plain text (no colour), for ``-o FILE``."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        soft_wrap=False,
    )
    print_table(cov, lang, console)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def _bullets(notes: list[str]) -> RichTable:
    """Sentences as a bulleted list, wrapped lines indented under the text."""
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column()
    grid.add_column()
    for note in notes:
        grid.add_row("•", Text(one_line(note)))
    return grid


def _rich(table: Table) -> RichTable:
    out = RichTable(box=BOX, show_edge=False, pad_edge=False, highlight=False)
    shown = [j for j in range(len(table.head)) if j not in table.terminal_hides]
    for j in shown:
        out.add_column(
            Text(one_line(table.head[j])),
            min_width=_narrowest(table, j),
            justify="right" if table.align[j] == "r" else "left",
            overflow="fold",
        )
    last = len(table.rows) - 1
    for i, row in enumerate(table.rows):
        total = table.total_row and i == last
        depth = table.depth[i] if table.depth else 0
        cells = [
            _cell(row[j], depth if j == 0 else 0, j in table.gaps and not total) for j in shown
        ]
        out.add_row(*cells, end_section=table.total_row and i == last - 1)
    return out


def narrowest(table: Table) -> int:
    """The table's narrowest width on the terminal: each shown column at its narrowest, a
    space of padding on each side but the outer ones, and a separator between columns (as
    rich lays out ``box.SIMPLE_HEAD`` without edges; a test holds this against rich's own
    measurement, which would cost a third of the rendering time)."""
    shown = [j for j in range(len(table.head)) if j not in table.terminal_hides]
    return sum(_narrowest(table, j) for j in shown) + 3 * (len(shown) - 1)


def _narrowest(table: Table, column: int) -> int:
    """The longest word of a text column (so names wrap at spaces, never inside a word, and
    a deep node keeps its indentation); a number column's widest cell or header."""
    cells = [one_line(table.head[column]), *(one_line(row[column]) for row in table.rows)]
    if table.align[column] == "r":
        return max(map(len, cells))
    words = [len(word) for cell in cells for word in cell.split()]
    if column == 0 and table.depth:
        pairs = zip(table.depth, table.rows, strict=True)
        words += [2 * depth + len(one_line(row[0])) for depth, row in pairs]
    return max(words, default=1)


def _cell(value: Any, indent: int, gap: bool) -> Text:
    if isinstance(value, int) and not isinstance(value, bool):
        return Text(str(value), style=GAP if gap and value == 0 else "")
    return Text("  " * indent + one_line(value))
