"""Coverage of the strategy model's additions (issue #11): the kraftsamling portfolio,
principles, roles with kronor, kommuner, actors per month, and one strategy at a time."""

from __future__ import annotations

import json

from .conftest import write_workspace
from .model_workspace import BASE, OLD, OLD_PLAN, PLAN, STRATEGY, SUCCESSION

WHEEL = """\
typ: årshjul
id: hjul
namn: Hjulet
strategi: rus
händelser:
  - {id: H1, namn: Dialog, månad: [4, 5], typ: dialog, målgrupp: [vaxjo, run]}
  - {id: H2, namn: Beslut, månad: 6, typ: beslut, målgrupp: [Regionala utvecklingsnämnden]}
"""
SECOND = PLAN.replace("id: A-1", "id: A-2").replace("budget_kr: 400000", "budget_kr: 100000")
SECOND = SECOND.replace("    roller: [Nätverkaren, Finansiären]\n    huvudroll: Finansiären\n", "")
SECOND = SECOND.replace("    kraftsamling: K1\n", "    roll: Nätverkaren\n")


def coverage(cli, tmp_path, files, *args):
    write_workspace(tmp_path, files)
    result = cli("coverage", tmp_path, "--today", "2026-11-23", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_portfolio_per_kraftsamling(cli, tmp_path):
    files = {**BASE, "hjul.yaml": WHEEL, "plan2.yaml": SECOND}
    found = coverage(cli, tmp_path, files)["portfolio"]
    [k1] = found["kraftsamlingar"]
    assert k1["id"] == "K1" and k1["mandate_period"] == "2027–2030"
    assert (k1["activities"], k1["activity_ids"], k1["kronor"]) == (1, ["A-1"], 400000)
    assert k1["budget_frame_kr"] == 1000000
    assert k1["by_role"] == {"Finansiären": 1}
    assert k1["by_category"] == {"Kunskap och analys": 1}
    assert k1["goals_reached"] == ["R1", "R1.a"]
    assert k1["efforts_by_year"] == {"2027": 1}
    assert found["without_kraftsamling"] == 1
    assert found["by_principle"] == {"Platsbaserat": 2, "Inkluderande": 0}
    roles = {r["name"]: r for r in found["roles"]}
    assert roles["Finansiären"] == {
        "name": "Finansiären",
        "main": 1,
        "involved": 1,
        "kronor": 400000,
    }
    assert roles["Nätverkaren"] == {
        "name": "Nätverkaren",
        "main": 1,
        "involved": 2,
        "kronor": 100000,
    }
    assert found["by_kommun"] == {"0780": {"name": "Växjö", "activities": 2}}
    assert found["actor_months"]["kommun"]["4"] == 1
    assert found["actor_months"]["intern"]["6"] == 1
    assert found["internal_events"] == ["H2"] and found["external_events"] == ["H1"]
    assert found["levels"] == {"område": "Strategiskt område", "prioritering": "Riktning"}


def test_by_role_counts_the_main_role(cli, tmp_path):
    found = coverage(cli, tmp_path, BASE)
    assert found["by_role"]["Finansiären"] == 1
    assert found["by_role"]["Nätverkaren"] == 0


def test_nodes_include_area_priorities_and_focus_areas(cli, tmp_path):
    found = coverage(cli, tmp_path, BASE)
    nodes = {n["id"]: n for n in found["nodes"]}
    assert nodes["R1"]["parent"] == "O1" and nodes["R1"]["kind"] == "prioritering"
    assert nodes["R1.a"]["parent"] == "R1" and nodes["R1.a"]["kind"] == "insatsområde"
    assert found["by_node"]["R1.a"] == found["by_node"]["R1"] == found["by_node"]["O1"] == 1
    assert found["uncovered"] == ["M1"]


def test_one_strategy_at_a_time(cli, tmp_path):
    files = {
        **BASE,
        "strategi.yaml": STRATEGY + SUCCESSION,
        "gammal.yaml": OLD,
        "gammal_plan.yaml": OLD_PLAN,
    }
    current = coverage(cli, tmp_path, files)
    assert current["strategy"]["id"] == "rus" and current["activities"] == 1
    assert "GM1" not in current["by_node"]
    old = coverage(cli, tmp_path, files, "--strategi", "gammal")
    assert old["strategy"]["id"] == "gammal" and old["activities"] == 1
    assert old["by_node"]["GM1"] == 1 and "R1" not in old["by_node"]


def test_unknown_strategy_option_is_a_usage_error(cli, tmp_path):
    write_workspace(tmp_path, BASE)
    result = cli("coverage", tmp_path, "--strategi", "rsu")
    assert result.exit_code == 2
    assert "`rus`" in result.output


def test_tables_show_the_portfolio(cli, tmp_path):
    write_workspace(tmp_path, {**BASE, "hjul.yaml": WHEEL})
    result = cli("coverage", tmp_path, "--today", "2026-11-23", "--format", "md")
    assert result.exit_code == 0, result.output
    for heading in ("Kraftsamlingar: portföljen", "Principer", "Aktiviteter per kommun"):
        assert heading in result.output
    assert "| R1 | Riktning |" in result.output  # the level as the strategy names it
    text = result.output.replace("\u00a0", " ").replace("\u202f", " ")
    assert "| K1 Kraftsamling ett | 2027–2030 | 1 |" in text
    assert "400 000 kr | 1 000 000 kr | R1, R1.a |" in text


def test_report_shows_levels_portfolio_principles_and_agenda_names(cli, tmp_path):
    strategy = STRATEGY.replace(
        "        namn: Ett mål\n", "        namn: Ett mål\n        agenda2030: [8, 13]\n"
    )
    write_workspace(tmp_path / "ws", {**BASE, "strategi.yaml": strategy})
    out = tmp_path / "r.md"
    result = cli("report", tmp_path / "ws", "--today", "2026-11-23", "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8").replace("\u00a0", " ").replace("\u202f", " ")
    assert "### Strategiskt område O1 Ett område" in text
    assert "**Riktning:**" in text and "  - R1.a Ett insatsområde – 1 aktivitet" in text
    assert "**Utmaningar:** Ett negativt flyttnetto; Långa avstånd" in text
    assert "Agenda 2030: 8 Anständiga arbetsvillkor och ekonomisk tillväxt, 13 Bekämpa " in text
    assert "| K1 Kraftsamling ett | 2027–2030 | 1 | 400 000 kr | 1 000 000 kr | R1, R1.a |" in text
    assert "| Platsbaserat | 1 |" in text
    assert "| Finansiären | 1 | 1 | 400 000 kr | 100 % |" in text
    assert "- **Principer:** Platsbaserat, Inkluderande" in text
    html = tmp_path / "r.html"
    assert cli("report", tmp_path / "ws", "--today", "2026-11-23", "-o", html).exit_code == 0
    assert 'id="portfolio"' in html.read_text(encoding="utf-8")
