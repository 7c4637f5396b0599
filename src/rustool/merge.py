"""Join the units' activity plans into one merged `aktivitetsplan`, losing nothing.

The merged plan lists its sources under `källor` (path, unit, SHA-256 of the file) and
adds `enhet` to each activity. Activities are ordered by the strategy's category order,
then by unit (Swedish alphabetical order), then as the unit wrote them. Each activity is
copied as written (see :mod:`rustool.splice`) and the result is read back and compared
with the sources before anything is written.

The command line is a thin layer over :func:`merge`, which returns diagnostics (RUS5xx,
with the workspace's configuration and inline suppressions applied) and the text.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yamlio
from .diagnostics import Diagnostic
from .engine import _apply_config, check
from .model import Plan
from .model.types import DEFAULT_CATEGORIES
from .overlap import find_overlaps
from .rules import RULES
from .splice import Item, Spliced, SpliceProblem, splice
from .suggest import closest, fold
from .workspace import (
    CONFIG_FILE,
    Document,
    Workspace,
    _has_strategy,
    find_root,
    load_workspace,
    paused_gc,
)

DEFAULT_UNIT = "Sammanfogad aktivitetsplan"
HEADER = ("# Skapad av rustool merge ur planerna under källor: ändra i dem och kör "
          "rustool merge igen.\n")
_KEEP_CHOMPING = re.compile(r"[|>][0-9]?\+")


class UsageProblem(Exception):
    """The command line asks for something impossible (exit 2); ``key`` names the message."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


class NotFaithful(Exception):
    """The merged text would not read back as the sources: nothing is written."""

    def __init__(self, activity: str, file: str) -> None:
        super().__init__(activity)
        self.activity, self.file = activity, file


@dataclass(frozen=True, slots=True)
class Options:
    unit: str | None = None
    year: int | None = None
    categories: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()


@dataclass(slots=True)
class Found:
    """A diagnostic and the workspace its file is relative to."""

    root: Path
    diagnostic: Diagnostic

    @property
    def file(self) -> str:
        return display(self.root, self.diagnostic.file)


@dataclass
class Outcome:
    text: str | None
    found: list[Found] = field(default_factory=list)
    plans: int = 0
    activities: int = 0
    language: str | None = None
    """The `språk` of the (first) workspace's rustool.yaml."""

    @property
    def errors(self) -> int:
        return sum(f.diagnostic.severity == "error" for f in self.found)


@dataclass
class Input:
    ws: Workspace
    doc: Document
    source: str = ""
    sha256: str = ""
    spliced: Spliced = field(default_factory=Spliced)

    @property
    def plan(self) -> Plan:
        return self.doc.model


def display(root: Path, rel: str) -> str:
    return (root / rel).as_posix() if rel != "." else root.as_posix()


def merge(paths: list[Path], output: Path | None, options: Options) -> Outcome:
    """Merge the plans in ``paths`` (workspaces or plan files) as they would be written to
    ``output`` (None: standard output); raise :class:`UsageProblem` for a bad request."""
    with paused_gc():
        return _merge(paths, output, options)


def _merge(paths: list[Path], output: Path | None, options: Options) -> Outcome:
    targets = [(path, find_root(path)) for path in paths]
    workspaces = {root: load_workspace(root) for root in dict.fromkeys(r for _, r in targets)}
    _refuse_output_at_input(output, paths, workspaces)
    strategy = next((ws.strategy for ws in workspaces.values() if ws.strategy), None)
    categories = list(strategy.categories) if strategy else list(DEFAULT_CATEGORIES)
    _check_filters(options, categories, workspaces)
    inputs, relevant = _select(targets, workspaces, output)
    for inp in inputs:
        if options.year is not None and inp.plan.year != options.year:
            relevant[inp.ws.root].discard(inp.doc.rel)
    inputs = [i for i in inputs if options.year is None or i.plan.year == options.year]
    base = _base(output, targets[0][1])
    for inp in inputs:
        inp.source = Path(os.path.relpath(inp.doc.path.resolve(), base.resolve())).as_posix()
        inp.sha256 = yamlio.digest(inp.doc.path.read_bytes())
    inputs.sort(key=lambda i: (collate(i.plan.unit), i.source))
    found = _conflicts(inputs, options)
    duplicates = {f.diagnostic.fields["id"] for f in found if f.diagnostic.code == "RUS510"}
    found = _sorted(found + _gate(workspaces, relevant, duplicates))
    language = workspaces[targets[0][1]].config.language
    if found:
        return Outcome(None, found, len(inputs), language=language)
    if not inputs:
        key = "merge.error.no_plans_year" if options.year else "merge.error.no_plans"
        raise UsageProblem(key, year=options.year, path=", ".join(str(p) for p in paths))
    for inp in inputs:
        try:
            inp.spliced = splice(inp.doc.loaded.text, inp.doc.source.root,
                                 yamlio.scalar(inp.plan.unit))
        except SpliceProblem as problem:
            found.append(_splice_found(inp, problem))
    selected = _order(_selected(inputs, options), inputs, categories)
    found = _sorted(found + _anchor_clashes(selected))
    if found:
        return Outcome(None, found, len(inputs), language=language)
    header = _header(inputs, options, output)
    text = render(header, inputs, selected)
    _verify(text, header, selected)
    return Outcome(text, _overlaps(selected, workspaces), len(inputs), len(selected), language)


