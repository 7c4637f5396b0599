"""The Typer application: global options and the command registry."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import (
    calendar,
    completion,
    coverage,
    decision,
    diff,
    due,
    export,
    fetch,
    import_,
    init,
    merge,
    report,
    rules,
    schema,
    validate,
)
from .helptext import LocalizedGroup, localize
from .options import check_lang

app = typer.Typer(
    name="rustool",
    help="rustool – strategi som kod för regional utveckling: validera, foga samman, "
    "täckning och rapport för RUS, årshjul och aktivitetsplaner i YAML.",
    no_args_is_help=True,
    cls=LocalizedGroup,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rustool {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="Språk: sv (standard) eller en; även RUSTOOL_LANG.", callback=check_lang
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Visa versionen.")
    ] = False,
) -> None:
    ctx.obj = {"lang": lang}


app.command("init")(init.init)
app.command("validate")(validate.validate)
app.command("rules")(rules.rules)
app.command("schema")(schema.schema)
app.command("report")(report.report)
app.command("coverage")(coverage.coverage)
app.command("merge")(merge.merge)
app.command("export")(export.export)
app.command("import")(import_.import_)
app.command("calendar")(calendar.calendar)
app.command("completion")(completion.completion)
app.command("due")(due.due)
app.command("diff")(diff.diff)
app.command("decision")(decision.decision)
app.command("fetch")(fetch.fetch)

localize(app)
