"""`rustool completion SHELL`: the script that lets bash, zsh or fish complete rustool's
commands, options and paths."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .options import Lang, fail_usage, language

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_RUSTOOL_COMPLETE"


def completion(
    ctx: typer.Context,
    shell: Annotated[str, typer.Argument(help="bash, zsh eller fish.", show_default=False)],
    lang: Lang = None,
) -> None:
    """Skriv skriptet för tabbkomplettering i bash, zsh eller fish."""
    from typer._completion_shared import get_completion_script

    lang_code = language(ctx, lang)
    if shell not in SHELLS:
        fail_usage(lang_code, "completion.unknown_shell", value=shell, shells=", ".join(SHELLS))
    script = get_completion_script(prog_name="rustool", complete_var=COMPLETE_VAR, shell=shell)
    typer.echo(script)


def complete(command: Any) -> None:
    """Answer the shell's question when it asks for completions (the script sets
    COMPLETE_VAR), and exit; without it, return."""
    import os

    from typer._completion_classes import completion_init

    if os.environ.get(COMPLETE_VAR):
        completion_init()
        command._main_shell_completion({}, "rustool", COMPLETE_VAR)
