"""`rustool fetch` as a plain function: the workspace in, what to write (or why not) out.

Nothing here writes or prints; the CLI decides from the Outcome: errors in the strategy
(exit 1), a network or answer problem (exit 2), or the new text of the strategy file,
which is checked before it is handed out: reloaded, it must hold exactly the data
intended and still be a valid strategy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..model import Indicator, Strategy
from ..workspace import Document, Workspace, load_workspace
from ..yamlio import YamlPath, load
from .cache import Cache, cache_folder
from .client import Answer, Query, Settings, fetch
from .compare import Change, Wanted, plan
from .ids import SWEDEN, county_area
from .problem import KoladaProblem
from .splice import SpliceRefused, expected, splice


@dataclass(frozen=True, slots=True)
class Options:
    settings: Settings
    kpis: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    genders: tuple[str, ...] = ()
    national: bool = False
    overwrite: bool = False
    today: date = field(default_factory=date.today)


@dataclass(slots=True)
class Failure:
    """A KPI that could not be fetched: the address asked and what went wrong."""

    kpi: str
    url: str
    problem: KoladaProblem


@dataclass(slots=True)
class Fetched:
    """What one indicator gets."""

    indicator: str
    kpi: str
    added: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Outcome:
    file: Path | None = None
    rel: str = ""
    findings: list[Diagnostic] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    fetched: list[Fetched] = field(default_factory=list)
    indicators: int = 0
    """How many indicators have a Kolada id (of those --kpi asks for)."""
    old_text: str = ""
    new_text: str = ""
    language: str | None = None

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.findings)

    @property
    def changes(self) -> int:
        return sum(len(f.added) + len(f.changed) for f in self.fetched)


class UnknownKpi(Exception):
    """--kpi names an id that no indicator of the strategy has."""

    def __init__(self, kpi: str) -> None:
        super().__init__(kpi)
        self.kpi = kpi


@dataclass(frozen=True, slots=True)
class _Target:
    path: YamlPath
    indicator: Indicator
    wanted: Wanted


def run(root: Path, options: Options) -> Outcome:
    from ..engine import check

    ws = load_workspace(root, options.today, keep_trees=True)  # splice needs the positions
    doc = ws.strategy_doc
    outcome = Outcome(language=ws.config.language)
    if doc is None:
        outcome.findings = [d for d in check(ws) if d.severity == "error"]
        return outcome
    outcome.file, outcome.rel = doc.path, doc.rel
    outcome.findings = [d for d in check(ws) if d.file == doc.rel and d.severity == "error"]
    if outcome.findings:
        return outcome
    targets = _targets(ws, doc, options, outcome)
    outcome.indicators = len(targets)
    if outcome.findings or not targets:
        return outcome
    answers = fetch(_queries(targets, options, doc.model), options.settings, Cache(cache_folder()))
    by_kpi = {a.kpi: a for a in answers}
    outcome.failures = [Failure(a.kpi, a.url, a.problem) for a in answers if a.problem]
    if outcome.failures:
        return outcome
    _unknown(doc, targets, by_kpi, outcome)
    if outcome.findings:
        return outcome
    _compare(doc, targets, by_kpi, options, outcome)
    return outcome


def _targets(ws: Workspace, doc: Document, options: Options, outcome: Outcome) -> list[_Target]:
    strategy: Strategy = doc.model
    county = strategy.region.county_code
    targets = []
    found: set[str] = set()
    for _, path, indicator in ws.indicators(doc):
        kpi = indicator.kolada
        if kpi is None or (options.kpis and kpi not in options.kpis):
            continue
        found.add(kpi)
        area = indicator.area or (county_area(county) if county else None)
        if area is None:
            outcome.findings.append(_at(doc, (*path, "kolada"), "RUS972", {"id": indicator.id}))
            continue
        national = (options.national or indicator.compare == "riket") and area != SWEDEN
        wanted = Wanted(kpi, area, national, options.genders)
        targets.append(_Target(path, indicator, wanted))
    for kpi in options.kpis:
        if kpi not in found:
            raise UnknownKpi(kpi)
    return targets


def _queries(targets: list[_Target], options: Options, strategy: Strategy) -> list[Query]:
    first, last = options.years or _default_years(strategy, options.today)
    years = tuple(range(first, last + 1))
    areas: dict[str, set[str]] = {}
    for target in targets:
        wanted = target.wanted
        areas.setdefault(wanted.kpi, set()).add(wanted.area)
        if wanted.national:
            areas[wanted.kpi].add(SWEDEN)
    return [Query(kpi, tuple(sorted(a)), years) for kpi, a in areas.items()]


def _default_years(strategy: Strategy, today: date) -> tuple[int, int]:
    """From the strategy's start (or an earlier baseline) to this year."""
    starts = [strategy.period.start]
    for _, goal in strategy.goals():
        starts += [i.baseline.year for i in goal.indicators if i.baseline is not None]
    return min(starts), max(today.year, min(starts))


