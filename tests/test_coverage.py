"""rustool.coverage on the two examples and on small workspaces.

The expected numbers for the examples are counted here from the YAML itself, with PyYAML's
plain ``safe_load`` and a few lines of Python that share nothing with rustool's loader or
models, so a counting mistake in rustool cannot hide in its own expectations. A few totals
are also written out by hand, as read from the files (and stated in the examples' READMEs).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from rustool.coverage import compute, unit_names
from rustool.workspace import load_workspace

from .conftest import DALARNA, KRONOBERG, STRATEGY, write_workspace

TODAY = date(2026, 11, 23)
CATEGORIES = [
    "Kunskap och analys",
    "Samverkan och nätverk",
    "Kommunikation och påverkan",
    "Finansiering",
    "Processtöd",
    "Interna verksamhetsprocesser",
]
ROLES = ["Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren"]
STATUSES = ["planerad", "pågår", "klar", "försenad", "pausad", "struken"]


# --------------------------------------------------------------------------- a tiny loader


class Raw:
    """A workspace read with yaml.safe_load: the strategy, årshjul and units' plans."""

    def __init__(self, root: Path) -> None:
        docs = [yaml.safe_load(p.read_text("utf-8")) for p in sorted(root.rglob("*.yaml"))]
        self.strategy = next(d for d in docs if d.get("typ") == "strategi")
        self.events = [e for d in docs if d.get("typ") == "årshjul" for e in d["händelser"]]
        self.plans = [d for d in docs if d.get("typ") == "aktivitetsplan" and not d.get("källor")]
        self.activities = [(p["enhet"], a) for p in self.plans for a in p.get("aktiviteter", [])]
        self.parent: dict[str, str | None] = {}
        self.kind: dict[str, str] = {}
        for area in self.strategy["områden"]:
            self.parent[area["id"]], self.kind[area["id"]] = None, "område"
            for goal in area["mål"]:
                self.parent[goal["id"]], self.kind[goal["id"]] = area["id"], "mål"
                for prio in goal.get("prioriteringar", []):
                    self.parent[prio["id"]], self.kind[prio["id"]] = goal["id"], "prioritering"

    def up(self, node: str) -> set[str]:
        found = set()
        current: str | None = node
        while current is not None:
            found.add(current)
            current = self.parent[current]
        return found

    def down(self, node: str) -> set[str]:
        return {n for n in self.parent if node in self.up(n)}

    def reached(self, activity: dict) -> set[str]:
        return set().union(
            *(self.up(r) for r in activity.get("bidrar_till", []) if r in self.parent)
        )


def canonical(category: str) -> str:
    wanted = category.replace("&", "och").lower().split()
    return next(c for c in CATEGORIES if c.lower().split() == wanted)


def _days(event: dict) -> list:
    found = []
    for key in ("datum", "senast"):
        value = event.get(key, [])
        found += value if isinstance(value, list) else [value]
    return found


def _month(day: object) -> int:
    """The month of `2026-02-18`, `09-10` or `2026-05-20 09:00-16:00` (or a YAML date)."""
    text = str(day).split()[0]
    return int(text.split("-")[-2])


def expected(raw: Raw) -> dict:
    acts = [a for _, a in raw.activities]
    by_node = {n: sum(n in raw.reached(a) for a in acts) for n in raw.parent}
    months = Counter()
    for event in raw.events:
        month = event.get("månad") or sorted({_month(d) for d in _days(event)})
        months.update(month if isinstance(month, list) else [month])
    looked_at = set()
    for event in raw.events:
        if event["typ"] == "uppföljning":
            for link in event.get("kopplar_till", []):
                looked_at |= raw.up(link) | raw.down(link)
    goals = [n for n, k in raw.kind.items() if k == "mål"]
    indicators = [
        i for a in raw.strategy["områden"] for g in a["mål"] for i in g.get("indikatorer", [])
    ]
    return {
        "activities": len(acts),
        "by_category": Counter(canonical(a["kategori"]) for a in acts),
        "by_status": Counter(a["status"] for a in acts),
        "by_role": Counter(a.get("roll") for a in acts),
        "by_unit": Counter(unit for unit, _ in raw.activities),
        "by_node": by_node,
        "uncovered": sorted(n for n in raw.parent if raw.kind[n] != "område" and not by_node[n]),
        "by_month": {m: months[m] for m in range(1, 13)},
        "linked": sum(bool(raw.reached(a)) for a in acts),
        "with_owner": sum(bool(a.get("ansvarig")) for a in acts),
        "not_followed": sorted(g for g in goals if g not in looked_at),
        "matrix": Counter(
            (canonical(a["kategori"]), n)
            for a in acts
            for n in raw.reached(a)
            if raw.kind[n] == "område"
        ),
        "indicators": len(indicators),
        "goals_with_indicator": sum(
            bool(g.get("indikatorer")) for a in raw.strategy["områden"] for g in a["mål"]
        ),
    }


