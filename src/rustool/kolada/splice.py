"""Write fetched outcomes into the strategy's YAML text in place.

As merge does (merge/splice.py), the file is edited as text at the positions libyaml gave
while loading, so every other byte stays: comments, quoting, key order, blank lines. A new
outcome is one line, a flow mapping in the list's own column::

    utfall:
      - {år: 2022, värde: 80.9}                                      # written by hand
      - {år: 2023, värde: 81.2, riket: 79.9, källa: kolada, hämtad: "2026-12-01"}

placed in year order; a changed one has only its changed values replaced (and keys it
lacked added). The caller reloads the result and checks that it holds exactly the data
intended (see ``expected``), so a layout this module does not foresee (an alias, an
unusual indentation) is refused rather than written wrong.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..yamlio import SourceMap, YamlPath, scalar
from .compare import Change

OUTCOMES = "utfall"


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str


def splice(text: str, source: SourceMap, changes: Sequence[tuple[YamlPath, list[Change]]]) -> str:
    """TEXT with each indicator's CHANGES written (an indicator by its path in the file)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[_Edit] = []
    for path, indicator_changes in changes:
        if not indicator_changes:
            continue
        _, node = source.node_at(path)
        if not isinstance(node, MappingNode):
            raise SpliceRefused(path)
        edits += _indicator_edits(text, node, indicator_changes, newline)
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def expected(data: Any, changes: Sequence[tuple[YamlPath, list[Change]]]) -> Any:
    """DATA (as the loader built it) with the same changes made, to check a splice by."""
    result = copy.deepcopy(data)
    for path, indicator_changes in changes:
        indicator = result
        for step in path:
            indicator = indicator[step]
        outcomes = indicator.setdefault(OUTCOMES, None) or []
        indicator[OUTCOMES] = outcomes
        for change in indicator_changes:
            if change.index is not None:
                outcomes[change.index].update(change.values)
        for change in indicator_changes:
            if change.index is None:
                outcomes.insert(_position(_years(outcomes), change.year), dict(change.values))
    return result


class SpliceRefused(Exception):
    """The file's layout at PATH is not one this module can write into."""

    def __init__(self, path: YamlPath) -> None:
        super().__init__(str(path))
        self.path = path


def _indicator_edits(
    text: str, indicator: MappingNode, changes: list[Change], newline: str
) -> list[_Edit]:
    pair = next(((k, v) for k, v in indicator.value if _is(k, OUTCOMES)), None)
    added = [c for c in changes if c.index is None]
    if pair is None:
        return [_new_key(text, indicator, added, newline)] if added else []
    key, outcomes = pair
    if (
        isinstance(outcomes, ScalarNode)
        and outcomes.tag.endswith(("null", "plain"))
        and outcomes.value in ("", "~", "null", "Null", "NULL")
    ):
        return [_replace_null(text, key, outcomes, added)]
    if not isinstance(outcomes, SequenceNode):
        raise SpliceRefused((OUTCOMES,))
    edits = [e for c in changes if c.index is not None for e in _update(text, outcomes, c, newline)]
    if added:
        edits += _insert(text, outcomes, added, newline)
    return edits


# --- a new entry's text


def entry_text(values: dict[str, object]) -> str:
    return "{" + ", ".join(f"{k}: {_value(v)}" for k, v in values.items()) + "}"


def _value(value: object) -> str:
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        shown = repr(value)
        if "e" in shown or "E" in shown:  # 1e-05: a float in YAML 1.2, text in 1.1
            shown = f"{value:.20f}".rstrip("0")
            shown += "0" if shown.endswith(".") else ""
        return shown
    return scalar(str(value))


# --- adding entries to a list


def _insert(text: str, seq: SequenceNode, added: list[Change], newline: str) -> list[_Edit]:
    years = [_year_of(item) for item in seq.value]
    gaps: dict[int, list[Change]] = {}
    for change in added:
        gaps.setdefault(_position(years, change.year), []).append(change)
    if seq.flow_style:
        return [_flow_insert(text, seq, at, group) for at, group in gaps.items()]
    return [_block_insert(text, seq, at, group, newline) for at, group in gaps.items()]


def _block_insert(
    text: str, seq: SequenceNode, at: int, group: list[Change], newline: str
) -> _Edit:
    column = _dash_column(text, seq.value[0])
    lines = "".join(
        " " * column + "- " + entry_text(c.values) + newline for c in sorted(group, key=_by_year)
    )
    if at < len(seq.value):
        dash = _dash_index(text, seq.value[at])
        start = text.rfind("\n", 0, dash) + 1
        return _Edit(start, start, lines)
    return _after_node(text, seq.value[-1], lines, newline)


