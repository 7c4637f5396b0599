"""`rustool report`: the committee report as Markdown or a self-contained HTML page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    from ..model.types import DueDate
    from ..workspace import Document
    from ..workspace import Workspace as LoadedWorkspace

FORMATS = ("md", "html", "json", "pdf", "docx")
SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".pdf": "pdf",
    ".docx": "docx",
}
BINARY = ("pdf", "docx")
MAX_ERRORS_SHOWN = 10
MAX_WINDOW = 3660
"""--window: at most ten years ahead."""


def report(
    ctx: typer.Context,
    path: Workspace = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Filen att skriva (standard: Markdown på standard ut).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="md eller html (json: mallarnas data); standard: av filändelsen.",
            show_default=False,
        ),
    ] = None,
    today: Today = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="En mapp med egna mallar (report.md.j2, report.html.j2, "
            "report.css …); det som saknas tas från de inbyggda.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title", help="Rapportens rubrik (standard: strategins namn).", show_default=False
        ),
    ] = None,
    window: Annotated[
        int,
        typer.Option(
            "--window",
            "--fönster",
            help="Dagar framåt för aktiviteter som snart ska vara klara.",
        ),
    ] = 30,
    case_file: Annotated[
        Path | None,
        typer.Option(
            "--ärende",
            "--arende",
            help="Ärendet (en fil med typ: ärende) som läggs först: förslag till beslut, "
            "sammanfattning, bedömning per mål och ekonomi, med uppföljningen som bilaga.",
            show_default=False,
        ),
    ] = None,
    period_text: Annotated[
        str | None,
        typer.Option(
            "--period",
            help="Perioden som rapporteras, t.ex. 2026-T2: ändrad status sedan perioden före, "
            "vad som blev klart och vad som är sent och varför.",
            show_default=False,
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--år", "--ar", help="Rapportera ett helt år (som --period ÅÅÅÅ).", show_default=False
        ),
    ] = None,
    brief: Annotated[
        bool,
        typer.Option(
            "--kort",
            help="Kort rapport: varje aktivitet en gång med målen den bidrar till, utan "
            "enheternas hela planer.",
        ),
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Lägg till ändringarna sedan REV som bilaga (beslut: det senast "
            "registrerade beslutet).",
            show_default=False,
            metavar="beslut|REV",
        ),
    ] = None,
    lang: Lang = None,
) -> None:
    """Skriv lägesrapporten till nämnden: sammanfattning, mål, indikatorer, förseningar,
    täckning, årshjul och enheternas planer; med --ärende nämndens tjänsteskrivelse först,
    som PDF (-o x.pdf) eller Word (-o x.docx)."""
    lang_code = language(ctx, lang)
    root = workspace_root(existing_paths([path] if path else None, lang_code)[0], lang_code)
    fmt = _format(output_format, output, lang_code)
    if template is not None and not template.is_dir():
        problem = "cli.template_not_folder" if template.exists() else "cli.path_missing"
        fail_usage(lang_code, problem, path=template)
    day = parse_today(today, lang_code)
    period = _period(period_text, year, lang_code)
    if fmt in BINARY and (output is None or str(output) == "-"):
        fail_usage(lang_code, "report.error.binary_stdout", format=fmt)
    if fmt == "docx" and case_file is None:
        fail_usage(lang_code, "report.docx.needs_case")
    if not 0 <= window <= MAX_WINDOW or (date.max - day).days < window:
        fail_usage(lang_code, "report.error.window", limit=MAX_WINDOW)

    from ..engine import check
    from ..report import context as build
    from ..workspace import load_workspace

    ws = load_workspace(root, day)
    lang_code = language(ctx, lang, ws.config.language)
    refuse_output_in_workspace(output, ws, lang_code)
    diagnostics = check(ws)
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        _fail_workspace(root, errors, lang_code)
    case_doc = _case_doc(ws, case_file, lang_code) if case_file is not None else None
    options = build.Options(
        day, title=title, window_days=window, case=case_doc, period=period, brief=brief
    )
    context = build.build(ws, options, warnings=len(diagnostics) - len(errors))
    context |= _provenance(root, since, lang_code, day)
    try:
        if fmt in BINARY:
            from ..yamlio import atomic_write

            assert output is not None
            atomic_write(output, _render_binary(context, fmt, lang_code, template))
        else:
            write_output(_render(context, fmt, lang_code, template), output)
    except OSError as exc:
        fail_usage(lang_code, "report.error.write", file=output, reason=exc.strerror or exc)
    if output is not None and str(output) != "-":
        typer.echo(f"rustool: {_t('report.written', lang_code, file=output)}", err=True)


def _provenance(root: Path, since: str | None, lang: str, day: date) -> dict[str, Any]:
    """The decided version the data builds on, and with --since the change list."""
    from .. import gitrun
    from ..changes import RevisionProblem
    from ..changes.provenance import provenance
    from ..changes.provenance import since as changes_since

    changes = None
    if since is not None:
        try:
            changes = changes_since(root, since, lang, day)
        except RevisionProblem as problem:
            fail_usage(lang, problem.key, **problem.fields)
        except gitrun.GitError as error:
            fail_usage(lang, "changes.error.git", reason=error.stderr.strip() or error.reason)
    return {"decision": provenance(root, day), "changes": changes}


def _format(explicit: str | None, output: Path | None, lang: str) -> str:
    if explicit is not None:
        if explicit.lower() not in FORMATS:
            fail_usage(lang, "report.error.bad_format", value=explicit)
        return explicit.lower()
    if output is None or str(output) == "-":
        return "md"
    found = SUFFIXES.get(output.suffix.lower())
    if found is None:
        fail_usage(lang, "report.error.format", file=output)
    return found


def _render(context: dict[str, Any], fmt: str, lang: str, template: Path | None) -> str:
    if fmt == "json":
        import json

        return json.dumps(context, ensure_ascii=False, indent=2) + "\n"
    from ..report import svg, templating

    context["pictures"] = svg.pictures(context, lang) if fmt == "html" else None
    try:
        return templating.render(context, fmt, lang, template)
    except templating.NothingUsed as unused:
        names = ", ".join(unused.names)
        fail_usage(lang, "report.error.template_unused", folder=unused.folder, names=names)
    except templating.TemplateProblem as problem:
        key = "report.error.template" if problem.line is not None else "report.error.template_file"
        message = _t(key, lang, file=problem.file, line=problem.line, error=problem.error)
        typer.echo(f"rustool: {message}", err=True)
        raise typer.Exit(1) from None


def _period(text: str | None, year: int | None, lang: str) -> DueDate | None:
    from ..model.types import parse_due

    if text is not None and year is not None:
        fail_usage(lang, "report.error.period_and_year")
    if year is not None:
        text = str(year)
    if text is None:
        return None
    try:
        return parse_due(text)
    except ValueError:
        fail_usage(lang, "report.error.period", value=text)


def _case_doc(ws: LoadedWorkspace, file: Path, lang: str) -> Document:
    """The workspace's ärende at FILE (it was validated with the rest)."""
    from ..yamlio import real

    if not file.is_file():
        fail_usage(lang, "cli.path_missing", path=file)
    wanted = real(file)
    for doc in ws.case_docs:
        if real(doc.path) == wanted:
            return doc
    fail_usage(lang, "report.error.case_not_in_workspace", file=file, root=ws.root)


def _render_binary(context: dict[str, Any], fmt: str, lang: str, template: Path | None) -> bytes:
    if fmt == "docx":
        from ..report import word

        return word.render(context, lang)
    from ..report import pdf

    context["for_pdf"] = True
    html = _render(context, "html", lang, template)
    try:
        return pdf.render(html)
    except pdf.PdfUnavailable:
        fail_usage(lang, "report.pdf.missing")


def _fail_workspace(root: Path, errors: list[Any], lang: str) -> None:
    from ..report.labels import label

    typer.echo(f"rustool: {label('error.workspace', lang, root=root, count=len(errors))}", err=True)
    for d in errors[:MAX_ERRORS_SHOWN]:
        typer.echo(f"  {d.place(root)}: {d.code} {d.message(lang)}", err=True)
    if len(errors) > MAX_ERRORS_SHOWN:
        more = len(errors) - MAX_ERRORS_SHOWN
        typer.echo(f"  {label('error.more', lang, count=more, root=root)}", err=True)
    raise typer.Exit(1)


def _t(key: str, lang: str, **fields: object) -> str:
    from ..i18n import t

    return t(key, lang, **fields)
