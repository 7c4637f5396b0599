"""`rustool diff` and `rustool decision` on temporary git repositories, run as a user runs
them: a decided version, then commits with known edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import STRATEGY
from .gitrepo import Repo
from .golden import assert_golden

WHEEL = """\
typ: årshjul
id: test-hjul
strategi: test-rus
händelser:
  - id: H01
    namn: Uppföljning
    månad: 3
    typ: uppföljning
    kopplar_till: [M1.2]
"""

ANALYS = """\
typ: aktivitetsplan
enhet: Analysenheten
strategi: test-rus
år: 2026
aktiviteter:
  - id: AN-001
    kategori: Kunskap och analys
    aktivitet: Ta fram en regional analys
    ansvarig: Anna Lindqvist
    klart_senast: 2026-T1
    bidrar_till: [M1.1]
    status: pågår
    budget_kr: 100000
  - id: AN-002
    kategori: Kunskap och analys
    aktivitet: Följa upp indikatorerna
    ansvarig: Erik Holm
    klart_senast: 2026-06
    bidrar_till: [P1.1.1]
    status: planerad
"""

TILLVAXT = """\
typ: aktivitetsplan
enhet: Tillväxtenheten
strategi: test-rus
år: 2026
aktiviteter:
  - id: TV-001
    kategori: Samverkan och nätverk
    aktivitet: Leda ett nätverk
    ansvarig: Lena Forsberg
    klart_senast: 2026
    bidrar_till: [M1.2]
    status: pågår
"""


SUCCESSOR = """\
typ: strategi
id: test-rus-2035
namn: Teststrategin 2035
ersätter: test-rus
motsvarar: {M1.1: [R1], M1.2: [R1]}
region: {namn: Region Test, länskod: "20"}
period: {från: 2031, till: 2035}
områden:
  - id: Q1
    namn: Ett nytt område
    mål:
      - id: R1
        namn: Ett samlat mål
"""


@pytest.fixture
def history(tmp_path: Path, cli) -> Repo:
    """A decided version and three commits after it."""
    repo = Repo(tmp_path / "repo")
    repo.write({
        "ws/strategi.yaml": STRATEGY,
        "ws/arshjul.yaml": WHEEL,
        "ws/planer/analys.yaml": ANALYS,
        "ws/planer/tillvaxt.yaml": TILLVAXT,
    })  # fmt: skip
    repo.commit("Den beslutade versionen")
    result = cli(
        "decision", "--nämnd", "RUN", "--datum", "2026-02-18", "--paragraf", "§ 12",
        "--dnr", "RUN 2026/45", "--path", repo.top / "ws",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    plan = "ws/planer/analys.yaml"
    repo.edit(plan, "klart_senast: 2026-T1\n    bidrar_till: [M1.1]\n    status: pågår",
              "klart_senast: 2026-T1\n    bidrar_till: [M1.1]\n    status: försenad")  # fmt: skip
    repo.edit(plan, "klart_senast: 2026-06", "klart_senast: 2026-08")
    repo.commit("Status och datum")
    (repo.top / "ws/planer/tillvaxt.yaml").rename(repo.top / "ws/planer/tillvaxtenheten.yaml")
    repo.edit("ws/strategi.yaml", "målvärde: {år: 2030, värde: 2.0}\n        prioriteringar",
              "målvärde: {år: 2030, värde: 2.0}\n            utfall: [{år: 2025, värde: 1.4}]\n"
              "        prioriteringar")  # fmt: skip
    repo.commit("Filen byter namn; ett nytt utfall")
    repo.edit("ws/strategi.yaml", "- id: M1.2\n        namn: Ett annat mål",
              "- id: M1.2\n        namn: Ett bättre mål")  # fmt: skip
    repo.write({"ws/strategi-2035.yaml": SUCCESSOR})
    repo.edit("ws/planer/tillvaxtenheten.yaml", "bidrar_till: [M1.2]", "bidrar_till: [M1.1]")
    repo.edit("ws/planer/tillvaxtenheten.yaml", "status: pågår\n",
              "status: pågår\n    uppföljning:\n      - period: 2026-T1\n        status: pågår\n"
              "        kommentar: Första mötet hölls i mars.\n")  # fmt: skip
    repo.edit("ws/arshjul.yaml", "månad: 3", "månad: [3, 4]")
    repo.edit(plan, "budget_kr: 100000", "budget_kr: 150000")
    repo.commit("Ett mål byter namn; en efterträdare med översättning")
    return repo


def _stable(text: str) -> str:
    """Commit ids and dates vary with git's version only in the tag: keep them out."""
    return re.sub(r"\b[0-9a-f]{40}\b|\b[0-9a-f]{10}\b", "<sha>", text)


