"""Run the rules over a loaded workspace; apply configuration and suppressions."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .diagnostics import Diagnostic, Severity
from .model import Config
from .rules import RULES, Finding
from .workspace import Workspace, load_workspace, paused_gc
from .yamlio import suppressions

_SEVERITY_WORDS: dict[str, Severity] = {
    "error": "error", "fel": "error", "warning": "warning", "varning": "warning",
}


@dataclass(slots=True)
class Result:
    """What validating one workspace found."""

    root: Path
    diagnostics: list[Diagnostic]
    files: int
    ignored: list[str]
    language: str | None = None

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity == "warning" for d in self.diagnostics)


def validate_workspace(root: Path, today: date | None = None) -> Result:
    ws = load_workspace(root, today)
    with paused_gc():
        diagnostics = check(ws)
    return Result(root, diagnostics, ws.files_checked, ws.ignored, ws.config.language)


def check(ws: Workspace) -> list[Diagnostic]:
    """Every diagnostic for ``ws``: loading problems and rule findings, filtered and sorted."""
    config = ws.config
    found = list(ws.problems)
    for rule in RULES.values():
        if rule.check is None or not _selected(rule.code, config):
            continue
        found.extend(_diagnostic(ws, rule.code, f) for f in rule.check(ws))
    return sorted(apply_config(ws, found), key=lambda d: d.sort_key)


def _diagnostic(ws: Workspace, code: str, finding: Finding) -> Diagnostic:
    doc = finding.doc
    if doc is None:
        return Diagnostic(code, finding.variant or code, ".", 1, 1, finding.fields,
                          suggestion=finding.suggestion)
    path = finding.path if finding.raw else doc.original(finding.path)
    line, column = doc.source.position(path, at_key=finding.at_key)
    return Diagnostic(code, finding.variant or code, doc.rel, line, column, finding.fields,
                      path, suggestion=finding.suggestion)


def _selected(code: str, config: Config) -> bool:
    if config.select and not any(code.startswith(s.upper()) for s in config.select):
        return False
    return not any(code.startswith(s.upper()) for s in config.ignore)


def apply_config(ws: Workspace, found: Iterable[Diagnostic]) -> Iterable[Diagnostic]:
    """FOUND as the workspace's rustool.yaml and inline suppressions leave it: rules
    selected or ignored (also per path), severities overridden, lines silenced."""
    config = ws.config
    overrides = {code.upper(): _SEVERITY_WORDS[s] for code, s in config.severity.items()}
    texts = {doc.rel: doc.loaded.text for doc in ws.documents}
    silenced = {rel: suppressions(text) for rel, text in texts.items()}
    for diag in found:
        if not _selected(diag.code, config):
            continue
        if any(fnmatch.fnmatch(diag.file, pattern) and
               any(diag.code.startswith(c.upper()) for c in codes)
               for pattern, codes in config.per_path_ignores.items()):
            continue
        codes = silenced.get(diag.file, {}).get(diag.line, frozenset())
        if codes is None or (codes and diag.code in codes):
            continue
        rule = RULES.get(diag.code)
        diag.severity = overrides.get(diag.code, rule.severity if rule else "error")
        yield diag
