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
              "- id: M1.3\n        namn: Ett bättre mål")  # fmt: skip
    repo.edit("ws/strategi.yaml", "områden:\n", "motsvarar: {M1.2: [M1.3]}\nområden:\n")
    repo.edit("ws/planer/tillvaxtenheten.yaml", "bidrar_till: [M1.2]", "bidrar_till: [M1.3]")
    repo.edit("ws/planer/tillvaxtenheten.yaml", "status: pågår\n",
              "status: pågår\n    uppföljning:\n      - period: 2026-T1\n        status: pågår\n"
              "        kommentar: Första mötet hölls i mars.\n")  # fmt: skip
    repo.edit("ws/arshjul.yaml", "kopplar_till: [M1.2]", "kopplar_till: [M1.3]")
    repo.edit(plan, "budget_kr: 100000", "budget_kr: 150000")
    repo.commit("Målet M1.2 blir M1.3")
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
    assert data["summary"]["changes"] == len(data["changes"]) == 9


def test_diff_since_the_decision_as_markdown(cli, history):
    result = cli("diff", "--format", "md", history.top / "ws")
    assert result.exit_code == 0, result.output
    assert_golden("diff/decided.md", _stable(result.stdout))
