"""Render the report context with Jinja: the built-in templates, or a region's own.

The built-in templates (``rustool/report/templates``) run in a normal environment. With a
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
import stat
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from .. import mdtext, numbers
from ..i18n import known
from .labels import label

BUILTIN = Path(__file__).resolve().parent / "templates"
FORMATS = {"md": "report.md.j2", "html": "report.html.j2"}
_BLANK_LINES = re.compile(r"\n{3,}")
_HTML_SUFFIXES = (".html", ".htm", ".svg", ".xml", ".html.j2", ".htm.j2", ".svg.j2")


class NothingUsed(Exception):
    """The --template folder gave no file to the report (only the built-ins were used):
    a misspelt name or a wrong folder would otherwise pass unnoticed."""

    def __init__(self, folder: Path, fmt: str) -> None:
        super().__init__(str(folder))
        self.folder = folder
        suffixes = (".md.j2",) if fmt == "md" else (".html.j2", ".css")
        self.names = sorted(p.name for p in BUILTIN.iterdir() if p.name.endswith(suffixes))


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
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(BUILTIN), bytecode_cache=_cache(), **options
        )
    else:
        loader = jinja2.ChoiceLoader([_FolderLoader(user_dir), jinja2.FileSystemLoader(BUILTIN)])
        env = ImmutableSandboxedEnvironment(loader=loader, **options)
    env.globals.update(t=_labels(lang), lang=lang)
    env.filters.update(
        md=mdtext.escape,
        num=lambda v, digits=None: numbers.number(v, lang, _digits(digits)),
        pct=lambda v, digits=0: numbers.percent(v, lang, _digits(digits)),
        kr=lambda v: numbers.kronor(v, lang),
        month=lambda m: label(f"month.{m}", lang),
        month_short=lambda m: label(f"month.{m}", lang)[:3],
    )
    return env


def render(
    context: dict[str, Any],
    fmt: str,
    lang: str,
    user_dir: Path | None = None,
    page: str | None = None,
) -> str:
    """The report (or another PAGE of the templates, such as ``changes.md.j2``) as text;
    raises :class:`TemplateProblem` for any template error."""
    env = environment(fmt, lang, user_dir)
    served = _served(env)
    page = page or FORMATS[fmt]
    try:
        if user_dir is None:
            text = env.get_template(page).render(context)
        else:
            with _limits():
                text = _bounded(env.get_template(page).generate(context))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(
            _display(exc.filename or exc.name or "?"), exc.lineno, exc.message or str(exc)
        ) from None
    except Exception as exc:  # noqa: BLE001 - a template can raise anything; name where
        file, line = _where(exc, user_dir)
        if file == "?" and user_dir is not None:  # the output's size: blame the page
            file = _display(str(user_dir / page))
        raise TemplateProblem(file, line, _describe(exc)) from None
    if user_dir is not None and not served:
        raise NothingUsed(user_dir, fmt)
    if fmt == "md":  # conditionals leave blank lines; Markdown needs at most one in a row
        text = _BLANK_LINES.sub("\n\n", text)
    return text


def _served(env: jinja2.Environment) -> set[str]:
    """The names the user's folder gave (filled in as the templates load); empty for the
    built-ins alone."""
    loader = env.loader
    if isinstance(loader, jinja2.ChoiceLoader) and isinstance(loader.loaders[0], _FolderLoader):
        return loader.loaders[0].served
    return set()


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
        if not all(_private(f) for f in (folder.parent, folder)):
            return None
    except (OSError, RuntimeError):  # no home, or no room for a cache: go without
        return None
    return _QuietCache(str(folder))


def _private(folder: Path) -> bool:
    """Whether FOLDER is the user's own folder (not a link) that no one else may write to.
    Compiled templates are code: a cache another user can write to (a shared
    XDG_CACHE_HOME, a folder made by someone else in /tmp) would run their code at the next
    report, so then the report goes without a cache."""
    info = folder.lstat()
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


class _FolderLoader(jinja2.FileSystemLoader):
    """A region's template folder, and nothing outside it: a symbolic link in the folder
    (which a pull request can add) to /etc/passwd or to another folder is refused."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.root = folder.resolve()
        self.served: set[str] = set()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            source, filename, uptodate = super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            path = Path(self.searchpath[0]) / template
            line = path.read_bytes()[: exc.start].count(b"\n") + 1
            raise jinja2.TemplateSyntaxError(
                f"the file is not UTF-8 text (byte 0x{exc.object[exc.start]:02X}); save it "
                "as UTF-8",
                line,
                template,
                str(path),
            ) from None
        if not Path(filename).resolve().is_relative_to(self.root):
            raise SecurityError(
                f"{template} leads outside the template folder (a symbolic "
                "link); copy the file into the folder instead"
            )
        self.served.add(template)
        return source, filename, uptodate


