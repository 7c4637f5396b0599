"""What stops a merge (RUS510–RUS514, and validate's errors in the files it reads), and
what it warns about (RUS513)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic
from ..engine import apply_config, check
from ..rules import RULES
from ..suggest import closest, fold
from ..workspace import Workspace
from .base import Found, Input, Options, UsageProblem, display, sort_found
from .overlap import find_overlaps
from .splice import Item, SpliceProblem


def conflicts(inputs: list[Input], options: Options) -> list[Found]:
    found = []
    with_year = [i for i in inputs if i.plan.year is not None]
    for inp in inputs[1:]:
        first = inputs[0]
        if inp.plan.strategy != first.plan.strategy:
            found.append(
                _at(
                    inp,
                    ("strategi",),
                    "RUS511",
                    {
                        "value": inp.plan.strategy,
                        "other": first.plan.strategy,
                        "other_file": display(first.ws.root, first.doc.rel),
                    },
                )
            )
    if options.year is None:
        for inp in with_year[1:]:
            first = with_year[0]
            if inp.plan.year != first.plan.year:
                found.append(
                    _at(
                        inp,
                        ("år",),
                        "RUS512",
                        {
                            "year": inp.plan.year,
                            "other_year": first.plan.year,
                            "other_file": display(first.ws.root, first.doc.rel),
                        },
                    )
                )
    seen: dict[str, tuple[Input, tuple[str | int, ...]]] = {}
    for inp in inputs:
        for i, activity in enumerate(inp.plan.activities):
            path = inp.doc.original(("aktiviteter", i, "id"))
            if activity.id not in seen:
                seen[activity.id] = (inp, path)
                continue
            other, other_path = seen[activity.id]
            line, column = other.doc.source.position(other_path)
            found.append(
                _at(
                    inp,
                    path,
                    "RUS510",
                    {
                        "id": activity.id,
                        "other_file": display(other.ws.root, other.doc.rel),
                        "other_line": line,
                        "other_column": column,
                    },
                )
            )
    return found


def _at(
    inp: Input,
    path: tuple[str | int, ...],
    code: str,
    fields: dict[str, Any],
    key: str | None = None,
) -> Found:
    line, column = inp.doc.source.position(path)
    diagnostic = Diagnostic(
        code, key or code, inp.doc.rel, line, column, fields, path, severity=RULES[code].severity
    )
    return Found(inp.ws.root, diagnostic)


def gate(
    workspaces: dict[Path, Workspace], relevant: dict[Path, set[str]], duplicates: set[str]
) -> list[Found]:
    """Errors that `validate` finds in the files merge reads: the plans and the strategy.
    A duplicate id between two merged plans is left to RUS510, which names both places."""
    found = []
    for root, ws in workspaces.items():
        if not relevant[root]:
            continue
        for diag in check(ws):
            if diag.severity != "error" or diag.file not in relevant[root]:
                continue
            if diag.code == "RUS202" and diag.fields.get("id") in duplicates:
                continue
            found.append(Found(root, diag))
    return found


def check_filters(
    options: Options, categories: list[str], workspaces: dict[Path, Workspace]
) -> None:
    folded = {fold(c) for c in categories}
    for value in options.categories:
        if fold(value) not in folded:
            raise UsageProblem(
                "merge.error.category",
                value=value,
                expected=", ".join(categories),
                suggestion=closest(value, categories, cutoff=0.4),
            )
    nodes = {n for ws in workspaces.values() for n in ws.nodes}
    for value in options.goals:
        if value not in nodes:
            raise UsageProblem(
                "merge.error.goal", value=value, suggestion=closest(value, nodes, cutoff=0.5)
            )


def splice_found(inp: Input, problem: SpliceProblem) -> Found:
    code = "RUS514" if problem.key.startswith("RUS514") else "RUS001"
    diagnostic = Diagnostic(
        code,
        problem.key,
        inp.doc.rel,
        problem.line,
        problem.column,
        dict(problem.fields),
        severity="error",
    )
    return Found(inp.ws.root, diagnostic)


def anchor_clashes(selected: list[tuple[Input, Item]]) -> list[Found]:
    found = []
    first: dict[str, tuple[Input, tuple[int, int, int]]] = {}
    for inp, item in selected:
        for name, place in inp.spliced.anchors.items():
            if place[0] != item.index:
                continue
            if name not in first:
                first[name] = (inp, place)
                continue
            other, other_place = first[name]
            diagnostic = Diagnostic(
                "RUS514",
                "RUS514.duplicate",
                inp.doc.rel,
                place[1],
                place[2],
                {
                    "name": name,
                    "other_line": other_place[1],
                    "other_file": display(other.ws.root, other.doc.rel),
                },
                severity="error",
            )
            found.append(Found(inp.ws.root, diagnostic))
    return found


def overlaps(selected: list[tuple[Input, Item]], workspaces: dict[Path, Workspace]) -> list[Found]:
    """RUS513 warnings, with each workspace's configuration and inline suppressions (the
    errors above cannot be switched off: they would make the merged plan wrong)."""
    activities = [inp.plan.activities[item.index] for inp, item in selected]
    texts = [(inp.plan.unit, a.title) for (inp, _), a in zip(selected, activities, strict=True)]
    found = []
    for overlap in find_overlaps(texts):
        inp, item = selected[overlap.later]
        first_inp, _ = selected[overlap.earlier]
        path = inp.doc.original(("aktiviteter", item.index, "aktivitet"))
        found.append(
            _at(
                inp,
                path,
                "RUS513",
                {
                    "first_id": activities[overlap.earlier].id,
                    "first_unit": first_inp.plan.unit,
                    "id": activities[overlap.later].id,
                    "unit": inp.plan.unit,
                    "similarity": round(overlap.similarity * 100),
                },
            )
        )
    kept = []
    for root, ws in workspaces.items():
        mine = [f.diagnostic for f in found if f.root == root]
        kept += [Found(root, d) for d in apply_config(ws, mine)]
    return sort_found(kept)
