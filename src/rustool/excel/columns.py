"""The sheet's layout: the template's header rows and columns, and how a YAML value is
shown in a cell and read back from one.

The columns follow the units' template (Kategori · Aktivitet · Syfte · Mål · Ansvarig ·
Klart senast · Kommentar), then what rustool adds (Id, Status, Roll, Bidrar till, Budget).
A column is found on import by its heading, in either language, so a unit may move or
hide columns; keys the sheet does not show are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["text", "due", "list", "int"]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    """The YAML key."""
    sv: str
    en: str
    width: int
    kind: Kind = "text"
    required: bool = False

    def heading(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


PLAN_COLUMNS = (
    Column("kategori", "Kategori", "Category", 24, required=True),
    Column("aktivitet", "Aktivitet", "Activity", 48, required=True),
    Column("syfte", "Syfte", "Purpose", 40),
    Column("mål", "Mål", "Goal", 36),
    Column("ansvarig", "Ansvarig", "Responsible", 20),
    Column("klart_senast", "Klart senast", "Due by", 13, "due"),
    Column("kommentar", "Kommentar", "Comment", 36),
    Column("id", "Id", "Id", 11, required=True),
    Column("status", "Status", "Status", 11, required=True),
    Column("roll", "Roll", "Role", 18, "list"),
    Column("bidrar_till", "Bidrar till", "Contributes to", 16, "list"),
    Column("budget_kr", "Budget (kr)", "Budget (SEK)", 13, "int"),
)
"""The plan sheet's columns, in the order they are written."""

HEADER_ROWS = (
    Column("uppdrag", "Uppdrag", "Mission", 0),
    Column("mål", "Mål (text från VP)", "Goal (text from the operational plan)", 0),
    Column("bidrar_till", "Bidrar till", "Contributes to", 0, "list"),
    Column("uppföljning", "Uppföljning", "Follow-up", 0),
)
"""The template's header rows above the table: the plan's own keys."""

FOLLOWUP_COLUMNS = (
    Column("id", "Id", "Id", 11, required=True),
    Column("aktivitet", "Aktivitet", "Activity", 56),
    Column("klart_senast", "Klart senast", "Due by", 13, "due"),
    Column("status", "Status nu", "Status now", 12),
    Column("ny_status", "Ny status", "New status", 12),
    Column("kommentar", "Kommentar", "Comment", 56),
)
"""The tertial follow-up form's columns."""

UNIT_COLUMN = Column("enhet", "Enhet", "Unit", 30)
"""The first column of a CSV file, which has no sheet per unit."""

_SPLIT = re.compile(r"[,;\n]")
_SPACES = re.compile(r"[ \u00a0\u202f]")


def cell_value(value: Any, kind: Kind) -> str | int | None:
    """What a cell shows for a YAML value: text, or a number for the budget."""
    if value is None:
        return None
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return _text(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def same(value: Any, cell: str | None, kind: Kind) -> bool:
    """Whether a cell's text says what the YAML value says (a list in any spacing)."""
    if kind == "list":
        current = [_text(v) for v in value] if isinstance(value, list) else _items(_text(value))
        return current == _items(cell or "")
    if kind == "int" and cell is not None and isinstance(value, int):
        return _SPACES.sub("", cell) == str(value)
    return _lines(_text(value)) == _lines(cell or "")


def _lines(text: str) -> str:
    """Line ends as spreadsheets keep them: XML reads CR LF and a lone CR as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def split_list(cell: str) -> list[str]:
    return _items(cell)


def _items(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def parse_int(cell: str) -> int | None:
    """A budget as typed: 180000, 180 000 or 180000.0; None when it is no whole number."""
    text = _SPACES.sub("", cell)
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if re.fullmatch(r"[0-9]{1,15}", text) else None


def find_column(heading: str, columns: tuple[Column, ...]) -> Column | None:
    """The column a heading names, in either language, ignoring case and spacing."""
    wanted = " ".join(heading.split()).casefold()
    for column in columns:
        if wanted in (column.sv.casefold(), column.en.casefold()):
            return column
    return None
