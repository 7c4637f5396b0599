"""`--format text`: findings grouped by file, coloured on a terminal (honours NO_COLOR)."""

from __future__ import annotations

from itertools import groupby

from rich.console import Console
from rich.markup import escape

from ..diagnostics import shown_path
from ..engine import Result
from ..i18n import t
from ..safetext import printable
from .base import Reporter

_STYLE = {"error": "bold red", "warning": "yellow"}


class TextReporter(Reporter):
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        console = Console(highlight=False, soft_wrap=True)
        for result in results:
            if verbose:
                for rel in result.ignored:
                    file = printable(shown_path(result.root, rel))
                    console.print(escape(t("ignored_file", lang, file=file)), style="dim")
            for rel, group in groupby(result.diagnostics, key=lambda d: d.file):
                console.print(escape(printable(shown_path(result.root, rel))), style="bold")
                for d in group:
                    severity = t(f"severity.{d.severity}", lang)
                    console.print(
                        f"  {d.line}:{d.column}  [{_STYLE[d.severity]}]{escape(severity)}[/]"
                        f"  {d.code}  {escape(d.message(lang))}"
                    )
        files = sum(r.files for r in results)
        errors = sum(r.errors for r in results)
        warnings = sum(r.warnings for r in results)
        if not errors and not warnings:
            console.print(t("no_problems", lang), style="green")
        console.print(
            t(
                "summary",
                lang,
                files=t("summary.files", lang, count=files),
                errors=t("summary.errors", lang, count=errors),
                warnings=t("summary.warnings", lang, count=warnings),
            )
        )
