"""Where things are in an exported workbook, shared by the writer and the reader."""

from __future__ import annotations

FORMAT_MARK = "rustool-export"
"""The first cell of the hidden lists sheet: this workbook came from rustool export."""
FORMAT_VERSION = 1
LISTS_SHEET = "Listor"
README_SHEETS = ("Läs mig", "Read me")
TITLE_ROW = 1
FIRST_HEADER_ROW = 2
HEADING_SEARCH_ROWS = 30
"""The column headings are looked for in this many rows at the top of a sheet, so a unit
may add a row or two above them."""
SPARE_ROWS = 500
"""Rows below the table that get the drop-downs, for the rows a unit adds."""
LIST_COLUMNS = {"categories": "A", "roles": "B", "statuses": "C", "goals": "D"}
META_COLUMN = 6
"""Column F of the lists sheet: the mark, the period, then a row per unit sheet
(sheet name, plan file, unit, the plan's SHA-256 at export)."""
