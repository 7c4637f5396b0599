"""Validate several workspaces, on all cores when there is more than one."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..engine import Result, validate_workspace


def validate_roots(roots: list[Path], today: date) -> list[Result]:
    workers = min(len(roots), os.cpu_count() or 1)
    if workers <= 1:
        return [validate_workspace(root, today) for root in roots]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(validate_workspace, roots, [today] * len(roots)))
