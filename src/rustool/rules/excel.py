"""Findings of `rustool import` (RUS950–RUS960), located at a sheet's cell (`Näringsliv!D14`).

They are not rules validate runs: import reports them about a workbook or CSV file, in
validate's text format, with a cell for a place. A finding of validate itself in the
plans as import would leave them keeps its own code (RUS201 …), located at the cell the
value came from.
"""

from __future__ import annotations

from .base import declare

declare(
    "RUS950",
    "workbook-unreadable",
    "error",
    """
    The workbook (or CSV file) cannot be read safely, so nothing is imported.

    A workbook is untrusted input. It is refused when it is larger than 20 MB, unpacks to
    more than 200 MB (a zip bomb), has more than 2,000 parts, 1,000 sheets or 50,000 rows a
    sheet, is no .xlsx at all (an old .xls, a renamed file), or declares a DOCTYPE or
    ENTITY in its XML (entity expansion, external entities).

    Passes: a workbook saved by Excel or LibreOffice as .xlsx.
    Fails: `plan.xls` renamed to `plan.xlsx`.
""",
)
declare(
    "RUS951",
    "sheet-unknown",
    "error",
    """
    A sheet cannot be tied to a plan: no heading row with Id, Kategori and Aktivitet, a plan
    file the workspace no longer has, or a sheet from elsewhere without `--into PLAN.yaml`.
    A sheet in an exported workbook that the export did not write (added, or renamed) is
    not read, with a warning, so that no edit goes unread without a word.

    Passes: a sheet of `rustool export`, its heading row kept.
    Fails: a sheet whose heading row was deleted.
""",
)
declare(
    "RUS952",
    "formula-cell",
    "warning",
    """
    A cell holds a formula. It is read as its text (`=SUMMA(L8:L20)`), never computed.

    Passes: a typed value.
    Fails: `=L8*2` in the Budget column.
""",
)
declare(
    "RUS953",
    "excel-date",
    "warning",
    """
    Excel turned what was typed into a date (a date cell, or a serial number in Klart
    senast). It is read as rustool's form, 2026-10-31 (or 2026-10 when the cell shows only
    the month), and said, since that may not be what the unit typed. A time is an error.

    Passes: `2026-T2` typed in a text cell.
    Fails (warns): a date cell 2026-10-31 in Klart senast.
""",
)
declare(
    "RUS954",
    "bad-cell",
    "error",
    """
    A cell's value cannot be a plan's value: an empty required cell (Kategori, Aktivitet,
    Status), a due date in none of rustool's forms, a budget that is no whole number, an
    unknown status, an error value such as #REF!, or a new row without Aktivitet.

    Passes: `2026-Q3` in Klart senast.
    Fails: `snart` in Klart senast.
""",
)
declare(
    "RUS955",
    "duplicate-row-id",
    "error",
    """
    The same id is on two rows (a row copied with its id). The second is reported,
    naming the first.

    Passes: a copied row with its Id cell emptied (it becomes a new activity).
    Fails: two rows with KF-003.
""",
)
declare(
    "RUS956",
    "foreign-id",
    "error",
    """
    A row's id belongs to another unit's plan, or (in the follow-up form) to no activity
    of the plan. Activities move between plans in the YAML, not in a workbook.

    Passes: the sheet's own ids.
    Fails: KA-001 typed on the Näringsliv sheet.
""",
)
declare(
    "RUS957",
    "missing-row",
    "warning",
    """
    An activity of the plan has no row in the sheet. It is kept; `--allow-delete` removes
    it (its lines and the comments that introduce it).

    Passes: every activity's row is there.
    Fails (warns): the row of KF-004 deleted.
""",
)
declare(
    "RUS958",
    "changed-since-export",
    "error",
    """
    The plan's file has changed since the workbook was exported (its SHA-256 is recorded
    in the workbook), so cells the unit did not touch would undo those changes. Export a
    new workbook, or import with `--force`.

    Passes: a workbook exported after the last change of its plans.
    Fails: a workbook exported before someone edited the YAML.
""",
)
declare(
    "RUS959",
    "ignored-content",
    "warning",
    """
    The workbook holds what import never runs or follows: macros (vbaProject.bin) or links
    to other workbooks. Also said: a CSV file that is not UTF-8 (read as Windows-1252).

    Passes: a plain .xlsx.
    Fails (warns): an .xlsm with macros.
""",
)
declare(
    "RUS960",
    "edit-not-faithful",
    "error",
    """
    A change cannot be spliced into the YAML without changing something else (the edited
    text, read again, does not hold exactly the intended values). Nothing is written; this
    is a safeguard and should not happen, so please report it with the plan.

    Passes: any edit import can make in place.
    Fails: none known.
""",
)
