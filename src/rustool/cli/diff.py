"""`rustool diff`: what changed in the workspace between two git revisions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import Lang, fail_usage, language, workspace_root, write_output


def diff(
    ctx: typer.Context,
    arguments: Annotated[
        list[str] | None,
        typer.Argument(
            help="[REV_A [REV_B]] [MAPP]: jämför REV_A (standard: det senast registrerade "
            "beslutet, annars HEAD~1) med REV_B (standard: arbetskopian); MAPP är "
            "arbetsytan (standard: aktuell mapp).",
            show_default=False,
            metavar="[REV_A [REV_B]] [MAPP]",
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="text (standard), md, html eller json.", show_default=False
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Skriv till en fil (atomärt).", show_default=False),
    ] = None,
    lang: Lang = None,
) -> None:
    """Visa vad som ändrats i arbetsytan mellan två versioner i git: aktiviteter, status,
    datum, ansvariga, mål, budget, uppföljningar, indikatorutfall, strategin och årshjulet."""
    lang_code = language(ctx, lang)
    revisions, path = _split(arguments or [], lang_code)
    fmt = _format(output_format, output, lang_code)
    root = workspace_root(path, lang_code)
    _refuse_output(output, root, lang_code)

    from .. import gitrun
    from ..changes import RevisionProblem
    from ..changes import diff as run
    from ..changes.output import render
    from ..report.templating import TemplateProblem

    try:
        result = run(root, *revisions)
    except RevisionProblem as problem:
        fail_usage(lang_code, problem.key, **problem.fields)
    except gitrun.GitError as error:
        fail_usage(lang_code, "changes.error.git", reason=error.stderr.strip() or error.reason)
    try:
        text = render(result, fmt, lang_code)
    except TemplateProblem as problem:  # the built-in templates: a defect, said plainly
        fail_usage(lang_code, "internal_error", error=str(problem))
    try:
        write_output(text, output)
    except OSError as exc:
        fail_usage(lang_code, "report.error.write", file=output, reason=exc.strerror or exc)
    if output is not None and str(output) != "-":
        from ..i18n import t

        typer.echo(f"rustool: {t('changes.written', lang_code, file=output)}", err=True)


def _split(arguments: list[str], lang: str) -> tuple[tuple[str | None, str | None], Path]:
    """The revisions and the workspace: with three arguments the last is the folder; with
    fewer, the last is the folder when it names one (write ./NAME for a folder that is
    also a revision's name)."""
    if len(arguments) > 3:
        fail_usage(lang, "changes.error.too_many")
    path = Path(".")
    last = Path(arguments[-1]) if arguments else None
    if arguments and (len(arguments) == 3 or _is_workspace_path(last)):
        path = Path(arguments.pop())
        if not path.exists():
            fail_usage(lang, "cli.path_missing", path=path)
    revisions = [*arguments, None, None][:2]
    return (revisions[0], revisions[1]), path


def _refuse_output(output: Path | None, root: Path, lang: str) -> None:
    """Never write the diff over a folder or a YAML file of the workspace."""
    if output is None or str(output) == "-":
        return
    from ..yamlio import real

    if output.is_dir():
        fail_usage(lang, "cli.output_is_folder", file=output)
    inside = real(output).is_relative_to(real(root))
    if inside and output.suffix.lower() in (".yaml", ".yml"):
        fail_usage(lang, "cli.output_is_input", file=output)


def _is_workspace_path(path: Path | None) -> bool:
    return path is not None and (
        path.is_dir() or (path.is_file() and path.suffix.lower() in (".yaml", ".yml"))
    )


def _format(explicit: str | None, output: Path | None, lang: str) -> str:
    from ..changes.output import FORMATS, SUFFIXES

    if explicit is not None:
        if explicit.lower() not in FORMATS:
            fail_usage(lang, "changes.error.format", value=explicit)
        return explicit.lower()
    if output is None or str(output) == "-":
        return "text"
    found = SUFFIXES.get(output.suffix.lower())
    if found is None:
        fail_usage(lang, "changes.error.suffix", file=output)
    return found
