"""The merged plan's text: which activities, in which order, and the check that it reads
back as its sources."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import yamlio
from ..model import Plan
from ..suggest import fold
from ..yamlio import real
from .base import Input, NotFaithful, Options, display
from .splice import Item

DEFAULT_UNIT = "Sammanfogad aktivitetsplan"
HEADER = (
    "# Skapad av rustool merge ur planerna under källor: ändra i dem och kör rustool merge igen.\n"
)
_KEEP_CHOMPING = re.compile(r"[|>][0-9]?\+")


def selected_items(inputs: list[Input], options: Options) -> list[tuple[Input, Item]]:
    wanted = {fold(c) for c in options.categories}
    goals = set(options.goals)
    chosen = []
    for inp in inputs:
        activities = inp.plan.activities
        for item in inp.spliced.items:
            activity = activities[item.index]
            if wanted and fold(activity.category) not in wanted:
                continue
            if goals and not any(
                goals & set(inp.ws.ancestors(ref)) for ref in activity.contributes_to
            ):
                continue
            chosen.append((inp, item))
    return chosen


def order(
    chosen: list[tuple[Input, Item]], inputs: list[Input], categories: list[str]
) -> list[tuple[Input, Item]]:
    """By the strategy's category order, then unit (the order of ``inputs``), then the
    unit's own order; a category the strategy lacks comes last, alphabetically."""
    rank = {fold(c): n for n, c in enumerate(categories)}
    position = {id(inp): n for n, inp in enumerate(inputs)}

    def key(pair: tuple[Input, Item]) -> tuple[int, str, int, int]:
        inp, item = pair
        category = fold(inp.plan.activities[item.index].category)
        return (
            rank.get(category, len(rank)),
            category if category not in rank else "",
            position[id(inp)],
            item.index,
        )

    return sorted(chosen, key=key)


def header_of(
    inputs: list[Input], options: Options, output: Path | None, base: Path
) -> dict[str, Any]:
    years = {i.plan.year for i in inputs if i.plan.year is not None}
    year = options.year if options.year is not None else (min(years) if years else None)
    header: dict[str, Any] = {
        "typ": "aktivitetsplan",
        "enhet": (options.unit or "").strip() or DEFAULT_UNIT,
        "strategi": inputs[0].plan.strategy if inputs else "",
    }
    if year is not None:
        header["år"] = year
    header["källor"] = [{"fil": i.source, "enhet": i.plan.unit, "sha256": i.sha256} for i in inputs]
    header["$schema"] = _schema(inputs, output, base)
    return header


def _schema(inputs: list[Input], output: Path | None, base: Path) -> str | None:
    """The sources' `yaml-language-server` schema, as seen from the output file (when that
    is in a workspace: elsewhere the path would only say where this repository was)."""
    if output is None or not real(output).is_relative_to(real(base)):
        return None
    for inp in inputs:
        target = inp.spliced.schema
        if target is None:
            continue
        if "://" in target or target.startswith("/"):
            return target
        absolute = os.path.normpath(real(inp.doc.path).parent / target)
        return Path(os.path.relpath(absolute, real(output).parent)).as_posix()
    return None


def render(header: dict[str, Any], inputs: list[Input], selected: list[tuple[Input, Item]]) -> str:
    scalar = yamlio.scalar
    out = [f"# yaml-language-server: $schema={header['$schema']}\n"] if header["$schema"] else []
    out += [
        HEADER,
        f"typ: {header['typ']}\n",
        f"enhet: {scalar(header['enhet'])}\n",
        f"strategi: {scalar(header['strategi'])}\n",
    ]
    if "år" in header:
        out.append(f"år: {header['år']}\n")
    out.append("källor:\n" if inputs else "källor: []\n")
    for inp in inputs:
        out += [f"  {comment}\n" for comment in inp.spliced.comments]
        out += [
            f"  - fil: {scalar(inp.source)}\n",
            f"    enhet: {scalar(inp.plan.unit)}\n",
            f"    sha256: {scalar(inp.sha256)}\n",
        ]
    if not selected:
        return "".join([*out, "aktiviteter: []\n"])
    out.append("aktiviteter:\n")
    spaced = {
        id(inp) for inp in inputs if any(item.lines[-1] == "\n" for item in inp.spliced.items[:-1])
    }
    for inp, item in selected:
        out += item.lines
        if (
            id(inp) in spaced
            and item.lines[-1] != "\n"
            and not _KEEP_CHOMPING.search("".join(item.lines))
        ):
            out.append("\n")  # as the unit separates its activities; not at its plan's end
    last = selected[-1][1]
    if not _KEEP_CHOMPING.search("".join(last.lines)):
        while out[-1] == "\n":  # blank lines that separated it from the next activity
            out.pop()
    return "".join(out)


def verify(text: str, header: dict[str, Any], selected: list[tuple[Input, Item]]) -> None:
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
    try:
        Plan.model_validate(data)
    except ValidationError:
        raise NotFaithful("-", "-") from None


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
