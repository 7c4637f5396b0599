"""`rustool init`: start a workspace for a county."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import Lang, Today, fail_usage, language, parse_today


def init(
    ctx: typer.Context,
    folder: Annotated[
        Path,
        typer.Argument(help="Mappen att skapa arbetsytan i; standard: aktuell mapp."),
    ] = Path("."),
    region: Annotated[
        str | None,
        typer.Option(
            "--region",
            "--län",
            help="Länet: namn eller länskod, t.ex. Dalarna eller 20.",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    """Starta en arbetsyta: strategi, årshjul, en aktivitetsplan, inställningar och CI."""
    from .. import __version__
    from ..i18n import t
    from ..init import Existing, create
    from ..init.scaffold import conflicts, render
    from ..sweden import COUNTIES, find_county, suggest_county

    lang_code = language(ctx, lang)
    names = ", ".join(c.name for c in COUNTIES)
    if region is None:
        fail_usage(lang_code, "init.region_missing", counties=names)
    county = find_county(region)
    if county is None:
        key = "init.region_unknown_suggest" if suggest_county(region) else "init.region_unknown"
        fail_usage(lang_code, key, value=region, suggestion=suggest_county(region), counties=names)
    if folder.exists() and not folder.is_dir():
        fail_usage(lang_code, "init.not_folder", path=folder)
    year = parse_today(today, lang_code).year
    files = render(county, year, f"rustool=={__version__}")
    try:
        if existing := conflicts(folder, files):
            raise Existing(existing)
        _refuse_inside_workspace(folder, lang_code)
        created = create(folder, files)
    except Existing as exc:
        listed = "\n".join(f"  {p}" for p in exc.paths)
        typer.echo(f"rustool: {t('init.exists', lang_code, files=listed)}", err=True)
        raise typer.Exit(1) from None
    typer.echo(t("init.created", lang_code, region=county.region, folder=folder))
    for rel in created.files:
        typer.echo(f"  {folder / rel}")
    typer.echo(t("init.next", lang_code, folder=folder))


def _refuse_inside_workspace(folder: Path, lang: str) -> None:
    """A workspace inside another would be two strategies' files mixed: say so instead."""
    from ..workspace import is_workspace_root

    start = folder.resolve()
    for above in (start, *start.parents):
        if above.is_dir() and is_workspace_root(above):
            fail_usage(lang, "init.inside_workspace", path=folder, root=above)
