"""--help speaks the chosen language (click's words too), lists the commands in the order
of the work without cutting them short, and the shells can complete."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rustool.cli.helptext import ORDER


def test_help_in_swedish_by_default(cli):
    result = cli("--help")
    assert result.exit_code == 0
    assert result.output.startswith("Användning: rustool")
    for english in ("Usage:", "Show this message", "Options:", "Commands:"):
        assert english not in result.output
    assert "Kommandon:" in result.output and "Visa den här hjälpen" in result.output
    commands = result.output.split("Kommandon:")[1]
    assert "..." not in commands and "…" not in commands
    assert "[VAL] KOMMANDO" in result.output


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "en", "merge", "--help"], {}),
        (["merge", "--help", "--lang", "en"], {}),
        (["merge", "--lang=en", "--help"], {}),
        (["merge", "--help"], {"RUSTOOL_LANG": "en"}),
    ],
)
def test_help_in_english_however_asked(cli, args, env):
    result = cli(*args, env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: rustool merge")
    assert "Merge the units' activity plans" in result.output
    assert "Write nothing; exit code 1" in result.output
    assert "Show this help and exit." in result.output
    assert "Foga samman" not in result.output and "Skriv inget" not in result.output


def test_commands_in_the_order_of_the_work(cli):
    from rustool.cli.app import app

    output = cli("--help").output
    listed = [line.split()[0] for line in output.split("Kommandon:")[1].splitlines() if
              line.startswith("  ") and not line.startswith("   ")]  # fmt: skip
    assert listed[:5] == ["init", "validate", "merge", "coverage", "report"]
    assert listed == sorted(listed, key=lambda n: ORDER.index(n) if n in ORDER else 99)
    assert set(listed) == {i.name for i in app.registered_commands}


def test_every_command_and_option_has_help_in_both_languages():
    from typer.main import get_command

    from rustool.cli.app import app
    from rustool.i18n import catalogue

    group = get_command(app)
    for lang in ("sv", "en"):
        messages = catalogue(lang)
        for name, command in group.commands.items():
            assert f"help.{name}" in messages, (lang, name)
            for param in command.params:
                keys = (f"help.{name}.{param.name}", f"help.option.{param.name}")
                assert any(k in messages for k in keys), (lang, name, param.name)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_and_answer(cli, shell):
    script = cli("completion", shell)
    assert script.exit_code == 0
    assert "_RUSTOOL_COMPLETE" in script.output
    env = {**os.environ, "_RUSTOOL_COMPLETE": "complete_bash", "COMP_WORDS": "rustool me",
           "COMP_CWORD": "1"}  # fmt: skip
    answer = subprocess.run(
        [sys.executable, "-m", "rustool"], env=env, capture_output=True, text=True, check=False
    )
    assert answer.stdout.split() == ["merge"]


def test_unknown_shell(cli):
    result = cli("completion", "powershell")
    assert result.exit_code == 2 and "bash, zsh, fish" in result.output
