"""Properties of the coverage count over random strategies and plans (hypothesis).

- the roll-up never counts an activity twice for one node, and counts it exactly when one
  of its references is the node or lies below it;
- every activity is counted once per kategori (in exactly one row), once per roll or as
  having none, and once per unit;
- a parent node never has fewer activities than a child, nor more than its children's and
  its own direct ones together.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rustool.coverage import compute
from rustool.model import Config, Plan, Strategy
from rustool.workspace import Document, Workspace

CATEGORY_SPELLINGS = [
    "Kunskap och analys",
    "Kunskap & analys",
    "kunskap OCH analys",
    "Finansiering",
    "FINANSIERING",
    "Processtöd",
    "Processtod",
    "Okänd",
    "okänd",
    "Annat & sånt",
]
ROLES = [None, "Finansiären", "utföraren", "Nätverkaren", "Kapacitetsbyggaren", "Lotsen"]
STATUSES = ["planerad", "pågår", "klar", "försenad", "pausad", "struken"]


@st.composite
def shapes(draw) -> list[list[int]]:
    """Områden → number of prioriteringar under each of their mål."""
    return draw(
        st.lists(st.lists(st.integers(0, 3), min_size=1, max_size=3), min_size=1, max_size=3)
    )


def strategy_data(shape: list[list[int]]) -> dict:
    areas = []
    for a, goals in enumerate(shape, 1):
        areas.append(
            {
                "id": f"O{a}",
                "namn": f"Område {a}",
                "mål": [
                    {
                        "id": f"M{a}.{g}",
                        "namn": f"Mål {a}.{g}",
                        "prioriteringar": [
                            {"id": f"P{a}.{g}.{p}", "namn": f"Prio {a}.{g}.{p}"}
                            for p in range(1, prios + 1)
                        ],
                    }
                    for g, prios in enumerate(goals, 1)
                ],
            }
        )
    return {
        "typ": "strategi",
        "id": "s",
        "namn": "S",
        "region": {"namn": "R"},
        "period": {"från": 2021, "till": 2030},
        "områden": areas,
    }


def node_ids(shape: list[list[int]]) -> list[str]:
    ids = []
    for a, goals in enumerate(shape, 1):
        ids.append(f"O{a}")
        for g, prios in enumerate(goals, 1):
            ids.append(f"M{a}.{g}")
            ids += [f"P{a}.{g}.{p}" for p in range(1, prios + 1)]
    return ids


@st.composite
def workspaces(draw):
    shape = draw(shapes())
    refs = st.sampled_from([*node_ids(shape), "X9", "I1.1.1"])
    plans = []
    for u in range(draw(st.integers(0, 3))):
        activities = []
        for i in range(draw(st.integers(0, 6))):
            activity = {
                "id": f"U{u}-{i}",
                "kategori": draw(st.sampled_from(CATEGORY_SPELLINGS)),
                "aktivitet": "a",
                "status": draw(st.sampled_from(STATUSES)),
                "bidrar_till": draw(st.lists(refs, max_size=5)),
            }
            role = draw(st.sampled_from(ROLES))
            if role:
                activity["roll"] = role
            activities.append(activity)
        plans.append(
            {
                "typ": "aktivitetsplan",
                "enhet": f"Enhet {u % 2}",
                "strategi": "s",
                "aktiviteter": activities,
            }
        )
    return shape, plans


def build(shape: list[list[int]], plans: list[dict]) -> Workspace:
    ws = Workspace(Path("."), Config(), date(2026, 11, 23))
    strategy = Strategy.model_validate(strategy_data(shape))
    ws.documents.append(Document(Path("s.yaml"), "s.yaml", "strategi", None, strategy))
    for n, data in enumerate(plans):
        ws.documents.append(
            Document(
                Path(f"{n}.yaml"), f"{n}.yaml", "aktivitetsplan", None, Plan.model_validate(data)
            )
        )
    return ws


@settings(max_examples=150, deadline=None)
@given(workspaces())
def test_roll_up_counts_each_activity_once_per_node(case):
    shape, plans = case
    ws = build(shape, plans)
    cov = compute(ws)
    activities = [a for p in plans for a in p["aktiviteter"]]
    for row in cov.nodes:
        assert len(row.activity_ids) == len(set(row.activity_ids)) == row.activities
        below = {n for n in ws.nodes if row.id in ws.ancestors(n)}
        brute = [a["id"] for a in activities if below & set(a["bidrar_till"])]
        assert list(row.activity_ids) == brute
        assert row.direct == sum(row.id in a["bidrar_till"] for a in activities)
        assert row.activities <= len(activities)


@settings(max_examples=150, deadline=None)
@given(workspaces())
def test_every_activity_once_per_kategori_roll_and_unit(case):
    shape, plans = case
    cov = compute(build(shape, plans))
    total = sum(len(p["aktiviteter"]) for p in plans)
    assert cov.activities == total
    assert sum(cov.by_category.values()) == total
    assert len(cov.by_category) == len(cov.categories)  # no name in two rows
    assert sum(sum(r.by_status.values()) for r in cov.categories) == total
    assert sum(cov.by_role.values()) + cov.no_role == total
    assert sum(u.activities for u in cov.units) == total
    assert sum(cov.by_status.values()) == total
    known = {"Kunskap och analys", "Finansiering", "Processtöd"}
    folded = Counter(
        "Kunskap och analys"
        if "unskap" in a["kategori"]
        else "Processtöd"
        if a["kategori"].startswith("Processt")
        else "Finansiering"
        if a["kategori"].upper() == "FINANSIERING"
        else None
        for p in plans
        for a in p["aktiviteter"]
    )
    for name in known:
        assert cov.by_category[name] == folded[name]


@settings(max_examples=150, deadline=None)
@given(workspaces())
def test_parents_and_children_agree(case):
    shape, plans = case
    cov = compute(build(shape, plans))
    rows = {r.id: r for r in cov.nodes}
    for row in cov.nodes:
        children = [r for r in cov.nodes if r.parent == row.id]
        for child in children:
            assert set(child.activity_ids) <= set(row.activity_ids)
        assert row.activities <= sum(c.activities for c in children) + row.direct
        if row.parent:
            assert row.activities <= rows[row.parent].activities
    for category in cov.categories:
        for area, count in category.by_area.items():
            assert count <= min(category.activities, rows[area].activities)
    assert cov.linked.count == len(
        {a for r in cov.nodes if r.kind == "område" for a in r.activity_ids}
    )
