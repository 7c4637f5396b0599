"""Text that looks like something it is not (RUS009, RUS010).

Two ids can look the same and differ: `KF-001` and `KF-001` with an invisible zero-width
space, or with a Cyrillic `К` for the Latin `K`. Each passes every check (no duplicate,
its own references resolve) while a reader sees one id. Both are reported at their place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Document, Workspace

INVISIBLE = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u034f\u115f\u1160"
"""Zero-width and other invisible characters (a byte-order mark at the start of a file is
read as such, not as text)."""
ID_KEYS = {"id", "bidrar_till", "kopplar_till", "strategi", "ersätter", "motsvarar"}
"""Keys whose values are ids, or lists of them."""


def _strings(
    data: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str, bool]]:
    """(path, text, is a key) for every key and text value in DATA, iteratively."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(path, data)]
    while stack:
        here, value = stack.pop()
        if isinstance(value, str):
            yield here, value, False
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str):
                    yield (*here, key), key, True
                stack.append(((*here, key), item))
        elif isinstance(value, list):
            stack.extend(((*here, i), item) for i, item in enumerate(value))


@rule("RUS009", "invisible-character")
def invisible_character(ws: Workspace) -> Iterator[Finding]:
    """A key or value with an invisible character (a zero-width space, joiner or the
    like).

    Invisible characters make two texts that look the same differ: an id `KF-001` with a
    zero-width space after it is another id than `KF-001`, so a duplicate goes unnoticed
    and a reference to it fails for no visible reason. They usually come with text copied
    from a web page or a document. Delete the character (the message says which one and
    where in the text); the soft hyphen and ordinary spaces are not affected.

    Fails: `id: "KF-001\\u200b"`.
    """
    for doc in _documents(ws):
        for path, text, at_key in _strings(doc.data):
            if text.isascii():
                continue
            index = next((i for i, c in enumerate(text) if c in INVISIBLE), None)
            if index is not None:
                yield Finding(
                    doc,
                    path,
                    {
                        "char": f"U+{ord(text[index]):04X}",
                        "position": index + 1,
                        "value": text,
                    },
                    at_key=at_key,
                    raw=True,
                )


@rule("RUS010", "look-alike-id")
def look_alike_id(ws: Workspace) -> Iterator[Finding]:
    """An id that mixes letters of different scripts, such as a Cyrillic `К` or `М` or a
    Greek `Ο` among Latin letters.

    Such an id looks exactly like another (`КF-001` and `KF-001`) but is a different id:
    a duplicate goes unnoticed, and a reference that looks right fails. Ids written wholly
    in one script are fine. Retype the id's letters.

    Fails: `id: КF-001` (with a Cyrillic К).
    """
    for doc in _documents(ws):
        for path, text, at_key in _strings(doc.data):
            if at_key or text.isascii() or not _is_id(path):
                continue
            scripts = _scripts(text)
            if len(scripts) > 1:
                yield Finding(
                    doc,
                    path,
                    {"value": text, "scripts": ", ".join(sorted(scripts))},
                    raw=True,
                )


def _documents(ws: Workspace) -> list[Document]:
    """The documents with data, but merged plans: their text is their sources' (checked
    there) and would only repeat each finding."""
    return [
        d
        for d in ws.documents
        if d.data is not None and not (isinstance(d.data, dict) and d.data.get("källor"))
    ]


def _is_id(path: tuple[str | int, ...]) -> bool:
    """Whether the value at PATH is an id: under one of ID_KEYS, or an item of its list."""
    keys = [step for step in path[-2:] if isinstance(step, str)]
    return bool(keys) and keys[-1] in ID_KEYS


def _scripts(text: str) -> set[str]:
    """The scripts of TEXT's letters (LATIN, CYRILLIC, GREEK …, from the Unicode names)."""
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ", 1)[0] if name else "?")
    return found
