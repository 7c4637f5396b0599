"""Each rule on small YAML snippets, with the expected (line, column, code)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rustool.engine import validate_workspace
from rustool.rules import RULES

from .conftest import STRATEGY, write_workspace

PLAN_HEAD = """\
typ: aktivitetsplan
enhet: Testenheten
strategi: test-rus
år: 2025
aktiviteter:
"""
GOOD = """\
  - id: A-1
    kategori: Kunskap och analys
    aktivitet: Ta fram en analys
    syfte: Kunskap
    mål: M1.1
    ansvarig: Anna Lindqvist
    klart_senast: 2025-T2
    bidrar_till: [M1.1]
    status: pågår
"""


def findings(
    tmp_path: Path, files: dict[str, str], today: str = "2025-03-01", statutory: bool = False
):
    """(file, line, column, code) of every finding; the wheel's statutory steps (RUS805,
    which every small test wheel lacks) only when STATUTORY."""
    files = {"strategi.yaml": STRATEGY, **files}
    write_workspace(tmp_path, files)
    result = validate_workspace(tmp_path, date.fromisoformat(today))
    return [
        (d.file, d.line, d.column, d.code)
        for d in result.diagnostics
        if statutory or d.code != "RUS805"
    ]


def plan(*activities: str) -> dict[str, str]:
    return {"plan.yaml": PLAN_HEAD + "".join(activities)}


def test_good_plan_is_clean(tmp_path):
    assert findings(tmp_path, plan(GOOD)) == []


CASES = {
    # name: (activity or file text, expected [(line, column, code)] in plan.yaml)
    "unknown key with suggestion": (GOOD.replace("ansvarig:", "ansvarg:"), [(11, 5, "RUS101")]),
    "missing required key": (GOOD.replace("    status: pågår\n", ""), [(6, 5, "RUS102")]),
    "bad status": (GOOD.replace("pågår", "pagar"), [(14, 13, "RUS103")]),
    "impossible date": (GOOD.replace("2025-T2", '"2025-02-30"'), [(12, 19, "RUS104")]),
    "bad date form": (GOOD.replace("2025-T2", "2025-T4"), [(12, 19, "RUS104")]),
    "unknown reference": (GOOD.replace("[M1.1]", "[M1.9]"), [(13, 19, "RUS201")]),
    "reference to indicator": (GOOD.replace("[M1.1]", "[M1.1, I1.1.1]"), [(13, 25, "RUS201")]),
    "unknown category": (GOOD.replace("Kunskap och analys", "Analys"), [(7, 15, "RUS206")]),
    "ampersand category": (
        GOOD.replace("Kunskap och analys", "Kunskap & analys"),
        [(7, 15, "RUS207")],
    ),
    "unknown role": (GOOD + "    roll: Finansiär\n", [(15, 11, "RUS208")]),
    "due outside period": (GOOD.replace("2025-T2", "2031-Q1"), [(12, 19, "RUS301")]),
    "overdue": (GOOD.replace("2025-T2", "2025-01"), [(12, 19, "RUS302")]),
    "done is never overdue": (GOOD.replace("2025-T2", "2025-01").replace("pågår", "klar"), []),
    "follow-ups out of order": (
        GOOD + "    uppföljning:\n      - {period: 2025-T1, status: pågår}\n"
        "      - {period: 2024-T3, status: pågår}\n",
        [(17, 18, "RUS304")],
    ),
    "status disagrees with follow-up": (
        GOOD + "    uppföljning:\n      - {period: 2025-T1, status: försenad}\n",
        [(14, 13, "RUS403")],
    ),
    "no goal": (GOOD.replace("    bidrar_till: [M1.1]\n", ""), [(6, 9, "RUS401")]),
    "missing owner": (GOOD.replace("    ansvarig: Anna Lindqvist\n", ""), [(6, 9, "RUS404")]),
    "empty owner, at its key": (
        GOOD.replace("ansvarig: Anna Lindqvist", "ansvarig:"),
        [(11, 5, "RUS404")],
    ),
    "empty owner, silenced on its line": (
        GOOD.replace("ansvarig: Anna Lindqvist", "ansvarig:  # rustool: ignore[RUS404]"),
        [],
    ),
    "full-width digits in a due date": (
        GOOD.replace("klart_senast: 2025-T2", "klart_senast: ２０２５-T2"),
        [(12, 19, "RUS104")],
    ),
    "decomposed å (as macOS may save it) is å": (
        GOOD.replace("    mål: M1.1", "    ma\u030al: M1.1").replace("pågår", "pa\u030aga\u030ar"),
        [],
    ),
    "activity of another unit": (
        GOOD.replace("    status: pågår", "    status: pågår\n    enhet: Analysenheten"),
        [(15, 12, "RUS409")],
    ),
    "empty id": (GOOD.replace("  - id: A-1", "  - id:"), [(6, 8, "RUS103")]),
    "text as an activity": ("  - Ta fram en analys\n" + GOOD, [(6, 5, "RUS103")]),
    "missing due date": (GOOD.replace("    klart_senast: 2025-T2\n", ""), [(6, 9, "RUS405")]),
    "missing purpose": (GOOD.replace("    syfte: Kunskap\n", ""), [(6, 9, "RUS406")]),
    "duplicate key": (GOOD + "    status: klar\n", [(15, 5, "RUS003")]),
    "unknown tag": (
        GOOD.replace("Anna Lindqvist", "!!python/object:os.system x"),
        [(11, 15, "RUS004")],
    ),
    "tab indentation": (GOOD.replace("    syfte", "\tsyfte"), [(9, 1, "RUS005")]),
    "syntax error": (GOOD.replace("Ta fram en analys", "Möte: planering"), [(8, 20, "RUS001")]),
    "suppressed on its line": (
        GOOD.replace("klart_senast: 2025-T2", "klart_senast: 2025-01  # rustool: ignore[RUS302]"),
        [],
    ),
    "suppression names another rule": (
        GOOD.replace("klart_senast: 2025-T2", "klart_senast: 2025-01  # rustool: ignore[RUS301]"),
        [(12, 19, "RUS302"), (12, 46, "RUS603")],  # and RUS301 silences nothing
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rule_case(tmp_path, name):
    activity, expected = CASES[name]
    found = findings(tmp_path, plan(activity))
    assert found == [("plan.yaml", line, col, code) for line, col, code in expected]


def test_duplicate_id_across_files_names_the_first(tmp_path):
    result = findings(tmp_path, {"a.yaml": PLAN_HEAD + GOOD, "b.yaml": PLAN_HEAD + GOOD})
    assert result == [("b.yaml", 6, 9, "RUS202")]


def test_duplicate_of_strategy_node(tmp_path):
    assert findings(tmp_path, plan(GOOD.replace("id: A-1", "id: M1.2"))) == [
        ("plan.yaml", 6, 9, "RUS202")
    ]


def test_no_strategy(tmp_path):
    write_workspace(tmp_path, plan(GOOD))
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    assert [d.code for d in result.diagnostics] == ["RUS203"]


def test_two_strategies(tmp_path):
    other = STRATEGY.replace("id: test-rus", "id: other").replace("id: O1", "id: X1")
    other = other.replace("M1.", "X1.").replace("I1.", "J1.").replace("P1.", "Q1.")
    assert findings(tmp_path, {"z.yaml": other}) == [("z.yaml", 1, 6, "RUS204")]


def test_plan_refers_to_other_strategy(tmp_path):
    text = PLAN_HEAD.replace("strategi: test-rus", "strategi: test") + GOOD
    assert findings(tmp_path, {"plan.yaml": text}) == [("plan.yaml", 3, 11, "RUS205")]


WHEEL = """\
typ: årshjul
id: hjulet
strategi: test-rus
cykel: år
händelser:
  - id: H01
    namn: Uppföljning
    månad: 3
    typ: uppföljning
    kopplar_till: [M1.1]
