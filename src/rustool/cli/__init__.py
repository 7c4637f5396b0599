"""The command line: a thin layer that parses arguments and calls plain functions.

Heavy imports (pydantic, PyYAML, jinja2) happen inside the commands, so that
`rustool --version` and `rustool --help` start fast in pre-commit hooks.
"""

from __future__ import annotations

import sys

from .. import __version__


def main() -> None:
    """Console entry point, with a guard: never a traceback, whatever happens."""
    if sys.argv[1:] == ["--version"]:  # the hot path in hooks: no framework import at all
        print(f"rustool {__version__}")
        return
    try:
        from .app import app

        app(prog_name="rustool")
    except KeyboardInterrupt:
        _die("cli.interrupted", 130)
    except SystemExit:
        raise
    except RecursionError:
        _die("internal_error", 2, error="RecursionError")
    except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
        _die("internal_error", 2, error=f"{type(exc).__name__}: {exc}")


def _die(key: str, code: int, **fields: object) -> None:
    from ..i18n import resolve_language, t

    lang = resolve_language(_lang_from_argv())
    print(f"rustool: {t(key, lang, **fields)}", file=sys.stderr)
    sys.exit(code)


def _lang_from_argv() -> str | None:
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
