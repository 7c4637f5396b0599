"""The report's labels: the ``report.`` block of the message catalogues.

A label whose fields include ``count`` may come in two forms, ``KEY.one`` and
``KEY.other``, and the one that fits the number is used. A report asks for the same few
labels thousands of times (a status in every row), so rendered labels are cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..i18n import t


def label(key: str, lang: str, /, **fields: Any) -> str:
    try:
        return _cached(key, lang, tuple(sorted(fields.items())))
    except TypeError:  # a field that cannot be a cache key (a list): render it afresh
        return _label(key, lang, fields)


@lru_cache(maxsize=8192)
def _cached(key: str, lang: str, fields: tuple[tuple[str, Any], ...]) -> str:
    return _label(key, lang, dict(fields))


def _label(key: str, lang: str, fields: dict[str, Any]) -> str:
    return t(f"report.{key}", lang, **fields)
