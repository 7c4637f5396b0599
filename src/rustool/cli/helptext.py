"""--help in the chosen language: help texts from the catalogues, click's boilerplate
translated, the commands in the order of the work and never cut short.

A command's texts are found in the catalogues by its name and its parameters' names:
``help.merge`` for the command, ``help.merge.check`` for its ``check`` parameter, and
``help.option.lang`` for a ``lang`` parameter of any command; where the catalogue has no
entry the text written in the code is shown. Every command registered in ``app.py`` gets
this class there (``localize``), so a new command adopts it with its catalogue entries
alone, SV and EN side by side in its i18n part. The language is --lang on the command line
(wherever it stands: --help is handled before the options are), else RUSTOOL_LANG, else
Swedish.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from typer import Typer
from typer.core import TyperCommand, TyperGroup

try:  # typer 0.17 and later carry their own copy of click
    from typer._click import Context, HelpFormatter
except ImportError:  # typer 0.16 (our floor) uses click itself
    import importlib

    _click = importlib.import_module("click")
    Context, HelpFormatter = _click.Context, _click.HelpFormatter  # type: ignore[misc]

ORDER = (
    "init", "validate", "merge", "coverage", "report", "export", "import", "calendar",
    "due", "diff", "decision", "fetch", "rules", "schema", "completion",
)  # fmt: skip
"""The commands as the work goes: start, check, join, see, tell; then the tools."""

_ARGS = "rustool.args"

# click's and typer's own words, as they pass them to gettext
_BOILERPLATE = {
    "Options": "help.options",
    "Arguments": "help.arguments",
    "Commands": "help.commands",
    "default: {default}": "help.default",
    "required": "help.required",
    "env var: {var}": "help.env_var",
    "Show this message and exit.": "help.help",
}


def help_language(ctx: Context) -> str:
    """--lang from the command line as typed, else RUSTOOL_LANG, else Swedish."""
    from ..i18n import language_code, resolve_language

    args: list[str] = ctx.meta.get(_ARGS, [])
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return language_code(args[i + 1]) or resolve_language(None)
        if arg.startswith("--lang="):
            return language_code(arg.split("=", 1)[1]) or resolve_language(None)
    return resolve_language(None)


def text(value: str | None, lang: str, *keys: str) -> str | None:
    """The first of KEYS in LANG's catalogue; else VALUE, translated when it is one of
    click's own words."""
    from ..i18n import catalogue, t

    messages = catalogue(lang)
    for key in (*keys, _BOILERPLATE.get(value or "", "")):
        if key and key in messages:
            return t(key, lang)
    return value


@contextmanager
def _speaking(ctx: Context, command: Any) -> Iterator[str]:
    """Within: COMMAND's help, its parameters' help and typer's words in the language."""
    import typer.core as typer_core

    lang = help_language(ctx)
    name = ctx.info_name if ctx.parent is not None else "rustool"
    command.get_help_option(ctx)  # made on first use: translate it too
    saved: list[tuple[Any, str | None, tuple[str, ...]]] = [
        (command, command.help, (f"help.{name}",))
    ]
    for param in command.params:
        names = (f"help.{name}.{param.name}", f"help.option.{param.name}")
        saved.append((param, getattr(param, "help", None), names))
    if command._help_option is not None:
        saved.append((command._help_option, command._help_option.help, ("help.help",)))
    gettext = typer_core._  # type: ignore[attr-defined]  # typer's gettext, patched for the help
    try:
        for holder, value, found_by in saved:
            holder.help = text(value, lang, *found_by)
        typer_core._ = lambda message: text(message, lang) or message  # type: ignore[attr-defined]
        yield lang
    finally:
        typer_core._ = gettext  # type: ignore[attr-defined]
        for holder, value, _keys in saved:
            holder.help = value


def _usage(ctx: Context, command: Any, formatter: HelpFormatter) -> None:
    lang = help_language(ctx)
    words = {"[OPTIONS]": "help.usage.options", "COMMAND [ARGS]...": "help.usage.command"}
    pieces = [text(p, lang, words.get(p, "")) or p for p in command.collect_usage_pieces(ctx)]
    prefix = f"{text('Usage:', lang, 'help.usage')} "
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)


class LocalizedCommand(TyperCommand):
    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        with _speaking(ctx, self):
            super().format_help(ctx, formatter)

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _usage(ctx, self, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        """The first line of the help, whole: a listing is read, not fitted."""
        return (self.help or "").strip().split("\n")[0]


class LocalizedGroup(TyperGroup):
    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        ctx.meta[_ARGS] = list(args)  # meta is shared with the commands' contexts
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: Context) -> list[str]:
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER))

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        with _speaking(ctx, self) as lang:
            self._lang = lang
            super().format_help(ctx, formatter)

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _usage(ctx, self, formatter)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        lang = getattr(self, "_lang", help_language(ctx))
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                help_text = text(command.help, lang, f"help.{name}") or ""
                rows.append((name, help_text.strip().split("\n")[0]))
        if rows:
            with formatter.section(text("Commands", lang) or "Commands"):
                formatter.write_dl(rows)


def localize(app: Typer) -> None:
    """Give every command registered on APP the localized class (one place, so a command
    added later needs nothing but its catalogue keys)."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = LocalizedCommand
