"""A workbook is untrusted input: check the zip container before openpyxl opens it.

Bounds: the file's size, the number of parts, and the sum of the parts' sizes as the zip
declares them (Python's zipfile never inflates a part past its declared size, so a zip
bomb is refused before anything is inflated). XML parts are looked at for a document type
declaration, which no workbook needs and which carries entity expansion ("billion laughs")
and external entities; openpyxl itself parses through defusedxml, which refuses them too.
Macros and links to other workbooks are never run or followed; they are reported.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2_000
_PROLOGUE_BYTES = 4096
"""A document type declaration must come before the root element, at the very start."""


class Refused(Exception):
    """The workbook cannot be read safely; ``key`` names the message."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


@dataclass(slots=True)
class Inspection:
    """What the container holds that import ignores (message keys with fields)."""

    ignored: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def inspect(path: Path) -> Inspection:
    """Check PATH's container; raise Refused when it must not be opened."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Refused("excel.error.unreadable", file=path, reason=exc.strerror or exc) from exc
    if size > MAX_FILE_BYTES:
        raise Refused(
            "excel.error.too_big",
            file=path,
            size_mb=round(size / 2**20, 1),
            limit_mb=MAX_FILE_BYTES // 2**20,
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect(archive, path)
    except zipfile.BadZipFile as exc:
        raise Refused("excel.error.not_xlsx", file=path) from exc
    except OSError as exc:
        raise Refused("excel.error.unreadable", file=path, reason=exc.strerror or exc) from exc


def _inspect(archive: zipfile.ZipFile, path: Path) -> Inspection:
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise Refused("excel.error.parts", file=path, count=len(parts), limit=MAX_PARTS)
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise Refused(
            "excel.error.bomb",
            file=path,
            size_mb=unpacked // 2**20,
            limit_mb=MAX_UNPACKED_BYTES // 2**20,
        )
    names = {part.filename for part in parts}
    if "xl/workbook.xml" not in names:
        raise Refused("excel.error.not_xlsx", file=path)
    found = Inspection()
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        found.ignored.append(("excel.ignored.macros", {}))
    links = sorted(n for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    if links:
        found.ignored.append(("excel.ignored.links", {"count": len(links)}))
    for part in parts:
        if part.filename.endswith((".xml", ".rels")) and _declares_doctype(archive.open(part)):
            raise Refused("excel.error.entities", file=path, part=part.filename)
    return found


def _declares_doctype(stream: IO[bytes]) -> bool:
    with stream:
        head = stream.read(_PROLOGUE_BYTES)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head
