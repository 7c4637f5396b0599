"""The mistakes people make writing YAML by hand, each told as advice at its place, in
both languages: decimal commas, a quote left open, `-id:`, a comma left out of a list, a
category in another case, a file that lost its `typ`, a strategy that does not parse."""

from __future__ import annotations

import json

import pytest

from .conftest import TODAY

PLAN = "aktivitetsplaner/regional-utveckling.yaml"


@pytest.fixture
def workspace(cli, tmp_path):
    assert cli("init", tmp_path, "--region", "Dalarna", "--today", TODAY).exit_code == 0
    return tmp_path


def _edit(root, rel, old, new):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _findings(cli, root, lang="sv"):
    result = cli("validate", root, "--format", "json", "--today", TODAY, "--lang", lang)
    return [
        (f["code"], f["file"], f["line"], f["column"], f["message"])
        for f in json.loads(result.output)["findings"]
    ]


INDICATOR = """        indikatorer:
          - id: I1.1.1
            namn: Förvärvsarbetande
            riktning: öka
            baslinje: {år: 2019, värde: 4,8}
            målvärde: {år: 2030, värde: 82,0}
"""


def test_decimal_commas(cli, workspace):
    _edit(workspace, "strategi.yaml", "        # Indikatorer följer", INDICATOR + "        #")
    sv = _findings(cli, workspace)
    assert [(c, line, m.split(";")[1].strip()) for c, _, line, _, m in sv] == [
        ("RUS103", 45, "decimaltal skrivs med punkt: skriv `4.8`, inte `4,8`."),
        ("RUS103", 46, "decimaltal skrivs med punkt: skriv `82.0`, inte `82,0`."),
    ]
    en = _findings(cli, workspace, "en")
    assert "write `4.8`, not `4,8`" in en[0][4] and "write `82.0`" in en[1][4]


def test_unclosed_quote_at_the_line_it_opens(cli, workspace):
    _edit(workspace, PLAN, "syfte: Ge nämnden", 'syfte: "Ge nämnden')
    [(code, _, line, column, message)] = _findings(cli, workspace)
    assert (code, line, column) == ("RUS001", 13, 12)
    assert "citattecken som aldrig stängs" in message
    _edit(workspace, PLAN, 'syfte: "Ge nämnden', "syfte: Ge nämnden")
    _edit(workspace, "strategi.yaml", "vision: Skriv", 'vision: "Skriv')  # closed by a later "
    found = _findings(cli, workspace, "en")
    assert [(c, f, line) for c, f, line, _, _ in found] == [("RUS001", "strategi.yaml", 18)]
    assert "never closed" in found[0][4]


def test_no_knock_on_error_when_the_strategy_does_not_parse(cli, workspace):
    _edit(workspace, "strategi.yaml", "vision: Skriv", 'vision: "Skriv')
    assert [c for c, *_ in _findings(cli, workspace)] == ["RUS001"]  # not RUS203 besides


def test_dash_without_space(cli, workspace):
    _edit(workspace, PLAN, "  - id: RU-001", "  -id: RU-001")
    [(code, _, line, column, message)] = _findings(cli, workspace)
    assert (code, line, column) == ("RUS001", 10, 3)
    assert "skriv `- id:`, inte `-id:`" in message


def test_missing_comma_in_a_list_keeps_every_id(cli, workspace):
    _edit(workspace, PLAN, "bidrar_till: [M1.1]", "bidrar_till: [M1.1 O1]")
    [(code, _, line, _, message)] = _findings(cli, workspace)
    assert code == "RUS201" and line == 18
    assert message.endswith("skriv `[M1.1, O1]`.") and "Menade du" not in message


def test_category_in_another_case_is_told_as_such(cli, workspace):
    _edit(workspace, PLAN, "kategori: Kunskap och analys", "kategori: kunskap och analys")
    [(code, _, _, _, message)] = _findings(cli, workspace)
    assert code == "RUS207" and "stora och små bokstäver" in message and "&" not in message
    _edit(workspace, PLAN, "kategori: kunskap och analys", "kategori: Kunskap & analys")
    [(_, _, _, _, message)] = _findings(cli, workspace)
    assert "”och” i stället för ”&”" in message


@pytest.mark.parametrize("broken", [False, True])
def test_a_plan_without_typ_is_a_finding(cli, workspace, broken):
    _edit(workspace, PLAN, "typ: aktivitetsplan", "# typ: aktivitetsplan")
    if broken:
        _edit(workspace, PLAN, "syfte: Ge", 'syfte: "Ge')
    result = cli("validate", workspace, "--strict", "--today", TODAY)
    assert result.exit_code == 1
    assert "RUS007" in result.output and "lägg till raden `typ: aktivitetsplan`" in result.output


def test_other_yaml_without_typ_stays_ignored(cli, workspace):
    (workspace / "mkdocs.yml").write_text("site_name: Vår RUS\nnav: [index.md]\n", "utf-8")
    assert cli("validate", workspace, "--strict", "--today", TODAY).exit_code == 0
