"""`rustool decision`: record that a nämnd decided a version of the workspace (a tag)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from ..changes.decisions import Decision

from .options import Lang, existing_paths, fail_usage, language, workspace_root


def decision(
    ctx: typer.Context,
    revision: Annotated[
        str | None,
        typer.Argument(
            help="Versionen som beslutades (standard: HEAD).", show_default=False, metavar="[REV]"
        ),
    ] = None,
    committee: Annotated[
        str | None,
        typer.Option("--nämnd", "--namnd", help="Nämnden, t.ex. RUN.", show_default=False),
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--datum", "--date", help="Beslutsdatum, ÅÅÅÅ-MM-DD.", show_default=False),
    ] = None,
    paragraph: Annotated[
        str | None,
        typer.Option(
            "--paragraf", help="Paragrafen i protokollet, t.ex. ”§ 12”.", show_default=False
        ),
    ] = None,  # fmt: skip
    diary: Annotated[
        str | None,
        typer.Option("--dnr", help="Diarienummer, t.ex. ”RUN 2026/45”.", show_default=False),
    ] = None,
    listing: Annotated[bool, typer.Option("--list", help="Visa de registrerade besluten.")] = False,
    path: Annotated[
        Path | None,
        typer.Option("--path", help="Arbetsytan (standard: aktuell mapp).", show_default=False),
    ] = None,
    lang: Lang = None,
) -> None:
    """Registrera att nämnden beslutade en version av arbetsytan, som taggen
    beslut/<nämnd>/<datum> i git; --list visar besluten."""
    lang_code = language(ctx, lang)
    root = workspace_root(existing_paths([path] if path else None, lang_code)[0], lang_code)

    from .. import gitrun
    from ..changes import RevisionProblem, decisions
    from ..changes.revisions import repository, workspace_prefix
    from ..i18n import t

    try:
        repo = repository(root)
        prefix = workspace_prefix(repo, root)
        if listing:
            _list(decisions.listed(repo), lang_code)
            return
        if not committee or not day:
            fail_usage(lang_code, "decision.error.missing")
        fields = {"nämnd": committee, "datum": day}
        fields |= {k: v for k, v in (("paragraf", paragraph), ("dnr", diary)) if v}
        made = decisions.record(repo, fields, revision or "HEAD", prefix)
    except RevisionProblem as problem:
        fail_usage(lang_code, problem.key, **problem.fields)
    except gitrun.GitError as error:
        fail_usage(lang_code, "changes.error.git", reason=error.stderr.strip() or error.reason)
    said = t("decision.recorded", lang_code, tag=made.tag, commit=made.commit[:10])
    typer.echo(f"rustool: {said}", err=True)
    if revision is None:
        from ..gitinfo import version

        found = version(root)
        if found is not None and found.dirty:
            typer.echo(f"rustool: {t('decision.dirty', lang_code)}", err=True)


def _list(found: list[Decision], lang: str) -> None:
    from ..i18n import t

    if not found:
        typer.echo(t("decision.none", lang))
        return
    for d in found:
        extra = " ".join(v for k in ("paragraf", "dnr") if (v := d.fields.get(k)))
        where = d.fields.get("arbetsyta", "")
        typer.echo("  ".join(x for x in (d.tag, d.commit[:10], extra, where) if x))
