"""A diff in each output format: text, md, html (the report's templates) and json."""

from __future__ import annotations

from .. import __version__
from . import jsonshape
from .model import Result
from .view import text, view

FORMATS = ("text", "md", "html", "json")
SUFFIXES = {".txt": "text", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
            ".json": "json"}  # fmt: skip


def render(result: Result, fmt: str, lang: str) -> str:
    if fmt == "json":
        return jsonshape.dumps(result, lang)
    if fmt == "text":
        return text(result, lang)
    from ..report import templating

    context = {"changes": view(result, lang), "tool": {"name": "rustool", "version": __version__}}
    return templating.render(context, fmt, lang, page=f"changes.{fmt}.j2")
