"""Coverage: which parts of the strategy the activity plans and the årshjul cover.

Plain functions over a loaded :class:`~rustool.workspace.Workspace`, returning a typed,
immutable :class:`Coverage`. The ``coverage`` command only formats it (``output`` and
``table`` in this package), and the report reuses it. ``Coverage.to_dict`` gives the JSON
shape that SPEC.md fixes (``by_category``, ``by_node``, ``uncovered``, ``by_role``,
``by_month``) and the rest.

How things are counted:

- **Which plans.** The units' own plans (``ws.plan_docs``). A merged plan (one with
  ``källor``) is derived from them and would count every activity twice, so it is left out
  and named in :attr:`Coverage.ignored_merged`. Only when a workspace holds merged plans and
  no unit plans are the merged plans counted (:attr:`Coverage.source` is ``"merged"``), each
  activity id once, under the unit in its ``enhet``.
- **Categories** are matched to the strategy's as ``rustool validate`` does, regardless of
  case, accents and ``&`` for ``och`` (``Kunskap & analys`` counts as ``Kunskap och
  analys``). Every activity counts in exactly one category row; a category the strategy does
  not have gets a row of its own after the strategy's. Roles are matched the same way.
- **Strategy nodes.** An activity counts for every node it names in ``bidrar_till`` and for
  every node above those (a prioritering also counts for its mål and område), but at most
  once per node. ``direct`` counts only the activities that name the node itself.
- **Linked** activities name at least one node of the strategy (område, mål or
  prioritering); ids that are not nodes are collected in ``unknown_references``.
- **Overdue** activities are neither ``klar`` nor ``struken`` and their ``klart_senast``
  (its last day) is before ``today``.
- **The årshjul.** An event counts in every month it names (``månad: [3, 4]`` counts in
  March and in April). In an årshjul with ``cykel: mandatperiod`` an event with ``mandatår``
  still counts in its months; its mandate years are listed in
  :attr:`WheelCoverage.mandate_years` and :attr:`WheelCoverage.by_mandate_year` splits the
  months by year of the mandate period. A follow-up event (``typ: uppföljning``) *looks at*
  the nodes in its ``kopplar_till``, everything below them (following up an område follows
  up its mål) and everything above them (following up a prioritering is part of following
  up its mål and område).
- **Filters.** ``year`` keeps the plans whose ``år`` is that year (in a plan without
  ``år``, the activities due that year); ``units`` keeps the named units (matched like
  categories); ``statuses`` keeps activities with those statuses. Filters narrow the
  activities only: the strategy's nodes, the årshjul and the indicators are always whole.
"""

from .count import compute, unit_names
from .result import (
    MONTHS,
    CategoryRow,
    Coverage,
    Filters,
    IndicatorCoverage,
    MonthRow,
    NodeRow,
    RoleRow,
    Share,
    Source,
    UnitRow,
    WheelCoverage,
)

__all__ = [
    "MONTHS",
    "CategoryRow",
    "Coverage",
    "Filters",
    "IndicatorCoverage",
    "MonthRow",
    "NodeRow",
    "RoleRow",
    "Share",
    "Source",
    "UnitRow",
    "WheelCoverage",
    "compute",
    "unit_names",
]
