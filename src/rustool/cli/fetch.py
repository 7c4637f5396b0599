"""`rustool fetch`: indicator outcomes from Kolada into the strategy file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .options import Lang, Today, Workspace, fail_usage, language, parse_today, workspace_root

if TYPE_CHECKING:
    from ..kolada.run import Outcome

DEFAULT_URL = "https://api.kolada.se/v3"


def fetch(
    ctx: typer.Context,
    path: Workspace = None,
    kpis: Annotated[
        list[str] | None,
        typer.Option("--kpi", help="Hämta bara detta nyckeltal, t.ex. N00914 (kan upprepas)."),
    ] = None,
    years: Annotated[
        str | None,
        typer.Option(
            "--år",
            "--year",
            help="År att hämta: 2024 eller 2015-2025 (standard: från strategins start eller "
            "tidigaste baslinje till i år).",
            show_default=False,
        ),
    ] = None,
    genders: Annotated[
        list[str] | None,
        typer.Option(
            "--kön",
            "--gender",
            help="K och/eller M: spara värdena för kvinnor och män bredvid totalen "
            "(T, totalt, hämtas alltid).",
            show_default=False,
        ),
    ] = None,
    compare: Annotated[
        str | None,
        typer.Option(
            "--jämför",
            "--compare",
            help="riket: spara hela rikets värde bredvid länets.",
            show_default=False,
        ),
    ] = None,
    kolada_url: Annotated[
        str | None,
        typer.Option(
            "--kolada-url",
            help=f"Koladas API (även RUSTOOL_KOLADA_URL; standard {DEFAULT_URL}).",
            show_default=False,
        ),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Skriv över handskrivna utfall som skiljer sig.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Skriv inget; visa ändringen som en diff.")
    ] = False,
    check: Annotated[
        bool,
        typer.Option("--check", help="Skriv inget; slutkod 1 om Kolada har data som saknas."),
    ] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Fråga Kolada på nytt även om svaret finns sparat.")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help="Sekunder som ett anrop till Kolada högst får ta."),
    ] = 30.0,
    today: Today = None,
    lang: Lang = None,
) -> None:
    """Hämta indikatorernas utfall från Kolada och skriv in dem i strategin."""
    lang_code = language(ctx, lang)
    from ..kolada.client import Settings
    from ..kolada.ids import is_kpi_id
    from ..kolada.run import Options, UnknownKpi, run

    target = path or Path(".")
    if not target.exists():
        fail_usage(lang_code, "cli.path_missing", path=target)
    root = workspace_root(target, lang_code)
    url = _base_url(kolada_url, lang_code)
    for kpi in kpis or ():
        if not is_kpi_id(kpi):
            fail_usage(lang_code, "kolada.bad_kpi", value=kpi)
    if not 0 < timeout <= 600:
        fail_usage(lang_code, "kolada.bad_timeout", value=timeout)
    options = Options(
        settings=Settings(url, timeout=timeout, refresh=refresh),
        kpis=tuple(kpis or ()),
        years=_years(years, lang_code),
        genders=_genders(genders or [], lang_code),
        national=_compare(compare, lang_code),
        overwrite=overwrite,
        today=parse_today(today, lang_code),
    )
    try:
        outcome = run(root, options)
    except UnknownKpi as unknown:
        fail_usage(lang_code, "kolada.no_kpi", kpi=unknown.kpi)
    lang_code = language(ctx, lang, outcome.language)
    raise typer.Exit(_finish(outcome, lang_code, dry_run=dry_run, check=check))


def _finish(outcome: Outcome, lang: str, *, dry_run: bool, check: bool) -> int:
    from ..i18n import t

    _findings(outcome, lang)
    if outcome.failures:
        for failure in outcome.failures:
            problem = failure.problem
            reason = t(problem.key, lang, **problem.fields)
            _say(lang, "kolada.failed", kpi=failure.kpi, url=failure.url, reason=reason)
        _say(lang, "kolada.failed_total", count=len(outcome.failures))
        return 2
    if outcome.errors:
        _say(lang, "kolada.errors", count=outcome.errors)
        return 1
    if outcome.file is None:
        _say(lang, "kolada.no_strategy")
        return 1
    file = outcome.rel
    if not outcome.indicators:
        _say(lang, "kolada.nothing_to_fetch", file=file)
        return 0
    for fetched in outcome.fetched:
        parts = []
        if fetched.added:
            parts.append(t("kolada.added", lang, years=", ".join(map(str, fetched.added))))
        if fetched.changed:
            parts.append(t("kolada.changed", lang, years=", ".join(map(str, fetched.changed))))
        _say(lang, "kolada.summary", id=fetched.indicator, kpi=fetched.kpi, what="; ".join(parts))
    if dry_run:
        _diff(outcome)
    if not outcome.changes:
        _say(lang, "kolada.up_to_date", file=file)
        return 0
    if check:
        _say(lang, "kolada.new_data", count=outcome.changes, file=file)
        return 1
    if dry_run:
        return 0
    return _write(outcome, lang)


def _findings(outcome: Outcome, lang: str) -> None:
    from ..i18n import t

    for d in sorted(outcome.findings, key=lambda d: d.sort_key):
        severity = t(f"severity.{d.severity}", lang)
        typer.echo(f"{d.file}:{d.line}:{d.column}: {severity} {d.code} {d.message(lang)}", err=True)


def _diff(outcome: Outcome) -> None:
    import difflib

    from .options import write_output

    diff = difflib.unified_diff(
        outcome.old_text.splitlines(keepends=True),
        outcome.new_text.splitlines(keepends=True),
        fromfile=f"a/{outcome.rel}",
        tofile=f"b/{outcome.rel}",
    )
    write_output("".join(diff), None)


def _write(outcome: Outcome, lang: str) -> int:
    from ..yamlio import atomic_write

    assert outcome.file is not None
    bom = b"\xef\xbb\xbf"
    try:
        raw = outcome.file.read_bytes()
        keep = bom if raw.startswith(bom) else b""
        if raw[len(keep) :].decode("utf-8") != outcome.old_text:
            fail_usage(lang, "kolada.changed_meanwhile", file=outcome.rel)
        atomic_write(outcome.file, keep + outcome.new_text.encode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        fail_usage(lang, "kolada.write_failed", file=outcome.rel, reason=reason)
    _say(lang, "kolada.written", count=outcome.changes, file=outcome.rel)
    return 0


def _base_url(given: str | None, lang: str) -> str:
    value = given or os.environ.get("RUSTOOL_KOLADA_URL") or DEFAULT_URL
    import httpx

    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        fail_usage(lang, "kolada.bad_url", value=value)
    if url.scheme not in ("http", "https") or not url.host:
        fail_usage(lang, "kolada.bad_url", value=value)
    return value


def _years(value: str | None, lang: str) -> tuple[int, int] | None:
    if value is None:
        return None
    match = re.fullmatch(r"\s*([0-9]{4})\s*(?:[-–]\s*([0-9]{4})\s*)?", value)
    if match is None:
        fail_usage(lang, "kolada.bad_years", value=value)
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not 1900 <= first <= last <= 2200 or last - first > 100:
        fail_usage(lang, "kolada.bad_years", value=value)
    return first, last


def _genders(values: list[str], lang: str) -> tuple[str, ...]:
    chosen = []
    for value in values:
        for code in value.upper().replace(",", " ").split():
            if code not in ("T", "K", "M"):
                fail_usage(lang, "kolada.bad_gender", value=value)
            if code != "T" and code not in chosen:
                chosen.append(code)
    return tuple(chosen)


def _compare(value: str | None, lang: str) -> bool:
    if value is None:
        return False
    if value.strip().lower() != "riket":
        fail_usage(lang, "kolada.bad_compare", value=value)
    return True


def _say(lang: str, key: str, **fields: object) -> None:
    from ..i18n import t

    typer.echo(f"rustool: {t(key, lang, **fields)}", err=True)
