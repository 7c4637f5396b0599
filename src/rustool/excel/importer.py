"""`rustool import`: a workbook (or CSV file) back into the plans it came from.

Nothing is written here: the result says, per plan, the text it would have, and what was
found. The caller writes only when no finding is an error. The edited plans are validated
as the workspace they will be part of; a new error is reported at the cell it came from.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import yamlio
from ..diagnostics import Diagnostic
from ..workspace import Document, Workspace, load_workspace
from . import findings
from .apply import NotFaithful, apply
from .changes import AddActivity, Change, FollowUp, Ids, RemoveActivity, SetValue, plan_changes
from .columns import FOLLOWUP_COLUMNS, PLAN_COLUMNS
from .csvio import read_csv
from .findings import Finding
from .followup import followup_changes
from .grid import Book, Grid
from .safety import Refused
from .sheet import read_table
from .xlsx_read import read_workbook


@dataclass(slots=True)
class PlanResult:
    rel: str
    path: Path
    before: str
    after: str
    changes: list[Change]


@dataclass(slots=True)
class Outcome:
    findings: list[Finding] = field(default_factory=list)
    plans: list[PlanResult] = field(default_factory=list)
    language: str | None = None

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def changed(self) -> list[PlanResult]:
        return [p for p in self.plans if p.after != p.before]


@dataclass(frozen=True, slots=True)
class Options:
    into: Path | None = None
    """A plan file, for a sheet the export did not write (a unit's own workbook)."""
    allow_delete: bool = False
    force: bool = False
    today: date | None = None


def import_file(source: Path, root: Path, options: Options) -> Outcome:
    outcome = Outcome()
    try:
        book = read_csv(source) if source.suffix.lower() == ".csv" else read_workbook(source)
    except Refused as refused:
        fields: dict[str, Any] = {"file": source.name, **refused.fields}
        fields["file"] = source.name
        outcome.findings.append(
            findings.error(findings.UNREADABLE, refused.key, source.name, **fields)
        )
        return outcome
    for key, fields in book.ignored:
        outcome.findings.append(findings.warning(findings.IGNORED, key, source.name, **fields))
    ws = load_workspace(root, options.today, keep_trees=True)
    outcome.language = ws.config.language
    docs = {doc.rel: doc for doc in ws.of_kind("aktivitetsplan")}
    ids = Ids(_all_ids(ws), {str(a.id): d.rel for d, _, a in ws.activities()})
    wanted: dict[str, list[Change]] = {}
    for grid in book.grids:
        doc = _plan_for(grid, book, docs, root, options, outcome.findings)
        if doc is None:
            continue
        origin = grid.origin
        digest = origin.digest if origin is not None and not options.force else ""
        if digest and ws.digest(doc.path) != digest:
            outcome.findings.append(
                findings.error(
                    findings.CHANGED_SINCE, "excel.changed_since", grid.name, file=doc.rel
                )
            )
            continue
        changes = _sheet_changes(grid, book, doc, ids, options, outcome.findings)
        wanted.setdefault(doc.rel, []).extend(changes)
    if outcome.errors:
        return outcome
    for rel, changes in wanted.items():
        doc = docs[rel]
        try:
            after = apply(doc.loaded, changes) if changes else doc.loaded.text
        except NotFaithful:
            outcome.findings.append(
                findings.error(findings.NOT_FAITHFUL, "excel.not_faithful", rel)
            )
            continue
        outcome.plans.append(PlanResult(rel, doc.path, doc.loaded.text, after, changes))
    if not outcome.errors and outcome.changed:
        outcome.findings += _validate(ws, outcome.changed)
    return outcome


def _plan_for(
    grid: Grid,
    book: Book,
    docs: dict[str, Document],
    root: Path,
    options: Options,
    out: list[Finding],
) -> Document | None:
    origin = grid.origin
    if origin is None and book.exported and not options.into:
        if grid.rows:  # a sheet the unit added, or renamed: said, so nothing goes unread
            out.append(findings.warning(findings.SHEET, "excel.sheet_skipped", grid.name))
        return None
    if options.into is not None and options.into.suffix.lower() in (".yaml", ".yml"):
        rel = yamlio.real(options.into).relative_to(yamlio.real(root)).as_posix()
        if origin is not None and origin.file and origin.file != rel:
            return None
    elif origin is not None and origin.file:
        rel = origin.file
    elif origin is not None:
        units = [d for d in docs.values() if d.model is not None and d.model.unit == origin.unit]
        if len(units) != 1:
            out.append(
                findings.error(findings.SHEET, "excel.unknown_unit", grid.name, unit=origin.unit)
            )
            return None
        rel = units[0].rel
    else:
        out.append(findings.error(findings.SHEET, "excel.no_origin", grid.name))
        return None
    doc = docs.get(rel)
    if doc is None or doc.model is None:
        out.append(findings.error(findings.SHEET, "excel.no_plan", grid.name, file=rel))
        return None
    return doc


def _sheet_changes(
    grid: Grid, book: Book, doc: Document, ids: Ids, options: Options, out: list[Finding]
) -> list[Change]:
    period = book.period
    columns = FOLLOWUP_COLUMNS if period else PLAN_COLUMNS
    table = read_table(grid, columns, out)
    if table is None:
        return []
    if period:
        return followup_changes(table, doc.data, doc.rel, period, out)
    return plan_changes(table, doc.data, doc.rel, ids, options.allow_delete, out)


def _all_ids(ws: Workspace) -> set[str]:
    taken = set(ws.nodes)
    for doc in ws.documents:
        taken |= _ids_in(doc.data)
    return taken


def _ids_in(data: Any) -> set[str]:
    found: set[str] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("id"), str | int):
                found.add(str(item["id"]))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