# --- which plans


def _refuse_output_at_input(output: Path | None, paths: list[Path],
                            workspaces: dict[Path, Workspace]) -> None:
    if output is None:
        return
    if output.is_dir():
        raise UsageProblem("merge.error.output_dir", file=output)
    target = output.resolve()
    inputs = {p.resolve() for p in paths if p.is_file()}
    for ws in workspaces.values():
        inputs |= {d.path.resolve() for d in ws.documents
                   if not (d.kind == "aktivitetsplan" and d.model and d.model.is_merged)}
        known = {d.rel for d in ws.documents}
        for rel in {d.file for d in ws.problems} - known - {".", CONFIG_FILE}:
            path = ws.root / rel
            if not _looks_merged(path):
                inputs.add(path.resolve())
    if target in inputs:
        raise UsageProblem("merge.error.output_is_input", file=output)


def _looks_merged(path: Path) -> bool:
    """A file that failed to load but seems to be a merged plan (say, with conflict
    markers from git) may be overwritten: that is how it gets repaired."""
    text, _ = yamlio.read_text(path)
    return text is not None and re.search(r"(?m)^källor\s*:", text) is not None


def _select(targets: list[tuple[Path, Path]], workspaces: dict[Path, Workspace],
            output: Path | None) -> tuple[list[Input], dict[Path, set[str]]]:
    """The plans to merge, and per workspace the files whose errors stop the merge."""
    chosen: dict[Path, Input] = {}
    relevant: dict[Path, set[str]] = {root: set() for root in workspaces}
    skip = output.resolve() if output is not None else None
    for path, root in targets:
        ws = workspaces[root]
        relevant[root] |= {d.rel for d in ws.documents if d.kind == "strategi"}
        for doc in _documents_at(path, ws):
            if doc.path.resolve() == skip:
                continue
            if doc.model is None:
                relevant[root].add(doc.rel)
            elif not doc.model.is_merged:
                chosen.setdefault(doc.path.resolve(), Input(ws, doc))
                relevant[root].add(doc.rel)
        relevant[root] |= {rel for rel in _unreadable(ws) if _under(ws.root / rel, path)
                           and (ws.root / rel).resolve() != skip}
    return list(chosen.values()), relevant


def _documents_at(path: Path, ws: Workspace) -> list[Document]:
    plans = [d for d in ws.documents if d.kind == "aktivitetsplan"]
    if path.is_dir():
        return [d for d in plans if _under(d.path, path)]
    target = path.resolve()
    doc = next((d for d in ws.documents if d.path.resolve() == target), None)
    if doc is None:
        rel = target.relative_to(ws.root.resolve()).as_posix()
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
    return path.resolve().is_relative_to(folder.resolve())


def _base(output: Path | None, first_root: Path) -> Path:
    """Where `källor` paths start: the workspace the output is written into, else the
    (first) workspace merged."""
    if output is not None:
        root = find_root(output.parent)
        if (root / CONFIG_FILE).is_file() or _has_strategy(root):
            return root
    return first_root


def collate(text: str) -> tuple[str, str]:
    """A sort key in Swedish alphabetical order: case and accents aside, å ä ö after z."""
    folded = text.casefold().replace("å", "\x7f1").replace("ä", "\x7f2").replace("ö", "\x7f3")
    folded = folded.replace("æ", "\x7f2").replace("ø", "\x7f3")
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded)
                    if not unicodedata.combining(c))
    return plain, text


# --- what stops a merge


