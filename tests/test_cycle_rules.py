"""The follow-up cycle's rules (RUS801–RUS808) and the dated årshjul, on small workspaces
and on copies of the examples with the lapses the issue names put in."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from rustool.cycle.deadlines import deadline, last_due, next_due, rhythm_of
from rustool.cycle.periods import Period
from rustool.engine import validate_workspace
from rustool.workspace import load_workspace

from .conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace

RHYTHM = "uppföljning: tertial\n"
WHEEL = """\
typ: årshjul
id: hjulet
namn: Hjulet
strategi: test-rus
händelser:
  - id: H01
    namn: Tertialrapport
    senast: [01-10, 05-10, 09-10]
    typ: uppföljning
  - id: H02
    namn: Rapport till regeringen
    datum: 2026-02-18
    typ: beslut
    lagkrav: årsrapport
  - id: H03
    namn: Fördelning av anslag 1:1
    månad: 12
    typ: beslut
  - id: H04
    namn: Aktualitetsprövning av strategin
    månad: [3, 4]
    typ: uppföljning
"""
PLAN = """\
typ: aktivitetsplan
enhet: Testenheten
strategi: test-rus
år: 2026
aktiviteter:
  - id: A-1
    kategori: Kunskap och analys
    aktivitet: Ta fram en analys
    syfte: Kunskap
    mål: M1.1
    ansvarig: Anna Lindqvist
    klart_senast: 2026-12
    bidrar_till: [M1.1]
    status: pågår
