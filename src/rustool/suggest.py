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


class Suggester:
    """``closest`` against one fixed set of candidates, asked many times: the candidates
    are folded once, each word is looked up once, and only so many words are compared at
    all that words × candidates stays within COMPARISONS (difflib's cost: a file of a
    million unknown references must not cost a million comparisons with every id)."""

    def __init__(
        self, candidates: Iterable[str], cutoff: float = 0.6, comparisons: int = 20_000
    ) -> None:
        self.pool = {fold(c): c for c in candidates}
        self.keys = list(self.pool)
        self.cutoff = cutoff
        self.budget = min(500, comparisons // max(len(self.keys), 1))
        """Words still to compare: at most 500, fewer against many candidates."""
        self.memo: dict[str, str | None] = {}

    def __call__(self, word: str) -> str | None:
        if word in self.memo:
            return self.memo[word]
        folded = fold(str(word))
        found = self.pool.get(folded)
        if found is None and self.budget > 0:
            self.budget -= 1
            match = difflib.get_close_matches(folded, self.keys, n=1, cutoff=self.cutoff)
            found = self.pool[match[0]] if match else None
        if len(self.memo) < 100_000:
            self.memo[word] = found
        return found


def edits(a: str, b: str, limit: int = 2) -> int:
    """The number of single-letter edits (insert, delete, replace, swap two neighbours)
    from A to B, counted up to LIMIT: for telling a typo of a short word."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, start=1):
        row = [i]
        for j, y in enumerate(b, start=1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y)))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return min(rows[-1][-1], limit)
