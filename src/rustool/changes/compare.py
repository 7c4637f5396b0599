"""Compare two snapshots by ids: what was added, removed and changed, as Change records."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Activity, Event, Indicator
from ..report.trend import judge
from .model import KINDS, Change
from .snapshot import Placed, Snapshot

_ORDER = {kind: n for n, kind in enumerate(KINDS)}
_OTHER_FIELDS = (  # (attribute, the key users write)
    ("category", "kategori"),
    ("purpose", "syfte"),
    ("goal_text", "mål"),
    ("role", "roll"),
    ("audience", "målgrupp"),
)
_EVENT_FIELDS = (
    ("name", "namn"),
    ("months", "månad"),
    ("kind", "typ"),
    ("owner", "ansvarig"),
    ("audience", "målgrupp"),
    ("links", "kopplar_till"),
    ("mandate_years", "mandatår"),
)


def compare(before: Snapshot, after: Snapshot) -> tuple[list[Change], int]:
    """Every change from BEFORE to AFTER, sorted; and how many activities could not be
    compared because their file could not be read on the other side."""
    changes = [
        *_strategies(before, after),
        *_nodes(before, after),
        *_indicators(before, after),
        *_events(before, after),
    ]
    activity_changes, skipped = _activities(before, after)
    changes += activity_changes
    changes.sort(key=lambda c: (_ORDER[c.kind] if c.section != "activity" else 99, c.unit or "",
                                c.id, _ORDER[c.kind]))  # fmt: skip
    return changes, skipped


# --------------------------------------------------------------------------- strategy


def _strategies(before: Snapshot, after: Snapshot) -> Iterator[Change]:
    for sid, view in after.strategies.items():
        old = before.strategies.get(sid)
        if old is None:
            yield Change(
                "strategy.added", sid, view.name, {"replaces": view.fields.get("ersätter")}
            )
            continue
        for key in sorted(old.fields.keys() | view.fields.keys()):
            if old.fields.get(key) != view.fields.get(key):
                fields = {"field": key, "from": old.fields.get(key), "to": view.fields.get(key)}
                yield Change("strategy.changed", sid, view.name, fields)
    for sid, view in before.strategies.items():
        if sid not in after.strategies:
            yield Change("strategy.removed", sid, view.name, {})


def _nodes(before: Snapshot, after: Snapshot) -> Iterator[Change]:
    replaced_by: dict[str, list[str]] = {}
    for view in after.strategies.values():
        for old, new in view.crosswalk.items():
            replaced_by.setdefault(old, []).extend(new)
    replaces: dict[str, list[str]] = {}
    for old, new in replaced_by.items():
        for n in new:
            replaces.setdefault(n, []).append(old)
    for nid, node in after.nodes.items():
        was = before.nodes.get(nid)
        goals = (after.goal_of(nid),)
        if was is None:
            fields = {"kind": node.kind, "parent": node.parent, "replaces": replaces.get(nid, [])}
            yield Change("node.added", nid, node.name, fields, goals=goals)
            continue
        if was.name != node.name:
            fields = {"kind": node.kind, "from": was.name, "to": node.name}
            yield Change("node.renamed", nid, node.name, fields, goals=goals)
        if was.parent != node.parent:
            fields = {"kind": node.kind, "from": was.parent, "to": node.parent}
            yield Change("node.moved", nid, node.name, fields, goals=goals)
    for nid, was in before.nodes.items():
        if nid not in after.nodes:
            fields = {"kind": was.kind, "replaced_by": replaced_by.get(nid, [])}
            yield Change("node.removed", nid, was.name, fields, goals=(before.goal_of(nid),))


def _indicators(before: Snapshot, after: Snapshot) -> Iterator[Change]:
    for iid, (indicator, goal) in after.indicators.items():
        old = before.indicators.get(iid)
        if old is None:
            yield Change("indicator.added", iid, indicator.name, {"goal": goal}, goals=(goal,))
            continue
        yield from _outcomes(old[0], indicator, goal)
        for attr, key in (("baseline", "baslinje"), ("target", "målvärde")):
            was, now = _measure(getattr(old[0], attr)), _measure(getattr(indicator, attr))
            if was != now:
                fields = {"field": key, "from": was, "to": now}
                yield Change("indicator.changed", iid, indicator.name, fields, goals=(goal,))
        if old[0].direction != indicator.direction:
            fields = {"field": "riktning", "from": old[0].direction, "to": indicator.direction}
            yield Change("indicator.changed", iid, indicator.name, fields, goals=(goal,))
    for iid, (indicator, goal) in before.indicators.items():
        if iid not in after.indicators:
            yield Change("indicator.removed", iid, indicator.name, {"goal": goal}, goals=(goal,))


def _measure(m: Any) -> dict[str, Any] | None:
    return {"year": m.year, "value": m.value} if m is not None else None


def _outcomes(old: Indicator, new: Indicator, goal: str) -> Iterator[Change]:
    was = {m.year: m.value for m in old.outcomes}
    series = sorted(new.outcomes, key=lambda m: m.year)
    for n, m in enumerate(series):
        if was.get(m.year) == m.value:
            continue
        earlier = series[n - 1] if n else None
        if earlier is None and new.baseline is not None and new.baseline.year < m.year:
            earlier = new.baseline
        anchor = new.target or new.baseline
        reference = anchor.value if anchor is not None else None
        trend = judge(earlier.value, m.value, new.direction, reference) if earlier else None
        fields = {
            "year": m.year,
            "value": m.value,
            "previous_value": was.get(m.year),
            "compared_with": _measure(earlier),
            "trend": trend,
            "unit": new.unit,
        }
        yield Change("indicator.outcome", new.id, new.name, fields, goals=(goal,))


# --------------------------------------------------------------------------- årshjul


def _events(before: Snapshot, after: Snapshot) -> Iterator[Change]:
    for eid, event in after.events.items():
        old = before.events.get(eid)
        goals = tuple(sorted({after.goal_of(n) for n in event.links}))
        if old is None:
            yield Change("event.added", eid, event.name, _event_fields(event), goals=goals)
            continue
        changed = {
            key: {"from": _plain(getattr(old, attr)), "to": _plain(getattr(event, attr))}
            for attr, key in _EVENT_FIELDS
            if getattr(old, attr) != getattr(event, attr)
        }
        if changed:
            yield Change("event.changed", eid, event.name, {"changes": changed}, goals=goals)
    for eid, event in before.events.items():
        if eid not in after.events:
            goals = tuple(sorted({before.goal_of(n) for n in event.links}))
            yield Change("event.removed", eid, event.name, _event_fields(event), goals=goals)


def _event_fields(event: Event) -> dict[str, Any]:
    return {"months": list(event.months), "type": event.kind}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, list | tuple) else value


# --------------------------------------------------------------------------- activities


def _activities(before: Snapshot, after: Snapshot) -> tuple[list[Change], int]:
    out: list[Change] = []
    skipped = 0
    for aid, now in after.activities.items():
        was = before.activities.get(aid)
        if was is None:
            if now.file in before.broken:
                skipped += 1
                continue
            out.append(_added(aid, now, after))
        else:
            out += _changed(aid, was, now, before, after)
    for aid, was in before.activities.items():
        if aid not in after.activities:
            if was.file in after.broken:
                skipped += 1
                continue
            a = was.activity
            fields = {"status": a.status, "due": _due(a), "file": was.file}
            out.append(Change("activity.removed", aid, a.title, fields, was.unit,
                              _goals(a, before)))  # fmt: skip
    return out, skipped


def _goals(activity: Activity, snap: Snapshot, *more: Activity) -> tuple[str, ...]:
    ids = set(activity.contributes_to).union(*(m.contributes_to for m in more))
    return tuple(sorted({snap.goal_of(n) for n in ids}))


def _due(activity: Activity) -> str | None:
    return activity.due.text if activity.due is not None else None


def _added(aid: str, now: Placed, snap: Snapshot) -> Change:
    a = now.activity
    fields = {
        "status": a.status,
        "due": _due(a),
        "owner": a.owner,
        "goals": list(a.contributes_to),
        "budget_kr": a.budget_kr,
        "file": now.file,
    }
    return Change("activity.added", aid, a.title, fields, now.unit, _goals(a, snap))


def _changed(
    aid: str, was: Placed, now: Placed, before: Snapshot, after: Snapshot
) -> Iterator[Change]:
    a, b = was.activity, now.activity
    goals = tuple(sorted(set(_goals(b, after)) | set(_goals(a, before))))

    def change(kind: str, **fields: Any) -> Change:
        return Change(kind, aid, b.title, fields, now.unit, goals)

    if a.status != b.status:
        if b.status == "struken":
            yield change("activity.struck", **{"from": a.status, "comment": _last_comment(b)})
        else:
            yield change("activity.status", **{"from": a.status, "to": b.status})
    if _due(a) != _due(b):
        days = (b.due.last - a.due.last).days if a.due and b.due else None
        yield change("activity.due", **{"from": _due(a), "to": _due(b), "days": days})
    if a.owner != b.owner:
        yield change("activity.owner", **{"from": a.owner, "to": b.owner})
    if a.contributes_to != b.contributes_to:
        added = [g for g in b.contributes_to if g not in a.contributes_to]
        removed = [g for g in a.contributes_to if g not in b.contributes_to]
        if added or removed:
            yield change("activity.goals", added=added, removed=removed)
    if a.budget_kr != b.budget_kr:
        delta = (
            b.budget_kr - a.budget_kr
            if a.budget_kr is not None and b.budget_kr is not None
            else None
        )
        yield change("activity.budget", **{"from": a.budget_kr, "to": b.budget_kr, "delta": delta})
    old_entries = {str(f.period): f for f in a.follow_ups}
    for entry in b.follow_ups:
        previous = old_entries.get(str(entry.period))
        if previous is None or previous != entry:
            yield change(
                "activity.follow_up",
                period=str(entry.period),
                status=entry.status,
                comment=entry.comment,
                new=previous is None,
            )
    if a.title != b.title:
        yield change("activity.title", **{"from": a.title, "to": b.title})
    if a.comment != b.comment:
        yield change("activity.comment", **{"from": a.comment, "to": b.comment})
    if was.unit != now.unit:
        yield change("activity.unit", **{"from": was.unit, "to": now.unit})
    other = [key for attr, key in _OTHER_FIELDS if getattr(a, attr) != getattr(b, attr)]
    if other:
        yield change("activity.other", fields=other)


def _last_comment(activity: Activity) -> str | None:
    for entry in reversed(activity.follow_ups):
        if entry.comment:
            return entry.comment
    return activity.comment
