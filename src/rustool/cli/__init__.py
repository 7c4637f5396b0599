"""The command line: a thin layer that parses arguments and calls plain functions.

Heavy imports (pydantic, PyYAML, jinja2) happen inside the commands, so that
`rustool --version` and `rustool --help` start fast in pre-commit hooks.
"""

from __future__ import annotations

import errno
import io
import os
import sys

from .. import __version__

# not `from typing import …`: typing takes 10 ms to import, a fifth of `--version`'s budget;
# type checkers read a variable named TYPE_CHECKING as True
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a program stopped with Ctrl-C
PIPE_CLOSED = 141  # 128 + SIGPIPE, as a shell reports `cat big | head -1`

# Writing output can fail for reasons that are not a bug: the disk, the quota or the file size
_OUTPUT_FULL = {
    errno.ENOSPC: "cli.output_failed.disk_full",
    getattr(errno, "EDQUOT", -1): "cli.output_failed.quota",
    errno.EFBIG: "cli.output_failed.too_large",
    errno.EAGAIN: "cli.output_failed.short",  # a non-blocking output took only a part
}


class OutputFailed(Exception):
    """Standard output cannot be written (a closed pipe, a full disk). Raised in place of
    the OSError, so that a command's own "cannot write FILE" does not take it for its file;
    the guard below says it."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def main() -> None:
    """Console entry point, with a guard: never a traceback, whatever happens.

    Click's own main() is not used: it turns Ctrl-C into a silent exit 130 and a closed
    pipe into exit 1, and prints its usage errors in English. This guard says all of
    that the same way for every command."""
    _tolerant_streams()
    try:
        code = _run(sys.argv[1:])
        _flush_stdout()
    except KeyboardInterrupt:
        _die("cli.interrupted", INTERRUPTED)
    except SystemExit as exc:
        if isinstance(exc.__context__, BrokenPipeError):  # rich's Console exits 1 on one
            _output_failed(exc.__context__)
        raise
    except OutputFailed as exc:
        _output_failed(exc.error, stdout=True)
    except OSError as exc:
        _output_failed(exc)
    except RecursionError:
        _die("internal_error", 2, error="RecursionError")
    except Exception as exc:  # noqa: BLE001 - the one place that must catch everything
        _die("internal_error", 2, error=f"{type(exc).__name__}: {exc}")
    sys.exit(code)


def _output_failed(exc: OSError, stdout: bool = False) -> None:
    _drop_unwritable_streams()
    if isinstance(exc, BrokenPipeError):  # the reader (`| head`) has what it wanted: quietly
        sys.exit(PIPE_CLOSED)
    if exc.errno in _OUTPUT_FULL:
        _die("cli.output_failed", 2, reason=_label(_OUTPUT_FULL[exc.errno]))
    if stdout:
        _die("cli.output_failed", 2, reason=exc.strerror or exc)
    _die("internal_error", 2, error=f"{type(exc).__name__}: {exc}")


def _run(args: list[str]) -> int:
    if args == ["--version"]:  # the hot path in hooks: no framework import at all
        print(f"rustool {__version__}")
        return 0
    import typer
    from typer.main import get_command

    from .app import app

    command = get_command(app)
    from .completion import complete

    complete(command)  # a shell asking for completions: answered, then exits
    if os.name == "nt":  # pragma: no cover - as click's main(): cmd.exe leaves `*.yaml` to us
        args = _click("utils")._expand_args(args)
    try:
        with command.make_context("rustool", args) as ctx:
            command.invoke(ctx)
    except typer.Exit as exc:
        return exc.exit_code
    except _click("exceptions").ClickException as exc:
        if not _say_usage_error(exc, command, args):
            exc.show()
        return int(exc.exit_code)
    return 0


def _click(module: str) -> Any:
    """A module of click: typer's own copy of it (newer typer), or click itself."""
    from importlib import import_module

    try:
        return import_module(f"typer._click.{module}")
    except ImportError:  # pragma: no cover - older typer uses click
        return import_module(f"click.{module}")


