"""The ärende as report data: what the secretary wrote, with each assessed goal named."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Case
    from ..workspace import Document, Workspace

Context = dict[str, Any]

LEVELS = {"grön": "green", "gul": "yellow", "röd": "red"}


def section(ws: Workspace, doc: Document) -> Context:
    case: Case = doc.model
    names = _node_names(ws)
    return {
        "file": doc.rel,
        "board": case.board,
        "meeting": case.meeting.isoformat(),
        "case_number": case.case_number,
        "officer": {
            "name": case.officer.name,
            "title": case.officer.title,
            "email": case.officer.email,
            "phone": case.officer.phone,
        },
        "subject": case.subject,
        "period": case.period.text if case.period else None,
        "proposals": list(case.proposals),
        "summary": case.summary,
        "background": case.background,
        "events": list(case.events),
        "assessments": [
            {
                "goal": a.goal,
                "name": names.get(a.goal),
                "level": a.level,
                "level_class": LEVELS[a.level],
                "text": a.text,
            }
            for a in case.assessments
        ],
        "economy": case.economy,
        "attachments": list(case.attachments),
        "recipients": list(case.recipients),
        "illustrative": case.illustrative,
    }


def _node_names(ws: Workspace) -> dict[str, str]:
    strategy = ws.strategy
    if strategy is None:
        return {}
    names = {area.id: area.name for area in strategy.areas}
    names.update({goal.id: goal.name for _, goal in strategy.goals()})
    return names
