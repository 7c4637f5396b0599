"""Write an export as an .xlsx workbook in the template's layout, with openpyxl.

Every value is written as text (or, for the budget, a number): a text that starts with
``=`` (or looks like an error code such as ``#N/A``) is forced to a text cell with a
quote prefix, so no value ever becomes a formula, in Excel or LibreOffice.
"""

from __future__ import annotations

import io
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.protection import SheetProtection
from openpyxl.worksheet.worksheet import Worksheet

from ..i18n import t
from . import layout
from .columns import FOLLOWUP_COLUMNS, HEADER_ROWS, PLAN_COLUMNS, Column, cell_value
from .table import Export, Sheet, blocks

_GREY = PatternFill("solid", fgColor="E7E6E6")
_BLOCK = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)
_STYLES = {
    "text": NamedStyle("rustool-text", alignment=_WRAP, protection=_UNLOCKED, number_format="@"),
    "number": NamedStyle(
        "rustool-number",
        alignment=Alignment(vertical="top"),
        protection=_UNLOCKED,
        number_format="#,##0",
    ),
    "locked": NamedStyle("rustool-locked", alignment=_WRAP, fill=_GREY, number_format="@"),
    "heading": NamedStyle("rustool-heading", font=Font(bold=True), fill=_GREY, alignment=_WRAP),
    "block": NamedStyle("rustool-block", font=Font(bold=True), fill=_BLOCK, protection=_UNLOCKED),
    "label": NamedStyle("rustool-label", font=Font(bold=True)),
}
_LEADS = ("=", "+", "-", "@")
ErrorStyle = Literal["stop", "warning", "information"]
_ERROR_CODES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


