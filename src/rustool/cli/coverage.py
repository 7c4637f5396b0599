"""`rustool coverage`: which categories, goals, roles and months the plans cover."""

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
    write_output,
)

if TYPE_CHECKING:
    from rich.console import Console

    from ..coverage import Coverage
    from ..coverage.thresholds import Threshold
    from ..diagnostics import Diagnostic

FORMATS = ("table", "json", "csv", "md")
ACTIVE = ("aktiva", "active")
MAX_ERRORS_SHOWN = 10
PIPE_WIDTH = 120
MIN_WIDTH = 40


def coverage(
    ctx: typer.Context,
    path: Workspace = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Utdata: table (standard), json, csv eller md.")
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
    year: Annotated[
        int | None,
        typer.Option("--år", "--year", help="Bara planerna för detta år.", show_default=False),
    ] = None,
    units: Annotated[
        list[str] | None,
        typer.Option(
            "--enhet",
            "--unit",
            help="Bara denna enhet; kan anges flera gånger.",
            show_default=False,
        ),
    ] = None,
    statuses: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            help="Bara aktiviteter med denna status; kan anges flera gånger eller "
            "med komma (planerad,pågår). aktiva = planerad, pågår, försenad.",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    strategy: Annotated[
        str | None,
        typer.Option(
            "--strategi",
            help="Id för strategin att visa, när arbetsytan har en strategi och dess "
            "efterföljare (standard: den gällande).",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="Slutkod 1 om täckningen inte når tröskeln NYCKEL=VÄRDE; kan "
            "anges flera gånger. mål, prioritering, område, kategori, roll=N: "
            "var och en har minst N aktiviteter (mål=1); med % andelen av dem "
            "som har någon (mål=80%). kopplade, ansvarig, indikatorer, "
            "uppföljning=P: andel i procent (kopplade=90).",
            show_default=False,
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom", help="CSV: börja med en UTF-8-BOM så att Excel läser å, ä och ö rätt."
        ),
    ] = False,
    delimiter: Annotated[
        str,
        typer.Option(
            "--delimiter",
            help="CSV: avgränsare, , eller ; eller tab (Excel på svenska vill ha ;).",
        ),
    ] = ",",
    lang: Lang = None,
) -> None:
    """Visa vad planerna täcker: aktiviteter per kategori, del av strategin, roll, enhet och
    månad i årshjulet, och var luckorna finns."""
    lang_code = language(ctx, lang)
    fmt = output_format.lower()
    if fmt not in FORMATS:
        fail_usage(lang_code, "coverage.error.format", value=output_format)
    if delimiter not in _delimiters():
        fail_usage(lang_code, "coverage.error.delimiter", value=delimiter)
    thresholds = _thresholds(fail_under or [], lang_code)
    wanted = _statuses(statuses or [], lang_code)
    root = workspace_root(existing_paths([path] if path else None, lang_code)[0], lang_code)
    day = parse_today(today, lang_code)

    from ..engine import check
    from ..workspace import load_workspace, paused_gc

    ws = load_workspace(root, day)
    lang_code = language(ctx, lang, ws.config.language)
    refuse_output_in_workspace(output, ws, lang_code)
    with paused_gc():  # as for loading: the collector would walk the loaded trees again
        errors = [d for d in check(ws) if d.severity == "error"]
        if ws.strategy is None:
            _echo("coverage.error.no_strategy", lang_code, root=root)
            _show_errors(root, errors, lang_code)
            raise typer.Exit(1)
        from ..coverage import compute, unit_names

        _check_units(units or [], unit_names(ws), lang_code)
        if strategy is not None and strategy not in ws.strategies:
            from ..suggest import closest

            suggestion = closest(strategy, ws.strategies, cutoff=0.0) or "–"
            fail_usage(lang_code, "coverage.error.strategy", value=strategy, suggestion=suggestion)
        cov = compute(ws, year=year, units=units, statuses=wanted, today=day, strategy=strategy)
        to_file = output is not None and str(output) != "-"
        if not (errors and to_file):  # numbers from a broken workspace are only shown
            _emit(cov, fmt, lang_code, output, bom, _delimiters()[delimiter])
    failed = _report_thresholds(cov, thresholds, lang_code)
    if errors:
        key = "coverage.error.not_written" if to_file else "coverage.error.workspace"
        _echo(key, lang_code, root=root, count=len(errors), file=output)
        _show_errors(root, errors, lang_code)
    raise typer.Exit(1 if failed or errors else 0)