"""


def findings(tmp_path: Path, files: dict[str, str], today: str = "2026-11-23"):
    files = {"strategi.yaml": STRATEGY, "arshjul.yaml": WHEEL, **files}
    write_workspace(tmp_path, files)
    result = validate_workspace(tmp_path, date.fromisoformat(today))
    return [(d.file, d.line, d.column, d.code) for d in result.diagnostics]


def with_log(*entries: str, status: str = "pågår") -> str:
    return (
        PLAN.replace("status: pågår", f"status: {status}")
        + "    uppföljning:\n"
        + "".join(f"      - {e}\n" for e in entries)
    )


def test_a_workspace_that_keeps_its_rhythm_is_clean(tmp_path):
    plan = with_log("{period: 2026-T1, status: pågår}", "{period: 2026-T2, status: pågår}")
    assert findings(tmp_path, {"rustool.yaml": RHYTHM, "plan.yaml": plan}) == []


def test_missing_follow_up_for_the_last_period_due(tmp_path):
    plan = with_log("{period: 2026-T1, status: pågår}")
    found = findings(tmp_path, {"rustool.yaml": RHYTHM, "plan.yaml": plan})
    assert found == [("plan.yaml", 15, 5, "RUS801")]


def test_missing_follow_up_waits_for_the_deadline(tmp_path):
    """T2 ends 31 August but is due 10 September: on 5 September, T1 is the one due."""
    plan = with_log("{period: 2026-T1, status: pågår}")
    files = {"rustool.yaml": RHYTHM, "plan.yaml": plan}
    assert findings(tmp_path, files, today="2026-09-05") == []
    assert findings(tmp_path, files, today="2026-09-11") == [("plan.yaml", 15, 5, "RUS801")]


def test_no_rhythm_no_missing_follow_up(tmp_path):
    assert findings(tmp_path, {"plan.yaml": PLAN}) == []


def test_an_activity_without_any_log_is_reported_at_the_activity(tmp_path):
    found = findings(tmp_path, {"rustool.yaml": RHYTHM, "plan.yaml": PLAN})
    assert found == [("plan.yaml", 6, 5, "RUS801")]


def test_rhythm_in_the_strategy(tmp_path):
    strategy = STRATEGY.replace("områden:", "uppföljning: {rytm: tertial, händelse: H01}\nområden:")
    found = findings(tmp_path, {"strategi.yaml": strategy, "plan.yaml": PLAN})
    assert found == [("plan.yaml", 6, 5, "RUS801")]


def test_delayed_without_reason(tmp_path):
    plan = with_log("{period: 2026-T2, status: försenad}", status="försenad")
    found = findings(tmp_path, {"plan.yaml": plan})
    assert found == [("plan.yaml", 16, 9, "RUS802")]
    with_reason = plan.replace("försenad}", "försenad, kommentar: Upphandlingen överprövades}")
    assert findings(tmp_path, {"plan.yaml": with_reason}) == []


def test_struck_without_any_log_or_comment(tmp_path):
    plan = PLAN.replace("status: pågår", "status: struken")
    assert findings(tmp_path, {"plan.yaml": plan}) == [("plan.yaml", 14, 13, "RUS802")]


def test_follow_up_in_the_future(tmp_path):
    plan = with_log("{period: 2027-T1, status: pågår}")
    assert findings(tmp_path, {"plan.yaml": plan}) == [("plan.yaml", 16, 18, "RUS803")]
    dated = with_log("{period: 2026-T2, status: pågår, datum: 2026-12-01}")
    assert findings(tmp_path, {"plan.yaml": dated}) == [("plan.yaml", 16, 49, "RUS803")]


def test_follow_up_in_another_form_than_the_rhythm(tmp_path):
    plan = with_log("{period: 2026-T1, status: pågår}", "{period: 2026-Q3, status: pågår}")
    found = findings(tmp_path, {"rustool.yaml": RHYTHM, "plan.yaml": plan})
    assert found == [("plan.yaml", 17, 18, "RUS804")]
    day = with_log(
        "{period: 2026-T2, status: pågår}", "{period: 2026-11-19, status: klar}", status="klar"
    )
    assert findings(tmp_path, {"rustool.yaml": RHYTHM, "plan.yaml": day}) == []


def test_statutory_steps_by_marker_or_name(tmp_path):
    assert findings(tmp_path, {}) == []
    bare = WHEEL.replace("Aktualitetsprövning av strategin", "Översyn")
    assert findings(tmp_path, {"arshjul.yaml": bare}) == [("arshjul.yaml", 5, 1, "RUS805")]
    config = "lagkrav: [årsrapport, anslag-1:1]\n"
    assert findings(tmp_path, {"arshjul.yaml": bare, "rustool.yaml": config}) == []


def test_day_outside_its_months_and_meetings_in_another_year(tmp_path):
    wheel = WHEEL.replace("    datum: 2026-02-18\n", "    månad: 3\n    datum: 2026-02-18\n")
    wheel += "sammanträden:\n  2026: [2026-02-18, 2027-03-01, 05-20 13:00-15:00]\n"
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == [
        ("arshjul.yaml", 13, 12, "RUS806"),
        ("arshjul.yaml", 25, 22, "RUS807"),
    ]


def test_rhythm_names_an_unknown_event(tmp_path):
    strategy = STRATEGY.replace("områden:", "uppföljning: {rytm: tertial, händelse: H99}\nområden:")
    found = findings(tmp_path, {"strategi.yaml": strategy})
    assert found == [("strategi.yaml", 6, 40, "RUS808")]


@pytest.mark.parametrize(
    "value",
    ["13-01", "2026-02-30", "09-10 25:00", "09-10 15:00-14:00", "tisdag", "'' "],
)
def test_a_bad_day_is_a_located_schema_error(tmp_path, value):
    wheel = WHEEL.replace("datum: 2026-02-18", f"datum: {value}")
    found = findings(tmp_path, {"arshjul.yaml": wheel})
    assert [(f, line, code) for f, line, _, code in found] == [("arshjul.yaml", 12, "RUS103")]


def test_an_event_without_any_time_is_a_schema_error(tmp_path):
    wheel = WHEEL.replace("    månad: 12\n", "")
    found = findings(tmp_path, {"arshjul.yaml": wheel})
    assert ("arshjul.yaml", 15, 5, "RUS103") in found
    assert [f for f in found if f[3] != "RUS805"] == [("arshjul.yaml", 15, 5, "RUS103")]


def test_events_with_only_months_stay_valid(tmp_path):
    wheel = WHEEL.replace("    senast: [01-10, 05-10, 09-10]\n", "    månad: [1, 5, 9]\n")
    assert findings(tmp_path, {"arshjul.yaml": wheel}) == []


# ------------------------------------------------------------------ deadlines


def test_deadlines_come_from_the_wheel_or_the_grace_days(tmp_path):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "arshjul.yaml": WHEEL})
    (tmp_path / "rustool.yaml").write_text(RHYTHM, encoding="utf-8")
    ws = load_workspace(tmp_path, date(2026, 11, 23))
    rhythm = rhythm_of(ws)
    assert rhythm is not None
    assert deadline(ws, rhythm, Period(2026, 2, "tertial")) == date(2026, 9, 10)
    assert deadline(ws, rhythm, Period(2026, 3, "tertial")) == date(2027, 1, 10)
    assert last_due(ws, rhythm, date(2026, 11, 23)) == (
        Period(2026, 2, "tertial"),
        date(2026, 9, 10),
    )
    assert next_due(ws, rhythm, date(2026, 11, 23)) == (
        Period(2026, 3, "tertial"),
        date(2027, 1, 10),
    )
    (tmp_path / "rustool.yaml").write_text("uppföljning: kvartal\n", encoding="utf-8")
    ws = load_workspace(tmp_path, date(2026, 11, 23))
    rhythm = rhythm_of(ws)
    assert rhythm is not None
    # 01-10 follows Q4; Q3 (ending 30 September) has no deadline of the wheel: 30 days
    assert deadline(ws, rhythm, Period(2026, 3, "kvartal")) == date(2026, 10, 30)
    assert deadline(ws, rhythm, Period(2026, 4, "kvartal")) == date(2027, 1, 10)


# ------------------------------------------------------------------ the examples


@pytest.mark.parametrize("example", [DALARNA, KRONOBERG], ids=lambda p: p.name)
def test_examples_keep_their_rhythm(cli, example):
    result = cli("validate", example, "--strict", "--today", TODAY)
    assert result.exit_code == 0, result.output


def _edit(path: Path, activity: str, old: str, new: str) -> None:
    """Replace OLD by NEW inside ACTIVITY's block of the plan (or the file, for "")."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {activity}\n") if activity else 0
    end = text.find("\n  - id: ", start + 1) if activity else len(text)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert block.count(old) == 1, (activity, old)
    path.write_text(text[:start] + block.replace(old, new) + text[end:], encoding="utf-8")


