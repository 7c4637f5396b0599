"""A sheet as read back (from a workbook or a CSV file): rows of raw cells, and what the
export recorded about where each sheet came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter


@dataclass(frozen=True, slots=True)
class Raw:
    """One cell as the file holds it: its value, its type as openpyxl reads it (`s` text,
    `n` number, `d` date, `b` yes/no, `e` an error such as #REF!, `f` a formula), its
    number format."""

    value: Any
    kind: str = "s"
    number_format: str = "General"


@dataclass(frozen=True, slots=True)
class SheetOrigin:
    """The plan a sheet came from, as the export recorded it: its file (empty from a CSV
    file, which names only the unit), its unit, its SHA-256 at export (or empty)."""

    file: str
    unit: str
    digest: str = ""


@dataclass(slots=True)
class Grid:
    name: str
    rows: list[tuple[int, list[Raw | None]]] = field(default_factory=list)
    """Non-empty rows with their 1-based row numbers."""
    origin: SheetOrigin | None = None


@dataclass(slots=True)
class Book:
    grids: list[Grid]
    exported: bool
    """Whether rustool export wrote it (the hidden lists sheet, or a CSV file's headings)."""
    period: str | None = None
    """The follow-up form's period; None for a plan."""
    ignored: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def cell_ref(sheet: str, row: int, column: int) -> str:
    """`Näringsliv!D14`; a sheet name with spaces or punctuation is quoted as Excel does."""
    plain = sheet.replace("_", "").replace(".", "").isalnum()
    name = sheet if plain else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{get_column_letter(column)}{row}"
