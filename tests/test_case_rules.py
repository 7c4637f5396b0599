"""The ärende (typ: ärende) and the money keys: each RUS9xx rule on small files."""

from __future__ import annotations

from .test_rules import GOOD, findings, plan

CASE = """\
typ: ärende
nämnd: Regionala utvecklingsnämnden
sammanträdesdatum: 2025-10-21
diarienummer: RD25/00001
handläggare: {namn: Karin Lindqvist}
ärendemening: Uppföljning tertial 2
förslag_till_beslut:
  - Nämnden godkänner uppföljningen.
bedömning:
  - {mål: M1.1, läge: grön, text: Går enligt plan.}
"""

WHEEL = """\
typ: årshjul
id: hjul
strategi: test-rus
sammanträden:
  2025: [2025-09-17, "2025-10-22"]
händelser:
  - {id: H1, namn: Uppföljning, månad: 9, typ: uppföljning}
"""


def case(text: str = CASE) -> dict[str, str]:
    return {"ärenden/run.yaml": text}


def test_a_good_case_is_clean(tmp_path):
    assert findings(tmp_path, case()) == []


def test_unknown_goal_in_assessment(tmp_path):
    found = findings(tmp_path, case(CASE.replace("mål: M1.1", "mål: M1.9")))
    assert found == [("ärenden/run.yaml", 10, 11, "RUS901")]


def test_missing_proposal(tmp_path):
    text = CASE.replace("förslag_till_beslut:\n  - Nämnden godkänner uppföljningen.\n", "")
    assert findings(tmp_path, case(text)) == [("ärenden/run.yaml", 1, 1, "RUS902")]
    empty = CASE.replace("\n  - Nämnden godkänner uppföljningen.", " []")
    assert findings(tmp_path, case(empty)) == [("ärenden/run.yaml", 7, 1, "RUS902")]


def test_meeting_date_checked_only_when_the_wheel_lists_meetings(tmp_path):
    wheel = {
        "arshjul.yaml": WHEEL.replace('sammanträden:\n  2025: [2025-09-17, "2025-10-22"]\n', "")
    }
    assert findings(tmp_path, {**case(), **wheel}) == []
    found = findings(tmp_path / "b", {**case(), "arshjul.yaml": WHEEL})
    assert ("ärenden/run.yaml", 3, 20, "RUS903") in found
    on_a_meeting = case(CASE.replace("2025-10-21", "2025-10-22"))
    assert not [
        f
        for f in findings(tmp_path / "c", {**on_a_meeting, "arshjul.yaml": WHEEL})
        if f[3] == "RUS903"
    ]


def test_goal_assessed_twice(tmp_path):
    text = CASE + "  - {mål: M1.1, läge: röd, text: Efter.}\n"
    assert findings(tmp_path, case(text)) == [("ärenden/run.yaml", 11, 11, "RUS904")]


def test_bad_level_is_a_schema_error(tmp_path):
    found = findings(tmp_path, case(CASE.replace("läge: grön", "läge: blå")))
    assert [f[3] for f in found] == ["RUS103"]


def test_unknown_funding_source(tmp_path):
    activity = GOOD + "    budget_kr: 1000\n    finansiering: EU medel\n    utfall_kr: 500\n"
    assert findings(tmp_path, plan(activity)) == [("plan.yaml", 16, 19, "RUS905")]
    fine = activity.replace("EU medel", "eu-medel")
    assert findings(tmp_path / "b", plan(fine)) == []


def test_meetings_of_another_nämnd_do_not_apply(tmp_path):
    other = WHEEL.replace("sammanträden:", "nämnd: Regionstyrelsen\nsammanträden:")
    assert findings(tmp_path, {**case(), "arshjul.yaml": other}) == []
    same = WHEEL.replace("sammanträden:", "nämnd: regionala utvecklingsnämnden\nsammanträden:")
    found = findings(tmp_path / "b", {**case(), "arshjul.yaml": same})
    assert [f[3] for f in found] == ["RUS903"]
