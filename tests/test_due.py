"""rustool due: what falls due per unit, in three formats, failing when something is late."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rustool.cycle.due import due_items
from rustool.engine import check
from rustool.workspace import load_workspace

from .conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace


def test_nothing_late_on_the_examples_date(cli):
    result = cli("due", DALARNA, "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "KF-003" in result.stdout and "2026-12-03, om 10 dagar" in result.stdout
    assert "0 försenade" in result.stdout


def test_late_work_fails_and_is_listed_per_unit(cli):
    result = cli("due", KRONOBERG, "--today", "2027-01-20", "--inom", "10", "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["today"] == "2027-01-20" and data["within_days"] == 10
    follow_ups = {i["unit"]: i for i in data["items"] if i["kind"] == "uppföljning"}
    assert set(follow_ups) == {
        "Kollektivtrafik och tillgänglighet",
        "Kompetensförsörjning och folkhälsa",
        "Regional utveckling – tillväxt",
    }
    transport = follow_ups["Kollektivtrafik och tillgänglighet"]
    assert transport["period"] == "2026-T3" and transport["due"] == "2027-01-15"
    assert transport["overdue"] and sorted(transport["activities"]) == [
        "KT-003",
        "KT-004",
        "KT-005",
        "KT-007",
    ]
    late = [i for i in data["items"] if i["kind"] == "aktivitet" and i["overdue"]]
    assert data["overdue"] == len(late) + len(follow_ups)
    assert all(i["file"].startswith("aktivitetsplaner/") and i["line"] > 1 for i in late)


def test_markdown_for_a_reminder_mail(cli):
    result = cli("due", KRONOBERG, "--today", "2027-01-20", "-f", "md", "--lang", "en")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("## Due from 2027-01-20 to 30 days ahead;")
    assert "### Kollektivtrafik och tillgänglighet" in out
    assert "- **2027-01-15, 5 days late**: Follow-up 2026-T3: 4 activities" in out


def test_the_wheels_deadlines_and_coming_follow_ups(cli, tmp_path):
    wheel = """\
typ: årshjul
id: hjulet
namn: Hjulet
strategi: test-rus
händelser:
  - id: H01
    namn: Tertialrapport
    senast: [01-10, 05-10, 09-10]
    typ: uppföljning
    ansvarig: Controllern
"""
    plan = """\
typ: aktivitetsplan
enhet: Testenheten
strategi: test-rus
år: 2026
aktiviteter:
  - id: A-1
    kategori: Kunskap och analys
    aktivitet: Ta fram en analys
    ansvarig: Anna
    klart_senast: 2026-12
    bidrar_till: [M1.1]
    status: pågår
    uppföljning:
      - {period: 2026-T1, status: pågår, kommentar: Enligt plan.}
"""
    files = {"strategi.yaml": STRATEGY, "arshjul.yaml": wheel, "plan.yaml": plan}
    write_workspace(tmp_path, {**files, "rustool.yaml": "uppföljning: tertial\n"})
    result = cli("due", tmp_path, "--today", "2026-09-01", "--inom", "14", "-f", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    assert [(i["kind"], i["id"], i["due"], i["overdue"]) for i in items] == [
        ("årshjul", "H01", "2026-09-10", False),
        ("uppföljning", "2026-T2", "2026-09-10", False),
    ]
    assert items[0]["unit"] == "Controllern" and items[1]["activities"] == ["A-1"]
    late = cli("due", tmp_path, "--today", "2026-09-11", "--inom", "0", "-f", "json")
    assert late.exit_code == 1
    assert [i["id"] for i in json.loads(late.stdout)["items"]] == ["2026-T2"]


def test_bad_options(cli, tmp_path):
    assert cli("due", DALARNA, "-f", "xml").exit_code == 2
    assert cli("due", DALARNA, "--inom", "-1").exit_code == 2
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    plan = root / "aktivitetsplaner" / "kompetensforsorjning.yaml"
    plan.write_text(plan.read_text("utf-8").replace("status: pågår", "status: igång", 1), "utf-8")
    broken = cli("due", root, "--today", TODAY)
    assert broken.exit_code == 1 and "RUS103" in broken.output


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offset=st.integers(min_value=-400, max_value=400))
def test_late_activities_are_the_overdue_warnings(offset):
    """Whatever the day, `due` calls late exactly the activities RUS302 (written apart from
    it) warns about."""
    day = date(2026, 11, 23) + timedelta(days=offset)
    ws = load_workspace(KRONOBERG, day)
    late = sorted(i.id for i in due_items(ws, 0) if i.kind == "aktivitet" and i.overdue)
    warned = [d for d in check(ws) if d.code == "RUS302"]
    assert len(late) == len(warned)