def test_each_lapse_on_the_example_is_found_where_it_is(cli, tmp_path):
    """The lapses the issue names, put into a copy of Dalarna: each is a located finding."""
    root = tmp_path / "dalastrategin"
    shutil.copytree(DALARNA, root)
    ka = root / "aktivitetsplaner" / "kunskap_och_analys.yaml"
    _edit(ka, "KA-004", "      - period: 2026-T2\n", "      - period: 2026-T1\n")
    _edit(ka, "KA-006", "        kommentar: Upphandlingen", "        #kommentar: Upphandlingen")
    _edit(ka, "KA-007", "      - period: 2026-T2\n", "      - period: 2027-T1\n")
    _edit(ka, "KA-003", "      - period: 2026-T1\n", "      - period: 2026-03\n")
    wheel = root / "arshjul.yaml"
    _edit(wheel, "", "    lagkrav: årsrapport\n", "")
    _edit(wheel, "", "rapport till regeringen om det", "rapport om det")
    _edit(wheel.with_name("arshjul-forvaltningen.yaml"), "", "till regeringen", "till staten")
    result = cli("validate", root, "--format", "json", "--today", TODAY)
    found = [
        (f["code"], f["file"].rsplit("/", 1)[-1], f["line"])
        for f in json.loads(result.stdout)["findings"]
        if f["code"] != "RUS501"  # the merged plan is now out of date
    ]
    lines = ka.read_text(encoding="utf-8").splitlines()

    def line_of(activity: str, text: str) -> int:
        start = lines.index(f"  - id: {activity}")
        return next(i for i in range(start, len(lines)) if text in lines[i]) + 1

    assert sorted(found) == sorted(
        [
            ("RUS801", "kunskap_och_analys.yaml", line_of("KA-004", "uppföljning:")),
            ("RUS802", "kunskap_och_analys.yaml", line_of("KA-006", "period: 2026-T2")),
            ("RUS803", "kunskap_och_analys.yaml", line_of("KA-007", "period: 2027-T1")),
            ("RUS804", "kunskap_och_analys.yaml", line_of("KA-003", "period: 2026-03")),
            ("RUS805", "arshjul.yaml", 34),
        ]
    )
