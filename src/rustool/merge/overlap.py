"""Activities of different units whose texts are nearly the same: where units could cooperate.

Two texts are compared as sets of words (case and punctuation ignored) by their Jaccard
similarity, the share of all their distinct words that both use. "Arrangera en regional
konferens om kompetensförsörjning för länets arbetsgivare och utbildningsanordnare" and
the same ending in "utbildningsaktörer" share 11 of 13 words (0.85). At the threshold of
0.8 a text of nine words or more may differ in one word; shorter texts must be the same.

Comparing every pair would be quadratic (21,000 activities make 220 million pairs).
Instead this is the prefix-filtering similarity join of Bayardo et al., "Scaling Up All
Pairs Similarity Search" (WWW 2007): with the words of each text sorted rarest first, two
texts with a similarity of at least t must share a word among the first
``n - ceil(t * n) + 1`` of each. Only pairs that do are compared, and rare words make
short lists, so the work grows with the number of truly similar pairs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Overlap:
    """``later`` is nearly the same as ``earlier`` (indices into the compared texts)."""

    earlier: int
    later: int
    similarity: float


def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def find_overlaps(texts: Sequence[tuple[str, str]],
                  threshold: float = THRESHOLD) -> list[Overlap]:
    """For each (group, text), in order, the most similar earlier text of another group
    when the similarity reaches ``threshold`` (ties go to the earliest). A cluster of n
    near-identical texts thus gives n - 1 overlaps, not n(n-1)/2."""
    sets = [words(text) for _, text in texts]
    frequency = Counter(word for found in sets for word in found)
    rank = {word: (count, word) for word, count in frequency.items()}
    index: dict[str, list[int]] = {}
    overlaps = []
    for i, found in enumerate(sets):
        if not found:
            continue
        ordered = sorted(found, key=rank.__getitem__)
        size = len(ordered)
        prefix = ordered[: size - math.ceil(threshold * size - 1e-9) + 1]
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for word in prefix:
            for j in index.get(word, ()):
                if j in seen or texts[j][0] == texts[i][0]:
                    continue
                seen.add(j)
                other = len(sets[j])
                if other < threshold * size or size < threshold * other:
                    continue
                score = similarity(found, sets[j])
                if score >= threshold and (best is None or (score, -j) > (best[0], -best[1])):
                    best = (score, j)
            index.setdefault(word, []).append(i)
        if best is not None:
            overlaps.append(Overlap(best[1], i, best[0]))
    return overlaps
