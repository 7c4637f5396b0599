"""`rustool diff --format json`: the shape documented in docs/diff.md."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from .model import Result, Revision

SCHEMA_VERSION = 1


def _revision(revision: Revision) -> dict[str, Any]:
    return {
        "revision": revision.label or None,
        "commit": revision.commit,
        "date": revision.date,
        "working_tree": revision.commit is None,
        "decision": revision.decision,
    }


def as_dict(result: Result, lang: str) -> dict[str, Any]:
    by_kind = Counter(c.kind for c in result.changes)
    by_unit = Counter(c.unit for c in result.changes if c.unit is not None)
    by_goal = Counter(g for c in result.changes for g in c.goals)
    return {
        "version": SCHEMA_VERSION,
        "workspace": result.workspace,
        "before": _revision(result.before),
        "after": _revision(result.after),
        "summary": {
            "changes": len(result.changes),
            "by_kind": dict(sorted(by_kind.items())),
            "by_unit": dict(sorted(by_unit.items())),
            "by_goal": dict(sorted(by_goal.items())),
            "not_compared": result.not_compared,
        },
        "changes": [
            {
                "kind": c.kind,
                "id": c.id,
                "name": c.name,
                "unit": c.unit,
                "goals": list(c.goals),
                "details": c.fields,
            }
            for c in result.changes
        ],
        "problems": {
            side: [
                {
                    "code": p.code,
                    "message": p.message(lang),
                    "file": p.file,
                    "line": p.line,
                    "column": p.column,
                }
                for p in found
            ]
            for side, found in result.problems.items()
        },  # fmt: skip
    }


def dumps(result: Result, lang: str) -> str:
    return json.dumps(as_dict(result, lang), ensure_ascii=False, indent=2) + "\n"
