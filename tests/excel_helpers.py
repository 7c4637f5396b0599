"""Shared helpers for the excel tests: a workspace copy, a sheet's rows by id, edits."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl

HEADINGS = {
    "Kategori": 1,
    "Aktivitet": 2,
    "Syfte": 3,
    "Mål": 4,
    "Ansvarig": 5,
    "Klart senast": 6,
    "Kommentar": 7,
    "Id": 8,
    "Status": 9,
    "Roll": 10,
    "Bidrar till": 11,
    "Budget (kr)": 12,
}


def copy_workspace(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def yaml_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.y*ml"))}


def row_of(ws: Any, activity_id: str) -> int:
    for row in ws.iter_rows(min_col=8, max_col=8):
        if row[0].value == activity_id:
            return int(row[0].row)
    raise KeyError(activity_id)


def edit(path: Path, sheet: str, changes: dict[tuple[str, str], Any], out: Path) -> None:
    """Set cells by (activity id, heading), as a person would in a spreadsheet program."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    for (activity_id, heading), value in changes.items():
        ws.cell(row=row_of(ws, activity_id), column=HEADINGS[heading], value=value)
    book.save(out)
