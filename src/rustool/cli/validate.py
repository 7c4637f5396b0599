"""`rustool validate`: parse, schema-check and lint workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import (
    Lang,
    Today,
    Workspaces,
    existing_paths,
    language,
    parse_today,
    workspace_root,
)

FORMATS = ("text", "json", "github", "gitlab")


def validate(
    ctx: typer.Context,
    paths: Workspaces = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Utdata: text, json, github eller gitlab.")
    ] = "text",
    strict: Annotated[
        bool, typer.Option("--strict", help="Varningar ger också slutkod 1.")
    ] = False,
    today: Today = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Visa också filer som hoppas över.")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Kontrollera allt på nytt, utan att använda sparade resultat från tidigare "
            "körningar (de används bara när ingen fil har ändrats).",
        ),
    ] = False,
    lang: Lang = None,
) -> None:
    """Kontrollera arbetsytan: YAML, schema, hänvisningar, datum och fullständighet."""
    lang_code = language(ctx, lang)
    if output_format not in FORMATS:
        raise typer.BadParameter(f"{output_format!r} ∉ {', '.join(FORMATS)}", param_hint="--format")
    roots = _roots(existing_paths(paths, lang_code), lang_code)
    day = parse_today(today, lang_code)

    from ..reporters import REPORTERS
    from .run import validate_roots

    results = validate_roots(roots, day, use_cache=not no_cache)
    configured = {r.language for r in results if r.language}
    lang_code = language(ctx, lang, configured.pop() if len(configured) == 1 else None)
    REPORTERS[output_format]().emit(results, lang_code, verbose)
    failed = any(r.errors for r in results) or (strict and any(r.warnings for r in results))
    raise typer.Exit(1 if failed else 0)


def _roots(paths: list[Path], lang: str) -> list[Path]:
    roots: list[Path] = []
    for path in paths:
        root = workspace_root(path, lang)
        if root not in roots:
            roots.append(root)
    return roots