def _unknown(
    doc: Document, targets: list[_Target], answers: dict[str, Answer], outcome: Outcome
) -> None:
    for target in targets:
        if not answers[target.wanted.kpi].known:
            fields: dict[str, object] = {"id": target.indicator.id, "kpi": target.wanted.kpi}
            outcome.findings.append(_at(doc, (*target.path, "kolada"), "RUS971", fields))


def _compare(
    doc: Document,
    targets: list[_Target],
    answers: dict[str, Answer],
    options: Options,
    outcome: Outcome,
) -> None:
    changes: list[tuple[YamlPath, list[Change]]] = []
    for target in targets:
        result = plan(
            target.indicator,
            target.wanted,
            answers[target.wanted.kpi].points,
            options.today,
            options.overwrite,
        )
        for conflict in result.conflicts:
            where = (*target.path, "utfall", conflict.index, "värde")
            fields = {
                "id": target.indicator.id,
                "year": conflict.year,
                "written": conflict.written,
                "kolada": conflict.kolada,
            }
            variant = "RUS973.overwritten" if options.overwrite else "RUS973"
            outcome.findings.append(_at(doc, where, "RUS973", fields, "warning", variant))
        if result.changes:
            changes.append((doc.original(target.path), result.changes))
            outcome.fetched.append(
                Fetched(
                    target.indicator.id,
                    target.wanted.kpi,
                    [c.year for c in result.changes if c.index is None],
                    [c.year for c in result.changes if c.index is not None],
                )
            )
    outcome.old_text = outcome.new_text = doc.loaded.text
    if changes:
        outcome.new_text = _spliced(doc, changes, outcome)


def _spliced(
    doc: Document, changes: Sequence[tuple[YamlPath, list[Change]]], outcome: Outcome
) -> str:
    """The new text, or the old one with an error finding when it cannot be written safely."""
    text = doc.loaded.text
    try:
        new = splice(text, doc.source, changes)
    except SpliceRefused as refused:
        outcome.findings.append(_at(doc, refused.path, "RUS974", {}))
        outcome.fetched = []
        return text
    loaded = load(new)
    try:
        valid = not loaded.problems and loaded.data == expected(doc.data, changes)
        Strategy.model_validate(loaded.data)
    except (ValueError, KeyError, IndexError, TypeError):
        valid = False
    if not valid:
        path = changes[0][0]
        outcome.findings.append(_at(doc, path, "RUS974", {}))
        outcome.fetched = []
        return text
    return new


def _at(
    doc: Document,
    path: YamlPath,
    code: str,
    fields: dict[str, object],
    severity: Severity = "error",
    variant: str | None = None,
) -> Diagnostic:
    line, column = doc.source.position(doc.original(path))
    return Diagnostic(code, variant or code, doc.rel, line, column, fields, path, severity)
