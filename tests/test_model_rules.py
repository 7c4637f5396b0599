"""The strategy model's additions (issue #11), rule by rule: each new key accepted where
it is right, and its misuse reported at its place (file, line, column, code)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rustool.engine import validate_workspace

from .conftest import write_workspace
from .model_workspace import BASE, OLD, OLD_PLAN, STRATEGY, SUCCESSION


def findings(tmp_path: Path, files: dict[str, str], today: str = "2026-11-23"):
    write_workspace(tmp_path, files)
    result = validate_workspace(tmp_path, date.fromisoformat(today))
    return [(d.file, d.line, d.column, d.code) for d in result.diagnostics]


def at(text: str, needle: str, offset: int = 0) -> tuple[int, int]:
    """The line and column (1-based) of NEEDLE's first occurrence in TEXT, plus OFFSET."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def test_every_new_key_used_right_is_clean(tmp_path):
    assert findings(tmp_path, BASE) == []


def test_with_a_successor_and_the_old_strategy_is_clean(tmp_path):
    files = {
        **BASE,
        "strategi.yaml": STRATEGY + SUCCESSION,
        "gammal.yaml": OLD,
        "gammal_plan.yaml": OLD_PLAN,
    }
    assert findings(tmp_path, files) == []


def one(file: str, text: str, needle: str, code: str, offset: int = 0):
    return [(file, *at(text, needle, offset), code)]


def edit(file: str, old: str, new: str, **more: str) -> dict[str, str]:
    files = {**BASE, **more}
    assert old in files[file]
    files[file] = files[file].replace(old, new, 1)
    return files