# --------------------------------------------------------------------------- the examples


@pytest.mark.parametrize("root", [DALARNA, KRONOBERG], ids=lambda p: p.name)
def test_examples_match_an_independent_count(root):
    raw = Raw(root)
    want = expected(raw)
    cov = compute(load_workspace(root, TODAY))
    assert cov.activities == want["activities"]
    assert cov.by_category == {c: want["by_category"][c] for c in CATEGORIES}
    assert list(cov.by_category) == CATEGORIES  # all six, in the strategy's order
    assert cov.by_status == {s: want["by_status"][s] for s in STATUSES}
    assert cov.by_role == {r: want["by_role"][r] for r in ROLES}
    assert cov.no_role == want["by_role"][None]
    assert {u.name: u.activities for u in cov.units} == dict(want["by_unit"])
    assert cov.by_node == want["by_node"]
    assert sorted(cov.uncovered) == want["uncovered"]
    assert cov.by_month == want["by_month"]
    assert (cov.linked.count, cov.with_owner.count) == (want["linked"], want["with_owner"])
    assert list(cov.wheel.goals_without_follow_up) == want["not_followed"]
    for row in cov.categories:
        for area, count in row.by_area.items():
            assert count == want["matrix"][(row.name, area)], (row.name, area)
    assert cov.indicators.indicators == want["indicators"]
    assert cov.indicators.goals_with_indicator == want["goals_with_indicator"]


def test_dalastrategin_by_hand():
    """Read off the files: four plans of twelve, two wheels with fifteen and six events,
    nine mål, twenty indicators."""
    cov = compute(load_workspace(DALARNA, TODAY))
    assert cov.activities == 48
    assert [u.activities for u in cov.units] == [12, 12, 12, 12]
    assert cov.wheel.events == 15 + 6
    assert cov.wheel.id == "dalastrategin-arshjul"  # the county's (extern) wheel first
    # H05 is in March and April, H08 in January, May and September, H11 in August and
    # September, H12 in September and October, H13 in October and November; of the
    # internal wheel F01 and F02 in January, F03 in August, F04 in November, F05 in
    # February–June and F06 in January and February
    assert cov.by_month == {
        1: 2 + 3,
        2: 2 + 2,
        3: 2 + 1,
        4: 2 + 1,
        5: 2 + 1,
        6: 2 + 1,
        7: 0,
        8: 1 + 1,
        9: 3,
        10: 2,
        11: 2 + 1,
        12: 1,
    }
    assert cov.wheel.empty_months == (7,)
    assert cov.wheel.follow_up_events == ("H06", "H08", "F05")
    assert cov.indicators.goals == 9 and cov.indicators.indicators == 20
    # KA-001 names all nine mål: it counts once for each mål and once for each område
    for goal in ("M1.1", "M2.3", "M3.3"):
        assert "KA-001" in cov.node(goal).activity_ids
    assert cov.node("O1").activity_ids.count("KA-001") == 1
    # a merged plan of the units' plans (if the example has one) is not counted again
    merged = sorted(
        p.relative_to(DALARNA).as_posix()
        for p in DALARNA.rglob("*.yaml")
        if "källor" in (yaml.safe_load(p.read_text("utf-8")) or {})
    )
    assert cov.source == "plans" and sorted(cov.ignored_merged) == merged


def test_grona_kronoberg_by_hand():
    """A mandate-period årshjul: events with mandatår still count in their months."""
    cov = compute(load_workspace(KRONOBERG, TODAY))
    assert cov.activities == 25
    wheel = cov.wheel
    assert wheel.cycle == "mandatperiod" and wheel.events == 16
    assert wheel.mandate_years == {
        "H10": (1,),
        "H11": (2,),
        "H12": (2,),
        "H13": (2,),
        "H14": (3,),
        "H15": (4,),
    }
    # March: H02 [2, 3], H03 [3, 4], H10 [2, 3] (year 1), H11 [2, 3, 4] (year 2)
    assert cov.wheel.months[2].events == ("H02", "H03", "H10", "H11")
    assert cov.by_month[3] == 4
    # in mandate year 1 March has H02, H03 and H10 only
    assert wheel.by_mandate_year[1][3] == 3
    assert wheel.by_mandate_year[2][3] == 3
    assert cov.wheel.empty_months == (7,)
    # M2.3, added to the strategy in 2019, is the example's gap: no activity names it, it
    # has no indicator and no follow-up event's kopplar_till lists it
    assert list(cov.uncovered) == ["M2.3"]
    assert cov.node("M2.3").activity_ids == ()
    assert list(cov.wheel.goals_without_follow_up) == ["M2.3"]
    assert (cov.indicators.goals, cov.indicators.goals_with_indicator) == (6, 5)


