"""Message catalogue parts, one module per capability (``excel``, ``cycle``, …).

Each part holds both languages side by side, as ``SV`` and ``EN`` dicts with the same
keys, so a capability's messages live in one file and its translations are read together.
They are merged into the base catalogues (``sv.py``, ``en.py``) the first time a message is
needed; a key may not be defined twice (a test checks).
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every part, in name order (so the merged catalogue is the same everywhere)."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