CASES = {
    "unknown kraftsamling": (
        edit("plan.yaml", "kraftsamling: K1", "kraftsamling: K9"),
        ("plan.yaml", "K9", "RUS701"),
    ),
    "unknown kraftsamling in the färdplan": (
        edit("fardplan.yaml", "kraftsamling: K1", "kraftsamling: K2"),
        ("fardplan.yaml", "K2", "RUS701"),
    ),
    "not a mandate period": (
        edit("strategi.yaml", "{från: 2027, till: 2030}", "{från: 2026, till: 2030}"),
        ("strategi.yaml", "{från: 2026", "RUS702"),
    ),
    "kraftsamling over its budget frame": (
        edit("plan.yaml", "budget_kr: 400000", "budget_kr: 1400000"),
        ("strategi.yaml", "1000000", "RUS703"),
    ),
    "färdplan insats without target": (
        edit("fardplan.yaml", ", kraftsamling: K1}", "}"),
        ("fardplan.yaml", "F1", "RUS704"),
    ),
    "färdplan year outside the period": (
        edit("fardplan.yaml", "år: 2027", "år: 2040"),
        ("fardplan.yaml", "2040", "RUS705"),
    ),
    "färdplan not revised for a year": (
        edit("fardplan.yaml", '"2026-10-15"', '"2025-06-01"'),
        ("fardplan.yaml", '"2025-06-01"', "RUS706"),
    ),
    "unknown principle": (
        edit("plan.yaml", "[Platsbaserat]", "[Platsbaserad]"),
        ("plan.yaml", "Platsbaserad", "RUS707"),
    ),
    "two huvudroller": (
        edit("plan.yaml", "huvudroll: Finansiären", "huvudroll: [Finansiären, Nätverkaren]"),
        ("plan.yaml", "[Finansiären, Nätverkaren]", "RUS708"),
    ),
    "huvudroll not among the roles": (
        edit("plan.yaml", "huvudroll: Finansiären", "huvudroll: Utföraren"),
        ("plan.yaml", "Utföraren", "RUS708"),
    ),
    "unknown role among roller": (
        edit("plan.yaml", "[Nätverkaren, Finansiären]", "[Nätverkare, Finansiären]"),
        ("plan.yaml", "Nätverkare,", "RUS208"),
    ),
    "unknown huvudroll of the unit": (
        edit("plan.yaml", "huvudroll: Kapacitetsbyggaren", "huvudroll: Byggaren"),
        ("plan.yaml", "Byggaren", "RUS208"),
    ),
    "kommunkod of another county": (
        edit("aktorer.yaml", '"0780"', '"2080"'),
        ("aktorer.yaml", '"2080"', "RUS710"),
    ),
    "kommunkod as a number": (
        edit("aktorer.yaml", '"0780"', "0780"),
        ("aktorer.yaml", "0780", "RUS710"),
    ),
    "kommunkod of three digits in geografi": (
        edit("plan.yaml", '["0780"', '["780"'),
        ("plan.yaml", '"780"', "RUS710"),
    ),
    "kommunkod no kommun has": (
        edit("aktorer.yaml", '"0780"', '"0799"'),
        ("aktorer.yaml", '"0799"', "RUS710"),
    ),
    "kommun without kommunkod": (
        edit("aktorer.yaml", ', kommunkod: "0780"}', "}"),
        ("aktorer.yaml", "kommun}", "RUS711"),
    ),
    "kommunkod on a lärosäte": (
        edit("aktorer.yaml", "typ: lärosäte}", 'typ: lärosäte, kommunkod: "0780"}'),
        ("aktorer.yaml", "lärosäte, kommunkod", "RUS711", len("lärosäte, ")),
    ),
    "unknown actor in samverkan": (
        edit("plan.yaml", "[lnu,", "[Linneuniversitet,"),
        ("plan.yaml", "Linneuniversitet", "RUS712"),
    ),
    "place that is not a kommun": (
        edit("plan.yaml", ", vaxjo]", ", lnu]"),
        ("plan.yaml", "lnu]", "RUS713"),
    ),
    "audience missing from the register": (
        edit("plan.yaml", "[Regionala utvecklingsnämnden]", "[Regionala utvecklingsnamnden X]"),
        ("plan.yaml", "Regionala utvecklingsnamnden X", "RUS714"),
    ),
    "unknown insatsområde": (
        edit("plan.yaml", "[R1.a]", "[R1.b]"),
        ("plan.yaml", "R1.b", "RUS201"),
    ),
    "insatsområde by its text": (
        edit("plan.yaml", "[R1.a]", "[Ett insatsområde utan id]"),
        ("plan.yaml", "Ett insatsområde utan id]", "RUS201"),
    ),
    "kraftsamling serving an unknown node": (
        edit("strategi.yaml", "bidrar_till: [R1]", "bidrar_till: [R9]"),
        ("strategi.yaml", "R9", "RUS201"),
    ),
    "plan header contributing to an unknown node": (
        edit("plan.yaml", "bidrar_till: [O1]", "bidrar_till: [O9]"),
        ("plan.yaml", "O9", "RUS201"),
    ),
    "second strategy without ersätter": (
        {**BASE, "gammal.yaml": OLD},
        ("strategi.yaml", "strategi", "RUS204"),  # the later file, by name
    ),
    "ersätter names no strategy": (
        {**BASE, "strategi.yaml": STRATEGY + "ersätter: gamal\n"},
        ("strategi.yaml", "gamal", "RUS720"),
    ),
    "crosswalk from an unknown node": (
        {
            **BASE,
            "strategi.yaml": STRATEGY + SUCCESSION.replace("GM2: []", "GM9: []"),
            "gammal.yaml": OLD,
        },
        ("strategi.yaml", "GM9", "RUS721"),
    ),
    "crosswalk to an unknown node": (
        {
            **BASE,
            "strategi.yaml": STRATEGY + SUCCESSION.replace("[M1]", "[M7]"),
            "gammal.yaml": OLD,
        },
        ("strategi.yaml", "M7", "RUS721"),
    ),
    "old goal with no crosswalk": (
        {
            **BASE,
            "strategi.yaml": STRATEGY + SUCCESSION.replace("GM1: [M1], ", ""),
            "gammal.yaml": OLD,
            "gammal_plan.yaml": OLD_PLAN,
        },
        ("gammal_plan.yaml", "GM1", "RUS722"),
    ),
    "new plan pointing at the old strategy's goal": (
        {
            **edit("plan.yaml", "[R1.a]", "[GM1]"),
            "strategi.yaml": STRATEGY + SUCCESSION,
            "gammal.yaml": OLD,
        },
        ("plan.yaml", "GM1", "RUS201"),
    ),
    "replaced strategy still antagen": (
        {
            **BASE,
            "strategi.yaml": STRATEGY + SUCCESSION,
            "gammal.yaml": OLD.replace("ersatt", "antagen"),
        },
        ("gammal.yaml", "antagen", "RUS723"),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rule_case(tmp_path, name):
    files, (file, needle, code, *offset) = CASES[name]
    assert findings(tmp_path, files) == one(file, files[file], needle, code, *offset)


def test_messages_in_both_languages(cli, tmp_path):
    write_workspace(tmp_path, edit("plan.yaml", "kraftsamling: K1", "kraftsamling: K2"))
    sv = cli("validate", tmp_path, "--today", "2026-11-23")
    en = cli("validate", tmp_path, "--today", "2026-11-23", "--lang", "en")
    assert "Kraftsamlingen `K2` finns inte i strategin (kraftsamlingar: K1)" in sv.output
    assert "Menade du `K1`?" in sv.output
    assert "The kraftsamling `K2` does not exist in the strategy" in en.output


def test_kommunkod_as_number_suggests_the_quoted_code(cli, tmp_path):
    write_workspace(tmp_path, edit("aktorer.yaml", '"0780"', "0780"))
    result = cli("validate", tmp_path, "--today", "2026-11-23")
    assert '"0780"' in result.output and "780" in result.output
