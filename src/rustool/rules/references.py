"""Rules for ids and references across the workspace (RUS2xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..suggest import Suggester, closest, fold
from .base import Finding, rule

if TYPE_CHECKING:
    from ..model import Strategy
    from ..workspace import Document, Workspace


def _references(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str, str]]:
    """(document, path, key, id) for every reference to a strategy node: activities and
    plan headers (`bidrar_till`), årshjul events (`kopplar_till`), kraftsamlingar and the
    färdplan's insatser (`bidrar_till`)."""
    for doc in ws.plan_docs:
        for j, ref in enumerate(doc.model.contributes_to):
            yield doc, ("bidrar_till", j), "bidrar_till", ref
        for i, activity in enumerate(doc.model.activities):
            for j, ref in enumerate(activity.contributes_to):
                yield doc, ("aktiviteter", i, "bidrar_till", j), "bidrar_till", ref
    for wheel_doc in ws.wheel_docs:
        for i, event in enumerate(wheel_doc.model.events):
            for j, ref in enumerate(event.links):
                yield wheel_doc, ("händelser", i, "kopplar_till", j), "kopplar_till", ref
    for doc in ws.strategy_docs:
        for k, kraftsamling in enumerate(doc.model.kraftsamlingar):
            for j, ref in enumerate(kraftsamling.contributes_to):
                yield doc, ("kraftsamlingar", k, "bidrar_till", j), "bidrar_till", ref
    for doc in ws.of_kind("färdplan"):
        for y, year in enumerate(doc.model.years):
            for e, effort in enumerate(year.efforts):
                for j, ref in enumerate(effort.contributes_to):
                    path = ("år", y, "insatser", e, "bidrar_till", j)
                    yield doc, path, "bidrar_till", ref


@rule("RUS201", "unknown-reference")
def unknown_reference(ws: Workspace) -> Iterator[Finding]:
    """An id in `bidrar_till` or `kopplar_till` that is not a node of the strategy.

    Activities contribute to, and årshjul events look at, the strategy's områden, mål and
    prioriteringar by id. A reference to an id that does not exist (or to an indicator)
    is an error, with the closest existing id suggested.

    Insatsområden with an `id` are nodes too; one written as plain text is not, and a
    reference to its text says so. In a workspace with a strategy and its successor
    (`ersätter`), a file refers to the nodes of the strategy it names in `strategi`; a
    node of the other strategy is reported with the strategy it belongs to (the
    crosswalk `motsvarar` says what it became).

    Fails: `bidrar_till: [M1.4]` when the strategy has M1.1–M1.3; `[M1.1 M1.2]`, where
    a comma is missing (`[M1.1, M1.2]`).
    """
    if ws.strategy is None:
        return
    known: dict[str, tuple[Suggester, set[str], set[str]]] = {}
    for doc, path, key, ref in _references(ws):
        strategy = doc.model if doc.kind == "strategi" else ws.strategy_of(doc)
        if strategy is None or ref in ws.dropped_ids:
            continue
        node = ws.nodes.get(ref)
        if node is not None and node.strategy == strategy.id:
            continue
        fields = {"ref": ref, "key": key, "strategy": node.strategy if node else ""}
        if len(ref.split()) > 1:  # `[M2.1 P2.1.1]`: a comma left out, not one id misspelt
            fields["fixed"] = ", ".join(ref.split())
            yield Finding(doc, path, fields, variant="RUS201.missing_comma")
            continue
        if strategy.id not in known:  # once per strategy, not once per reference
            known[strategy.id] = _known(ws, strategy)
        suggest, indicators, texts = known[strategy.id]
        variant = _unknown_variant(ref, node is not None, indicators, texts)
        suggestion = None if variant else suggest(ref)
        if variant == "RUS201.other_strategy":
            suggestion = _successor_of(ws, strategy.id, ref)
        yield Finding(doc, path, fields, variant=variant, suggestion=suggestion)


def _known(ws: Workspace, strategy: Strategy) -> tuple[Suggester, set[str], set[str]]:
    """For STRATEGY: "did you mean" among its nodes, its indicators' ids, and its
    insatsområden written as text (folded)."""
    mine = [n for n, info in ws.nodes.items() if info.strategy == strategy.id]
    indicators = {i.id for _, goal in strategy.goals() for i in goal.indicators}
    texts = {fold(f) for p in strategy.priorities() for f in p.focus_areas if isinstance(f, str)}
    return Suggester(mine, cutoff=0.5), indicators, texts


