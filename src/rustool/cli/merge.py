"""`rustool merge`: join the units' activity plans into one merged plan."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from ..safetext import printable
from .options import Lang, Workspaces, existing_paths, fail_usage, language

if TYPE_CHECKING:
    from ..merge import Outcome, UsageProblem


def merge(
    ctx: typer.Context,
    paths: Workspaces = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Filen att skriva; - eller utelämnat: standard ut.",
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--enhet",
            "--unit",
            help="Den sammanfogade planens enhet (standard: Sammanfogad aktivitetsplan).",
            show_default=False,
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--år", "--year", help="Ta bara med planerna för detta år.", show_default=False
        ),
    ] = None,
    categories: Annotated[
        list[str] | None,
        typer.Option(
            "--kategori",
            "--category",
            help="Ta bara med aktiviteter i denna kategori (kan upprepas).",
            show_default=False,
        ),
    ] = None,
    goals: Annotated[
        list[str] | None,
        typer.Option(
            "--mål",
            "--goal",
            help="Ta bara med aktiviteter som bidrar till detta område, mål "
            "eller denna prioritering, eller något under det (kan "
            "upprepas).",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Skriv inget; slutkod 1 om filen i -o inte är vad merge skulle skriva nu.",
        ),
    ] = False,
    lang: Lang = None,
) -> None:
    """Foga samman enheternas aktivitetsplaner till en plan, utan att något går förlorat."""
    lang_code = language(ctx, lang)
    targets = existing_paths(paths, lang_code)
    for path in targets:
        if not path.is_dir() and path.suffix.lower() not in (".yaml", ".yml"):
            fail_usage(lang_code, "cli.not_workspace", path=path)
    to_file = output if output is not None and str(output) != "-" else None
    if check and to_file is None:
        fail_usage(lang_code, "merge.error.check_output")

    from ..merge import NotFaithful, Options, UsageProblem
    from ..merge import merge as run

    options = Options(unit, year, tuple(categories or ()), tuple(goals or ()))
    try:
        outcome = run(targets, to_file, options)
    except UsageProblem as problem:
        _usage(lang_code, problem)
    except NotFaithful as problem:
        _say(lang_code, "merge.error.not_faithful", id=problem.activity, file=problem.file)
        raise typer.Exit(1) from None
    lang_code = language(ctx, lang, outcome.language)
    _report(outcome, lang_code)
    if outcome.text is None:
        _say(lang_code, "merge.failed", count=outcome.errors)
        raise typer.Exit(1)
    if check:
        assert to_file is not None
        raise typer.Exit(_check(outcome.text, to_file, lang_code))
    if to_file is None:
        typer.echo(outcome.text, nl=False)
        return
    _write(outcome.text, to_file, lang_code)
    _say(
        lang_code, "merge.written", file=to_file, activities=outcome.activities, plans=outcome.plans
    )


def _usage(lang: str, problem: UsageProblem) -> NoReturn:
    from ..i18n import t

    fields = dict(problem.fields)
    suggestion = fields.pop("suggestion", None)
    message = t(problem.key, lang, **fields)
    if suggestion:
        message += " " + t("did_you_mean", lang, suggestion=suggestion)
    typer.echo(f"rustool: {message}", err=True)
    raise typer.Exit(2)


def _report(outcome: Outcome, lang: str) -> None:
    from ..i18n import t

    for found in outcome.found:
        d = found.diagnostic
        severity = t(f"severity.{d.severity}", lang)
        typer.echo(
            f"{printable(found.file)}:{d.line}:{d.column}: {severity} {d.code} {d.message(lang)}",
            err=True,
        )


def _check(text: str, path: Path, lang: str) -> int:
    try:  # line ends as a Windows checkout may have them are no difference
        current = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    except FileNotFoundError:
        _say(lang, "merge.missing", file=path)
        return 1
    except (OSError, UnicodeDecodeError):
        current = ""
    if current == text:
        _say(lang, "merge.up_to_date", file=path)
        return 0
    old, new = current.splitlines(), text.splitlines()
    pairs = enumerate(zip(old, new, strict=False), start=1)
    line = next((n for n, (a, b) in pairs if a != b), min(len(old), len(new)) + 1)
    _say(lang, "merge.out_of_date", file=path, line=line)
    return 1


def _write(text: str, path: Path, lang: str) -> None:
    from ..yamlio import atomic_write

    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        fail_usage(lang, "merge.error.write", file=path, reason=exc.strerror or str(exc))


def _say(lang: str, key: str, **fields: object) -> None:
    from ..i18n import t

    typer.echo(f"rustool: {t(key, lang, **fields)}", err=True)
