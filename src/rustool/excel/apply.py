"""Apply a plan's changes to its YAML text (edit.py), and say what the data should then be.

The result is loaded again and compared with the intended data: an edit that would change
anything else, or that the loader reads differently, is refused rather than written."""

from __future__ import annotations

import copy
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import yamlio
from .changes import (
    ACTIVITY_ORDER,
    FOLLOWUP_ORDER,
    PLAN_ORDER,
    AddActivity,
    Change,
    FollowUp,
    RemoveActivity,
    SetValue,
)
from .edit import Edits, find


class NotFaithful(Exception):
    """The edited text does not hold exactly the intended data."""


def apply(loaded: yamlio.Loaded, changes: list[Change]) -> str:
    """LOADED's text with CHANGES made (LOADED as the workspace loaded it)."""
    text = loaded.text
    root = loaded.source.root
    if not isinstance(root, MappingNode) or not isinstance(loaded.data, dict) or loaded.problems:
        raise NotFaithful("not a mapping")
    data = copy.deepcopy(loaded.data)
    edits = Edits(text)
    pair = find(root, "aktiviteter")
    seq = pair[1] if pair is not None and isinstance(pair[1], SequenceNode) else None
    found = data.get("aktiviteter")
    items: list[Any] = found if isinstance(found, list) else []
    nodes = _by_id(seq)
    by_id = {str(a.get("id")): a for a in items if isinstance(a, dict)}
    added: list[dict[str, Any]] = []
    removed: set[str] = set()
    for change in changes:
        if isinstance(change, SetValue):
            target = data if change.activity is None else by_id[change.activity]
            mapping = root if change.activity is None else nodes[change.activity]
            order = PLAN_ORDER if change.activity is None else ACTIVITY_ORDER
            if change.value is None:
                edits.remove(mapping, change.key)
                target.pop(change.key, None)
            else:
                edits.set(mapping, change.key, change.value, order)
                target[change.key] = change.value
        elif isinstance(change, AddActivity):
            added.append(change.values)
        elif isinstance(change, RemoveActivity):
            removed.add(change.activity)
        elif isinstance(change, FollowUp):
            _follow_up(edits, nodes[change.activity], by_id[change.activity], change.entry)
    _items(edits, root, seq, added, removed)
    if added or removed:
        kept = [a for a in items if not (isinstance(a, dict) and str(a.get("id")) in removed)]
        data["aktiviteter"] = kept + copy.deepcopy(added)
    new_text = edits.apply()
    check = yamlio.load(new_text)
    if check.problems or check.data != data:
        raise NotFaithful("data differs")
    return new_text


def _by_id(seq: SequenceNode | None) -> dict[str, MappingNode]:
    nodes: dict[str, MappingNode] = {}
    for item in seq.value if seq is not None else []:
        if isinstance(item, MappingNode):
            found = find(item, "id")
            if found is not None and isinstance(found[1], ScalarNode):
                nodes.setdefault(found[1].value, item)
    return nodes


def _items(
    edits: Edits,
    root: MappingNode,
    seq: SequenceNode | None,
    added: list[dict[str, Any]],
    removed: set[str],
) -> None:
    if seq is None or (not seq.value and not seq.flow_style):
        if added:
            edits.set(root, "aktiviteter", added, PLAN_ORDER)
        return
    ids = [_id(item) for item in seq.value]
    if removed and all(i in removed for i in ids) and not added:
        edits.set(root, "aktiviteter", [], PLAN_ORDER)
        return
    for index, item_id in enumerate(ids):
        if item_id in removed:
            edits.delete(seq, index)
    indent = None
    first = seq.value[0] if seq.value else None
    if isinstance(first, MappingNode) and first.value and not first.flow_style:
        indent = first.value[0][0].start_mark.column
    for values in added:
        edits.append(seq, values, indent)


def _id(node: Node) -> str | None:
    if isinstance(node, MappingNode):
        found = find(node, "id")
        if found is not None and isinstance(found[1], ScalarNode):
            return str(found[1].value)
    return None


def _follow_up(
    edits: Edits, mapping: MappingNode, activity: dict[str, Any], entry: dict[str, Any]
) -> None:
    pair = find(mapping, "uppföljning")
    log = activity.get("uppföljning")
    if pair is None or not isinstance(pair[1], SequenceNode) or not isinstance(log, list):
        edits.set(mapping, "uppföljning", [entry], ACTIVITY_ORDER)
        activity["uppföljning"] = [dict(entry)]
        return
    seq = pair[1]
    for index, old in enumerate(log):
        node = seq.value[index]
        if (
            isinstance(old, dict)
            and isinstance(node, MappingNode)
            and str(old.get("period")) == entry["period"]
        ):
            for key, value in entry.items():
                if old.get(key) != value:
                    edits.set(node, key, value, FOLLOWUP_ORDER)
                    old[key] = value
            return
    if seq.value or seq.flow_style:
        indent = None
        first = seq.value[0] if seq.value else None
        if isinstance(first, MappingNode) and first.value and not first.flow_style:
            indent = first.value[0][0].start_mark.column
        edits.append(seq, entry, indent)
    log.append(dict(entry))
