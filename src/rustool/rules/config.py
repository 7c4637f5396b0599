"""Rule codes in rustool.yaml and in `# rustool: ignore[…]` comments (RUS6xx).

A code that names no rule would switch nothing on or off, silently: a typo in `välj`
would turn every rule off and a CI gate green. So every code is checked where it is
written; the loader and the engine report these.
"""

from __future__ import annotations

import re

from ..suggest import edits
from .base import RULES, declare

declare(
    "RUS601",
    "unknown-rule",
    "error",
    """
    A rule code in rustool.yaml or in a `# rustool: ignore[…]` comment that names no rule.

    Codes are checked in `välj`, `ignorera`, the keys of `allvarlighet`, the lists of
    `ignorera_per_sökväg` and inline comments. A code is `RUS` and three digits (`RUS302`)
    or a prefix of one that names at least one rule (`RUS3` for the date rules); upper or
    lower case alike. The message suggests the closest code.

    Problems in rustool.yaml itself are always reported: `välj`, `ignorera` and
    `allvarlighet` cannot switch them off, or a typo could hide itself.

    Fails: `välj: [RUS2O1]` (the letter O; did you mean `RUS201`?); `ignorera: [RUS999]`.
""",
)
declare(
    "RUS602",
    "malformed-suppression",
    "warning",
    """
    A comment meant for rustool that cannot be read, so it silences nothing.

    The syntax is `# rustool: ignore[RUS302]` at the end of the line it silences (several
    codes separated by commas; `ignorera` works too), or `# rustool: ignore` for every rule
    on the line. Text may follow after a space (`# rustool: ignore[RUS302] beslut 12 maj`).
    A comment that starts with `rustool:`, or with `rustool` and a misspelt `ignore`, is
    reported with the syntax, rather than silently doing nothing.

    Fails (warning): `# rustool: ignroe[RUS404]`; `# rustool ignore[RUS404]`;
    `# rustool: ignore[]`.
""",
)
declare(
    "RUS603",
    "unused-suppression",
    "warning",
    """
    A `# rustool: ignore[…]` code that silences nothing on its line.

    Usually the problem has been fixed (or moved to another line) and the comment was left
    behind, where it would silently hide the next problem of that kind. Remove the code.

    Reported only when the workspace has no errors (an error, say in the strategy or in
    the activity, can keep the rule from running at all). Not reported for merged plans
    (their comments are copied from the units' plans), for codes whose rules are switched
    off by rustool.yaml for the file, for the codes that `rustool merge` reports
    (RUS510–RUS514), or for a bare `# rustool: ignore`. A rule that depends on the date
    (RUS302) may find nothing with an earlier `--today`.

    Fails (warning): `ansvarig: Anna  # rustool: ignore[RUS404]` (the owner is there).
""",
)

_CODE = re.compile(r"RUS[0-9]{0,3}")
_LOOKALIKES = str.maketrans(
    {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"}
)


def rule_code(text: str) -> tuple[str | None, str | None]:
    """``(code, None)`` for a rule code or a prefix naming at least one rule (upper-cased);
    ``(None, suggestion)`` for anything else, with the code it was probably meant to be."""
    code = text.strip().upper()
    if _valid(code):
        return code, None
    return None, _suggestion(code)


def _valid(code: str) -> bool:
    return _CODE.fullmatch(code) is not None and any(known.startswith(code) for known in RULES)


def _suggestion(code: str) -> str | None:
    """A letter for a digit (`RUS2O1`), a family written `RUS3xx`, or one edit away from a
    rule's code (`RUS41` → `RUS401`, `RSU201`); nothing for a code far from every rule."""
    head, tail = code[:3], code[3:]
    for candidate in (
        head + tail.translate(_LOOKALIKES),
        code.rstrip("X"),
        head + tail.translate(_LOOKALIKES).rstrip("X"),
    ):
        if candidate != code and _valid(candidate):
            return candidate
    near = [known for known in sorted(RULES) if edits(code, known) <= 1]
    return near[0] if near else None


def merge_only(code: str) -> bool:
    """Whether some rule that CODE (or prefix) names is reported by `rustool merge`, never
    by `validate` (RUS510–RUS514)."""
    return any(known.startswith(code) and known.startswith("RUS51") for known in RULES)
