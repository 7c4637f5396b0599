"""Run the rules over a loaded workspace; apply configuration and suppressions."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .diagnostics import MORE, Diagnostic, Severity
from .model import Config
from .rules import RULES, Finding
from .rules.config import merge_only
from .workspace import CONFIG_FILE, Workspace, load_workspace, paused_gc

_SEVERITY_WORDS: dict[str, Severity] = {
    "error": "error",
    "fel": "error",
    "warning": "warning",
    "varning": "warning",
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
        return sum(d.weight for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(d.weight for d in self.diagnostics if d.severity == "warning")


def validate_workspace(root: Path, today: date | None = None) -> Result:
    ws = load_workspace(root, today)
    with paused_gc():
        diagnostics = check(ws)
    return Result(root, diagnostics, ws.files_checked, ws.ignored, ws.config.language)


MAX_PER_RULE_AND_FILE = 100
"""Findings shown per rule and file; the rest are one "… and N more" finding. A file of a
million bad references would otherwise cost a gigabyte and a report nobody reads."""


def check(ws: Workspace) -> list[Diagnostic]:
    """Every diagnostic for ``ws``: loading problems and rule findings, filtered, capped
    per rule and file, and sorted."""
    config = ws.config
    used: set[tuple[str, int, str | None]] = set()
    cap = _Cap()
    kept = list(cap.take(apply_config(ws, ws.problems, used)))
    for rule in RULES.values():
        if rule.check is None or not _selected(rule.code, config):
            continue
        found = (_diagnostic(ws, rule.code, f) for f in rule.check(ws))
        kept.extend(cap.take(apply_config(ws, found, used)))
    if not any(d.severity == "error" for d in kept):  # an error can keep rules from running
        kept.extend(cap.take(apply_config(ws, _unused_suppressions(ws, used))))
    kept.extend(cap.more())
    return sorted(kept, key=lambda d: d.sort_key)


class _Cap:
    """Keeps the first MAX_PER_RULE_AND_FILE diagnostics of each code in each file (as
    they stream from the rules, so the rest never pile up) and counts the others."""

    def __init__(self) -> None:
        self.shown: dict[tuple[str, str], int] = {}
        self.hidden: dict[tuple[str, str], Diagnostic] = {}

    def take(self, found: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
        for diag in found:
            key = (diag.code, diag.file)
            shown = self.shown.get(key, 0)
            if shown < MAX_PER_RULE_AND_FILE:
                self.shown[key] = shown + 1
                yield diag
                continue
            more = self.hidden.get(key)
            if more is None:  # placed at the first finding not shown
                fields = {"count": 1, "code": diag.code, "shown": MAX_PER_RULE_AND_FILE}
                self.hidden[key] = Diagnostic(
                    diag.code, MORE, diag.file, diag.line, diag.column, fields,
                    severity=diag.severity,
                )  # fmt: skip
            else:
                more.fields["count"] += 1

    def more(self) -> list[Diagnostic]:
        return list(self.hidden.values())


def _unused_suppressions(
    ws: Workspace, used: set[tuple[str, int, str | None]]
) -> Iterator[Diagnostic]:
    """RUS603 for each code of a `# rustool: ignore[…]` comment that silenced nothing,
    where the rules it names ran on the file (see the rule's documentation)."""
    for doc in ws.documents:
        if not doc.suppressions or (isinstance(doc.data, dict) and doc.data.get("källor")):
            continue
        for line, directive in doc.suppressions.items():
            for code, column in (directive.codes or {}).items():
                if (doc.rel, line, code) in used or merge_only(code):
                    continue
                if any(c.startswith(code) and _active(c, doc.rel, ws.config) for c in RULES):
                    yield Diagnostic("RUS603", "RUS603", doc.rel, line, column, {"code": code})


def _active(code: str, rel: str, config: Config) -> bool:
    return _selected(code, config) and not _ignored_at(code, rel, config)


def _ignored_at(code: str, rel: str, config: Config) -> bool:
    return any(
        fnmatch.fnmatch(rel, pattern) and any(code.startswith(c.upper()) for c in codes)
        for pattern, codes in config.per_path_ignores.items()
    )


def _diagnostic(ws: Workspace, code: str, finding: Finding) -> Diagnostic:
    doc = finding.doc
    if doc is None:
        return Diagnostic(
            code, finding.variant or code, ".", 1, 1, finding.fields, suggestion=finding.suggestion
        )
    path = finding.path if finding.raw else doc.original(finding.path)
    line, column = doc.source.position(path, at_key=finding.at_key)
    return Diagnostic(
        code,
        finding.variant or code,
        doc.rel,
        line,
        column,
        finding.fields,
        path,
        suggestion=finding.suggestion,
    )


def _selected(code: str, config: Config) -> bool:
    if config.select and not any(code.startswith(s.upper()) for s in config.select):
        return False
    return not any(code.startswith(s.upper()) for s in config.ignore)


def apply_config(
    ws: Workspace, found: Iterable[Diagnostic], used: set[tuple[str, int, str | None]] | None = None
) -> Iterable[Diagnostic]:
    """FOUND as the workspace's rustool.yaml and inline suppressions leave it: rules
    selected or ignored (also per path), severities overridden (by code or prefix, the
    longest wins), lines silenced. Each suppression that silences something is added to
    USED as (file, line, code), code None for a bare `# rustool: ignore`.

    The problems of rustool.yaml itself are never filtered: a typo there (`välj: [RUS2O1]`)
    must not be able to switch off its own report."""
    config = ws.config
    overrides = sorted(
        ((code.upper(), _SEVERITY_WORDS[s]) for code, s in config.severity.items()),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    silenced = {doc.rel: doc.suppressions for doc in ws.documents if doc.suppressions}
    for diag in found:
        rule = RULES.get(diag.code)
        default = rule.severity if rule else "error"
        if diag.file == CONFIG_FILE:
            diag.severity = default
            yield diag
            continue
        if not _selected(diag.code, config) or _ignored_at(diag.code, diag.file, config):
            continue
        directive = silenced.get(diag.file, {}).get(diag.line)
        if directive is not None:
            if directive.codes is None:
                if used is not None:
                    used.add((diag.file, diag.line, None))
                continue
            matched = [c for c in directive.codes if diag.code.startswith(c)]
            if matched:
                if used is not None:
                    used.update((diag.file, diag.line, c) for c in matched)
                continue
        diag.severity = next((s for c, s in overrides if diag.code.startswith(c)), default)
        yield diag
