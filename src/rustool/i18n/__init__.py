"""Message catalogues, one per language, with named fields rendered late."""

from __future__ import annotations

import os
import string
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def catalogue(lang: str) -> dict[str, str]:
    if lang == "en":
        from .en import MESSAGES
    else:
        from .sv import MESSAGES
    return MESSAGES


def resolve_language(explicit: str | None = None) -> str:
    """--lang, then RUSTOOL_LANG, then Swedish."""
    for candidate in (explicit, os.environ.get("RUSTOOL_LANG")):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class Label:
    """A field value that is itself translated when the message is rendered."""

    key: str


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(key: str, lang: str, fields: dict[str, Any]) -> str:
    messages = catalogue(lang)
    template = messages.get(key) or catalogue(DEFAULT_LANGUAGE).get(key) or key
    values = {k: render(v.key, lang, {}) if isinstance(v, Label) else v for k, v in fields.items()}
    return string.Formatter().vformat(template, (), _Fields(values))


def t(key: str, lang: str, /, **fields: Any) -> str:
    """The message KEY; with an int ``count`` field, its ``KEY.one`` or ``KEY.other``
    form where the catalogue has one."""
    count = fields.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        form = f"{key}.{'one' if count == 1 else 'other'}"
        if form in catalogue(lang):
            key = form
    return render(key, lang, fields)