def _conflicts(inputs: list[Input], options: Options) -> list[Found]:
    found = []
    with_year = [i for i in inputs if i.plan.year is not None]
    for inp in inputs[1:]:
        first = inputs[0]
        if inp.plan.strategy != first.plan.strategy:
            found.append(_at(inp, ("strategi",), "RUS511", {
                "value": inp.plan.strategy, "other": first.plan.strategy,
                "other_file": display(first.ws.root, first.doc.rel)}))
    if options.year is None:
        for inp in with_year[1:]:
            first = with_year[0]
            if inp.plan.year != first.plan.year:
                found.append(_at(inp, ("år",), "RUS512", {
                    "year": inp.plan.year, "other_year": first.plan.year,
                    "other_file": display(first.ws.root, first.doc.rel)}))
    seen: dict[str, tuple[Input, tuple[str | int, ...]]] = {}
    for inp in inputs:
        for i, activity in enumerate(inp.plan.activities):
            path = inp.doc.original(("aktiviteter", i, "id"))
            if activity.id not in seen:
                seen[activity.id] = (inp, path)
                continue
            other, other_path = seen[activity.id]
            line, column = other.doc.source.position(other_path)
            found.append(_at(inp, path, "RUS510", {
                "id": activity.id, "other_file": display(other.ws.root, other.doc.rel),
                "other_line": line, "other_column": column}))
    return found


def _at(inp: Input, path: tuple[str | int, ...], code: str, fields: dict[str, Any],
        key: str | None = None) -> Found:
    line, column = inp.doc.source.position(path)
    diagnostic = Diagnostic(code, key or code, inp.doc.rel, line, column, fields, path,
                            severity=RULES[code].severity)
    return Found(inp.ws.root, diagnostic)


def _gate(workspaces: dict[Path, Workspace], relevant: dict[Path, set[str]],
          duplicates: set[str]) -> list[Found]:
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


def _check_filters(options: Options, categories: list[str],
                   workspaces: dict[Path, Workspace]) -> None:
    folded = {fold(c) for c in categories}
    for value in options.categories:
        if fold(value) not in folded:
            raise UsageProblem("merge.error.category", value=value,
                               expected=", ".join(categories),
                               suggestion=closest(value, categories, cutoff=0.4))
    nodes = {n for ws in workspaces.values() for n in ws.nodes}
    for value in options.goals:
        if value not in nodes:
            raise UsageProblem("merge.error.goal", value=value,
                               suggestion=closest(value, nodes, cutoff=0.5))


def _splice_found(inp: Input, problem: SpliceProblem) -> Found:
    code = "RUS514" if problem.key.startswith("RUS514") else "RUS001"
    diagnostic = Diagnostic(code, problem.key, inp.doc.rel, problem.line, problem.column,
                            dict(problem.fields), severity="error")
    return Found(inp.ws.root, diagnostic)


def _anchor_clashes(selected: list[tuple[Input, Item]]) -> list[Found]:
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
            diagnostic = Diagnostic("RUS514", "RUS514.duplicate", inp.doc.rel, place[1],
                                    place[2], {"name": name, "other_line": other_place[1],
                                               "other_file": display(other.ws.root,
                                                                     other.doc.rel)},
                                    severity="error")
            found.append(Found(inp.ws.root, diagnostic))
    return found


def _sorted(found: list[Found]) -> list[Found]:
    return sorted(found, key=lambda f: (f.file, f.diagnostic.line, f.diagnostic.column,
                                        f.diagnostic.code))


# --- which activities, in which order


def _selected(inputs: list[Input], options: Options) -> list[tuple[Input, Item]]:
    wanted = {fold(c) for c in options.categories}
    goals = set(options.goals)
    chosen = []
    for inp in inputs:
        activities = inp.plan.activities
        for item in inp.spliced.items:
            activity = activities[item.index]
            if wanted and fold(activity.category) not in wanted:
                continue
            if goals and not any(goals & set(inp.ws.ancestors(ref))
                                 for ref in activity.contributes_to):
                continue
            chosen.append((inp, item))
    return chosen


def _order(chosen: list[tuple[Input, Item]], inputs: list[Input],
           categories: list[str]) -> list[tuple[Input, Item]]:
    """By the strategy's category order, then unit (the order of ``inputs``), then the
    unit's own order; a category the strategy lacks comes last, alphabetically."""
    rank = {fold(c): n for n, c in enumerate(categories)}
    position = {id(inp): n for n, inp in enumerate(inputs)}

    def key(pair: tuple[Input, Item]) -> tuple[int, str, int, int]:
        inp, item = pair
        category = fold(inp.plan.activities[item.index].category)
        return (rank.get(category, len(rank)), category if category not in rank else "",
                position[id(inp)], item.index)

    return sorted(chosen, key=key)


# --- the merged text


def _header(inputs: list[Input], options: Options, output: Path | None) -> dict[str, Any]:
    years = {i.plan.year for i in inputs if i.plan.year is not None}
    year = options.year if options.year is not None else (min(years) if years else None)
    header: dict[str, Any] = {
        "typ": "aktivitetsplan",
        "enhet": options.unit or DEFAULT_UNIT,
        "strategi": inputs[0].plan.strategy if inputs else "",
    }
    if year is not None:
        header["år"] = year
    header["källor"] = [{"fil": i.source, "enhet": i.plan.unit, "sha256": i.sha256}
                        for i in inputs]
    header["$schema"] = _schema(inputs, output)
    return header


