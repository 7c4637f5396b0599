"""Message catalogues, one per language, with named fields rendered late."""

from __future__ import annotations

import functools
import os
import string
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ..safetext import printable

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """The whole catalogue of LANG: the base messages and every part's (see parts/)."""
    from . import parts

    if lang == "en":
        from .en import MESSAGES
    else:
        from .sv import MESSAGES
    merged = dict(MESSAGES)
    for part in parts.modules():
        merged.update(getattr(part, "EN" if lang == "en" else "SV"))
    return merged


def language_code(value: str | None) -> str | None:
    """`sv` or `en` for `sv`, `EN`, `en_GB`, `en-GB` or `en_GB.UTF-8`; None for anything
    else (`xx`, `english`, an empty string)."""
    if not value:
        return None
    code = value.strip().lower()
    for separator in "_-.@":
        code = code.split(separator, 1)[0]
    return code if code in LANGUAGES else None


def resolve_language(explicit: str | None = None) -> str:
    """--lang, then RUSTOOL_LANG, then Swedish; a value that is no language is passed over."""
    for candidate in (explicit, os.environ.get("RUSTOOL_LANG")):
        code = language_code(candidate)
        if code:
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
    template = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:  # never format a key: it may come from a user's template
        return key
    values = {k: _field(v, lang) for k, v in fields.items()}
    return string.Formatter().vformat(template, (), _Fields(values))


def _field(value: Any, lang: str) -> Any:
    """A field as the message shows it: a Label translated; text from a file (a value, a
    file name) with its control characters escaped, so it cannot forge a line of output."""
    if isinstance(value, Label):
        return render(value.key, lang, {})
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, PurePath):
        return printable(str(value))
    return value


def known(key: str) -> bool:
    """Whether KEY (or its singular and plural forms) is in the catalogues."""
    messages = catalogue(DEFAULT_LANGUAGE)
    return key in messages or f"{key}.other" in messages


def t(key: str, lang: str, /, **fields: Any) -> str:
    """The message KEY; with an int ``count`` field, its ``KEY.one`` or ``KEY.other``
    form where the catalogue has one."""
    count = fields.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        form = f"{key}.{'one' if count == 1 else 'other'}"
        if form in catalogue(lang):
            key = form
    return render(key, lang, fields)
