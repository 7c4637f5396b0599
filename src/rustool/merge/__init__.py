"""Join the units' activity plans into one merged `aktivitetsplan`, losing nothing.

The merged plan lists its sources under `källor` (path, unit, SHA-256 of the file) and
adds `enhet` to each activity. Activities are ordered by the strategy's category order,
then by unit (Swedish alphabetical order), then as the unit wrote them. Each activity is
copied as written (see :mod:`rustool.merge.splice`) and the result is read back and compared
with the sources before anything is written.

The command line is a thin layer over :func:`merge`, which returns diagnostics (RUS5xx,
with the workspace's configuration and inline suppressions applied) and the text.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode

from .. import yamlio
from ..model.types import DEFAULT_CATEGORIES
from ..workspace import find_root, load_workspace, paused_gc
from .base import Found, Input, NotFaithful, Options, Outcome, UsageProblem, collate, sort_found
from .checks import anchor_clashes, check_filters, conflicts, gate, overlaps, splice_found
from .inputs import base_of, locate, refuse_output_at_input, select
from .splice import SpliceProblem, splice
from .write import DEFAULT_UNIT, header_of, order, render, selected_items, verify

__all__ = [
    "DEFAULT_UNIT",
    "Found",
    "Input",
    "NotFaithful",
    "Options",
    "Outcome",
    "UsageProblem",
    "collate",
    "merge",
    "render",
]


def merge(paths: list[Path], output: Path | None, options: Options) -> Outcome:
    """Merge the plans in ``paths`` (workspaces or plan files) as they would be written to
    ``output`` (None: standard output); raise :class:`UsageProblem` for a bad request."""
    with paused_gc():
        return _merge(paths, output, options)


def _merge(paths: list[Path], output: Path | None, options: Options) -> Outcome:
    targets = [(path, find_root(path)) for path in paths]
    workspaces = {
        root: load_workspace(root, keep_trees=True) for root in dict.fromkeys(r for _, r in targets)
    }
    refuse_output_at_input(output, paths, workspaces)
    strategy = next((ws.strategy for ws in workspaces.values() if ws.strategy), None)
    categories = list(strategy.categories) if strategy else list(DEFAULT_CATEGORIES)
    check_filters(options, categories, workspaces)
    inputs, relevant = select(targets, workspaces, output, options.year)
    base = base_of(output, targets[0][1])
    locate(inputs, base)
    found = conflicts(inputs, options)
    duplicates = {f.diagnostic.fields["id"] for f in found if f.diagnostic.code == "RUS510"}
    found = sort_found(found + gate(workspaces, relevant, duplicates))
    language = workspaces[targets[0][1]].config.language
    if found:
        return Outcome(None, found, len(inputs), language=language)
    if not inputs:
        key = "merge.error.no_plans_year" if options.year else "merge.error.no_plans"
        raise UsageProblem(key, year=options.year, path=", ".join(str(p) for p in paths))
    for inp in inputs:
        try:
            root = inp.doc.source.root
            assert isinstance(root, MappingNode)  # a plan loaded without problems
            inp.spliced = splice(inp.doc.loaded.text, root, yamlio.scalar(inp.plan.unit))
        except SpliceProblem as problem:
            found.append(splice_found(inp, problem))
    selected = order(selected_items(inputs, options), inputs, categories)
    found = sort_found(found + anchor_clashes(selected))
    if found:
        return Outcome(None, found, len(inputs), language=language)
    header = header_of(inputs, options, output, base)
    text = render(header, inputs, selected)
    verify(text, header, selected)
    return Outcome(text, overlaps(selected, workspaces), len(inputs), len(selected), language)
