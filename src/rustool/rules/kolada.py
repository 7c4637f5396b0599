"""Rules for indicators' Kolada ids (RUS97x)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..kolada.ids import is_kpi_id, kpi_suggestion
from .base import Finding, declare, rule

if TYPE_CHECKING:
    from ..workspace import Workspace


@rule("RUS970", "kolada-id-form")
def kolada_id_form(ws: Workspace) -> Iterator[Finding]:
    """An indicator's `kolada` id is not of Kolada's form.

    A KPI id in Kolada is one capital letter and five digits: `N00914`, `U07801`. Any
    other text can never be fetched (`rustool fetch` would find nothing), so it is an
    error at the id, with the id meant where it is plain (`n00914`, `N914`).

    Passes: `kolada: N00914`. Fails: `kolada: N914`, `kolada: "N00914 "`.
    """
    for doc, path, indicator in ws.indicators():
        kpi = indicator.kolada
        if kpi is not None and not is_kpi_id(kpi):
            yield Finding(
                doc,
                (*path, "kolada"),
                {"id": indicator.id, "value": kpi},
                suggestion=kpi_suggestion(kpi),
            )


declare(
    "RUS971",
    "kolada-unknown-kpi",
    "error",
    """
    Kolada answers that it has no KPI with the indicator's `kolada` id.

    Reported by `rustool fetch` (validate works without the network), at the indicator's
    `kolada` key; nothing is written. A KPI can be removed from Kolada when its source
    changes: find its successor on kolada.se.

    Fails: `kolada: N99999` when Kolada's /v3/kpi/N99999 has no values.
    """,
)

declare(
    "RUS972",
    "kolada-no-area",
    "error",
    """
    An indicator with a `kolada` id has no area to fetch for.

    `rustool fetch` fetches the county ("00" + the strategy's `region.länskod`) or the
    indicator's own `område` (a kommunkod, or 0000 for Sweden). Without either there is
    nothing to ask Kolada for.

    Passes: `region: {namn: Region Dalarna, länskod: "20"}`. Fails: a region without
    `länskod` and an indicator without `område`.
    """,
)

declare(
    "RUS973",
    "kolada-differs",
    "warning",
    """
    An outcome written by hand differs from Kolada's figure for the same year.

    `rustool fetch` reports it at the value and leaves it as it is (a hand-written figure
    may be a rounding, or a revision Kolada does not have yet); `--overwrite` replaces it
    with Kolada's, marked `källa: kolada`.

    Fails: `- {år: 2023, värde: 4.6}` when Kolada has 4.7 for 2023.
    """,
)

declare(
    "RUS974",
    "kolada-cannot-write",
    "error",
    """
    Fetched outcomes cannot be written into the indicator's `utfall` safely.

    `rustool fetch` writes each outcome as one line in the list's own column and then
    reads the file back: it must hold exactly the data intended and nothing else changed.
    A layout where that does not hold (an alias to an entry elsewhere, an entry that is not
    a mapping) is reported here and nothing is written.

    Passes: `utfall:` with `- {år: 2023, värde: 80.9}` lines. Fails: `utfall: *gemensamma`.
    """,
)
