"""Rules for ids and references across the workspace (RUS2xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..suggest import closest, fold
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Document, Workspace


def _references(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str, str]]:
    """(document, path, key, id) for every reference to a strategy node."""
    for doc in ws.plan_docs:
        for i, activity in enumerate(doc.model.activities):
            for j, ref in enumerate(activity.contributes_to):
                yield doc, ("aktiviteter", i, "bidrar_till", j), "bidrar_till", ref
    for wheel_doc in ws.wheel_docs:
        for i, event in enumerate(wheel_doc.model.events):
            for j, ref in enumerate(event.links):
                yield wheel_doc, ("händelser", i, "kopplar_till", j), "kopplar_till", ref


@rule("RUS201", "unknown-reference")
def unknown_reference(ws: Workspace) -> Iterator[Finding]:
    """An id in `bidrar_till` or `kopplar_till` that is not a node of the strategy.

    Activities contribute to, and årshjul events look at, the strategy's områden, mål and
    prioriteringar by id. A reference to an id that does not exist (or to an indicator)
    is an error, with the closest existing id suggested.

    Fails: `bidrar_till: [M1.4]` when the strategy has M1.1–M1.3.
    """
    if ws.strategy is None:
        return
    indicators = {i.id for _, goal in ws.strategy.goals() for i in goal.indicators}
    for doc, path, key, ref in _references(ws):
        if ref in ws.nodes or ref in ws.dropped_ids:
            continue
        variant = "RUS201.indicator" if ref in indicators else None
        suggestion = None if variant else closest(ref, ws.nodes, cutoff=0.5)
        yield Finding(doc, path, {"ref": ref, "key": key}, variant=variant, suggestion=suggestion)


def _id_definitions(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], str, bool]]:
    """(document, path, id, raw) for every id defined; events and activities are read from
    the file's data, so an item with a schema error still counts."""
    if ws.strategy_doc is not None:
        doc = ws.strategy_doc
        yield doc, ("id",), doc.model.id, False
        for _, node_id, _, path in doc.model.nodes():
            yield doc, (*path, "id"), node_id, False
        for _, path, indicator in ws.indicators():
            yield doc, (*path, "id"), indicator.id, False
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

    Every id (strategy, områden, mål, prioriteringar, indicators, årshjul events and
    activities) must be unique across all files, so that a reference means one thing. The
    second use is reported, naming the file and line of the first. Activities in a merged
    plan (one with `källor`) repeat their sources' ids by design and are not counted.

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
    if not any(d.kind == "strategi" for d in ws.documents):
        yield Finding(None)


@rule("RUS204", "multiple-strategies")
def multiple_strategies(ws: Workspace) -> Iterator[Finding]:
    """The workspace has more than one strategy.

    A workspace is one RUS with its årshjul and plans. Keep another region's strategy, or
    an older version, outside the workspace folder (or list it under `exkludera` in
    rustool.yaml).
    """
    strategies = [d for d in ws.documents if d.kind == "strategi"]
    for doc in strategies[1:]:
        yield Finding(doc, ("typ",), {"other_file": strategies[0].rel})


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
    """A plan or årshjul whose `strategi` is not the workspace strategy's id.

    Fails: `strategi: dalastrategin` when the strategy's id is `dalastrategin-2030`.
    """
    if ws.strategy is None:
        return
    for doc in [*ws.of_kind("årshjul"), *ws.of_kind("aktivitetsplan")]:
        if doc.model.strategy != ws.strategy.id:
            fields = {"ref": doc.model.strategy, "strategy": ws.strategy.id}
            yield Finding(doc, ("strategi",), fields, suggestion=ws.strategy.id)


@rule("RUS206", "unknown-category")
def unknown_category(ws: Workspace) -> Iterator[Finding]:
    """An activity's `kategori` is not one of the strategy's categories.

    The default categories, in order, are Kunskap och analys, Samverkan och nätverk,
    Kommunikation och påverkan, Finansiering, Processtöd and Interna
    verksamhetsprocesser; a strategy may list its own under `kategorier`.

    Fails: `kategori: Analys` (did you mean `Kunskap och analys`?).
    """
    if ws.strategy is None:
        return
    categories = ws.strategy.categories
    folded = {fold(c) for c in categories}
    for doc, i, activity in ws.activities():
        value = activity.category
        if value in categories or fold(value) in folded:
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
    """A category written differently from the strategy, such as `&` for `och`.

    The regions' own template writes "Kunskap & analys"; rustool recognises it as
    "Kunskap och analys" and counts it there, but asks for the canonical spelling so that
    reports and merged plans stay consistent.

    Fails (warning): `kategori: Samverkan & nätverk`.
    """
    if ws.strategy is None:
        return
    categories = ws.strategy.categories
    by_fold: dict[str, str] = {}
    for category in categories:
        by_fold.setdefault(fold(category), category)
    for doc, i, activity in ws.activities():
        value = activity.category
        if value in categories:
            continue  # written as the strategy writes it (even if listed twice: RUS210)
        canonical = by_fold.get(fold(value))
        if canonical is not None and canonical != value:
            yield Finding(
                doc, ("aktiviteter", i, "kategori"), {"canonical": canonical}, suggestion=canonical
            )


@rule("RUS208", "unknown-role")
def unknown_role(ws: Workspace) -> Iterator[Finding]:
    """An activity's `roll` is not one of the strategy's roles.

    The default roles are Finansiären, Utföraren, Nätverkaren and Kapacitetsbyggaren
    (SKR 2020); a strategy may list its own under `roller`.

    Fails: `roll: Finansiär` (did you mean `Finansiären`?).
    """
    if ws.strategy is None:
        return
    roles = ws.strategy.roles
    for doc, i, activity in ws.activities():
        value = activity.role
        if value is None or value in roles:
            continue
        fields = {"value": value, "expected": ", ".join(roles)}
        yield Finding(
            doc, ("aktiviteter", i, "roll"), fields, suggestion=closest(value, roles, cutoff=0.5)
        )


@rule("RUS210", "duplicate-category-or-role")
def duplicate_category_or_role(ws: Workspace) -> Iterator[Finding]:
    """A category or role listed twice in the strategy.

    Two entries are the same when they differ only in upper and lower case, accents or
    `&` for `och` (`Kunskap & analys` is `Kunskap och analys`): a plan's `kategori` could
    then mean either, and coverage would count it under one of them. The second entry is
    reported, naming the line of the first.

    Fails: `kategorier: [Finansiering, finansiering]`.
    """
    doc = ws.strategy_doc
    if doc is None:
        return
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
