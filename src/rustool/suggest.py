"""'Did you mean …?': the closest known word to a misspelt one."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lower-case, with å, ä, ö and other accents folded to ASCII, '&' read as 'och'."""
    text = text.replace("&", " och ").lower()
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate closest to ``word``, matching regardless of case and diacritics."""
    pool = {fold(c): c for c in candidates}
    folded = fold(str(word))
    if folded in pool:
        return pool[folded]
    match = difflib.get_close_matches(folded, list(pool), n=1, cutoff=cutoff)
    return pool[match[0]] if match else None