def test_diff_since_the_decision_as_json(cli, history):
    result = cli("diff", "--format", "json", history.top / "ws")
    assert result.exit_code == 0, result.output
    assert_golden("diff/decided.json", _stable(result.stdout))
    data = json.loads(result.stdout)
    assert data["before"]["decision"]["paragraf"] == "§ 12"
    assert data["summary"]["changes"] == len(data["changes"]) == 11


def test_diff_since_the_decision_as_markdown(cli, history):
    result = cli("diff", "--format", "md", history.top / "ws")
    assert result.exit_code == 0, result.output
    assert_golden("diff/decided.md", _stable(result.stdout))


def test_report_names_the_decided_version_and_links_the_changes(cli, history):
    ws = history.top / "ws"
    plain = cli("report", ws, "--today", "2026-03-01")
    assert plain.exit_code == 0, plain.output
    line = (
        "Underlaget bygger på versionen som RUN beslutade 2026-02-18 § 12; 11 ändringar sedan dess"
    )
    assert line in plain.stdout
    assert "se bilaga" not in plain.stdout and "Bilaga" not in plain.stdout
    full = cli("report", ws, "--today", "2026-03-01", "--since", "beslut")
    assert full.exit_code == 0, full.output
    assert line + ", se bilaga" in full.stdout
    appendix = full.stdout.split("## Bilaga: ", 1)[1]
    assert "AN-002 Följa upp indikatorerna: klart senast 2026-06 → 2026-08" in appendix
    page = cli("report", ws, "--today", "2026-03-01", "--since", "HEAD~1", "--format", "html")
    assert page.exit_code == 0, page.output
    assert '<section id="changes"' in page.stdout and 'href="#changes"' in page.stdout
    assert "Nytt mål R1 Ett samlat mål (ersätter M1.1, M1.2)" in page.stdout