def workbook_bytes(export: Export, lang: str, digests: dict[str, str]) -> bytes:
    """The workbook as bytes; DIGESTS maps each plan file to its SHA-256 at export."""
    book = Workbook()
    for style in _STYLES.values():
        book.add_named_style(style)
    readme = book.active
    assert readme is not None
    readme.title = layout.README_SHEETS[1 if lang == "en" else 0]
    _readme(readme, export, lang)
    lists = book.create_sheet(layout.LISTS_SHEET)
    _lists(lists, export, digests)
    for sheet in export.sheets:
        ws = book.create_sheet(sheet.name)
        if export.period is None:
            _plan_sheet(ws, sheet, export, lang)
        else:
            _followup_sheet(ws, sheet, export, lang)
    lists.sheet_state = "hidden"
    book.active = 2 if export.sheets else 0
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def put(ws: Worksheet, row: int, column: int, value: Any, style: str = "text") -> Cell:
    """Write one value; text stays text whatever it starts with."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell)  # never a merged cell: the sheets merge none
    lead = False
    if isinstance(value, str):
        cell.value = value
        if cell.data_type != "s" or value in _ERROR_CODES:
            cell.data_type = "s"
        lead = value.startswith(_LEADS) or value in _ERROR_CODES
    elif value is not None:
        cell.value = value
    cell.style = _STYLES[style].name
    if lead:  # Excel shows it as text, and keeps it text when the cell is edited
        cell.quotePrefix = True
    return cell


def _plan_sheet(ws: Worksheet, sheet: Sheet, export: Export, lang: str) -> None:
    put(ws, layout.TITLE_ROW, 1, _title(sheet, lang), "label")
    row = layout.FIRST_HEADER_ROW
    wide = sum(c.width for c in PLAN_COLUMNS[1:])
    for column in HEADER_ROWS:
        put(ws, row, 1, column.heading(lang), "label")
        value = cell_value(sheet.header.get(column.key), column.kind)
        put(ws, row, 2, value)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(PLAN_COLUMNS))
        _fit_height(ws, row, [(value, wide)])
        row += 1
    heading_row = row + 1
    first, last = _table(ws, heading_row, PLAN_COLUMNS, lang)
    row = first
    for category, activities in blocks(sheet, export.lists.categories):
        if category:
            put(ws, row, 1, category, "block")
            row += 1
        for activity in activities:
            shown = []
            for index, column in enumerate(PLAN_COLUMNS, start=1):
                value = activity.get(column.key)
                _put_value(ws, row, index, column, value)
                shown.append((cell_value(value, column.kind), column.width))
            _fit_height(ws, row, shown)
            row += 1
    _validations(ws, first, row + layout.SPARE_ROWS, PLAN_COLUMNS, export, lang)


def _followup_sheet(ws: Worksheet, sheet: Sheet, export: Export, lang: str) -> None:
    period = export.period or ""
    put(
        ws,
        layout.TITLE_ROW,
        1,
        t("excel.form.title", lang, unit=sheet.unit, period=period),
        "label",
    )
    put(ws, layout.FIRST_HEADER_ROW, 1, t("excel.form.period", lang), "label")
    put(ws, layout.FIRST_HEADER_ROW, 2, period, "locked")
    put(ws, layout.FIRST_HEADER_ROW + 1, 1, t("excel.form.hint", lang), "label")
    first, _ = _table(ws, layout.FIRST_HEADER_ROW + 3, FOLLOWUP_COLUMNS, lang)
    row = first
    for activity in sheet.activities:
        shown = []
        for index, column in enumerate(FOLLOWUP_COLUMNS, start=1):
            value = None if column.key in ("ny_status", "kommentar") else activity.get(column.key)
            locked = column.key not in ("ny_status", "kommentar")
            _put_value(ws, row, index, column, value, locked)
            shown.append((cell_value(value, column.kind), column.width))
        _fit_height(ws, row, shown)
        row += 1
    _validations(ws, first, row, FOLLOWUP_COLUMNS, export, lang)


def _table(
    ws: Worksheet, heading_row: int, columns: tuple[Column, ...], lang: str
) -> tuple[int, int]:
    """Column headings, widths, frozen panes and protection; the first data row."""
    for index, column in enumerate(columns, start=1):
        put(ws, heading_row, index, column.heading(lang), "heading")
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.key != "id":  # the rows a unit adds can be typed in, except the id
            dimension.protection = _UNLOCKED
            dimension.alignment = _WRAP
            if column.kind != "int":
                dimension.number_format = "@"
    ws.freeze_panes = f"B{heading_row + 1}"
    ws.page_setup.orientation = "landscape"  # printed (or made a PDF): one page wide
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.protection = SheetProtection(
        sheet=True,
        formatCells=False,
        formatRows=False,
        formatColumns=False,
        insertRows=False,
        deleteRows=False,
        sort=False,
        autoFilter=False,
    )
    return heading_row + 1, len(columns)


def _put_value(
    ws: Worksheet, row: int, index: int, column: Column, value: Any, locked: bool = False
) -> None:
    shown = cell_value(value, column.kind)
    if locked or column.key == "id":
        put(ws, row, index, shown, "locked")
    elif isinstance(shown, int):
        put(ws, row, index, shown, "number")
    else:
        put(ws, row, index, shown)


def _fit_height(ws: Worksheet, row: int, cells: list[tuple[Any, int]]) -> None:
    """A row tall enough for its wrapped text: neither Excel nor LibreOffice measures the
    rows of a file they open, so wrapped lines would overlap the next row."""
    lines = 1
    for value, width in cells:
        if isinstance(value, str) and width:
            per_line = max(int(width * 1.05), 1)
            count = sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))
            lines = max(lines, count)
    if lines > 1:
        ws.row_dimensions[row].height = 15 * min(lines, 20)


def _validations(
    ws: Worksheet, first: int, last: int, columns: tuple[Column, ...], export: Export, lang: str
) -> None:
    ranges: dict[str, tuple[str, int, ErrorStyle]] = {
        "kategori": ("categories", len(export.lists.categories), "stop"),
        "status": ("statuses", len(export.lists.statuses), "stop"),
        "ny_status": ("statuses", len(export.lists.statuses), "stop"),
        "roll": ("roles", len(export.lists.roles), "warning"),
        "bidrar_till": ("goals", len(export.lists.goals), "information"),
    }
    for index, column in enumerate(columns, start=1):
        found = ranges.get(column.key)
        if found is None or (column.key == "status" and export.period is not None):
            continue
        name, size, severity = found
        if not size:
            continue
        letter = layout.LIST_COLUMNS[name]
        check = DataValidation(
            type="list",
            formula1=f"{layout.LISTS_SHEET}!${letter}$2:${letter}${size + 1}",
            allow_blank=True,
            errorStyle=severity,
            showErrorMessage=True,
            error=t(f"excel.dropdown.{name}", lang),
        )
        ws.add_data_validation(check)
        target = get_column_letter(index)
        check.add(f"{target}{first}:{target}{max(last, first)}")


def _lists(ws: Worksheet, export: Export, digests: dict[str, str]) -> None:
    for name, letter in layout.LIST_COLUMNS.items():
        values: list[str] = getattr(export.lists, name)
        column = ord(letter) - ord("A") + 1
        put(ws, 1, column, name, "label")
        for row, value in enumerate(values, start=2):
            put(ws, row, column, value)
    meta = layout.META_COLUMN
    put(ws, 1, meta, layout.FORMAT_MARK)
    put(ws, 1, meta + 1, layout.FORMAT_VERSION, "number")
    put(ws, 2, meta, "period")
    put(ws, 2, meta + 1, export.period or "")
    for row, sheet in enumerate(export.sheets, start=4):
        for offset, value in enumerate((sheet.name, sheet.file, sheet.unit, digests[sheet.file])):
            put(ws, row, meta + offset, value)


def _readme(ws: Worksheet, export: Export, lang: str) -> None:
    ws.column_dimensions["A"].width = 110
    key = "excel.readme.form" if export.period else "excel.readme.plan"
    lines = t(key, lang, period=export.period or "").split("\n")
    for row, line in enumerate(lines, start=1):
        put(ws, row, 1, line, "label" if row == 1 else "text")


def _title(sheet: Sheet, lang: str) -> str:
    year = f" {sheet.year}" if sheet.year is not None else ""
    return t("excel.sheet.title", lang, year=year, unit=sheet.unit)
