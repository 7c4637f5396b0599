"""`rustool due`: what falls due in the coming days, per unit; exit 1 when something is
overdue, so that a scheduled CI job can nag."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import (
    Lang,
    Today,
    Workspace,
    existing_paths,
    fail_usage,
    language,
    parse_today,
    refuse_output_in_workspace,
    workspace_root,
    write_output,
)

FORMATS = ("table", "json", "md")
MAX_DAYS = 3660
MAX_ERRORS_SHOWN = 10


def due(
    ctx: typer.Context,
    path: Workspace = None,
    within: Annotated[
        int,
        typer.Option("--inom", "--within", help="Dagar framåt att ta med (standard 30)."),
    ] = 30,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="table (standard), json eller md.")
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Skriv till en fil (atomärt) i stället för standard ut.",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    """Visa vad som ska vara klart de närmaste dagarna, per enhet: aktiviteter,
    uppföljningar och årshjulets frister. Slutkod 1 när något är försenat."""
    lang_code = language(ctx, lang)
    fmt = output_format.lower()
    if fmt not in FORMATS:
        fail_usage(lang_code, "due.error.format", value=output_format)
    if not 0 <= within <= MAX_DAYS:
        fail_usage(lang_code, "due.error.within", limit=MAX_DAYS)
    root = workspace_root(existing_paths([path] if path else None, lang_code)[0], lang_code)
    day = parse_today(today, lang_code)

    from ..cycle.due import due_items
    from ..cycle.due_view import render
    from ..engine import check
    from ..i18n import t
    from ..workspace import load_workspace

    ws = load_workspace(root, day)
    lang_code = language(ctx, lang, ws.config.language)
    refuse_output_in_workspace(output, ws, lang_code)
    errors = [d for d in check(ws) if d.severity == "error"]
    if errors:
        typer.echo(
            f"rustool: {t('due.error.workspace', lang_code, root=root, count=len(errors))}",
            err=True,
        )
        for d in errors[:MAX_ERRORS_SHOWN]:
            typer.echo(f"  {d.place(root)}: {d.code} {d.message(lang_code)}", err=True)
        raise typer.Exit(1)
    items = due_items(ws, within)
    try:
        write_output(render(fmt, items, day, within, lang_code), output)
    except OSError as exc:
        fail_usage(lang_code, "due.error.write", file=output, reason=exc.strerror or exc)
    raise typer.Exit(1 if any(i.overdue for i in items) else 0)
