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


def find_overlaps(texts: Sequence[tuple[str, str]], threshold: float = THRESHOLD) -> list[Overlap]:
    """For each (group, text), in order, the most similar earlier text of another group
    when the similarity reaches ``threshold`` (ties go to the earliest). A cluster of n
    near-identical texts thus gives n - 1 overlaps, not n(n-1)/2.

    Texts with the same words are indexed once, remembering the first of them and the
    first of another group, so that a text repeated a thousand times costs no more than
    one."""
    sets = [words(text) for _, text in texts]
    distinct: dict[frozenset[str], int] = {}
    frequency = Counter(word for found in dict.fromkeys(sets) for word in found)
    rank = {word: (count, word) for word, count in frequency.items()}
    index: dict[str, list[int]] = {}
    firsts: list[list[int]] = []  # per distinct set: its first text, and the first text of
    overlaps = []  # another group than that one's (when there is one)
    for i, found in enumerate(sets):
        if not found:
            continue
        group = texts[i][0]
        known = distinct.get(found)
        identical = _earliest_other(firsts[known], group, texts) if known is not None else None
        best: tuple[float, int] | None = None if identical is None else (1.0, identical)
        if best is None:  # nothing better than the same words: look only when there are none
            me = len(firsts) if known is None else None
            for other in _probe(found, rank, index, threshold, me):
                words_there = sets[firsts[other][0]]
                if other == known or not (
                    threshold * len(found) <= len(words_there) <= len(found) / threshold
                ):
                    continue
                score = similarity(found, words_there)
                j = _earliest_other(firsts[other], group, texts)
                if (
                    score >= threshold
                    and j is not None
                    and (best is None or (score, -j) > (best[0], -best[1]))
                ):
                    best = (score, j)
        if known is None:
            distinct[found] = len(firsts)
            firsts.append([i])
        elif len(firsts[known]) == 1 and texts[firsts[known][0]][0] != group:
            firsts[known].append(i)
        if best is not None:
            overlaps.append(Overlap(best[1], i, best[0]))
    return overlaps


def _probe(
    found: frozenset[str],
    rank: dict[str, tuple[int, str]],
    index: dict[str, list[int]],
    threshold: float,
    me: int | None,
) -> set[int]:
    """The distinct sets indexed so far that share a word of the prefix of ``found``; then
    index ``found`` itself as set number ``me`` (unless it is indexed already: None)."""
    ordered = sorted(found, key=rank.__getitem__)
    size = len(ordered)
    candidates: set[int] = set()
    for word in ordered[: size - math.ceil(threshold * size - 1e-9) + 1]:
        postings = index.setdefault(word, [])
        candidates.update(postings)
        if me is not None:
            postings.append(me)
    return candidates


def _earliest_other(first: list[int], group: str, texts: Sequence[tuple[str, str]]) -> int | None:
    """The earliest text with these words that belongs to a group other than ``group``."""
    for j in first:
        if texts[j][0] != group:
            return j
    return None
