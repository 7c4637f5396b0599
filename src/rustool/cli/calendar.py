"""`rustool calendar`: the årshjul as an iCalendar feed, or as a poster (SVG, HTML)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
)

if TYPE_CHECKING:
    from datetime import date

    from ..calendar.select import Selection
    from ..cycle.days import Occurrence
    from ..workspace import Workspace as LoadedWorkspace

FORMATS = ("ics", "svg", "html")
SUFFIXES = {".ics": "ics", ".ical": "ics", ".svg": "svg", ".html": "html", ".htm": "html"}
AUDIENCES = ("extern", "intern")
MAX_ERRORS_SHOWN = 10


def calendar(
    ctx: typer.Context,
    path: Workspace = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Filen att skriva (.ics, .svg eller .html); standard: standard ut.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="ics (kalender), svg eller html (affisch i A3); standard: av filändelsen.",
            show_default=False,
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--år", "--year", help="Året (standard: i år).", show_default=False),
    ] = None,
    mandate: Annotated[
        bool,
        typer.Option(
            "--mandatperiod",
            "--mandate-period",
            help="Hela mandatperioden som året ligger i (fyra år).",
        ),
    ] = False,
    groups: Annotated[
        list[str] | None,
        typer.Option(
            "--målgrupp",
            "--audience",
            help="Bara händelser för denna målgrupp; kan anges flera gånger.",
            show_default=False,
        ),
    ] = None,
    audience: Annotated[
        str | None,
        typer.Option(
            "--publik",
            "--public",
            help="Bara årshjul med publik: extern eller intern.",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    """Skriv årshjulet som kalender (iCalendar, för Outlook, Google och Apple) eller som
    affisch i A3 med händelsernas namn."""
    lang_code = language(ctx, lang)
    root = workspace_root(existing_paths([path] if path else None, lang_code)[0], lang_code)
    fmt = _format(output_format, output, lang_code)
    if audience is not None and audience.lower() not in AUDIENCES:
        fail_usage(lang_code, "calendar.error.audience", value=audience)
    day = parse_today(today, lang_code)
    first = year if year is not None else day.year
    if not 1900 <= first <= 2200:
        fail_usage(lang_code, "calendar.error.year", value=first)

    from ..calendar.select import Selection, entries, known_groups
    from ..cycle.days import mandate_period
    from ..engine import check
    from ..workspace import load_workspace

    ws = load_workspace(root, day)
    lang_code = language(ctx, lang, ws.config.language)
    refuse_output_in_workspace(output, ws, lang_code)
    _fail_on_errors(root, ws, check, lang_code)
    if not ws.wheels:
        _say("calendar.error.no_wheel", lang_code, root=root)
        raise typer.Exit(1)
    _check_groups(groups or [], known_groups(ws), lang_code)
    years = tuple(mandate_period(first)) if mandate else (first,)
    selection = Selection(years, audience.lower() if audience else None, tuple(groups or ()))
    found = entries(ws, selection)
    data = _render(ws, selection, found, fmt, day, lang_code)
    _write(data, output, lang_code)
    if output is not None and str(output) != "-":
        _say("calendar.written", lang_code, file=output, count=len(found))


def _render(
    ws: LoadedWorkspace,
    selection: Selection,
    found: list[Occurrence],
    fmt: str,
    day: date,
    lang: str,
) -> bytes:
    from ..calendar import ics, poster
    from ..calendar.select import wheels

    name = " · ".join(w.name or w.id for w in wheels(ws, selection))
    if fmt == "ics":
        return ics.feed(found, name, selection.years, day, lang)
    picture = poster.render(ws, selection, found, day, lang, html=fmt == "html")
    return picture.encode("utf-8")


def _format(explicit: str | None, output: Path | None, lang: str) -> str:
    if explicit is not None:
        if explicit.lower() not in FORMATS:
            fail_usage(lang, "calendar.error.format", value=explicit)
        return explicit.lower()
    if output is None or str(output) == "-":
        return "ics"
    found = SUFFIXES.get(output.suffix.lower())
    if found is None:
        fail_usage(lang, "calendar.error.suffix", file=output)
    return found


def _check_groups(groups: list[str], known: list[str], lang: str) -> None:
    from ..suggest import closest, fold

    folded = {fold(k) for k in known}
    for group in groups:
        if fold(group) not in folded:
            suggestion = closest(group, known)
            fail_usage(lang, "calendar.error.group", value=group, suggestion=suggestion or "–")


def _fail_on_errors(root: Path, ws: LoadedWorkspace, check: object, lang: str) -> None:
    errors = [d for d in check(ws) if d.severity == "error"]  # type: ignore[operator]
    if not errors:
        return
    _say("calendar.error.workspace", lang, root=root, count=len(errors))
    for d in errors[:MAX_ERRORS_SHOWN]:
        typer.echo(f"  {d.place(root)}: {d.code} {d.message(lang)}", err=True)
    raise typer.Exit(1)


def _write(data: bytes, output: Path | None, lang: str) -> None:
    import sys

    if output is None or str(output) == "-":
        from . import OutputFailed

        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except OSError as exc:
            raise OutputFailed(exc) from exc
        return
    from ..yamlio import atomic_write

    try:
        atomic_write(output, data)
    except OSError as exc:
        fail_usage(lang, "calendar.error.write", file=output, reason=exc.strerror or exc)


def _say(key: str, lang: str, **fields: object) -> None:
    from ..i18n import t

    typer.echo(f"rustool: {t(key, lang, **fields)}", err=True)
