"""The rule registry: every rule, by its stable code.

Modules are imported explicitly (not discovered) so the registry is the same everywhere.
"""

from __future__ import annotations

from . import (  # noqa: F401  (they register)
    actors,
    case,
    completeness,
    config,
    cycle,
    dates,
    excel,
    files,
    kolada,
    merged,
    period,
    portfolio,
    references,
    roles,
    schema,
    transition,
    untrusted,
)
from .base import RULES, Finding, Rule

__all__ = ["RULES", "Finding", "Rule", "all_rules"]


def all_rules() -> list[Rule]:
    return [RULES[code] for code in sorted(RULES)]
