"""Rules for a strategy and its successor: `ersätter`, `motsvarar`, `status` (RUS72x)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..suggest import closest
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Workspace

_IN_FORCE = frozenset({"antagen", "aktualitetsprövad"})


@rule("RUS720", "unknown-replaced-strategy")
def unknown_replaced_strategy(ws: Workspace) -> Iterator[Finding]:
    """`ersätter` names no other strategy of the workspace, or a strategy is replaced twice.

    A successor names the strategy it replaces by id; both live in the workspace so that
    the crosswalk (`motsvarar`) and the plans still serving the old one can be checked. A
    strategy replaced by two successors (or by itself) makes "the current strategy"
    ambiguous.

    Passes: `ersätter: grona-kronoberg-2025` beside the strategy with that id.
    Fails: `ersätter: grona-kronoberg` (did you mean `grona-kronoberg-2025`?).
    """
    seen: dict[str, str] = {}
    for doc in ws.strategy_docs:
        old = doc.model.replaces
        if old is None:
            continue
        if old == doc.model.id or old not in ws.strategies:
            others = [s for s in ws.strategies if s != doc.model.id]
            yield Finding(doc, ("ersätter",), {"ref": old}, suggestion=closest(old, others, 0.4))
        elif old in seen:
            fields = {"ref": old, "other": seen[old]}
            yield Finding(doc, ("ersätter",), fields, variant="RUS720.twice")
        seen.setdefault(old, doc.rel)


@rule("RUS721", "crosswalk-reference")
def crosswalk_reference(ws: Workspace) -> Iterator[Finding]:
    """A `motsvarar` entry that does not map a node of the replaced strategy to nodes of
    this one.

    The crosswalk reads "old id: [new ids]": each key is an område, mål, prioritering or
    insatsområde of the strategy named in `ersätter`, each value a node of this strategy
    (an empty list says the old node is not carried on). `motsvarar` without `ersätter`
    has nothing to map from.

    Passes: `motsvarar: {M1.2: [R2], M1.3: []}`.
    Fails: `motsvarar: {M9.9: [R2]}`; `motsvarar: {M1.2: [R22]}` when there is no R22.
    """
    for doc in ws.strategy_docs:
        model = doc.model
        if model.crosswalk and model.replaces is None:
            yield Finding(doc, ("motsvarar",), at_key=True, variant="RUS721.no_replaces")
            continue
        if model.replaces not in ws.strategies:
            continue  # RUS720
        old_nodes = [n for n, info in ws.nodes.items() if info.strategy == model.replaces]
        new_nodes = [n for n, info in ws.nodes.items() if info.strategy == model.id]
        for old, targets in model.crosswalk.items():
            if old not in old_nodes:
                fields = {"ref": old, "strategy": model.replaces}
                suggestion = closest(old, old_nodes, cutoff=0.5)
                yield Finding(doc, ("motsvarar", old), fields, at_key=True, suggestion=suggestion)
            for j, new in enumerate(targets):
                if new not in new_nodes:
                    fields = {"ref": new, "strategy": model.id}
                    suggestion = closest(new, new_nodes, cutoff=0.5)
                    path = ("motsvarar", old, j)
                    yield Finding(doc, path, fields, variant="RUS721.target", suggestion=suggestion)


@rule("RUS722", "goal-without-successor", "warning")
def goal_without_successor(ws: Workspace) -> Iterator[Finding]:
    """An activity points at a goal of a replaced strategy that the crosswalk does not map.

    While plans still serve the old strategy, each node they name should have a
    counterpart in the successor's `motsvarar` (or be explicitly dropped with an empty
    list), so that the work carries over into the follow-up of the new strategy.

    Fails (warning): `bidrar_till: [M2.3]` in a plan for Gröna Kronoberg 2025 when
    RUS 2035's `motsvarar` has no `M2.3`.
    """
    successors = {d.model.replaces: d.model for d in ws.strategy_docs if d.model.replaces}
    for doc, i, activity in ws.activities():
        successor = successors.get(doc.model.strategy)
        if successor is None:
            continue
        for j, ref in enumerate(activity.contributes_to):
            node = ws.nodes.get(ref)
            if node is None or node.strategy != doc.model.strategy:
                continue  # RUS201
            if not any(n in successor.crosswalk for n in ws.ancestors(ref)):
                fields = {"ref": ref, "successor": successor.id}
                yield Finding(doc, ("aktiviteter", i, "bidrar_till", j), fields)


@rule("RUS723", "strategy-status", "warning")
def strategy_status(ws: Workspace) -> Iterator[Finding]:
    """A strategy's `status` disagrees with its successor's.

    Once the successor is `antagen` (or `aktualitetsprövad`), the strategy it replaces is
    `ersatt`; a strategy marked `ersatt` while its successor is still being drafted or on
    remiss is ahead of the decision.

    Fails (warning): the old strategy `status: antagen` when the new one is `antagen`.
    """
    for doc in ws.strategy_docs:
        model = doc.model
        old_doc = ws.strategies.get(model.replaces or "")
        if old_doc is None or old_doc is doc:
            continue
        old = old_doc.model
        if model.status in _IN_FORCE and old.status not in (None, "ersatt"):
            fields = {"id": old.id, "status": old.status, "successor": model.id}
            yield Finding(old_doc, ("status",), fields)
        elif old.status == "ersatt" and model.status in ("framtagande", "remiss"):
            fields = {"id": old.id, "successor": model.id, "successor_status": model.status}
            yield Finding(old_doc, ("status",), fields, variant="RUS723.early")