"""


def test_mandate_year_on_yearly_wheel(tmp_path):
    wheel = WHEEL + "    mandatår: [2]\n"
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [("arshjul.yaml", 11, 5, "RUS303")]


def test_mandate_year_out_of_range(tmp_path):
    wheel = WHEEL.replace("cykel: år", "cykel: mandatperiod") + "    mandatår: [5]\n"
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [("arshjul.yaml", 11, 16, "RUS303")]


@pytest.mark.parametrize(
    ("month", "column", "says"),
    [
        ("3.5", 12, "`månad` ska vara ett heltal, inte `3.5`."),
        ("", 11, "`månad` får inte vara tom."),
        ("13", 12, "`13` ligger utanför det tillåtna för `månad` (≤ 12)."),
    ],
)
def test_a_month_that_is_not_one_says_what_is_wrong(tmp_path, month, column, says):
    wheel = WHEEL.replace("    månad: 3", f"    månad: {month}".rstrip())
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "arshjul.yaml": wheel})
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    assert [(d.line, d.column, d.code, d.message("sv")) for d in result.diagnostics] == [
        (8, column, "RUS103", says)
    ]


def test_wheel_reference(tmp_path):
    wheel = WHEEL.replace("[M1.1]", "[M9]")
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [("arshjul.yaml", 10, 20, "RUS201")]


def test_two_wheels_need_names(tmp_path):
    second = WHEEL.replace("id: hjulet", "id: hjul2").replace("H01", "H02")
    assert findings(tmp_path, {"a.yaml": WHEEL, "b.yaml": second}) == [
        ("a.yaml", 1, 6, "RUS209"),
        ("b.yaml", 1, 6, "RUS209"),
    ]


def test_two_named_wheels_are_fine_and_referenced_across(tmp_path):
    first = WHEEL.replace("cykel: år", "namn: Länets hjul\ncykel: år")
    second = (
        WHEEL.replace("id: hjulet", "id: hjul2")
        .replace("H01", "H02")
        .replace("cykel: år", "namn: Internt\npublik: intern\ncykel: år")
        .replace("[M1.1]", "[M9]")
    )
    assert findings(tmp_path, {"a.yaml": first, "b.yaml": second}) == [("b.yaml", 12, 20, "RUS201")]


def test_two_wheels_with_one_name(tmp_path):
    first = WHEEL.replace("cykel: år", "namn: Hjulet\ncykel: år")
    second = first.replace("id: hjulet", "id: hjul2").replace("H01", "H02")
    assert findings(tmp_path, {"a.yaml": first, "b.yaml": second}) == [("b.yaml", 4, 7, "RUS209")]


def test_indicator_without_baseline(tmp_path):
    strategy = STRATEGY.replace("            baslinje: {år: 2019, värde: 1.0}\n", "")
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [("strategi.yaml", 13, 17, "RUS402")]


def test_outcome_before_baseline(tmp_path):
    strategy = STRATEGY.replace(
        "            målvärde: {år: 2030, värde: 2.0}\n",
        "            målvärde: {år: 2030, värde: 2.0}\n"
        "            utfall: [{år: 2018, värde: 1}]\n",
        1,
    )
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [("strategi.yaml", 18, 27, "RUS306")]


def test_plan_year_outside_period(tmp_path):
    text = PLAN_HEAD.replace("år: 2025", "år: 2035") + GOOD
    assert findings(tmp_path, {"plan.yaml": text}) == [("plan.yaml", 4, 5, "RUS305")]


def test_empty_plan(tmp_path):
    found = findings(tmp_path, {"plan.yaml": PLAN_HEAD + "  []\n"})
    assert found == [("plan.yaml", 5, 1, "RUS407")]  # at `aktiviteter:`


def test_unknown_typ_with_suggestion(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "x.yaml": "typ: aktivitetsplam\n"})
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    [diag] = result.diagnostics
    assert (diag.file, diag.line, diag.column, diag.code) == ("x.yaml", 1, 6, "RUS007")
    assert diag.suggestion == "aktivitetsplan"


def test_other_activities_still_checked_after_schema_error(tmp_path):
    broken = GOOD.replace("pågår", "pagar")
    second = GOOD.replace("A-1", "A-2").replace("[M1.1]", "[M7]")
    assert findings(tmp_path, plan(broken, second)) == [
        ("plan.yaml", 14, 13, "RUS103"),
        ("plan.yaml", 22, 19, "RUS201"),
    ]


def test_config_ignores_and_overrides(tmp_path):
    config = (
        "ignorera: [RUS302]\nallvarlighet: {RUS401: fel}\n"
        "ignorera_per_sökväg: {'gamla/*.yaml': [RUS4]}\n"
    )
    no_goal = GOOD.replace("    bidrar_till: [M1.1]\n", "").replace("2025-T2", "2025-01")
    old = PLAN_HEAD + no_goal.replace("A-1", "B-1")
    write_workspace(
        tmp_path,
        {
            "strategi.yaml": STRATEGY,
            "rustool.yaml": config,
            "plan.yaml": PLAN_HEAD + no_goal,
            "gamla/old.yaml": old,
        },
    )
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    assert [(d.file, d.code, d.severity) for d in result.diagnostics] == [
        ("plan.yaml", "RUS401", "error")
    ]


def test_config_select_by_prefix(tmp_path):
    no_goal = GOOD.replace("    bidrar_till: [M1.1]\n", "").replace("2025-T2", "2025-01")
    write_workspace(
        tmp_path,
        {
            "strategi.yaml": STRATEGY,
            "rustool.yaml": "välj: [RUS3]\n",
            "plan.yaml": PLAN_HEAD + no_goal,
        },
    )
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    assert [d.code for d in result.diagnostics] == ["RUS302"]


def test_config_typo_is_reported(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "rustool.yaml": "ignorer: [RUS302]\n"})
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    [diag] = result.diagnostics
    assert (diag.file, diag.code, diag.suggestion) == ("rustool.yaml", "RUS101", "ignorera")


def test_every_rule_is_documented_and_has_messages():
    from rustool.i18n import catalogue

    for rule in RULES.values():
        assert rule.doc and rule.summary.endswith("."), rule.code
        if rule.check is not None:
            assert rule.code in catalogue("sv") and rule.code in catalogue("en")


def test_target_against_direction(tmp_path):
    strategy = STRATEGY.replace("riktning: öka", "riktning: minska", 1)
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [("strategi.yaml", 15, 23, "RUS408")]


def test_agenda2030_goal_numbers(tmp_path):
    strategy = STRATEGY.replace(
        "        namn: Ett mål\n", "        namn: Ett mål\n        agenda2030: [8, 18]\n"
    )
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [("strategi.yaml", 12, 25, "RUS103")]


def test_direction_is_translated(tmp_path):
    strategy = STRATEGY.replace("riktning: öka", "riktning: minska", 1)
    write_workspace(tmp_path, {"strategi.yaml": strategy})
    [diag] = validate_workspace(tmp_path, date(2025, 3, 1)).diagnostics
    assert "should decrease" in diag.message("en") and "ska minska" in diag.message("sv")


BASELINE = "            baslinje: {år: 2019, värde: 1.0}\n"
TARGET = "            målvärde: {år: 2030, värde: 2.0}\n"


def _strategy(old: str, new: str) -> str:
    assert old in STRATEGY
    return STRATEGY.replace(old, new, 1)


STRATEGY_CASES = {
    # name: (strategy text, expected [(line, column, code)] in strategi.yaml)
    "baseline not a number": (_strategy("värde: 1.0", "värde: .nan"), [(16, 41, "RUS103")]),
    "target infinite": (_strategy("värde: 2.0", "värde: .inf"), [(17, 41, "RUS103")]),
    "outcome minus infinity": (
        _strategy(TARGET, TARGET + "            utfall: [{år: 2022, värde: -.inf}]\n"),
        [(18, 40, "RUS103")],
    ),
    "value overflowing in arithmetic": (
        _strategy("värde: 2.0", "värde: 1e308"),
        [(17, 41, "RUS103")],
    ),
    "value past 10^15": (_strategy("värde: 1.0", "värde: -1.5e15"), [(16, 41, "RUS103")]),
    "integer too large for a float": (
        _strategy("värde: 2.0", "värde: " + "9" * 400),
        [(17, 41, "RUS103")],
    ),
    "value at 10^15 is fine": (_strategy("värde: 2.0", "värde: 1e15"), []),
    "boolean value": (_strategy("värde: 2.0", "värde: true"), [(17, 41, "RUS103")]),
    "boolean year": (_strategy("{år: 2019", "{år: false"), [(16, 28, "RUS103")]),
    "boolean agenda2030": (
        _strategy("        namn: Ett mål\n", "        namn: Ett mål\n        agenda2030: [true]\n"),
        [(12, 22, "RUS103")],
    ),
    "boolean period": (_strategy("till: 2030", "till: true"), [(5, 28, "RUS103")]),
    "duplicate outcome year": (
        _strategy(
            TARGET,
            TARGET + "            utfall:\n"
            "              - {år: 2022, värde: 1.2}\n"
            "              - {år: 2023, värde: 1.4}\n"
            "              - {år: 2022, värde: 1.9}\n",
        ),
        [(21, 22, "RUS307")],
    ),
    "target before baseline": (
        _strategy("{år: 2030, värde: 2.0}", "{år: 2018, värde: 2.0}"),
        [(17, 28, "RUS308")],
    ),
    "target in the baseline year": (
        _strategy("{år: 2030, värde: 2.0}", "{år: 2019, värde: 2.0}"),
        [(17, 28, "RUS308")],
    ),
}


@pytest.mark.parametrize("name", list(STRATEGY_CASES))
def test_strategy_case(tmp_path, name):
    strategy, expected = STRATEGY_CASES[name]
    found = findings(tmp_path, {"strategi.yaml": strategy})
    assert found == [("strategi.yaml", line, col, code) for line, col, code in expected]


def _messages(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, **files})
    result = validate_workspace(tmp_path, date(2025, 3, 1))
    return [(d.message("sv"), d.message("en")) for d in result.diagnostics]


def test_non_finite_and_boolean_messages(tmp_path):
    strategy = _strategy("värde: 1.0", "värde: .nan").replace("värde: 2.0", "värde: true", 1)
    strategy = strategy.replace("värde: 5.0", "värde: 1e300", 1)
    assert _messages(tmp_path, {"strategi.yaml": strategy}) == [
        (
            "`värde` ska vara ett ändligt tal, inte `.nan`.",
            "`värde` must be a finite number, not `.nan`.",
        ),
        (
            "`värde` ska vara ett tal, inte sanningsvärdet `true`.",
            "`värde` must be a number, not the yes/no value `true`.",
        ),
        (
            "`1e+300` ligger utanför det tillåtna för `värde`: tal mellan −10^15 och 10^15 "
            "(en biljard).",
            "`1e+300` is outside what `värde` allows: numbers between −10^15 and 10^15 "
            "(a million billion).",
        ),
    ]


def test_duplicate_outcome_year_names_the_first_line(tmp_path):
    strategy = _strategy(
        TARGET,
        TARGET + "            utfall:\n"
        "              - {år: 2022, värde: 1.2}\n"
        "              - {år: 2022, värde: 1.9}\n"
        "              - {år: 2022, värde: 2.0}\n",
    )
    assert (
        _messages(tmp_path, {"strategi.yaml": strategy})
        == [
            (
                "Det finns redan ett utfall för 2022, på rad 19; ett år får bara ha ett utfall.",
                "There is already an outcome for 2022, on line 19; "
                "a year may have only one outcome.",
            ),
        ]
        * 2
    )


def test_duplicate_outcome_year_line_past_a_dropped_outcome(tmp_path):
    """An outcome left out for a schema error does not shift the line named."""
    strategy = _strategy(
        TARGET,
        TARGET + "            utfall:\n"
        "              - {år: 2021, värde: .nan}\n"
        "              - {år: 2022, värde: 1.2}\n"
        "              - {år: 2022, värde: 1.9}\n",
    )
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [
        ("strategi.yaml", 19, 35, "RUS103"),
        ("strategi.yaml", 21, 22, "RUS307"),
    ]
    assert "line 20" in _messages(tmp_path, {"strategi.yaml": strategy})[1][1]


def test_target_before_baseline_message(tmp_path):
    strategy = _strategy("{år: 2030, värde: 2.0}", "{år: 2018, värde: 2.0}")
    assert _messages(tmp_path, {"strategi.yaml": strategy}) == [
        (
            "Målvärdets år 2018 ligger inte efter baslinjens år 2019.",
            "The target year 2018 is not after the baseline year 2019.",
        ),
    ]


def test_broken_baseline_is_not_also_missing(tmp_path):
    """RUS402 does not repeat a schema error in `baslinje` as a missing baseline."""
    strategy = _strategy("värde: 1.0", "värde: .nan")
    assert [code for *_, code in findings(tmp_path, {"strategi.yaml": strategy})] == ["RUS103"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD + "    budget_kr: true\n", [(15, 16, "RUS103")]),
        (GOOD + "    budget_kr: 250000\n", []),
    ],
)
def test_boolean_budget(tmp_path, text, expected):
    assert findings(tmp_path, plan(text)) == [("plan.yaml", *e) for e in expected]


def test_boolean_plan_year(tmp_path):
    text = PLAN_HEAD.replace("år: 2025", "år: true") + GOOD
    assert findings(tmp_path, {"plan.yaml": text}) == [("plan.yaml", 4, 5, "RUS103")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("    månad: true\n", (8, 12, "RUS103")),
        ("    månad: [3, false]\n", (8, 16, "RUS103")),
    ],
)
def test_boolean_month(tmp_path, line, expected):
    wheel = WHEEL.replace("    månad: 3\n", line)
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [("arshjul.yaml", *expected)]


def test_boolean_mandate_year(tmp_path):
    wheel = WHEEL.replace("cykel: år", "cykel: mandatperiod") + "    mandatår: [true]\n"
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [("arshjul.yaml", 11, 16, "RUS103")]


def test_an_empty_category_or_role_list_is_an_error(tmp_path):
    """`kategorier: []` would make every activity's category unknown (with an empty list
    in the message); the strategy must name at least one, or leave the key out."""
    strategy = STRATEGY + "kategorier: []\nroller: []\n"
    last = strategy.count("\n")
    assert findings(tmp_path, {"strategi.yaml": strategy}) == [
        ("strategi.yaml", last - 1, 13, "RUS103"),
        ("strategi.yaml", last, 9, "RUS103"),
    ]