def test_report_without_a_decision_says_nothing_of_one(cli, tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.write({"strategi.yaml": STRATEGY, "planer/analys.yaml": ANALYS})
    repo.commit("En version")
    result = cli("report", repo.top, "--today", "2026-03-01")
    assert result.exit_code == 0, result.output
    assert "Underlaget bygger" not in result.stdout
    refused = cli("report", repo.top, "--since", "beslut")
    assert refused.exit_code == 2 and "Inget beslut är registrerat" in refused.output


def test_invalid_yaml_in_an_old_revision_is_reported_and_the_rest_compared(cli, tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.write({
        "strategi.yaml": STRATEGY,
        "planer/analys.yaml": ANALYS.replace("status: planerad", "status: [planerad"),
        "planer/tillvaxt.yaml": TILLVAXT,
    })  # fmt: skip
    repo.commit("Trasig plan")
    repo.write({"planer/analys.yaml": ANALYS})
    repo.edit("planer/tillvaxt.yaml", "status: pågår", "status: klar")
    repo.commit("Lagad plan")
    result = cli("diff", "HEAD~1", "HEAD", repo.top, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [problem] = data["problems"]["before"]
    assert (problem["file"], problem["code"]) == ("planer/analys.yaml", "RUS001")
    assert problem["line"] > 1 and data["problems"]["after"] == []
    assert [(c["kind"], c["id"]) for c in data["changes"]] == [("activity.status", "TV-001")]
    assert data["summary"]["not_compared"] == 2
    text = cli("diff", "HEAD~1", "HEAD", repo.top)
    assert "Filer som inte kunde läsas i HEAD~1" in text.stdout
    assert "planer/analys.yaml:" in text.stdout and "TV-001" in text.stdout


def test_a_git_directory_committed_into_the_workspace_is_not_obeyed(cli, tmp_path, monkeypatch):
    """A pull request can commit a bare repository's files (HEAD, config, objects, refs)
    into the workspace; run from inside it, diff still reads the real repository and
    never runs the command in its config."""
    marker = tmp_path / "obeyed"
    repo = Repo(tmp_path / "repo")
    repo.write({"ws/strategi.yaml": STRATEGY, "ws/planer/tillvaxt.yaml": TILLVAXT})
    repo.commit("Början")
    evil = {
        "ws/evil/HEAD": "ref: refs/heads/main\n",
        "ws/evil/config": "[core]\n\tbare = true\n\tfsmonitor = touch " + str(marker) + "\n"
        "[alias]\n\tls-tree = !touch " + str(marker) + "\n",
        "ws/evil/refs/heads/.keep": "",
        "ws/evil/objects/.keep": "",
    }
    repo.write(evil)
    repo.edit("ws/planer/tillvaxt.yaml", "status: pågår", "status: försenad")
    repo.commit("En pull request")
    monkeypatch.chdir(repo.top / "ws" / "evil")
    result = cli("diff", "HEAD~1", "--format", "json")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["changes"]
    assert [(c["kind"], c["id"]) for c in changes] == [("activity.status", "TV-001")]
    assert not marker.exists()


def test_revisions_are_checked_before_use(cli, history, tmp_path):
    ws = history.top / "ws"
    cases = (
        ("--output=/tmp/x", "kan inte vara en revision"),
        ("HEAD~99", "finns inte i arkivet"),
        ("a b", "kan inte vara"),
    )
    for bad, message in cases:
        result = cli("diff", "--", bad, "HEAD", ws)  # after --, never an option of ours
        assert result.exit_code == 2 and message in result.output, (bad, result.output)
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "strategi.yaml").write_text(STRATEGY, encoding="utf-8")
    result = cli("diff", outside)
    assert result.exit_code == 2 and "ligger inte i ett git-arkiv" in result.output


def test_decision_refuses_to_overwrite_and_lists(cli, history):
    ws = history.top / "ws"
    again = cli("decision", "--nämnd", "RUN", "--datum", "2026-02-18", "--path", ws)
    assert again.exit_code == 2 and "finns redan" in again.output
    for name in ("RUN/x", "R U N", "-RUN", "..", "RUN.lock"):
        bad = cli("decision", "--nämnd", name, "--datum", "2026-03-01", "--path", ws)
        assert bad.exit_code == 2 and "taggnamn" in bad.output, name
    bad_day = cli("decision", "--nämnd", "RUN", "--datum", "2026-02-30", "--path", ws)
    assert bad_day.exit_code == 2 and "inget datum" in bad_day.output
    listed = cli("decision", "--list", "--path", ws)
    assert listed.exit_code == 0
    assert (
        listed.stdout.startswith("beslut/RUN/2026-02-18  ") and "§ 12 RUN 2026/45" in listed.stdout
    )
    tags = history.git("tag", "-l").split()
    assert tags == ["beslut/RUN/2026-02-18"]


def test_decision_without_an_identity_says_how_to_set_one(cli, tmp_path, monkeypatch):
    repo = Repo(tmp_path / "repo")
    repo.write({"strategi.yaml": STRATEGY})
    repo.commit("Början")
    repo.git("config", "--unset", "user.name")
    repo.git("config", "--unset", "user.email")
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.gitconfig of the machine's user
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = cli("decision", "--nämnd", "RUN", "--datum", "2026-02-18", "--path", repo.top)
    assert result.exit_code == 2 and "git config user.name" in result.output
    assert repo.git("tag", "-l") == ""
