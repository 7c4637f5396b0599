"""Validation results kept between runs, so that an unchanged workspace is checked at once.

A result is stored under a key made of everything it depends on: rustool's and Python's
versions, the workspace's folder, the date the checks are made for, and the name and
SHA-256 of every YAML file that may belong to the workspace (rustool.yaml among them). Any
edit, added, removed or renamed file, another date or an upgrade gives another key, so a
stale result is never read; the rules themselves (the cross-file ones included) always run
whenever anything changed. The entries are JSON, never code, kept in
``$XDG_CACHE_HOME/rustool/validate`` (else ``~/.cache/rustool/validate``), and used only when
that folder is the user's own and writable by nobody else; otherwise rustool goes without.
A cache that cannot be read or written only makes a run slower, never wrong.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .diagnostics import Diagnostic
from .engine import Result
from .i18n import Label
from .workspace import yaml_files
from .yamlio import MAX_FILE_BYTES, atomic_write, read_regular

KEEP = 64
"""How many results are kept; older ones are removed."""
FORMAT = 1
"""The entries' layout; part of the key, so a new layout never reads an old entry."""


def folder() -> Path | None:
    """The cache folder, created private to the user; None where it is not safe to use."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "rustool" / "validate"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        for part in (path.parent, path):
            info = part.lstat()
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
                return None
            if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
    except (OSError, RuntimeError):
        return None
    return path


def key(root: Path, today: date) -> str | None:
    """The key of ROOT's result for TODAY; None when a file cannot be read (the loader
    reports it; such a run is not worth keeping)."""
    summed = hashlib.sha256(
        f"{FORMAT}\0{__version__}\0{sys.version}\0{root.resolve()}\0{today}".encode()
    )
    problems: list[OSError] = []
    inside = root.resolve()
    for path in yaml_files(root, problems.append):
        name = path.relative_to(root).as_posix()
        try:
            if not path.resolve().is_relative_to(inside):
                # never opened (the loader refuses it, RUS008): its target is what counts
                summed.update(f"\0{name}\0->{os.readlink(path)}".encode())
                continue
            content = read_regular(path, MAX_FILE_BYTES)
        except (OSError, ValueError, RuntimeError):
            return None
        summed.update(f"\0{name}\0".encode() + hashlib.sha256(content).digest())
    return None if problems else summed.hexdigest()


def load(place: Path, name: str, root: Path) -> Result | None:
    try:
        entry = json.loads((place / f"{name}.json").read_text("utf-8"))
        return Result(
            root,
            [_diagnostic(d) for d in entry["diagnostics"]],
            int(entry["files"]),
            [str(i) for i in entry["ignored"]],
            entry["language"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(place: Path, name: str, result: Result) -> None:
    entry = {
        "diagnostics": [_entry(d) for d in result.diagnostics],
        "files": result.files,
        "ignored": result.ignored,
        "language": result.language,
    }
    try:
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        atomic_write(place / f"{name}.json", data)
        _prune(place)
    except (OSError, TypeError, ValueError):
        pass  # a value JSON cannot hold, or no room: go without


def _entry(d: Diagnostic) -> dict[str, Any]:
    return {
        "code": d.code,
        "key": d.message_key,
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "fields": _encode(d.fields),
        "path": list(d.path),
        "severity": d.severity,
        "suggestion": d.suggestion,
    }


def _diagnostic(entry: dict[str, Any]) -> Diagnostic:
    fields = _decode(entry["fields"])
    if not isinstance(fields, dict):
        raise TypeError("fields")
    return Diagnostic(
        str(entry["code"]),
        str(entry["key"]),
        str(entry["file"]),
        int(entry["line"]),
        int(entry["column"]),
        fields,
        tuple(entry["path"]),
        "warning" if entry["severity"] == "warning" else "error",
        entry["suggestion"],
    )


def _encode(value: Any) -> Any:
    """VALUE as JSON that reads back as the same Python value: a translated label and a
    tuple are tagged; any other type (a date, a path) raises TypeError, and that result
    is then not kept."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Label):
        return {"$label": value.key}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) and not k.startswith("$") for k in value):
        return {k: _encode(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$label" in value:
            return Label(str(value["$label"]))
        if "$tuple" in value:
            return tuple(_decode(v) for v in value["$tuple"])
        return {k: _decode(v) for k, v in value.items()}
    return value


def _prune(place: Path) -> None:
    entries = sorted(place.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def validate(root: Path, today: date, use_cache: bool = True) -> Result:
    """validate_workspace, answered from the cache when nothing it depends on changed."""
    from .engine import validate_workspace

    place = folder() if use_cache else None
    name = key(root, today) if place is not None else None
    if place is not None and name is not None:
        kept = load(place, name, root)
        if kept is not None:
            return kept
    result = validate_workspace(root, today)
    # kept only if no file changed while it was checked (else the key would lie)
    if place is not None and name is not None and key(root, today) == name:
        store(place, name, result)
    return result