MAX_OUTPUT_BYTES = 100_000_000
"""A report from one's own templates larger than this (100 MB, as UTF-8) is refused; a
region's report is well under a megabyte a hundred activities."""
MAX_SECONDS = 120
MAX_MEMORY = 2 * 1024**3
"""Address space a user's templates may take beyond what rustool already holds."""


class TemplateLimit(jinja2.TemplateRuntimeError):
    """A user's template went past a limit (time, memory or size of the output)."""


def _bounded(chunks: Iterator[str]) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:  # bytes as written: "€" is three, not one
        size += len(chunk) if chunk.isascii() else len(chunk.encode("utf-8", "surrogatepass"))
        if size > MAX_OUTPUT_BYTES:
            raise TemplateLimit(f"the report would be larger than {MAX_OUTPUT_BYTES // 10**6} MB")
        parts.append(chunk)
    return "".join(parts)


@contextlib.contextmanager
def _limits() -> Iterator[None]:
    """Time and memory limits while a user's templates render, so that a template in a pull
    request cannot hang CI or exhaust its memory (``range()`` is already bounded by the
    sandbox, but loops can nest). Where the platform has no alarm or address-space limit
    (Windows), or outside the main thread, only the output size is bounded."""
    import signal
    import threading

    def stop(signum: int, frame: Any) -> None:
        raise TemplateLimit(f"the templates took longer than {MAX_SECONDS} s")

    alarm = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, stop) if alarm else None
    if alarm:
        signal.alarm(MAX_SECONDS)
    restore = _limit_memory()
    try:
        yield
    except MemoryError as exc:  # keep the traceback: it points at the template's line
        raise TemplateLimit(
            f"the templates needed more than {MAX_MEMORY // 1024**3} GB of memory"
        ).with_traceback(exc.__traceback__) from None
    finally:
        if alarm:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        restore()


def _limit_memory() -> Callable[[], None]:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = in_use + MAX_MEMORY
        if (
            hard != resource.RLIM_INFINITY
            and hard < limit
            or soft != resource.RLIM_INFINITY
            and soft < limit
        ):
            return lambda: None
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        return lambda: None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _digits(digits: Any) -> Any:
    if digits is not None and not (isinstance(digits, int) and 0 <= digits <= 10):
        raise ValueError(f"digits must be a whole number from 0 to 10, not {digits!r}")
    return digits


def _labels(lang: str) -> Callable[..., str]:
    def t(key: str, **fields: Any) -> str:
        if not isinstance(key, str) or not known(f"report.{key}"):
            raise jinja2.TemplateRuntimeError(f"t(): no text with the key {key!r}")
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


def _where(exc: BaseException, user_dir: Path | None) -> tuple[str, int | None]:
    """The innermost template frame of the traceback (Jinja rewrites frames to point into
    the template source): a frame in a file of the template folders, whatever its name."""
    folders = [BUILTIN] + ([user_dir.resolve()] if user_dir is not None else [])
    found: tuple[str, int | None] = ("?", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(os.path.realpath(frame.filename))
        if frame.filename == "<template>" or any(path.is_relative_to(f) for f in folders):
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
