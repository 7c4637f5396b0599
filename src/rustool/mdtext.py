"""Text made safe for Markdown as GitHub, GitLab, Teams and wiki pages render it.

Every value becomes one line (newlines and runs of whitespace fold to a space), so it can
stand in a table cell or a list item; the characters that could start emphasis, code, a
link, HTML, maths (GitHub's ``$``), a table column (``|``) or, at the start, a heading, a
list or a quote are escaped with a backslash, which CommonMark allows before any ASCII
punctuation. Everything else is left as it is, so the Markdown stays readable as text.
"""

from __future__ import annotations

import re
from typing import Any

_WHITESPACE = re.compile(r"[ \t\n\r\f\v\x85\u2028\u2029]+")  # not no-break spaces: they stay
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INLINE = re.compile(r"([\\`*_\[\]<>|~$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLOCK_MARK = re.compile(r"^([-+=#])(?=[\s\-+=#]|$)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


_PLAIN = re.compile(r"[^\\`*_\[\]<>|~$&\x00-\x1f\x7f\x85\u2028\u2029]*")
"""Text with none of the characters that need work (the common case, kept fast)."""


def escape(value: Any) -> str:
    """``value`` as one line of Markdown text that renders as exactly that text."""
    text = value if isinstance(value, str) else str(value)
    if not _PLAIN.fullmatch(text) or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = _CONTROL.sub("", text)
        text = _WHITESPACE.sub(" ", text).strip()
        text = _INLINE.sub(r"\\\1", text)
        text = _ENTITY.sub(r"\\&", text)
    if text and text[0] in "-+=#":
        text = _BLOCK_MARK.sub(r"\\\1", text)
    elif text[:1].isdigit():
        text = _ORDERED.sub(r"\1\\\2", text)
    return text