def _unknown_variant(
    ref: str, other_strategy: bool, indicators: set[str], texts: set[str]
) -> str | None:
    if other_strategy:
        return "RUS201.other_strategy"
    if ref in indicators:
        return "RUS201.indicator"
    return "RUS201.focus_area_text" if fold(ref) in texts else None


def _successor_of(ws: Workspace, strategy_id: str, ref: str) -> str | None:
    """The crosswalk's first id for REF, when STRATEGY_ID's strategy replaces REF's."""
    doc = ws.strategies.get(strategy_id)
    targets = doc.model.crosswalk.get(ref) if doc is not None else None
    return targets[0] if targets else None


def _id_definitions(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str, bool]]:
    """(document, path, id, raw) for every id defined; events and activities are read from
    the file's data, so an item with a schema error still counts."""
    for doc in ws.strategy_docs:
        yield doc, ("id",), doc.model.id, False
        for _, node_id, _, path in doc.model.nodes():
            yield doc, (*path, "id"), node_id, False
        for _, path, indicator in ws.indicators(doc):
            yield doc, (*path, "id"), indicator.id, False
        for k, kraftsamling in enumerate(doc.model.kraftsamlingar):
            yield doc, ("kraftsamlingar", k, "id"), kraftsamling.id, False
    for doc in ws.of_kind("färdplan"):
        for y, year in enumerate(doc.model.years):
            for e, effort in enumerate(year.efforts):
                yield doc, ("år", y, "insatser", e, "id"), effort.id, False
    for doc in ws.actor_docs:
        for a, actor in enumerate(doc.model.actors):
            yield doc, ("aktörer", a, "id"), actor.id, False
    for doc in ws.documents:
        if doc.kind == "årshjul":
            key = "händelser"
        elif doc.kind == "aktivitetsplan" and not doc.data.get("källor"):
            key = "aktiviteter"
        else:
            continue
        items = doc.data.get(key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and isinstance(item.get("id"), str | int):
                yield doc, (key, i, "id"), str(item["id"]), True


@rule("RUS202", "duplicate-id")
def duplicate_id(ws: Workspace) -> Iterator[Finding]:
    """An id used twice anywhere in the workspace.

    Every id (strategies, områden, mål, prioriteringar, insatsområden, indicators,
    kraftsamlingar, the färdplan's insatser, actors, årshjul events and activities) must be
    unique across all files, also between a strategy and its successor, so that a
    reference means one thing. The second use is reported, naming the file and line of
    the first. Activities in a merged plan (one with `källor`) repeat their sources' ids
    by design and are not counted.

    Fails: two plans that both have an activity `KA-001`.
    """
    first: dict[str, tuple[Document, tuple[str | int, ...], bool]] = {}
    for doc, path, node_id, raw in _id_definitions(ws):
        if node_id not in first:
            first[node_id] = (doc, path, raw)
            continue
        other_doc, other_path, other_raw = first[node_id]
        if not other_raw:
            other_path = other_doc.original(other_path)
        line, _ = other_doc.source.position(other_path)
        fields = {"id": node_id, "other_file": other_doc.rel, "other_line": line}
        yield Finding(doc, path, fields, raw=raw)


@rule("RUS203", "no-strategy")
def no_strategy(ws: Workspace) -> Iterator[Finding]:
    """The workspace has no strategy.

    Every workspace needs exactly one file with `typ: strategi`: the plans and the årshjul
    refer to it. (A strategy file with errors of its own is reported for those instead.)
    """
    if not any(d.kind == "strategi" for d in ws.documents) and not _broken_strategy(ws):
        yield Finding(None)


_STRATEGY_TYP = re.compile(rb"(?m)^typ[ \t]*:[ \t]*[\"']?strategi\b")


def _broken_strategy(ws: Workspace) -> bool:
    """Whether a file that failed to load says `typ: strategi`: its own error is the news,
    and "the workspace has no strategy" would send the user looking for the wrong thing."""
    from ..yamlio import read_head

    unreadable = {d.file for d in ws.problems if d.code in _LOAD_CODES}
    return any(_STRATEGY_TYP.search(read_head(ws.root / rel, 65536)) for rel in unreadable)


_LOAD_CODES = {"RUS001", "RUS002", "RUS003", "RUS004", "RUS005", "RUS006"}


@rule("RUS204", "multiple-strategies")
def multiple_strategies(ws: Workspace) -> Iterator[Finding]:
    """The workspace has more than one strategy, and the second does not say `ersätter`.

    A workspace is one RUS with its årshjul and plans, or a strategy and the strategy
    that replaces it: the successor says `ersätter: <id of the old one>` (and maps the old
    goals with `motsvarar`). Keep another region's strategy outside the workspace folder
    (or list it under `exkludera` in rustool.yaml).

    Passes: `id: rus-2035` with `ersätter: grona-kronoberg-2025` beside Gröna Kronoberg.
    Fails: a second `typ: strategi` file without `ersätter`.
    """
    strategies = [d for d in ws.documents if d.kind == "strategi"]
    linked = {d.model.replaces for d in strategies if d.model is not None}
    first = strategies[0] if strategies else None
    for doc in strategies[1:]:
        model = doc.model
        if model is not None and (model.replaces or model.id in linked):
            continue
        assert first is not None
        yield Finding(doc, ("typ",), {"other_file": first.rel})


@rule("RUS209", "multiple-wheels")
def multiple_wheels(ws: Workspace) -> Iterator[Finding]:
    """Several årshjul, and one of them has no `namn`, or the same `namn` as another.

    A workspace may hold several årshjul (the county's RUS wheel beside the
    administration's internal one, each with `publik: extern` or `intern`). Calendars,
    the poster and the report tell them apart by name, so with more than one each needs
    a `namn` of its own.

    Fails: two files with `typ: årshjul`, one without `namn`.
    """
    wheels = ws.wheel_docs
    if len(wheels) < 2:
        return
    seen: dict[str, str] = {}
    for doc in wheels:
        name = (doc.model.name or "").strip()
        if not name:
            yield Finding(doc, ("typ",), {"count": len(wheels)}, variant="RUS209.unnamed")
        elif name.casefold() in seen:
            yield Finding(doc, ("namn",), {"name": name, "other_file": seen[name.casefold()]})
        else:
            seen[name.casefold()] = doc.rel


@rule("RUS205", "unknown-strategy")
def unknown_strategy(ws: Workspace) -> Iterator[Finding]:
    """A plan, årshjul or färdplan whose `strategi` is not the id of a strategy of the
    workspace.

    Fails: `strategi: dalastrategin` when the strategy's id is `dalastrategin-2030`.
    """
    if ws.strategy is None:
        return
    kinds = ("årshjul", "aktivitetsplan", "färdplan")
    for doc in [d for kind in kinds for d in ws.of_kind(kind)]:
        if doc.model.strategy not in ws.strategies:
            fields = {"ref": doc.model.strategy, "strategy": ws.strategy.id}
            suggestion = closest(doc.model.strategy, ws.strategies, cutoff=0.0)
            yield Finding(doc, ("strategi",), fields, suggestion=suggestion)


@rule("RUS206", "unknown-category")
def unknown_category(ws: Workspace) -> Iterator[Finding]:
    """An activity's `kategori` is not one of the strategy's categories.

    The default categories, in order, are Kunskap och analys, Samverkan och nätverk,
    Kommunikation och påverkan, Finansiering, Processtöd and Interna
    verksamhetsprocesser; a strategy may list its own under `kategorier`.

    Fails: `kategori: Analys` (did you mean `Kunskap och analys`?).
    """
    for doc, i, activity in ws.activities():
        strategy = ws.strategy_of(doc)
        if strategy is None:
            return
        categories = strategy.categories
        value = activity.category
        if value in categories:  # as written: the common case, before any folding
            continue
        if fold(value) in {fold(c) for c in categories}:
            continue
        fields = {"value": value, "expected": ", ".join(categories)}
        yield Finding(
            doc,
            ("aktiviteter", i, "kategori"),
            fields,
            suggestion=closest(value, categories, cutoff=0.4),
        )


@rule("RUS207", "category-spelling", "warning")
def category_spelling(ws: Workspace) -> Iterator[Finding]:
    """A category written differently from the strategy, such as `&` for `och`, or in
    another case.

    The regions' own template writes "Kunskap & analys"; rustool recognises it as
    "Kunskap och analys" and counts it there, but asks for the canonical spelling so that
    reports and merged plans stay consistent.

    Fails (warning): `kategori: Samverkan & nätverk`, `kategori: kunskap och analys`.
    """
    for doc, i, activity in ws.activities():
        strategy = ws.strategy_of(doc)
        if strategy is None:
            return
        categories = strategy.categories
        value = activity.category
        if value in categories:
            continue  # written as the strategy writes it (even if listed twice: RUS210)
        by_fold: dict[str, str] = {}
        for category in categories:
            by_fold.setdefault(fold(category), category)
        canonical = by_fold.get(fold(value))
        if canonical is None or canonical == value:
            continue
        path = ("aktiviteter", i, "kategori")
        if "&" in value:
            yield Finding(doc, path, {"canonical": canonical}, suggestion=canonical)
        else:  # only case, accents or spaces differ: "och" for "&" would be no advice
            yield Finding(
                doc, path, {"canonical": canonical, "value": value}, variant="RUS207.case"
            )


@rule("RUS208", "unknown-role")
def unknown_role(ws: Workspace) -> Iterator[Finding]:
    """A role that is not one of the strategy's roles.

    The default roles are Finansiären, Utföraren, Nätverkaren and Kapacitetsbyggaren
    (SKR 2020); a strategy may list its own under `roller`. Checked wherever a role is
    named: an activity's `roll`, `roller` and `huvudroll`, a plan's `huvudroll` (the
    unit's) and the strategy's `region: {huvudroll: …}` (the region's).

    Fails: `roll: Finansiär` (did you mean `Finansiären`?).
    """
    for doc, path, value in _role_uses(ws):
        strategy = doc.model if doc.kind == "strategi" else ws.strategy_of(doc)
        if strategy is None or value in strategy.roles:
            continue
        roles = strategy.roles
        fields = {"value": value, "expected": ", ".join(roles)}
        yield Finding(doc, path, fields, suggestion=closest(value, roles, cutoff=0.5))


def _role_uses(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str]]:
    """(document, path, role) for every role named in the workspace."""
    for doc in ws.strategy_docs:
        for j, value in enumerate(doc.model.region.main_role):
            yield doc, ("region", "huvudroll", *_nth(doc, ("region", "huvudroll"), j)), value
    for doc in ws.plan_docs:
        for j, value in enumerate(doc.model.main_role):
            yield doc, ("huvudroll", *_nth(doc, ("huvudroll",), j)), value
        for i, activity in enumerate(doc.model.activities):
            at = ("aktiviteter", i)
            if activity.role is not None:
                yield doc, (*at, "roll"), activity.role
            for j, value in enumerate(activity.roles):
                yield doc, (*at, "roller", j), value
            for j, value in enumerate(activity.main_role):
                yield doc, (*at, "huvudroll", *_nth(doc, (*at, "huvudroll"), j)), value