def _emit(
    cov: Coverage, fmt: str, lang: str, output: Path | None, bom: bool, delimiter: str
) -> None:
    from ..coverage import output as out

    to_stdout = output is None or str(output) == "-"
    if fmt == "table" and to_stdout:
        from ..coverage.table import print_table

        print_table(cov, lang, _console())
        return
    if fmt == "table":
        from ..coverage.table import table_text

        text = table_text(cov, lang)
    elif fmt == "json":
        text = out.to_json(cov)
    elif fmt == "csv":
        text = out.to_csv(cov, lang, delimiter=delimiter, bom=bom)
    else:
        text = out.to_markdown(cov, lang)
    if to_stdout and fmt == "csv":
        # csv rows end in CRLF as the standard says; stdout in text mode must not add a CR
        import sys

        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    try:
        write_output(text, output)
    except OSError as exc:
        _echo("coverage.error.write", lang, file=output, reason=exc.strerror or exc)
        raise typer.Exit(2) from None
    if not to_stdout:
        _echo("coverage.written", lang, file=output)


def _console() -> Console:
    """The terminal's width; 120 columns into a pipe (rich would assume 80)."""
    import os

    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(highlight=False, width=PIPE_WIDTH)
    elif console.width < MIN_WIDTH:  # COLUMNS=0 printed nothing at all
        console = Console(highlight=False, width=MIN_WIDTH)
    return console


def _delimiters() -> dict[str, str]:
    from ..coverage.output import DELIMITERS

    return DELIMITERS


def _thresholds(texts: list[str], lang: str) -> list[Threshold]:
    from ..coverage.thresholds import ThresholdError, parse

    found = []
    for text in texts:
        try:
            found.append(parse(text))
        except ThresholdError as problem:
            message = _t(problem.key, lang, **problem.fields)
            if problem.suggestion:
                message += " " + _t("did_you_mean", lang, suggestion=problem.suggestion)
            typer.echo(f"rustool: {message}", err=True)
            raise typer.Exit(2) from None
    # a threshold given twice (mål=1, goals=1) is checked once
    first: dict[tuple[str, float, bool], Threshold] = {}
    for threshold in found:
        first.setdefault((threshold.key, threshold.value, threshold.percent), threshold)
    return list(first.values())


def _statuses(texts: list[str], lang: str) -> list[str]:
    from ..model.types import ACTIVE_STATUSES, STATUSES
    from ..suggest import closest, fold

    by_fold = {fold(s): s for s in STATUSES}
    wanted: list[str] = []
    for text in (part.strip() for t in texts for part in t.split(",")):
        if not text:
            continue
        found = ACTIVE_STATUSES if fold(text) in ACTIVE else (by_fold.get(fold(text)),)
        if None in found:
            suggestion = closest(text, (*STATUSES, *ACTIVE))
            _usage(
                lang, "coverage.error.status", suggestion, value=text, expected=", ".join(STATUSES)
            )
        wanted += [s for s in found if s and s not in wanted]
    return wanted


def _check_units(units: list[str], known: list[str], lang: str) -> None:
    from ..suggest import closest, fold

    folded = {fold(u) for u in known}
    for unit in units:
        if fold(unit) not in folded:
            _usage(
                lang,
                "coverage.error.unit",
                closest(unit, known),
                value=unit,
                expected=", ".join(known) or "–",
            )


def _report_thresholds(cov: Coverage, thresholds: list[Threshold], lang: str) -> bool:
    """Print a line for each threshold missed (or one that all passed); True if any missed."""
    if not thresholds:
        return False
    from ..coverage.output import threshold_message
    from ..coverage.thresholds import evaluate

    outcomes = [evaluate(cov, t) for t in thresholds]
    missed = [o for o in outcomes if not o.passed]
    for outcome in missed:
        typer.echo(f"rustool: {threshold_message(outcome, cov, lang)}", err=True)
    if not missed:
        texts = ", ".join(t.text for t in thresholds)
        _echo("coverage.threshold.passed", lang, count=len(thresholds), thresholds=texts)
    return bool(missed)


def _show_errors(root: Path, errors: list[Diagnostic], lang: str) -> None:
    for d in errors[:MAX_ERRORS_SHOWN]:
        typer.echo(f"  {d.place(root)}: {d.code} {d.message(lang)}", err=True)
    if len(errors) > MAX_ERRORS_SHOWN:
        _echo("coverage.error.more", lang, count=len(errors) - MAX_ERRORS_SHOWN, root=root)


def _usage(lang: str, message_key: str, suggestion: str | None, /, **fields: object) -> None:
    message = _t(message_key, lang, **fields)
    if suggestion:
        message += " " + _t("did_you_mean", lang, suggestion=suggestion)
    typer.echo(f"rustool: {message}", err=True)
    raise typer.Exit(2)


def _echo(message_key: str, lang: str, /, **fields: object) -> None:
    typer.echo(f"rustool: {_t(message_key, lang, **fields)}", err=True)


def _t(message_key: str, lang: str, /, **fields: object) -> str:
    """A message: ``coverage.`` keys through the coverage labels (with plural forms)."""
    if message_key.startswith("coverage."):
        from ..coverage.output import label

        return label(message_key.removeprefix("coverage."), lang, **fields)
    from ..i18n import render

    return render(message_key, lang, fields)