def _schema(inputs: list[Input], output: Path | None) -> str | None:
    """The sources' `yaml-language-server` schema, as seen from the output file."""
    if output is None:
        return None
    for inp in inputs:
        target = inp.spliced.schema
        if target is None:
            continue
        if "://" in target or target.startswith("/"):
            return target
        absolute = os.path.normpath(inp.doc.path.resolve().parent / target)
        return Path(os.path.relpath(absolute, output.resolve().parent)).as_posix()
    return None


def render(header: dict[str, Any], inputs: list[Input],
           selected: list[tuple[Input, Item]]) -> str:
    scalar = yamlio.scalar
    out = [f"# yaml-language-server: $schema={header['$schema']}\n"] if header["$schema"] else []
    out += [HEADER, f"typ: {header['typ']}\n", f"enhet: {scalar(header['enhet'])}\n",
            f"strategi: {scalar(header['strategi'])}\n"]
    if "år" in header:
        out.append(f"år: {header['år']}\n")
    out.append("källor:\n" if inputs else "källor: []\n")
    for inp in inputs:
        out += [f"  {comment}\n" for comment in inp.spliced.comments]
        out += [f"  - fil: {scalar(inp.source)}\n", f"    enhet: {scalar(inp.plan.unit)}\n",
                f"    sha256: {scalar(inp.sha256)}\n"]
    if not selected:
        return "".join([*out, "aktiviteter: []\n"])
    out.append("aktiviteter:\n")
    spaced = {id(inp) for inp in inputs
              if any(item.lines[-1] == "\n" for item in inp.spliced.items[:-1])}
    for inp, item in selected:
        out += item.lines
        if id(inp) in spaced and item.lines[-1] != "\n" and not _KEEP_CHOMPING.search(
                "".join(item.lines)):
            out.append("\n")  # as the unit separates its activities; not at its plan's end
    last = selected[-1][1]
    if not _KEEP_CHOMPING.search("".join(last.lines)):
        while out[-1] == "\n":  # blank lines that separated it from the next activity
            out.pop()
    return "".join(out)


def _verify(text: str, header: dict[str, Any], selected: list[tuple[Input, Item]]) -> None:
    """Read the merged text back and compare it with the sources, field by field."""
    loaded = yamlio.load(text)
    data = loaded.data
    if loaded.problems or not isinstance(data, dict):
        raise NotFaithful("-", "-")
    expected = {k: v for k, v in header.items() if k != "$schema"}
    if any(not _same(data.get(k), v) for k, v in expected.items()):
        raise NotFaithful("-", "-")
    got = data.get("aktiviteter") or []
    if len(got) != len(selected):
        raise NotFaithful("-", "-")
    for merged, (inp, item) in zip(got, selected, strict=True):
        source = inp.doc.data["aktiviteter"][item.index]
        want = _with_unit(source, inp.plan.unit)
        if not _same(merged, want):
            raise NotFaithful(str(source.get("id")), display(inp.ws.root, inp.doc.rel))
    Plan.model_validate(data)


def _with_unit(activity: dict[str, Any], unit: str) -> dict[str, Any]:
    if "enhet" in activity:
        return activity
    out: dict[str, Any] = {}
    for key, value in activity.items():
        out[key] = value
        if key == "id":
            out["enhet"] = unit
    return out


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 is not True; NaN is NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _overlaps(selected: list[tuple[Input, Item]],
              workspaces: dict[Path, Workspace]) -> list[Found]:
    """RUS513 warnings, with each workspace's configuration and inline suppressions (the
    errors above cannot be switched off: they would make the merged plan wrong)."""
    activities = [inp.plan.activities[item.index] for inp, item in selected]
    texts = [(inp.plan.unit, a.title) for (inp, _), a in zip(selected, activities, strict=True)]
    found = []
    for overlap in find_overlaps(texts):
        inp, item = selected[overlap.later]
        first_inp, _ = selected[overlap.earlier]
        path = inp.doc.original(("aktiviteter", item.index, "aktivitet"))
        found.append(_at(inp, path, "RUS513", {
            "first_id": activities[overlap.earlier].id, "first_unit": first_inp.plan.unit,
            "id": activities[overlap.later].id, "unit": inp.plan.unit,
            "similarity": round(overlap.similarity * 100)}))
    kept = []
    for root, ws in workspaces.items():
        mine = [f.diagnostic for f in found if f.root == root]
        kept += [Found(root, d) for d in _apply_config(ws, mine)]
    return _sorted(kept)