# --------------------------------------------------------------------------- small workspaces


PLAN = """\
typ: aktivitetsplan
enhet: {unit}
strategi: test-rus
år: {year}
aktiviteter:
{activities}"""


def activity(
    id_: str,
    category: str = "Finansiering",
    refs: str = "[M1.1]",
    status: str = "pågår",
    role: str | None = "Utföraren",
    due: str = "2026-T2",
    owner: str | None = "Anna",
) -> str:
    lines = [
        f"  - id: {id_}",
        f"    kategori: {category}",
        "    aktivitet: Något",
        "    syfte: s",
        "    mål: m",
        f"    klart_senast: {due}",
        f"    bidrar_till: {refs}",
        f"    status: {status}",
    ]
    if owner:
        lines.append(f"    ansvarig: {owner}")
    if role:
        lines.append(f"    roll: {role}")
    return "\n".join(lines) + "\n"


def plan(unit: str, *activities: str, year: int = 2026) -> str:
    body = "".join(activities) if activities else "  []\n"
    text = PLAN.format(unit=unit, year=year, activities=body)
    return text.replace("aktiviteter:\n  []", "aktiviteter: []")


def workspace(tmp_path: Path, **files: str) -> Path:
    return write_workspace(tmp_path, {"strategi.yaml": STRATEGY, **files})


def cover(root: Path, **filters):
    return compute(load_workspace(root, TODAY), **filters)


def test_prioritering_counts_for_its_mål_and_område_once(tmp_path):
    root = workspace(tmp_path, **{"a.yaml": plan("A", activity("A-1", refs="[P1.1.1, M1.1, O1]"))})
    cov = cover(root)
    assert cov.by_node == {"O1": 1, "M1.1": 1, "P1.1.1": 1, "M1.2": 0}
    assert (cov.node("O1").direct, cov.node("M1.1").direct, cov.node("P1.1.1").direct) == (1, 1, 1)
    assert cov.uncovered == ("M1.2",)


def test_categories_fold_like_validate(tmp_path):
    acts = [
        activity("A-1", "Kunskap & analys"),
        activity("A-2", "kunskap OCH analys"),
        activity("A-3", "Påhittad"),
        activity("A-4", "påhittad"),
    ]
    cov = cover(workspace(tmp_path, **{"a.yaml": plan("A", *acts)}))
    assert cov.by_category["Kunskap och analys"] == 2
    assert cov.by_category["Påhittad"] == 2  # unknown spellings that fold alike join
    assert [r.known for r in cov.categories] == [True] * 6 + [False]
    assert sum(cov.by_category.values()) == cov.activities == 4
    assert "Finansiering" in cov.empty_categories


def test_roles_fold_and_count_missing(tmp_path):
    acts = [
        activity("A-1", role="nätverkaren"),
        activity("A-2", role=None),
        activity("A-3", role="Ambassadören"),
    ]
    cov = cover(workspace(tmp_path, **{"a.yaml": plan("A", *acts)}))
    assert cov.by_role["Nätverkaren"] == 1 and cov.by_role["Ambassadören"] == 1
    assert cov.no_role == 1
    assert cov.unused_roles == ("Finansiären", "Utföraren", "Kapacitetsbyggaren")


def test_links_owners_and_unknown_references(tmp_path):
    acts = [
        activity("A-1", refs="[M9.9]"),
        activity("A-2", refs="[]", owner=None),
        activity("A-3", refs="[M9.9, M1.2]"),
    ]
    cov = cover(workspace(tmp_path, **{"a.yaml": plan("A", *acts)}))
    assert (cov.linked.count, cov.linked.total) == (1, 3)
    assert cov.with_owner.count == 2
    assert cov.unknown_references == {"M9.9": 2}
    assert cov.linked.percent == pytest.approx(100 / 3)