def _flow_insert(text: str, seq: SequenceNode, at: int, group: list[Change]) -> _Edit:
    entries = ", ".join(entry_text(c.values) for c in sorted(group, key=_by_year))
    if not seq.value:
        close = seq.end_mark.index - 1
        return _Edit(close, close, entries)
    if at < len(seq.value):
        start = seq.value[at].start_mark.index
        return _Edit(start, start, entries + ", ")
    end = seq.value[-1].end_mark.index
    return _Edit(end, end, ", " + entries)


def _new_key(text: str, indicator: MappingNode, added: list[Change], newline: str) -> _Edit:
    entries = [entry_text(c.values) for c in sorted(added, key=_by_year)]
    last = indicator.value[-1][1]
    if indicator.flow_style:
        end = last.end_mark.index
        return _Edit(end, end, f", {OUTCOMES}: [" + ", ".join(entries) + "]")
    column = indicator.value[0][0].start_mark.column
    lines = " " * column + f"{OUTCOMES}:" + newline
    lines += "".join(" " * (column + 2) + "- " + e + newline for e in entries)
    return _after_node(text, last, lines, newline)


def _replace_null(text: str, key: Node, value: ScalarNode, added: list[Change]) -> _Edit:
    entries = "[" + ", ".join(entry_text(c.values) for c in sorted(added, key=_by_year)) + "]"
    if value.value:  # `~` or `null`: in its place
        return _Edit(value.start_mark.index, value.end_mark.index, entries)
    colon = text.index(":", key.end_mark.index) + 1
    return _Edit(colon, colon, " " + entries)


# --- changing an entry


def _update(text: str, seq: SequenceNode, change: Change, newline: str) -> list[_Edit]:
    assert change.index is not None
    item = seq.value[change.index]
    if not isinstance(item, MappingNode):
        raise SpliceRefused((OUTCOMES, change.index))
    present = {k.value: v for k, v in item.value if isinstance(k, ScalarNode)}
    edits: list[_Edit] = []
    missing: dict[str, object] = {}
    for key, value in change.values.items():
        node = present.get(key)
        if node is None:
            missing[key] = value
        elif isinstance(node, ScalarNode):
            edits.append(_Edit(node.start_mark.index, node.end_mark.index, _value(value)))
        else:
            raise SpliceRefused((OUTCOMES, change.index, key))
    if missing:
        if item.flow_style:
            end = item.value[-1][1].end_mark.index
            added = "".join(f", {k}: {_value(v)}" for k, v in missing.items())
            edits.append(_Edit(end, end, added))
        else:
            column = item.value[0][0].start_mark.column
            lines = "".join(f"{' ' * column}{k}: {_value(v)}{newline}" for k, v in missing.items())
            edits.append(_after_node(text, item, lines, newline))
    return edits


# --- positions


def _after_node(text: str, node: Node, lines: str, newline: str) -> _Edit:
    """Insert whole LINES after the line where NODE's content ends (past a comment there)."""
    end = _content_end(node)
    if end.column == 0 and end.index > 0 and text[end.index - 1] in "\r\n":
        return _Edit(end.index, end.index, lines)  # a block scalar ends at a line start
    line_end = text.find("\n", end.index)
    if line_end == -1:
        return _Edit(len(text), len(text), newline + lines.removesuffix(newline))
    return _Edit(line_end + 1, line_end + 1, lines)


def _content_end(node: Node) -> Mark:
    """Where NODE's last character is: a block collection's own end mark lies at the next
    token, past blank lines and comments, so take its last value's."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        node = node.value[-1][1] if isinstance(node, MappingNode) else node.value[-1]
    mark: Mark = node.end_mark
    return mark


def _dash_index(text: str, item: Node) -> int:
    """The index of the `-` that starts a block list item."""
    i = item.start_mark.index - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] != "-":
        raise SpliceRefused((OUTCOMES,))
    return i


def _dash_column(text: str, item: Node) -> int:
    dash = _dash_index(text, item)
    return dash - (text.rfind("\n", 0, dash) + 1)


def _position(years: list[int | None], year: int) -> int:
    """Where a new entry for YEAR goes: before the first entry of a later year."""
    return next((i for i, y in enumerate(years) if y is not None and y > year), len(years))


def _years(outcomes: list[Any]) -> list[int | None]:
    return [o.get("år") if isinstance(o, dict) else None for o in outcomes]


def _year_of(item: Node) -> int | None:
    if isinstance(item, MappingNode):
        for key, value in item.value:
            if _is(key, "år") and isinstance(value, ScalarNode) and value.value.isdigit():
                return int(value.value)
    return None


def _by_year(change: Change) -> int:
    return change.year


def _is(node: Node, name: str) -> bool:
    return isinstance(node, ScalarNode) and node.value == name
