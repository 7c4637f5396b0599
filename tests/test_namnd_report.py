"""The nämnd's document (issue 14): the ärende in front, the period, the money, honest
headlines, the Underlag footer, --kort, and the PDF and Word outputs read back."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import DALARNA, KRONOBERG, TODAY

CASE = DALARNA / "ärenden" / "run-2026-11-18.yaml"
NAMND = ["--ärende", str(CASE), "--period", "2026-T2", "--today", TODAY]


def _activities(root: Path) -> list[dict]:
    found = []
    for path in sorted((root / "aktivitetsplaner").glob("*.yaml")):
        found += yaml.safe_load(path.read_text(encoding="utf-8"))["aktiviteter"]
    return found


@pytest.fixture(scope="module")
def context() -> dict:
    from typer.testing import CliRunner

    from rustool.cli.app import app

    result = CliRunner().invoke(app, ["report", str(DALARNA), *NAMND, "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_case_comes_first_then_the_follow_up_as_appendix(cli):
    text = cli("report", DALARNA, *NAMND).stdout
    order = [
        "# Uppföljning av Dalastrategin 2030",
        "## Förslag till beslut",
        "## Sammanfattning",
        "## Ärendet",
        "## Bedömning per mål",
        "## Ekonomi",
        "## Perioden 2026-T2",
        "## Beslutsunderlag",
        "# Bilaga: Uppföljning",
        "## Underlag",
    ]
    places = [text.index(heading) for heading in order]
    assert places == sorted(places)
    assert "RD26/01234" in text and "| M1.2 Omställning" in text
    english = cli("report", DALARNA, *NAMND, "--lang", "en").stdout
    assert "## Proposed decision" in english and "# Appendix: Follow-up" in english


def test_money_sums_are_the_plans_kronor(context):
    """An independent recount from the YAML."""
    acts = _activities(DALARNA)
    budget = sum(a.get("budget_kr", 0) for a in acts)
    spent = sum(a.get("utfall_kr", 0) for a in acts)
    money = context["money"]
    assert (money["budget_kr"], money["spent_kr"]) == (budget, spent) and budget > 0
    for key in ("by_funding", "by_category", "by_role", "by_unit"):
        assert sum(line["budget_kr"] for line in money[key]) == budget, key
    anslag = sum(a.get("budget_kr", 0) for a in acts if a.get("finansiering") == "anslag 1:1")
    assert {line["key"]: line["budget_kr"] for line in money["by_funding"]}["anslag 1:1"] == anslag
    assert sum(line["budget_kr"] for line in money["by_goal"]) >= budget


def test_period_says_what_is_late_and_why(context):
    period = context["period"]
    assert (period["period"], period["previous"]) == ("2026-T2", "2026-T1")
    late = {r["id"]: r for r in period["late"]}
    assert late["KA-006"]["reason"].startswith("Upphandlingen av webbverktyget")
    assert late["KA-006"]["previous_status"] == "pågår"
    assert "KA-001" in {r["id"] for r in period["done"]}
    assert all(r["period_status"] not in ("klar", "struken") for r in period["late"])


def test_previous_periods():
    from rustool.model.types import parse_due
    from rustool.report.period import previous

    pairs = {"2026-T1": "2025-T3", "2026-T3": "2026-T2", "2026-Q1": "2025-Q4", "2026-01": "2025-12"}
    for now, before in {**pairs, "2026": "2025"}.items():
        assert previous(parse_due(now)).text == before


def test_headline_cards_count_what_a_reader_expects(context, cli):
    summary = context["summary"]
    flagged = [a for a in _activities(DALARNA) if a["status"] == "försenad"]
    assert summary["late"] == summary["overdue"] + summary["flagged"] >= len(flagged) > 0
    html = cli("report", DALARNA, "--today", TODAY, "-f", "html").stdout
    card = re.search(r'<li class="(\w+)"><span class="big">(\d+)</span> är sena', html)
    assert card and card.group(1) == "alert" and int(card.group(2)) == summary["late"]
    on_track = summary["indicators"]["on_track"]
    assert f"{on_track}/{summary['indicators']['total']}</span> indikatorer i fas" in html
    # a falling number is shown as falling, and separately judged
    assert '↘ minskar</span> · <span class="trend trend-positive">' in html


def test_provenance_is_in_the_footer_in_plain_words(cli):
    html = cli("report", DALARNA, "--today", TODAY, "-f", "html").stdout
    header, footer = html.split('<footer class="report-footer" id="underlag"', 1)
    assert "aktivitetsplaner/" not in header and "commit" not in header
    assert "Underlag" in footer and "aktivitetsplaner/kunskap_och_analys.yaml" in footer


def test_brief_lists_each_activity_once(cli):
    html = cli("report", DALARNA, "--today", TODAY, "--kort", "-f", "html").stdout
    ids = [a["id"] for a in _activities(DALARNA)]
    for activity in ids:
        assert html.count(f'<span class="id nobreak">{activity}</span>') == 1, activity
    assert 'id="units"' not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-T9"], "2026-T9"),
        (["--period", "2026", "--år", "2026"], "inte båda"),
        (["-o", "-", "-f", "pdf"], "-o"),
        (["-o", "x.docx"], "--ärende"),
    ],
)
def test_bad_options_are_usage_errors(cli, args, message):
    result = cli("report", DALARNA, "--today", TODAY, *args)
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_ärende_outside_the_workspace_is_refused(cli, tmp_path):
    outside = tmp_path / "ärende.yaml"
    shutil.copy(CASE, outside)
    result = cli("report", DALARNA, "--ärende", outside, "--today", TODAY, "-o", tmp_path / "x.md")
    assert result.exit_code == 2 and "inte ett ärende i arbetsytan" in result.output
    assert not (tmp_path / "x.md").exists()


def test_missing_weasyprint_is_a_clear_message(cli, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)
    result = cli("report", DALARNA, "--today", TODAY, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2 and "rustool[pdf]" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_word_document_reads_back(cli, tmp_path):
    docx = pytest.importorskip("docx")
    out = tmp_path / "tjansteskrivelse.docx"
    result = cli("report", DALARNA, *NAMND, "-o", out)
    assert result.exit_code == 0, result.output
    doc = docx.Document(str(out))
    headings = [
        (p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", yaml.safe_load(CASE.read_text())["ärendemening"])
    names = [text for _, text in headings]
    for heading in ("Förslag till beslut", "Sammanfattning", "Ärendet", "Bedömning per mål"):
        assert heading in names
    proposals = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert proposals == yaml.safe_load(CASE.read_text())["förslag_till_beslut"]
    tables = ["\n".join(c.text for row in t.rows for c in row.cells) for t in doc.tables]
    assert any("RD26/01234" in t for t in tables)
    assert any("Röd – når inte målet utan åtgärder" in t for t in tables)
    assert doc.core_properties.subject == "RD26/01234"


needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
    reason="poppler-utils (pdftotext, pdftoppm) are not installed; .ci/run installs them",
)


@pytest.fixture(scope="module")
def brief_pdf(tmp_path_factory) -> Path:
    pytest.importorskip("weasyprint")
    from typer.testing import CliRunner

    from rustool.cli.app import app

    out = tmp_path_factory.mktemp("pdf") / "kallelse.pdf"
    result = CliRunner().invoke(app, ["report", str(DALARNA), *NAMND, "--kort", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _pdf_text(path: Path, *args: str) -> str:
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@needs_poppler
def test_pdf_pages_headings_and_running_header(brief_pdf):
    info = subprocess.run(["pdfinfo", str(brief_pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 3 <= pages <= 8
    assert re.search(r"Tagged:\s+yes", info)
    text = _pdf_text(brief_pdf)
    for heading in ("Förslag till beslut", "Bedömning per mål", "Ekonomi", "Underlag"):
        assert heading in text
    page_texts = text.split("\f")[:pages]
    assert all("RD26/01234" in page for page in page_texts)  # the running header
    assert f"Sida {pages} ({pages})" in text


@needs_poppler
def test_pdf_breaks_no_id_mid_word(brief_pdf, context):
    """Every activity id and every goal id it serves is printed whole: a table cell that
    broke "P2.2.1" into "P2.2.|1" (or "KA-0|01") would lose it."""
    text = " ".join(_pdf_text(brief_pdf).split())
    rows = [row for unit in context["units"] for row in unit["activities"]]
    assert rows
    for row in rows:
        assert row["id"] in text
        for goal in row["goals"]:
            assert goal in text


@needs_poppler
def test_pdf_renders_to_page_images(brief_pdf, tmp_path):
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(brief_pdf), str(tmp_path / "p")],
        check=True,
    )
    pngs = list(tmp_path.glob("p*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 1000


def test_kronoberg_gets_the_new_sections_too(cli):
    text = cli("report", KRONOBERG, "--today", TODAY, "--år", "2026").stdout
    assert "## Ekonomi" in text and "## Perioden 2026" in text and "## Underlag" in text
