"""Rules for the structure of each file (RUS1xx), checked against the models while loading."""

from __future__ import annotations

from .base import declare

declare(
    "RUS101",
    "unknown-key",
    "error",
    """
    A key that the file type does not have.

    Usually a typo; the message suggests the closest known key.

    Fails: `ansvarg: Anna Lindqvist` (did you mean `ansvarig`?).
""",
)
declare(
    "RUS102",
    "missing-key",
    "error",
    """
    A required key is missing.

    Required: for a strategy `typ`, `id`, `namn`, `region`, `period`, `områden`; for an
    årshjul `typ`, `id`, `strategi`, `händelser`; for a plan `typ`, `enhet`, `strategi`; for
    an activity `id`, `kategori`, `aktivitet`, `status`.
""",
)
declare(
    "RUS103",
    "invalid-value",
    "error",
    """
    A value of the wrong kind or outside its allowed set.

    For example a status that is not one of planerad, pågår, klar, försenad, pausad,
    struken; a month outside 1–12; text where a number belongs. Close misspellings get a
    suggestion (`pagar` → `pågår`).

    A number is never `true` or `false` (YAML's yes/no values), and an indicator's `värde`
    is a finite number between −10^15 and 10^15: not `.nan`, `.inf` or `-.inf`, nor a
    value such as `1e308` that would overflow in the report's arithmetic.

    Fails: `värde: .nan`; `månad: true`.
""",
)
declare(
    "RUS104",
    "invalid-date",
    "error",
    """
    A date or period that cannot be read.

    `klart_senast` and an uppföljning's `period` take YYYY-MM-DD, YYYY-MM, YYYY-Qn
    (quarter), YYYY-Tn (tertial: T1 January–April, T2 May–August, T3 September–December)
    or YYYY, and mean the last day of that period. An impossible day such as 2025-02-30 is
    reported too.
""",
)
