"""`--format json`: one JSON object, as SPEC fixes it."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..diagnostics import MORE
from ..engine import Result
from ..rules import RULES
from .base import Reporter


class JsonReporter(Reporter):
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        json.dump(to_json(results, lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")


def to_json(results: list[Result], lang: str) -> dict[str, Any]:
    findings = []
    for result in results:
        for d in result.diagnostics:
            item = {
                "code": d.code,
                "rule": RULES[d.code].slug if d.code in RULES else None,
                "severity": d.severity,
                "message": d.message(lang),
                "file": d.file,
                "line": d.line,
                "column": d.column,
                "path": d.yaml_path(),
                "workspace": result.root.as_posix(),
            }
            if d.suggestion:
                item["suggestion"] = d.suggestion
            if d.message_key == MORE:  # stands for this many findings not listed
                item["more"] = d.weight
            findings.append(item)
    summary = {
        "files": sum(r.files for r in results),
        "errors": sum(r.errors for r in results),
        "warnings": sum(r.warnings for r in results),
    }
    return {"findings": findings, "summary": summary}
