"""`rustool import`: a workbook (or CSV file) back into the plans it came from."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .options import Lang, Today, fail_usage, language, parse_today, say

if TYPE_CHECKING:
    from ..excel import Outcome


def import_(
    ctx: typer.Context,
    source: Annotated[
        Path,
        typer.Argument(help="Arbetsboken (.xlsx) eller CSV-filen att läsa in.", show_default=False),
    ],
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="Planen (YAML) eller arbetsytan att uppdatera; standard: aktuell mapp.",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Skriv inget; slutkod 1 om arbetsboken skiljer sig.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Skriv inget; visa ändringarna i YAML som en diff.")
    ] = False,
    allow_delete: Annotated[
        bool,
        typer.Option("--allow-delete", help="Ta bort aktiviteter vars rader har raderats."),
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Läs in även om planen har ändrats sedan exporten."),
    ] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    """Läs in en arbetsbok eller CSV-fil: bara ändrade värden skrivs, kommentarer behålls."""
    lang_code = language(ctx, lang)
    if not source.is_file():
        fail_usage(lang_code, "cli.path_missing", path=source)
    if source.suffix.lower() not in (".xlsx", ".xlsm", ".csv"):
        fail_usage(lang_code, "excel.cli.bad_input", file=source)
    target = into if into is not None else Path(".")
    if not target.exists():
        fail_usage(lang_code, "cli.path_missing", path=target)
    from ..workspace import find_root

    root = find_root(target)
    day = parse_today(today, lang_code)

    from ..excel import Options, import_file

    options = Options(
        into if into is not None and into.is_file() else None, allow_delete, force, day
    )
    outcome = import_file(source, root, options)
    lang_code = language(ctx, lang, outcome.language)
    _report(outcome, lang_code)
    if outcome.errors:
        say(lang_code, "excel.cli.failed", count=outcome.errors)
        raise typer.Exit(1)
    changed = outcome.changed
    count = sum(len(p.changes) for p in changed)
    if diff:
        _diff(outcome, root)
    if check or diff:
        if changed:
            say(lang_code, "excel.cli.differs", count=count)
        else:
            say(lang_code, "excel.cli.up_to_date")
        raise typer.Exit(1 if changed and check else 0)
    if not changed:
        say(lang_code, "excel.cli.nothing")
        return
    _write(outcome, lang_code)


def _report(outcome: Outcome, lang: str) -> None:
    from ..i18n import t

    for found in outcome.findings:
        severity = t(f"severity.{found.severity}", lang)
        typer.echo(f"{found.where}: {severity} {found.code} {found.message(lang)}", err=True)


def _diff(outcome: Outcome, root: Path) -> None:
    for plan in outcome.changed:
        lines = difflib.unified_diff(
            plan.before.splitlines(keepends=True),
            plan.after.splitlines(keepends=True),
            f"a/{plan.rel}",
            f"b/{plan.rel}",
        )
        typer.echo("".join(lines), nl=False)


def _write(outcome: Outcome, lang: str) -> None:
    from ..yamlio import atomic_write

    for plan in outcome.changed:
        try:
            atomic_write(plan.path, plan.after.encode("utf-8"))
        except OSError as exc:
            fail_usage(lang, "merge.error.write", file=plan.rel, reason=exc.strerror or str(exc))
        say(lang, "excel.cli.imported", file=plan.rel, count=len(plan.changes))