def _nth(doc: Document, path: tuple[str | int, ...], index: int) -> tuple[int, ...]:
    """The index to add to PATH for a value read as a list: none when the file wrote one
    value (`huvudroll: Finansiären`), INDEX when it wrote a list."""
    data = doc.data
    for step in doc.original(path):
        if isinstance(data, dict | list):
            try:
                data = data[step]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                return ()
    return (index,) if isinstance(data, list) else ()


@rule("RUS210", "duplicate-category-or-role")
def duplicate_category_or_role(ws: Workspace) -> Iterator[Finding]:
    """A category or role listed twice in the strategy.

    Two entries are the same when they differ only in upper and lower case, accents or
    `&` for `och` (`Kunskap & analys` is `Kunskap och analys`): a plan's `kategori` could
    then mean either, and coverage would count it under one of them. The second entry is
    reported, naming the line of the first.

    Fails: `kategorier: [Finansiering, finansiering]`.
    """
    for doc in ws.strategy_docs:
        yield from _duplicates_in(doc)


def _duplicates_in(doc: Document) -> Iterator[Finding]:
    for key, values, variant in (
        ("kategorier", doc.model.categories, None),
        ("roller", doc.model.roles, "RUS210.role"),
    ):
        if key not in doc.data:
            continue  # the defaults
        first: dict[str, int] = {}
        for i, value in enumerate(values):
            folded = fold(value)
            if folded not in first:
                first[folded] = i
                continue
            line, _ = doc.source.position(doc.original((key, first[folded])))
            yield Finding(
                doc,
                (key, i),
                {"value": value, "first": values[first[folded]], "first_line": line},
                variant=variant,
            )