# Click's usage errors said in our words and language, recognised by click's (English)
# message; a message not here is shown as click says it.
_USAGE = (
    (r"Option '(?P<option>.+)' requires an argument\.", "cli.usage.value"),
    (r"Option '(?P<option>.+)' does not take a value\.", "cli.usage.no_value"),
    (
        r"No such command '(?P<name>.+?)'\.(?: Did you mean '(?P<suggestion>.+)'\?)?",
        "cli.usage.no_such_command",
    ),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)", "cli.usage.extra"),
)
_BAD_VALUE = (  # a BadParameter's message; the option is added
    (r"(?P<value>.+) is not a valid (?:integer|int)\.", "cli.usage.not_int"),
    (r"(?P<value>.+) is not a valid float\.", "cli.usage.not_float"),
    (r"(?P<detail>.+)", "cli.usage.bad_value"),  # our own BadParameter's text
)


def _say_usage_error(exc: Any, group: object, args: list[str]) -> bool:
    import re

    from ..i18n import t

    ce, lang = _click("exceptions"), _language()
    param, ctx = getattr(exc, "param", None), getattr(exc, "ctx", None)
    bad_value = isinstance(exc, ce.BadParameter)
    key: str | None
    fields: dict[str, Any]
    if isinstance(exc, ce.NoSuchOption):
        key, fields = (
            "cli.usage.no_such_option",
            {"option": exc.option_name, "suggestion": (exc.possibilities or [""])[0]},
        )
    else:
        key, fields = next(
            (
                (k, m.groupdict())
                for pattern, k in (_BAD_VALUE if bad_value else _USAGE)
                if (m := re.fullmatch(pattern, exc.message or "", re.DOTALL))
            ),
            (None, {}),
        )
    if bad_value:
        hint = "/".join(param.opts) if param is not None else exc.param_hint
        fields["option"] = hint if isinstance(hint, str) else "/".join(hint or ())
    if key is None or not fields.get("option", True):
        return False
    suggestion = fields.pop("suggestion", None)
    if key == "cli.usage.no_such_command" and not suggestion:
        # click stopped suggesting commands in some releases: suggest from ours, always
        from ..suggest import closest

        suggestion = closest(fields["name"], getattr(group, "commands", {}))
    message = t(key, lang, **fields)
    if suggestion:
        message += " " + t("did_you_mean", lang, suggestion=suggestion)
    command = (
        ctx.command_path
        if ctx is not None
        else " ".join(["rustool", *[a for a in args if a in getattr(group, "commands", {})][:1]])
    )
    print(f"rustool: {message}\n{t('cli.usage.see_help', lang, command=command)}", file=sys.stderr)
    return True


def _tolerant_streams() -> None:
    """A character the terminal's encoding lacks is written as an escape, never an error;
    and every write to standard output is whole or an error."""
    _whole_writes()
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib would cost start-up time
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def _whole_writes() -> None:
    """Put a buffer under an unbuffered standard output (PYTHONUNBUFFERED=1, python -u).

    There the text layer writes straight to the file, and a short write (a disk filling
    up, a non-blocking pipe) silently drops the rest: the command would exit 0 with its
    output cut short. A buffered writer writes everything or raises, and the guard then
    exits 2. Line buffering keeps the output as prompt as it was."""
    stdout = sys.stdout
    raw = getattr(stdout, "buffer", None)
    if raw is None or not isinstance(raw, io.RawIOBase):
        return
    try:
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(raw),
            encoding=stdout.encoding,
            errors=stdout.errors,
            line_buffering=True,
        )
    except (AttributeError, ValueError, OSError):
        sys.stdout = stdout


def _flush_stdout() -> None:
    """Flush now, so that a full disk or a closed pipe is met here, not at exit."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as exc:
        raise OutputFailed(exc) from exc


def _drop_unwritable_streams() -> None:
    """Point a stream that can no longer be written at /dev/null, so that Python's flush at
    exit does not print 'Exception ignored … BrokenPipeError'."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass
        except AttributeError:
            pass


def _label(key: str) -> str:
    from ..i18n import t

    return t(key, _language())


def _die(key: str, code: int, **fields: object) -> None:
    from ..i18n import t

    try:
        print(f"rustool: {t(key, _language(), **fields)}", file=sys.stderr)
    except OSError:  # stderr itself is closed or full: the exit code must do
        _drop_unwritable_streams()
    sys.exit(code)


def _language() -> str:
    from ..i18n import resolve_language

    return resolve_language(_lang_from_argv())


def _lang_from_argv() -> str | None:
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
