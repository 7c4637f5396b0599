"""Option types shared by the commands, and small helpers for the thin CLI layer."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from ..workspace import Workspace as LoadedWorkspace


def check_lang(value: str | None) -> str | None:
    """--lang takes sv or en (or a locale such as en_GB); anything else is a usage error,
    not silently Swedish."""
    from ..i18n import language_code, resolve_language

    if value is not None and language_code(value) is None:
        fail_usage(resolve_language(None), "cli.bad_lang", value=value)
    return value


Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Språk för meddelanden: sv eller en (även RUSTOOL_LANG).",
        show_default=False,
        callback=check_lang,
    ),
]
Today = Annotated[
    str | None,
    typer.Option(
        "--today", help="Dagens datum, ÅÅÅÅ-MM-DD (standard: systemets datum).", show_default=False
    ),
]
Workspaces = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Arbetsytor (mappar) eller filer i dem; standard: aktuell mapp.", show_default=False
    ),
]
Workspace = Annotated[
    Path | None,
    typer.Argument(help="Arbetsytan (en mapp); standard: aktuell mapp.", show_default=False),
]


def language(ctx: typer.Context, explicit: str | None, workspace: str | None = None) -> str:
    """--lang on the command, then on rustool itself, then RUSTOOL_LANG, then the
    workspace's `språk` in rustool.yaml, then Swedish."""
    from ..i18n import DEFAULT_LANGUAGE, language_code

    parent = (ctx.obj or {}).get("lang")
    for given in (explicit, parent):
        if given:
            return language_code(given) or DEFAULT_LANGUAGE  # checked by check_lang
    return _environment_language(ctx) or language_code(workspace) or DEFAULT_LANGUAGE


def _environment_language(ctx: typer.Context) -> str | None:
    """RUSTOOL_LANG; one that is no language is not used, with a warning (once a run): an
    environment variable set for a whole shell is no reason to refuse a command."""
    import os

    from ..i18n import DEFAULT_LANGUAGE, language_code, t

    value = os.environ.get("RUSTOOL_LANG")
    code = language_code(value)
    if value and code is None and isinstance(ctx.obj, dict) and not ctx.obj.get("env_warned"):
        ctx.obj["env_warned"] = True
        typer.echo(f"rustool: {t('cli.env_lang_unknown', DEFAULT_LANGUAGE, value=value)}", err=True)
    return code


def fail_usage(lang: str, key: str, **fields: object) -> NoReturn:
    """Exit 2 with a message: the command line itself is wrong."""
    from ..i18n import t

    typer.echo(f"rustool: {t(key, lang, **fields)}", err=True)
    raise typer.Exit(2)


def say(lang: str, key: str, **fields: object) -> None:
    """A message on stderr, as every command says it: `rustool: …`."""
    from ..i18n import t

    typer.echo(f"rustool: {t(key, lang, **fields)}", err=True)


def parse_today(value: str | None, lang: str) -> date:
    if value is None:
        return date.today()
    import re

    try:  # YYYY-MM-DD only (fromisoformat also takes 20261123 and 2026-W47-1)
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is None:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        fail_usage(lang, "cli.bad_date", value=value)


def existing_paths(paths: list[Path] | None, lang: str) -> list[Path]:
    paths = paths or [Path(".")]
    for path in paths:
        if not path.exists():
            fail_usage(lang, "cli.path_missing", path=path)
    return paths


def workspace_root(path: Path, lang: str) -> Path:
    """The workspace PATH is in: a folder or YAML file inside a workspace means the whole
    workspace (the nearest folder above with rustool.yaml or a strategy), as for merge."""
    from ..workspace import find_root

    if not path.is_dir() and path.suffix.lower() not in (".yaml", ".yml"):
        fail_usage(lang, "cli.not_workspace", path=path)
    return find_root(path)


def refuse_output_in_workspace(output: Path | None, ws: LoadedWorkspace, lang: str) -> None:
    """Exit 2 rather than write a report over a file of the workspace (the strategy, a plan,
    rustool.yaml), or into a folder."""
    if output is None or str(output) == "-":
        return
    from ..yamlio import real

    if output.is_dir():
        fail_usage(lang, "cli.output_is_folder", file=output)
    if real(output) in ws.read_files():
        fail_usage(lang, "cli.output_is_input", file=output)


def write_output(text: str, output: Path | None) -> None:
    """Write to a file atomically, or to stdout."""
    if output is None or str(output) == "-":
        from . import OutputFailed

        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:  # a closed pipe or a full disk: not "cannot write None"
            raise OutputFailed(exc) from exc
        return
    from ..yamlio import atomic_write

    atomic_write(output, text.encode("utf-8"))
