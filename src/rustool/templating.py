"""Render the report context with Jinja: the built-in templates, or a region's own.

The built-in templates (``rustool/templates``) run in a normal environment. With a
template folder of one's own, every template runs in Jinja's sandbox (an
``ImmutableSandboxedEnvironment``: no access to Python internals, no changing the context),
and names not found in the folder fall back to the built-ins, so a region can replace just
``report.css`` or one partial. HTML templates are autoescaped; in Markdown templates every
``{{ … }}`` is escaped for Markdown instead (``|safe`` opts out). Undefined names are
errors, and any error becomes a :class:`TemplateProblem` naming the template file and line.
"""

from __future__ import annotations

import contextlib
import os
import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from . import mdtext, numbers
from .labels import label

BUILTIN = Path(__file__).resolve().parent / "templates"
FORMATS = {"md": "report.md.j2", "html": "report.html.j2"}
_BLANK_LINES = re.compile(r"\n{3,}")
_HTML_SUFFIXES = (".html", ".htm", ".svg", ".xml", ".html.j2", ".htm.j2", ".svg.j2")


class TemplateProblem(Exception):
    """A template failed to load or render: where, and what Jinja said."""

    def __init__(self, file: str, line: int | None, error: str) -> None:
        super().__init__(f"{file}:{line}: {error}")
        self.file, self.line, self.error = file, line, error


def autoescape(name: str | None) -> bool:
    return name is not None and name.lower().endswith(_HTML_SUFFIXES)


def environment(fmt: str, lang: str, user_dir: Path | None = None) -> jinja2.Environment:
    options: dict[str, Any] = {
        "autoescape": autoescape,
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "auto_reload": False,
        "finalize": _finalize_markdown if fmt == "md" else _finalize,
    }
    if user_dir is None:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(BUILTIN),
                                 bytecode_cache=_cache(), **options)
    else:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(user_dir),
                                      jinja2.FileSystemLoader(BUILTIN)])
        env = ImmutableSandboxedEnvironment(loader=loader, **options)
    env.globals.update(t=_labels(lang), lang=lang)
    env.filters.update(
        md=mdtext.escape,
        num=lambda v, digits=None: numbers.number(v, lang, digits),
        pct=lambda v, digits=0: numbers.percent(v, lang, digits),
        kr=lambda v: numbers.kronor(v, lang),
        month=lambda m: label(f"month.{m}", lang),
        month_short=lambda m: label(f"month.{m}", lang)[:3],
    )
    return env


def render(context: dict[str, Any], fmt: str, lang: str, user_dir: Path | None = None) -> str:
    """The report as text; raises :class:`TemplateProblem` for any template error."""
    env = environment(fmt, lang, user_dir)
    try:
        text = env.get_template(FORMATS[fmt]).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(_display(exc.filename or exc.name or "?"), exc.lineno,
                              exc.message or str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - a template can raise anything; name where
        file, line = _where(exc)
        raise TemplateProblem(file, line, _describe(exc)) from None
    if fmt == "md":  # conditionals leave blank lines; Markdown needs at most one in a row
        text = _BLANK_LINES.sub("\n\n", text)
    return text


class _QuietCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, which never fails a report: a cache that
    cannot be read or written (a read-only home, a full disk) is only slower."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _cache() -> jinja2.BytecodeCache | None:
    """Where the built-in templates are kept compiled between runs: compiling them is about
    0.2 s, a fifth of a region's report. ``$XDG_CACHE_HOME/rustool`` (else
    ``~/.cache/rustool``), created private to the user; Jinja keys each entry by the
    template's path and source checksum and by its own and Python's version, so an upgrade
    never reads a stale entry. Templates from --template are not cached."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        folder = Path(base) / "rustool" / "templates"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # no home, or no room for a cache: go without
        return None
    return _QuietCache(str(folder))


def _labels(lang: str) -> Callable[..., str]:
    def t(key: str, **fields: Any) -> str:
        return label(key, lang, **fields)

    return t


def _finalize(value: Any) -> Any:
    return "" if value is None else value


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return mdtext.escape(value)


def _where(exc: BaseException) -> tuple[str, int | None]:
    """The innermost template frame of the traceback (Jinja rewrites frames to point into
    the template source)."""
    found: tuple[str, int | None] = ("?", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".css", ".html", ".md", ".svg")) or \
                frame.filename == "<template>":
            found = (_display(frame.filename), frame.lineno)
    return found


def _display(filename: str) -> str:
    path = Path(filename)
    try:
        return f"rustool/templates/{path.resolve().relative_to(BUILTIN).as_posix()}"
    except ValueError:
        return filename


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template not found: {exc.name}"
    text = str(exc) or type(exc).__name__
    if isinstance(exc, jinja2.TemplateError):
        return text
    return f"{type(exc).__name__}: {text}"
