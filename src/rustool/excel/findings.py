"""Import's findings: a code, a message key with fields, and a place (`Näringsliv!D14`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Severity

UNREADABLE = "RUS950"
SHEET = "RUS951"
FORMULA = "RUS952"
EXCEL_DATE = "RUS953"
BAD_CELL = "RUS954"
DUPLICATE_ID = "RUS955"
FOREIGN_ID = "RUS956"
MISSING_ROW = "RUS957"
CHANGED_SINCE = "RUS958"
IGNORED = "RUS959"
NOT_FAITHFUL = "RUS960"


@dataclass(slots=True)
class Finding:
    code: str
    severity: Severity
    key: str
    where: str
    fields: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None

    def message(self, lang: str) -> str:
        from ..i18n import render, t

        text = render(self.key, lang, self.fields)
        if self.suggestion:
            text += " " + t("did_you_mean", lang, suggestion=self.suggestion)
        return text


def error(code: str, key: str, where: str, **fields: Any) -> Finding:
    return Finding(code, "error", key, where, fields)


def warning(code: str, key: str, where: str, **fields: Any) -> Finding:
    return Finding(code, "warning", key, where, fields)
