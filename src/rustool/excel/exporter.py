"""`rustool export`: plans (or their follow-up form) as a workbook or a CSV file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..workspace import Document, Workspace, load_workspace
from . import csvio, xlsx_write
from .table import Export, build

MAX_CELL = 32_767
"""Excel's longest text in a cell; openpyxl would cut a longer one silently."""


class ExportProblem(Exception):
    """A reason nothing can be exported; ``key`` names the message."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


@dataclass(slots=True)
class Exported:
    data: bytes
    plans: int
    activities: int
    language: str | None = None


def export(
    root: Path,
    selected: list[Path],
    suffix: str,
    lang: str,
    period: str | None,
    bom: bool,
    delimiter: str,
) -> Exported:
    """The plans under SELECTED (files or folders of the workspace at ROOT)."""
    ws = load_workspace(root)
    docs = _plans(ws, selected)
    if not docs:
        raise ExportProblem("excel.cli.no_plans", path=", ".join(str(p) for p in selected))
    _check_cells(docs)
    table = build(ws, docs, period)
    if suffix == ".csv":
        text = csvio.csv_text(table, lang, delimiter)
        data = (("\ufeff" if bom else "") + text).encode("utf-8")
    else:
        digests = {doc.rel: ws.digest(doc.path) for doc in docs}
        data = xlsx_write.workbook_bytes(table, lang, digests)
    count = sum(len(sheet.activities) for sheet in table.sheets)
    return Exported(data, len(table.sheets), count, ws.config.language)


def _plans(ws: Workspace, selected: list[Path]) -> list[Document]:
    from ..yamlio import real

    wanted = [real(p) for p in selected]
    docs = []
    for doc in ws.documents:
        if doc.kind != "aktivitetsplan":
            continue
        path = real(doc.path)
        if not any(path == w or w in path.parents for w in wanted):
            continue
        if not isinstance(doc.data, dict):
            raise ExportProblem("excel.cli.unloadable", file=doc.rel)
        if doc.data.get("källor"):
            continue  # a merged plan: its activities live in the units' plans
        docs.append(doc)
    return docs


def _check_cells(docs: list[Document]) -> None:
    for doc in docs:
        for index, activity in enumerate(doc.data.get("aktiviteter") or []):
            if not isinstance(activity, dict):
                continue
            for key, value in activity.items():
                if isinstance(value, str) and len(value) > MAX_CELL:
                    line, _ = doc.source.position(("aktiviteter", index, key))
                    raise ExportProblem(
                        "excel.cli.too_long", file=doc.rel, line=line, length=len(value)
                    )


__all__ = ["Export", "ExportProblem", "Exported", "export"]