def test_overdue_counts_against_today(tmp_path):
    acts = [
        activity("A-1", due="2026-T1", status="pågår"),
        activity("A-2", due="2026-T1", status="klar"),
        activity("A-3", due="2026-T3", status="försenad"),
    ]
    root = workspace(tmp_path, **{"a.yaml": plan("A", *acts)})
    assert cover(root).overdue == 1
    assert cover(root, today=date(2027, 1, 1)).overdue == 2
    assert cover(root, today=date(2026, 1, 1)).overdue == 0
    # 2026-T1 means its last day, 30 April: due that day is not yet overdue
    assert cover(root, today=date(2026, 4, 30)).overdue == 0
    assert cover(root, today=date(2026, 5, 1)).overdue == 1


def test_filters(tmp_path):
    root = workspace(
        tmp_path,
        **{
            "a.yaml": plan("Enhet Å", activity("A-1", status="klar"), activity("A-2")),
            "b.yaml": plan("Enhet B", activity("B-1", status="planerad"), year=2025),
        },
    )
    assert cover(root).activities == 3
    assert cover(root, year=2026).activities == 2
    assert cover(root, units=["enhet a"]).activities == 2  # case and accents folded
    assert cover(root, statuses=["pågår", "planerad"]).activities == 2
    assert cover(root, year=2025, units=["Enhet Å"]).activities == 0
    assert unit_names(load_workspace(root, TODAY)) == ["Enhet Å", "Enhet B"]
    narrowed = cover(root, statuses=["klar"])
    assert narrowed.by_node["M1.1"] == 1 and narrowed.filters.statuses == ("klar",)


def test_year_of_a_plan_without_år_is_the_due_year(tmp_path):
    text = plan("A", activity("A-1", due="2026-05"), activity("A-2", due="2027")).replace(
        "år: 2026\n", ""
    )
    root = workspace(tmp_path, **{"a.yaml": text})
    assert cover(root, year=2026).activities == 1


MERGED = (
    """\
typ: aktivitetsplan
enhet: Förvaltningen
strategi: test-rus
år: 2026
källor: [{fil: a.yaml, enhet: A}, {fil: b.yaml, enhet: B}]
aktiviteter:
"""
    + activity("A-1").replace("    kategori:", "    enhet: A\n    kategori:")
    + activity("B-1", refs="[P1.1.1]").replace("    kategori:", "    enhet: B\n    kategori:")
)


def test_merged_plans_are_not_counted_twice(tmp_path):
    root = workspace(
        tmp_path,
        **{
            "a.yaml": plan("A", activity("A-1")),
            "b.yaml": plan("B", activity("B-1", refs="[P1.1.1]")),
            "samlad.yaml": MERGED,
        },
    )
    cov = cover(root)
    assert cov.source == "plans" and cov.ignored_merged == ("samlad.yaml",)
    assert cov.activities == 2 and cov.by_node["O1"] == 2


def test_only_merged_plans_are_counted_by_their_units(tmp_path):
    cov = cover(workspace(tmp_path, **{"samlad.yaml": MERGED}))
    assert cov.source == "merged" and cov.activities == 2
    assert [u.name for u in cov.units] == ["A", "B"]
    assert cov.units[0].files == ("samlad.yaml",)


def test_no_plans_no_wheel_no_indicators(tmp_path):
    strategy = STRATEGY.split("        indikatorer:")[0] + "      - id: M1.2\n        namn: M\n"
    root = write_workspace(tmp_path, {"strategi.yaml": strategy})
    cov = cover(root)
    assert cov.source == "none" and cov.activities == 0
    assert cov.wheel is None and cov.by_month == dict.fromkeys(range(1, 13), 0)
    assert cov.indicators.indicators == 0
    assert cov.indicators.goals_without_indicator == ("M1.1", "M1.2")
    assert cov.linked.share is None
    assert all(n.followed_up is None for n in cov.nodes)
    data = cov.to_dict()
    assert data["wheel"] is None and data["linked"]["share"] is None


def test_empty_plan(tmp_path):
    cov = cover(workspace(tmp_path, **{"a.yaml": plan("A")}))
    assert cov.activities == 0 and cov.units == ()


WHEEL = """\
typ: årshjul
id: hjul
strategi: test-rus
cykel: {cycle}
händelser:
  - {{id: H1, namn: Uppföljning, månad: [3, 4], typ: uppföljning, kopplar_till: [{link}]}}
  - {{id: H2, namn: Dialog, månad: 3, typ: dialog, kopplar_till: [M1.2]}}
  - {{id: H3, namn: Beslut, månad: 11, typ: beslut{extra}}}
"""


