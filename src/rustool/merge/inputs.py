"""Which plans a merge reads, and which files it must never write over."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .. import yamlio
from ..workspace import CONFIG_FILE, Document, Workspace, find_root, is_workspace_root
from ..yamlio import real
from .base import Input, UsageProblem, collate


def refuse_output_at_input(
    output: Path | None, paths: list[Path], workspaces: dict[Path, Workspace]
) -> None:
    """Exit 2 rather than write over a file merge reads: a unit's plan, the strategy, the
    årshjul, rustool.yaml, or any file named on the command line."""
    if output is None:
        return
    if output.is_dir():
        raise UsageProblem("cli.output_is_folder", file=output)
    target = real(output)
    inputs = {real(p) for p in paths if p.is_file()}
    for ws in workspaces.values():
        merged = {real(d.path) for d in ws.merged_docs}
        known = {d.rel for d in ws.documents}
        unreadable = {d.file for d in ws.problems} - known - {".", CONFIG_FILE}
        merged |= {real(ws.root / rel) for rel in unreadable if _looks_merged(ws.root / rel)}
        inputs |= ws.read_files() - merged
    if target in inputs:
        raise UsageProblem("merge.error.output_is_input", file=output)


def _looks_merged(path: Path) -> bool:
    """A file that failed to load but seems to be a merged plan (say, with conflict
    markers from git) may be overwritten: that is how it gets repaired."""
    text, _ = yamlio.read_text(path)
    return text is not None and re.search(r"(?m)^källor\s*:", text) is not None


def select(
    targets: list[tuple[Path, Path]],
    workspaces: dict[Path, Workspace],
    output: Path | None,
    year: int | None,
) -> tuple[list[Input], dict[Path, set[str]]]:
    """The plans to merge (of ``year``, if given), and per workspace the files whose errors
    stop the merge."""
    chosen: dict[Path, Input] = {}
    relevant: dict[Path, set[str]] = {root: set() for root in workspaces}
    skip = real(output) if output is not None else None
    for path, root in targets:
        ws = workspaces[root]
        relevant[root] |= {d.rel for d in ws.documents if d.kind == "strategi"}
        for doc in _documents_at(path, ws):
            if real(doc.path) == skip:
                continue
            if doc.model is None:
                relevant[root].add(doc.rel)
            elif not doc.model.is_merged and (year is None or doc.model.year == year):
                chosen.setdefault(real(doc.path), Input(ws, doc))
                relevant[root].add(doc.rel)
        relevant[root] |= {
            rel
            for rel in _unreadable(ws)
            if _under(ws.root / rel, path) and real(ws.root / rel) != skip
        }
    return list(chosen.values()), relevant


def _documents_at(path: Path, ws: Workspace) -> list[Document]:
    plans = [d for d in ws.documents if d.kind == "aktivitetsplan"]
    if path.is_dir():
        return [d for d in plans if _under(d.path, path)]
    target = real(path)
    doc = next((d for d in ws.documents if real(d.path) == target), None)
    if doc is None:
        rel = target.relative_to(real(ws.root)).as_posix()
        if rel in _unreadable(ws):
            return []
        raise UsageProblem("merge.error.not_plan", file=path)
    if doc.kind != "aktivitetsplan":
        raise UsageProblem("merge.error.not_plan", file=path)
    if doc.model is not None and doc.model.is_merged:
        raise UsageProblem("merge.error.merged_input", file=path)
    return [doc]


def _unreadable(ws: Workspace) -> set[str]:
    return {d.file for d in ws.problems} - {d.rel for d in ws.documents} - {".", CONFIG_FILE}


def _under(path: Path, folder: Path) -> bool:
    return real(path).is_relative_to(real(folder))


def base_of(output: Path | None, first_root: Path) -> Path:
    """Where `källor` paths start: the workspace the output is written into, else the
    (first) workspace merged."""
    if output is not None:
        root = find_root(output.parent)
        if is_workspace_root(root):
            return root
    return first_root


def locate(inputs: list[Input], base: Path) -> None:
    """Each plan's path from ``base`` and digest, as `källor` records them; and the plans in
    the order of `källor`: by unit, then path."""
    for inp in inputs:
        inp.source = Path(os.path.relpath(real(inp.doc.path), real(base))).as_posix()
        inp.sha256 = yamlio.digest(inp.doc.loaded.text.encode("utf-8"))  # the text copied
    inputs.sort(key=lambda i: (collate(i.plan.unit), i.source))
