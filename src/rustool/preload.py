"""Parsing a large workspace's files on both cores.

Parsing is most of what validating a workspace costs, and every file parses on its own.
So where there are two cores and enough to parse, a forked child parses about half of the
files (by size) while this process parses the other half. Only plain values cross back
(each file's text, built data and problems, pickled: about a tenth of what parsing them
costs); the YAML trees never do. The child drops them, as the loader does anyway, and a
file's tree is composed again here only where a position in it is asked for
(yamlio.SourceMap). Whatever goes wrong in the child (it dies, its answer cannot be read)
only means that this process parses those files itself.
"""

from __future__ import annotations

import os
import pickle
import signal
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from . import yamlio

MIN_BYTES = 2 * 1024 * 1024
"""Below this much YAML, starting a process costs more than it saves."""

Parsed = tuple[str, Any, list[yamlio.Problem]]


def parse(path: Path) -> yamlio.Loaded | None:
    """PATH read and parsed without keeping its tree; None when it cannot be read (the
    loader then reads it itself, to report why)."""
    text, _ = yamlio.read_text(path)
    return None if text is None else yamlio.load(text, keep_tree=False)


def parse_all(paths: list[Path]) -> dict[Path, yamlio.Loaded]:
    """Every path that could be read, parsed; on two cores when that pays."""
    sizes = {path: _size(path) for path in paths}
    if (os.cpu_count() or 1) < 2 or sum(sizes.values()) < MIN_BYTES or not _can_fork():
        return _here(paths)
    mine, theirs = _halves(paths, sizes)
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(theirs, sender), daemon=True)
    child.start()
    sender.close()
    try:
        parsed = _here(mine)
        parsed.update(_from_child(receiver, theirs))
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    parsed.update(_here([p for p in theirs if p not in parsed]))  # what the child could not
    return parsed


def _here(paths: list[Path]) -> dict[Path, yamlio.Loaded]:
    return {path: loaded for path in paths if (loaded := parse(path)) is not None}


def _child(paths: list[Path], sender: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    out: list[tuple[int, Parsed]] = []
    for index, path in enumerate(paths):
        loaded = parse(path)
        if loaded is not None:
            out.append((index, (loaded.text, loaded.data, loaded.problems)))
    sender.send_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    sender.close()


def _from_child(receiver: Connection, paths: list[Path]) -> dict[Path, yamlio.Loaded]:
    try:
        answer = pickle.loads(receiver.recv_bytes())  # our own child's: trusted
    except (EOFError, OSError, pickle.UnpicklingError):
        return {}
    found: dict[Path, yamlio.Loaded] = {}
    for index, (text, data, problems) in answer:
        source = yamlio.SourceMap.later(text) if data is not None else yamlio.SourceMap(None)
        found[paths[index]] = yamlio.Loaded(data, source, text, problems)
    return found


def _halves(paths: list[Path], sizes: dict[Path, int]) -> tuple[list[Path], list[Path]]:
    """Two lists of about the same size in bytes, each in the order given."""
    totals = [0, 0]
    sides: tuple[list[Path], list[Path]] = ([], [])
    for path in sorted(paths, key=lambda p: -sizes[p]):
        side = 0 if totals[0] <= totals[1] else 1
        totals[side] += sizes[path]
        sides[side].append(path)
    order = {path: i for i, path in enumerate(paths)}
    return sorted(sides[0], key=order.__getitem__), sorted(sides[1], key=order.__getitem__)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _can_fork() -> bool:
    """Forking is safe and useful here: on a POSIX system, and in the main process (a
    worker of `validate`'s pool over several workspaces already has a core of its own)."""
    if not hasattr(os, "fork"):
        return False
    from multiprocessing import current_process

    return current_process().name == "MainProcess"
