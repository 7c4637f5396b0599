"""A cell as read back, turned into the text (or number) rustool keeps.

Spreadsheet programs change what people type: a date becomes a date cell (or a serial
number), a number becomes a float, a formula computes. Each is turned back into rustool's
forms, with a warning where the cell no longer says what the unit typed."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from . import findings
from .columns import Column
from .findings import Finding
from .grid import Raw

_EXCEL_EPOCH = date(1899, 12, 30)


def read(raw: Raw | None, column: Column, where: str, out: list[Finding]) -> str | None:
    """The cell's text; problems are added to OUT."""
    if raw is None:
        return None
    value = raw.value
    if raw.kind == "f":
        out.append(findings.warning(findings.FORMULA, "excel.formula", where, formula=str(value)))
        return _text(str(value))
    if raw.kind == "e":
        out.append(findings.error(findings.BAD_CELL, "excel.error_value", where, value=value))
        return None
    if isinstance(value, datetime | date | time | timedelta):
        return _date(value, raw.number_format, column, where, out)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value, column, where, out)
    return _text(str(value))


def _text(value: str) -> str | None:
    value = value.replace("\r\n", "\n")
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return value if value.strip() else None


def _number(value: float, column: Column, where: str, out: list[Finding]) -> str:
    whole = float(value).is_integer()
    if column.kind == "due" and whole and not 1900 <= value <= 2200 and 0 < value < 2958466:
        day = _EXCEL_EPOCH + timedelta(days=int(value))
        out.append(
            findings.warning(
                findings.EXCEL_DATE, "excel.serial_date", where, number=int(value), date=day
            )
        )
        return day.isoformat()
    return str(int(value)) if whole else repr(float(value))


def _date(
    value: Any, number_format: str, column: Column, where: str, out: list[Finding]
) -> str | None:
    if isinstance(value, time | timedelta):
        out.append(findings.error(findings.EXCEL_DATE, "excel.time_cell", where))
        return None
    day = value.date() if isinstance(value, datetime) else value
    month_only = "d" not in number_format.lower()
    text = day.strftime("%Y-%m") if month_only and column.kind == "due" else day.isoformat()
    out.append(findings.warning(findings.EXCEL_DATE, "excel.date_cell", where, date=text))
    return text
