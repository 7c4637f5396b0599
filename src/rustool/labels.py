"""The report's labels: the ``report.`` block of the message catalogues.

A label whose fields include ``count`` may come in two forms, ``KEY.one`` and
``KEY.other``, and the one that fits the number is used.
"""

from __future__ import annotations

from typing import Any

from .i18n import catalogue, render


def label(key: str, lang: str, **fields: Any) -> str:
    full = f"report.{key}"
    count = fields.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        form = f"{full}.{'one' if count == 1 else 'other'}"
        if form in catalogue(lang):
            full = form
    return render(full, lang, fields)
