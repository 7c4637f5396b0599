"""Text from others (YAML values, file names) made safe to print on one line.

A value or a file name can hold a newline, a carriage return or an escape sequence: printed
as it is, it could forge a line of its own (a GitHub `::error` or `::add-mask::` command, a
fake "0 fel"), recolour or retitle a terminal, or hide text with direction overrides. Such
characters are shown as escapes (``\\n``, ``\\x1b``, ``\\u202e``), visible and inert.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb]"
)
"""Control characters (C0, DEL, C1), line and paragraph separators, and the invisible
format characters: zero-width ones and direction marks, embeddings, overrides, isolates."""
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """TEXT with every control, separator and invisible format character escaped."""
    if text.isprintable():  # the common case, and fast
        return text
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
