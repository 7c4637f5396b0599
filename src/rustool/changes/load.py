"""Load the two sides of a diff as workspaces, parsing only what may have changed.

A plan whose blob is the same on both sides is left out of both (its activities are the
same); so are, inside a plan changed on both sides at the same path, the activities whose
text is the same (see :mod:`.chunks`). The strategy, the årshjul and everything else are
always loaded: they are small, and the diff names goals by them. Each side is loaded by
the workspace loader from its texts (``workspace.load_texts``), so its problems (a file
that does not parse in an old revision) are the loader's own, with file, line and column.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

from .. import yamlio
from ..workspace import CONFIG_FILE, Workspace, config_from_text, load_texts
from . import chunks
from .sides import File, Side

_PLAN = re.compile(rb"(?m)^typ[ \t]*:[ \t]*[\"']?aktivitetsplan[\"']?[ \t]*(#.*)?$")


def is_plan(file: File) -> bool:
    return file.data is not None and _PLAN.search(file.data) is not None


def load_pair(root: Path, before: Side, after: Side, today: date) -> tuple[Workspace, Workspace]:
    """The two sides as workspaces, holding at least every activity that differs."""
    shared = Counter(f.sha for f in before.files.values()) & Counter(
        f.sha for f in after.files.values()
    )
    left = {r: f for r, f in before.files.items() if not (f.sha in shared and is_plan(f))}
    right = {r: f for r, f in after.files.items() if not (f.sha in shared and is_plan(f))}
    texts_a = {r: f.data for r, f in left.items()}
    texts_b = {r: f.data for r, f in right.items()}
    partial = set()
    for rel in left.keys() & right.keys():
        if not (is_plan(left[rel]) and is_plan(right[rel])):
            continue
        split_a, split_b = chunks.split(texts_a[rel] or b""), chunks.split(texts_b[rel] or b"")
        found = chunks.differing(split_a, split_b) if split_a and split_b else None
        if found is not None and split_a and split_b:
            texts_a[rel], texts_b[rel] = split_a.with_items(found[0]), split_b.with_items(found[1])
            partial.add(rel)
    ws_a = _load(root, before, left, texts_a, today)
    ws_b = _load(root, after, right, texts_b, today)
    troubled = {p.file for p in ws_a.problems + ws_b.problems} & partial
    if troubled:  # a piece did not load alone: load those plans whole on both sides
        for rel in troubled:
            texts_a[rel], texts_b[rel] = left[rel].data, right[rel].data
        ws_a = _load(root, before, left, texts_a, today)
        ws_b = _load(root, after, right, texts_b, today)
    return ws_a, ws_b


def _load(
    root: Path, side: Side, files: dict[str, File], texts: dict[str, bytes | None], today: date
) -> Workspace:
    config_file = side.files.get(CONFIG_FILE)
    text, problem = config_file.text() if config_file else (None, None)
    config = config_from_text(root / CONFIG_FILE, text, problem)
    return load_texts(
        root, config, (_decoded(rel, texts[rel], files[rel]) for rel in sorted(files)), today
    )


def _decoded(
    rel: str, data: bytes | None, file: File
) -> tuple[str, str | None, yamlio.Problem | None]:
    if data is None:
        return rel, None, file.problem
    text, problem = yamlio.decode(data)
    return rel, text, problem