@pytest.mark.parametrize(
    ("link", "not_followed"),
    [
        ("O1", ()),  # an område: its mål are followed up
        ("P1.1.1", ("M1.2",)),  # a prioritering: part of following up its mål
        ("M1.2", ("M1.1",)),
        ("M9.9", ("M1.1", "M1.2")),  # unknown: looks at nothing
    ],
)
def test_follow_up_looks_up_and_down_the_tree(tmp_path, link, not_followed):
    wheel = WHEEL.format(cycle="år", link=link, extra="")
    cov = cover(workspace(tmp_path, **{"arshjul.yaml": wheel}))
    assert cov.wheel.goals_without_follow_up == not_followed
    assert cov.wheel.follow_up_events == ("H1",)  # a dialog is not a follow-up
    assert cov.by_month[3] == 2 and cov.by_month[4] == 1 and cov.by_month[11] == 1


def test_mandate_period(tmp_path):
    wheel = WHEEL.format(cycle="mandatperiod", link="O1", extra=", mandatår: [2, 4]")
    cov = cover(workspace(tmp_path, **{"arshjul.yaml": wheel}))
    assert cov.by_month[11] == 1  # counts in its month whatever the mandate year
    assert cov.wheel.mandate_years == {"H3": (2, 4)}
    assert [cov.wheel.by_mandate_year[y][11] for y in (1, 2, 3, 4)] == [0, 1, 0, 1]
    assert cov.to_dict()["wheel"]["by_mandate_year"]["2"]["11"] == 1


def test_json_shape_of_spec(tmp_path):
    data = compute(load_workspace(DALARNA, TODAY)).to_dict()
    assert {"by_category", "by_node", "uncovered", "by_role", "by_month"} <= set(data)
    assert list(data["by_month"]) == [str(m) for m in range(1, 13)]
    assert all(isinstance(v, int) for v in data["by_node"].values())
    assert data["filters"] == {"year": None, "units": [], "statuses": []}


def test_compute_needs_a_strategy(tmp_path):
    root = write_workspace(tmp_path, {"a.yaml": plan("A", activity("A-1"))})
    with pytest.raises(ValueError):
        cover(root)


# --------------------------------------------------------------------------- thresholds


@pytest.mark.parametrize(
    ("text", "key", "value", "percent"),
    [
        ("mål=1", "mål", 1, False),
        ("Goals = 2", "mål", 2, False),
        ("mal=80%", "mål", 80, True),
        ("prioriteringar=100 %", "prioritering", 100, True),
        ("kopplade=90", "kopplade", 90, True),
        ("linked=92,5%", "kopplade", 92.5, True),
        ("followed-up=50", "uppföljning", 50, True),
        ("OWNER=0", "ansvarig", 0, True),
    ],
)
def test_threshold_syntax(text, key, value, percent):
    from rustool.coverage.thresholds import parse

    threshold = parse(text)
    assert (threshold.key, threshold.value, threshold.percent) == (key, value, percent)


@pytest.mark.parametrize(
    ("text", "message_key"),
    [
        ("mål", "coverage.threshold.syntax"),
        ("målen=1", "coverage.threshold.key"),
        ("mål=", "coverage.threshold.value"),
        ("mål=-1", "coverage.threshold.value"),
        ("mål=1.5", "coverage.threshold.count"),
        ("kopplade=100.1", "coverage.threshold.percent"),
    ],
)
def test_threshold_errors(text, message_key):
    from rustool.coverage.thresholds import ThresholdError, parse

    with pytest.raises(ThresholdError) as caught:
        parse(text)
    assert caught.value.key == message_key


def test_threshold_evaluation(tmp_path):
    from rustool.coverage.thresholds import evaluate, parse

    acts = [
        activity("A-1", refs="[P1.1.1]"),
        activity("A-2", refs="[]", owner=None),
        activity("A-3", refs="[P1.1.1]"),
    ]
    cov = cover(workspace(tmp_path, **{"a.yaml": plan("A", *acts)}))

    def outcome(text):
        return evaluate(cov, parse(text))

    assert outcome("mål=1").missed == ("M1.2",)
    assert outcome("mål=2").missed == ("M1.2",)  # M1.1 has through P1.1.1
    assert outcome("mål=3").missed == ("M1.1", "M1.2")
    assert outcome("prioritering=2").passed  # P1.1.1 has two
    assert not outcome("mål=51%").passed and outcome("mål=50%").passed
    assert outcome("kopplade=66").passed and not outcome("kopplade=67").passed
    assert outcome("ansvarig=66.6").passed
    assert outcome("roll=0").passed
    assert outcome("kategori=1").missed[0] == "Kunskap och analys"
    assert not outcome("uppföljning=1").passed  # no årshjul, nothing followed up
    assert outcome("indikatorer=100").passed  # both mål of the test strategy have one