# --- the result must pass validate


def _validate(ws: Workspace, changed: list[PlanResult]) -> list[Finding]:
    from ..engine import check, validate_workspace

    texts = {p.rel: p.after for p in changed}
    with tempfile.TemporaryDirectory(prefix="rustool-import-") as folder:
        copy_root = Path(folder)
        _copy_workspace(ws, copy_root, texts)
        after = validate_workspace(copy_root, ws.today)
    new = [d for d in after.diagnostics if d.severity == "error" and d.file in texts]
    if not new:
        return []
    # the errors the plans had before the import are not the import's
    before = Counter(_key(d) for d in check(ws) if d.severity == "error")
    cells = _cells(changed)
    out: list[Finding] = []
    for diagnostic in new:
        key = _key(diagnostic)
        if before[key] > 0:
            before[key] -= 1
            continue
        out.append(_at_cell(diagnostic, cells, texts[diagnostic.file]))
    return out


def _copy_workspace(ws: Workspace, target: Path, texts: dict[str, str]) -> None:
    rels = {doc.rel for doc in ws.documents} | {"rustool.yaml"}
    for rel in rels:
        destination = target / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        if rel in texts:
            destination.write_text(texts[rel], encoding="utf-8")
        elif (ws.root / rel).is_file():
            shutil.copyfile(ws.root / rel, destination)


def _key(diagnostic: Diagnostic) -> tuple[str, str, str]:
    return diagnostic.code, diagnostic.file, diagnostic.message("en")


def _cells(changed: list[PlanResult]) -> dict[tuple[str, str | None, str | None], str]:
    """(file, activity id, key) → the cell a value came from; key None for the row."""
    cells: dict[tuple[str, str | None, str | None], str] = {}
    for plan in changed:
        for change in plan.changes:
            if isinstance(change, SetValue):
                cells[(plan.rel, change.activity, change.key)] = change.where
                cells.setdefault((plan.rel, change.activity, None), change.where)
            elif isinstance(change, AddActivity):
                activity = str(change.values.get("id"))
                for key, where in change.cells.items():
                    cells[(plan.rel, activity, key)] = where
                cells[(plan.rel, activity, None)] = change.where
            elif isinstance(change, FollowUp | RemoveActivity):
                cells.setdefault((plan.rel, change.activity, None), change.where)
    return cells


def _at_cell(
    diagnostic: Diagnostic, cells: dict[tuple[str, str | None, str | None], str], text: str
) -> Finding:
    path = diagnostic.path
    where = f"{diagnostic.file}:{diagnostic.line}:{diagnostic.column}"
    if len(path) >= 2 and path[0] == "aktiviteter" and isinstance(path[1], int):
        data = yamlio.load(text).data
        try:
            activity = str(data["aktiviteter"][path[1]]["id"])
        except (KeyError, IndexError, TypeError):
            activity = None
        key = str(path[2]) if len(path) > 2 else None
        where = cells.get((diagnostic.file, activity, key)) or cells.get(
            (diagnostic.file, activity, None), where
        )
    elif len(path) >= 1:
        where = cells.get((diagnostic.file, None, str(path[0])), where)
    found = Finding(diagnostic.code, "error", diagnostic.message_key, where, diagnostic.fields)
    found.suggestion = diagnostic.suggestion
    return found
