"""A diff as the reader sees it: each change as a sentence in the reader's language,
grouped in sections (the strategy, indicators, the årshjul, each unit's activities) with a
count per goal. The text output, the Markdown and HTML templates and the report's
appendix all render this one view."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import numbers
from ..report.labels import label
from .model import Change, Result, Revision

MAX_TEXT = 300
"""Characters of a comment or a name quoted in a sentence."""


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _value(value: Any, lang: str) -> str:
    if value is None or value == [] or value == "":
        return label("changes.none_value", lang)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return numbers.number(value, lang)
    if isinstance(value, list):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v, lang)}" for k, v in value.items())
    return _short(value)


def describe(change: Change, lang: str) -> str:
    """CHANGE as one sentence."""
    f = change.fields
    kind = change.kind
    base: dict[str, Any] = {"id": change.id, "name": _short(change.name)}
    values = {k: _value(v, lang) for k, v in f.items() if k not in base}
    if kind in ("node.added", "node.removed"):
        text = label(f"changes.{kind}.{f['kind']}", lang, **base)
        links = f.get("replaces") or f.get("replaced_by")
        if links:
            key = "changes.replaces" if kind == "node.added" else "changes.replaced_by"
            text += label(key, lang, ids=", ".join(links))
        return text
    if kind == "strategy.added" and f.get("replaces"):
        return label("changes.strategy.added.replaces", lang, **base, replaces=values["replaces"])
    if kind == "indicator.outcome":
        return _outcome(change, lang)
    if kind == "event.added":
        return label("changes.event.added", lang, **base, months=_value(f["months"], lang))
    if kind == "event.changed":
        details = "; ".join(
            label("changes.detail", lang, field=k, **{"from": _value(v["from"], lang)},
                  to=_value(v["to"], lang))
            for k, v in f["changes"].items()
        )  # fmt: skip
        return label("changes.event.changed", lang, **base, details=details)
    if kind == "activity.due":
        days = f.get("days")
        extra = ""
        if days:
            direction = "later" if days > 0 else "earlier"
            extra = label(f"changes.days.{direction}", lang, count=abs(days))
        return label("changes.activity.due", lang, **{**values, **base, "days": extra})
    if kind == "activity.goals":
        parts = []
        if f["added"]:
            parts.append(label("changes.goals.added", lang, ids=", ".join(f["added"])))
        if f["removed"]:
            parts.append(label("changes.goals.removed", lang, ids=", ".join(f["removed"])))
        return label("changes.activity.goals", lang, **base, changes="; ".join(parts))
    if kind == "activity.budget":
        amounts = {k: numbers.kronor(f[k], lang) for k in ("from", "to")}
        return label("changes.activity.budget", lang, **base, **amounts)
    if kind == "activity.follow_up":
        comment = f": {_short(f['comment'])}" if f.get("comment") else ""
        key = "changes.activity.follow_up" + ("" if f.get("new") else ".changed")
        status = label(f"status.{f['status']}", lang)
        return label(key, lang, **base, period=f["period"], status=status, comment=comment)
    if kind in ("activity.status", "activity.struck", "activity.added", "activity.removed"):
        for key in ("from", "to", "status"):
            if isinstance(f.get(key), str):
                values[key] = label(f"status.{f[key]}", lang)
    return label(f"changes.{kind}", lang, **{**values, **base})


def _outcome(change: Change, lang: str) -> str:
    f = change.fields
    value = numbers.number(f["value"], lang) + (f" {f['unit']}" if f.get("unit") else "")
    base = {"id": change.id, "name": _short(change.name), "year": f["year"], "value": value}
    if f.get("previous_value") is None:
        text = label("changes.indicator.outcome", lang, **base)
    else:
        previous = numbers.number(f["previous_value"], lang)
        text = label("changes.indicator.outcome.changed", lang, **base, previous=previous)
    if f.get("trend") and f.get("compared_with"):
        trend = label(f"changes.trend.{f['trend']}", lang)
        text += label("changes.trend", lang, trend=trend, year=f["compared_with"]["year"])
    return text


def revision_label(revision: Revision, lang: str) -> str:
    if revision.commit is None:
        return label("changes.working_tree", lang)
    text = label(
        "changes.revision", lang, label=revision.label, commit=revision.commit[:10],
        date=revision.date or "",
    )  # fmt: skip
    if revision.decision:
        d = revision.decision
        decided = label("changes.decided", lang, committee=d.get("nämnd", ""), date=d.get("datum"))
        text += f" – {decided}" + (f" {d['paragraf']}" if d.get("paragraf") else "")
    return text


def view(result: Result, lang: str) -> dict[str, Any]:
    """The diff as plain data for text and the templates."""
    sections: list[dict[str, Any]] = []
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for change in result.changes:
        key = (change.section, change.unit or "")
        if key not in index:
            title_key = f"changes.section.{change.section}"
            index[key] = {"title": label(title_key, lang, unit=change.unit or ""), "items": []}
            sections.append(index[key])
        index[key]["items"].append(
            {"kind": change.kind, "id": change.id, "text": describe(change, lang)}
        )
    by_goal = Counter(g for c in result.changes for g in c.goals)
    problems = {
        side: [
            {"file": p.file, "line": p.line, "column": p.column, "code": p.code,
             "message": p.message(lang)}
            for p in found
        ]
        for side, found in result.problems.items()
    }  # fmt: skip
    before, after = revision_label(result.before, lang), revision_label(result.after, lang)
    return {
        "heading": label(
            "changes.heading", lang, workspace=result.workspace, before=before, after=after
        ),
        "before": before,
        "after": after,
        "count": len(result.changes),
        "count_text": label("changes.count", lang, count=len(result.changes)),
        "sections": sections,
        "by_goal": [
            {"id": g, "name": result.goal_names.get(g, ""), "count": n}
            for g, n in sorted(by_goal.items())
        ],
        "problems": [
            {"revision": before if side == "before" else after, "items": items}
            for side, items in problems.items()
            if items
        ],
        "not_compared": result.not_compared,
    }


def text(result: Result, lang: str) -> str:
    """The diff as plain text for a terminal."""
    v = view(result, lang)
    lines = [f"{v['heading']}: {v['count_text']}"]
    for problem in v["problems"]:
        lines += ["", label("changes.problems", lang, revision=problem["revision"])]
        lines += [
            f"  {p['file']}:{p['line']}:{p['column']}: {p['code']} {p['message']}"
            for p in problem["items"]
        ]
    if v["not_compared"]:
        lines += ["", label("changes.not_compared", lang, count=v["not_compared"])]
    if not v["sections"]:
        lines += ["", label("changes.none", lang)]
    for section in v["sections"]:
        lines += ["", section["title"]]
        lines += [f"  {item['text']}" for item in section["items"]]
    if v["by_goal"]:
        lines += ["", label("changes.by_goal", lang)]
        width = max(len(g["id"]) for g in v["by_goal"])
        lines += [
            f"  {g['id']:<{width}}  {g['count']:>4}  {g['name']}".rstrip() for g in v["by_goal"]
        ]
    return "\n".join(lines) + "\n"
