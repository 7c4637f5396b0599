"""`rustool export`: plans as a workbook (.xlsx) in the units' template, or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import Lang, Workspaces, existing_paths, fail_usage, language, say, workspace_root


def export(
    ctx: typer.Context,
    paths: Workspaces = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="Filen att skriva: .xlsx eller .csv.", show_default=False
        ),
    ] = Path(),
    period: Annotated[
        str | None,
        typer.Option(
            "--uppföljning",
            "--follow-up",
            help="Skriv uppföljningsblanketten för perioden, t.ex. 2026-T2.",
            show_default=False,
        ),
    ] = None,
    delimiter: Annotated[
        str, typer.Option("--avgränsare", "--delimiter", help="CSV: fältavgränsare.")
    ] = ";",
    no_bom: Annotated[
        bool, typer.Option("--utan-bom", "--no-bom", help="CSV: utan byte-order mark.")
    ] = False,
    lang: Lang = None,
) -> None:
    """Exportera aktivitetsplaner till en arbetsbok i enheternas mall (eller CSV)."""
    lang_code = language(ctx, lang)
    targets = existing_paths(paths, lang_code)
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        fail_usage(lang_code, "excel.cli.bad_suffix", file=output)
    if output.is_dir():
        fail_usage(lang_code, "cli.output_is_folder", file=output)
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise typer.BadParameter(repr(delimiter), param_hint="--avgränsare")
    if period is not None:
        from ..model.types import parse_due

        try:
            parse_due(period)
        except ValueError:
            fail_usage(lang_code, "excel.cli.bad_period", value=period)
    root = workspace_root(targets[0], lang_code)

    from ..excel import ExportProblem
    from ..excel import export as run
    from ..yamlio import atomic_write

    try:
        result = run(root, targets, suffix, lang_code, period, not no_bom, delimiter)
    except ExportProblem as problem:
        say(lang_code, problem.key, **problem.fields)
        raise typer.Exit(1) from None
    try:
        atomic_write(output, result.data)
    except OSError as exc:
        fail_usage(lang_code, "merge.error.write", file=output, reason=exc.strerror or str(exc))
    say(
        lang_code,
        "excel.cli.written",
        file=output,
        plans=result.plans,
        activities=result.activities,
    )
