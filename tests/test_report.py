"""`rustool report`: the committee report, run as a user runs it, on real workspaces."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace
from tests.golden import assert_golden

EXAMPLES = {"dalastrategin": DALARNA, "grona_kronoberg": KRONOBERG}


def copy_example(tmp_path: Path, name: str) -> Path:
    """The example outside the git repository, so the report has no commit in it."""
    target = tmp_path / name
    shutil.copytree(EXAMPLES[name], target)
    return target


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_markdown_golden(cli, tmp_path, name, lang):
    root = copy_example(tmp_path, name)
    out = tmp_path / "rapport.md"
    # even when the temporary folder lies inside some git repository, git must not find it
    result = cli(
        "report",
        root,
        "-o",
        out,
        "--today",
        TODAY,
        "--lang",
        lang,
        env={"GIT_CEILING_DIRECTORIES": str(tmp_path)},
    )
    assert result.exit_code == 0, result.output
    assert_golden(f"report/{name}.{lang}.md", out.read_text("utf-8"))


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_same_workspace_and_date_give_the_same_bytes(cli, tmp_path, fmt):
    root = copy_example(tmp_path, "dalastrategin")
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    assert cli("report", root, "-o", first, "--today", TODAY).exit_code == 0
    assert cli("report", root, "-o", second, "--today", TODAY).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_template_cache_is_used_and_never_breaks_a_report(cli, tmp_path, fmt):
    """Compiled built-in templates are kept under XDG_CACHE_HOME; a cold, warm, corrupt or
    impossible cache gives the same report."""
    cache = tmp_path / "cache"
    out = tmp_path / f"r.{fmt}"

    def report(home: Path) -> bytes:
        result = cli(
            "report", DALARNA, "-o", out, "--today", TODAY, env={"XDG_CACHE_HOME": str(home)}
        )
        assert result.exit_code == 0, result.output
        return out.read_bytes()

    cold = report(cache)
    entries = sorted((cache / "rustool" / "templates").iterdir())
    assert entries, "nothing was cached"
    assert report(cache) == cold  # warm
    for entry in entries:
        entry.write_bytes(b"\x00not bytecode")
    assert report(cache) == cold  # corrupt entries are compiled afresh
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert report(blocker) == cold  # the cache folder cannot be made


def test_stdout_is_markdown_by_default(cli):
    result = cli("report", KRONOBERG, "--today", TODAY)
    assert result.exit_code == 0
    assert result.stdout.startswith("# Gröna Kronoberg")


# --------------------------------------------------------------------------- the HTML page


@pytest.fixture(scope="module")
def dalarna_html(tmp_path_factory) -> str:
    from typer.testing import CliRunner

    from rustool.cli.app import app

    out = tmp_path_factory.mktemp("html") / "rapport.html"
    result = CliRunner().invoke(
        app, ["report", str(DALARNA), "-o", str(out), "--today", TODAY], env={"RUSTOOL_LANG": ""}
    )
    assert result.exit_code == 0, result.output
    return out.read_text("utf-8")


def test_html_is_self_contained(dalarna_html):
    # a KPI's link to its page on kolada.se is for the reader to follow, not a resource
    # the page loads (the Content-Security-Policy still allows none)
    links = (
        r'<a href="https://www\.kolada\.se/verktyg/fri-sokning/\?kpis=[A-Z][0-9]{5}" '
        r'rel="noreferrer">'
    )
    assert re.search(links, dalarna_html)
    dalarna_html = re.sub(links, "<a>", dalarna_html)
    assert not re.search(r"(?i)\b(?:https?:|ftp:|file:)//", dalarna_html)
    assert not re.search(r"(?i)<(?:script|link|img|iframe|object)\b", dalarna_html)
    assert not re.search(r"(?i)url\(|@import", dalarna_html)
    assert "<style>" in dalarna_html


def test_html_is_accessible(dalarna_html):
    assert '<html lang="sv">' in dalarna_html
    levels = [int(h) for h in re.findall(r"<h([1-6])[\s>]", dalarna_html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), "skipped level"
    assert all("scope=" in th for th in re.findall(r"<th\b[^>]*>", dalarna_html))
    svgs = re.findall(r"<svg\b[^>]*>", dalarna_html)
    assert len(svgs) > 10
    assert all('role="img"' in s and 'aria-label="' in s for s in svgs)
    assert dalarna_html.count('id="wheel-picture"') == 1
    ids = re.findall(r'\sid="([^"]+)"', dalarna_html)
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = set(re.findall(r'href="#([^"]+)"', dalarna_html))
    assert targets <= set(ids), "a link to nowhere"


def test_html_has_a_print_stylesheet_for_a4(dalarna_html):
    assert "@page { size: A4" in dalarna_html
    assert "@media print" in dalarna_html


def test_html_in_english(cli, tmp_path):
    out = tmp_path / "report.html"
    assert cli("report", KRONOBERG, "-o", out, "--today", TODAY, "--lang", "en").exit_code == 0
    text = out.read_text("utf-8")
    assert '<html lang="en">' in text
    assert "Goals and activities" in text and "Mål och aktiviteter" not in text


def test_git_version_of_the_data(cli, tmp_path):
    """In the repository the header names the commit; outside it says there is none."""
    inside = cli("report", DALARNA, "--today", TODAY, "--format", "json")
    version = json.loads(inside.stdout)["header"]["version"]
    if shutil.which("git") and version is not None:
        assert re.fullmatch(r"[0-9a-f]{40}", version["commit"])
        assert isinstance(version["dirty"], bool)
    outside = cli(
        "report", copy_example(tmp_path, "dalastrategin"), "--format", "json", "--today", TODAY
    )
    assert json.loads(outside.stdout)["header"]["version"] is None


# --------------------------------------------------------------------------- escaping

EVIL = "<script>alert('x')</script> & \"quoted\" | pipe *star* _u_ [l](u) `c` $m$"
"""Text that HTML and Markdown would both take for markup."""


def _evil_workspace(root: Path) -> Path:
    e = EVIL.replace('"', '\\"')
    strategy = f"""\
typ: strategi
id: rus
namn: "{e}"
region: {{namn: "{e}", länskod: "20"}}
period: {{från: 2021, till: 2030}}
vision: "{e}"
kategorier: ["{e}", Processtöd]
roller: ["{e}", Utföraren]
områden:
  - id: O1
    namn: "{e}"
    beskrivning: "{e}"
    mål:
      - id: M1.1
        namn: "{e}"
        indikatorer:
          - id: I1
            namn: "{e}"
            enhet: "{e}"
            riktning: öka
            baslinje: {{år: 2019, värde: 1}}
            målvärde: {{år: 2030, värde: 2}}
            utfall: [{{år: 2022, värde: 1.5}}]
        prioriteringar:
          - id: P1.1.1
            namn: "{e}"
      - id: M1.2
        namn: "{e}"
"""
    wheel = f"""\
typ: årshjul
id: hjul
namn: "{e}"
strategi: rus
händelser:
  - id: H1
    namn: "{e}"
    månad: [11, 12]
    typ: beslut
    målgrupp: ["{e}"]
    ansvarig: "{e}"
"""
    plan = f"""\
typ: aktivitetsplan
enhet: "{e}"
strategi: rus
år: 2026
uppdrag: "{e}"
mål: "{e}"
aktiviteter:
  - id: A-1
    kategori: "{e}"
    aktivitet: "{e}"
    syfte: "{e}"
    mål: "{e}"
    ansvarig: "{e}"
    klart_senast: 2026-10
    kommentar: "{e}"
    bidrar_till: [P1.1.1]
    roll: "{e}"
    status: pågår
"""
    return write_workspace(
        root, {"strategi.yaml": strategy, "arshjul.yaml": wheel, "plan.yaml": plan}
    )


def test_html_special_text_is_escaped_everywhere(cli, tmp_path):
    root = _evil_workspace(tmp_path / "ws")
    out = tmp_path / "r.html"
    result = cli("report", root, "-o", out, "--today", TODAY, "--title", EVIL)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "<script" not in text
    assert "&lt;script&gt;" in text
    assert '"quoted"' not in text  # quotes are escaped too, so attributes stay closed
    assert text.count("&lt;script&gt;") >= 20


def test_markdown_special_text_is_escaped_everywhere(cli, tmp_path):
    root = _evil_workspace(tmp_path / "ws")
    result = cli("report", root, "--today", TODAY, "--title", EVIL)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "<script>" not in text and "\\<script\\>" in text
    assert "*star*" not in text and "`c`" not in text and "$m$" not in text
    for block in re.findall(r"(?m)(?:^\|.*\|\n)+", text):
        rows = block.splitlines()
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, block  # no cell spills into another column


# --------------------------------------------------------------------------- odd workspaces


def test_workspace_without_wheel_indicators_or_activities(cli, tmp_path):
    strategy = STRATEGY.split("        indikatorer:")[0] + "      - id: M1.2\n        namn: Två\n"
    root = write_workspace(tmp_path, {"strategi.yaml": strategy})
    for fmt in ("md", "html"):
        out = tmp_path / f"r.{fmt}"
        result = cli("report", root, "-o", out, "--today", TODAY)
        assert result.exit_code == 0, result.output
        text = out.read_text("utf-8")
        assert "inget årshjul" in text
        assert "inga aktivitetsplaner" in text
        assert "M1.1" in text and "M1.2" in text


def test_workspace_with_errors_says_which_and_writes_nothing(cli, tmp_path):
    root = write_workspace(
        tmp_path / "ws",
        {
            "strategi.yaml": STRATEGY,
            "plan.yaml": "typ: aktivitetsplan\nenhet: E\nstrategi: test-rus\naktiviteter:\n"
            "  - id: A1\n    kategori: Processtöd\n    aktivitet: X\n"
            "    bidrar_till: [M9.9]\n    status: pågår\n",
        },
    )
    out = tmp_path / "r.html"
    result = cli("report", root, "-o", out, "--today", TODAY)
    assert result.exit_code == 1
    assert "2 fel" in result.stderr and "RUS201" in result.stderr and "plan.yaml:8" in result.stderr
    assert not out.exists()


def test_workspace_without_strategy(cli, tmp_path):
    result = cli("report", tmp_path, "--today", TODAY)
    assert result.exit_code == 1
    assert "RUS203" in result.stderr


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-o", "x.txt"], 2),
        (["--format", "pdf"], 2),
        (["--window", "-1"], 2),
        (["--template", "no-such-folder"], 2),
        (["--today", "2026-13-01"], 2),
    ],
)
def test_usage_errors(cli, tmp_path, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    result = cli("report", DALARNA, *args)
    assert result.exit_code == code
    assert "Traceback" not in result.output


def test_format_from_suffix_and_json_context(cli, tmp_path):
    out = tmp_path / "r.json"
    assert cli("report", KRONOBERG, "-o", out, "--today", TODAY).exit_code == 0
    context = json.loads(out.read_text("utf-8"))
    assert set(context) >= {"header", "summary", "areas", "deadlines", "coverage", "wheel", "units"}


def test_window_moves_the_soon_due_horizon(cli):
    def soon(window: str) -> list[str]:
        out = cli("report", DALARNA, "--format", "json", "--today", TODAY, "--window", window)
        return [r["id"] for r in json.loads(out.stdout)["deadlines"]["soon"]]

    assert soon("0") == []
    assert "KF-003" in soon("30")
    assert len(soon("60")) > len(soon("30"))


def test_help_lists_the_options(cli):
    result = cli("report", "--help")
    assert result.exit_code == 0
    for option in (
        "--output",
        "--format",
        "--today",
        "--template",
        "--title",
        "--window",
        "--lang",
    ):
        assert option in result.stdout


# --------------------------------------------------------------------------- indicators


def test_trend_takes_the_direction_into_account():
    from rustool.report.trend import judge

    assert judge(5.0, 4.0, "minska") == "positive"
    assert judge(5.0, 4.0, "öka") == "negative"
    assert judge(5.0, 5.0, "öka") == "unchanged"
    assert judge(0.1 + 0.2, 0.3, "öka") == "unchanged"
    assert judge(100, 98, "bibehåll", reference=100) == "negative"
    assert judge(98, 99, "bibehåll", reference=100) == "positive"


def test_on_track_against_the_straight_line():
    from rustool.model import Indicator

    def indicator(direction, base, target, *outcomes):
        return Indicator.model_validate(
            {
                "id": "I",
                "namn": "I",
                "riktning": direction,
                "baslinje": {"år": 2020, "värde": base},
                "målvärde": {"år": 2030, "värde": target},
                "utfall": [{"år": y, "värde": v} for y, v in outcomes],
            }
        )

    from rustool.report.trend import assess

    rising = assess(indicator("öka", 0, 10, (2024, 3.0), (2025, 5.0)))
    assert rising.expected == pytest.approx(5.0) and rising.on_track is True
    assert rising.trend == "positive" and rising.progress == pytest.approx(0.5)
    falling = assess(indicator("minska", 10, 0, (2025, 6.0)))
    assert falling.previous.year == 2020  # one outcome: compared with the baseline
    assert falling.trend == "positive" and falling.on_track is False
    level = assess(indicator("bibehåll", 50, 50, (2025, 50.4)))
    assert level.on_track is True and level.progress is None
    empty = assess(indicator("öka", 0, 10))
    assert empty.trend is None and empty.on_track is None


# --------------------------------------------------------------------------- small parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", "a\\|b"),
        ("line\nbreak", "line break"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("-3 stays", "-3 stays"),
        ("2026-T2", "2026-T2"),
        ("A & B", "A & B"),
        ("&amp;", "\\&amp;"),
        ("snake_case", "snake\\_case"),
    ],
)
def test_markdown_escape(text, expected):
    from rustool.mdtext import escape

    assert escape(text) == expected


def test_numbers_in_each_language():
    from rustool.numbers import kronor, number, percent

    assert number(287676.0, "sv") == "287\u00a0676"
    assert number(287676.0, "en") == "287,676"
    assert number(4.85, "sv") == "4,85"
    assert number(-1.5, "en") == "\u22121.5"
    assert percent(0.5, "sv") == "50\u00a0%" and percent(0.5, "en") == "50%"
    assert kronor(180000, "sv") == "180\u00a0000\u00a0kr"


def test_mandate_years():
    from rustool.report.annual import coming_months, mandate_year

    assert [mandate_year(y) for y in (2022, 2023, 2024, 2025, 2026, 2027)] == [4, 1, 2, 3, 4, 1]
    assert list(coming_months(date(2026, 11, 23), 3)) == [(2026, 11), (2026, 12), (2027, 1)]


def test_summary_names_goals_without_activities_and_what_is_late(cli, tmp_path):
    """What the committee asks first must be on top: the gaps and the late work."""
    plan = (
        "typ: aktivitetsplan\nenhet: Enheten\nstrategi: test-rus\naktiviteter:\n"
        "  - id: A1\n    kategori: Processtöd\n    aktivitet: Sen aktivitet\n"
        "    ansvarig: Anna\n    klart_senast: 2026-09\n    bidrar_till: [P1.1.1]\n"
        "    status: pågår\n"
    )
    root = write_workspace(tmp_path / "ws", {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    for fmt in ("html", "md"):
        out = tmp_path / f"r.{fmt}"
        assert cli("report", root, "-o", out, "--today", TODAY).exit_code == 0
        text = out.read_text("utf-8")
        start, end = (
            ('id="h-summary"', 'id="h-goals"')
            if fmt == "html"
            else ("## Sammanfattning", "## Mål och aktiviteter")
        )
        summary = text[text.index(start) : text.index(end)]
        assert "M1.2" in summary and "Ett annat mål" in summary
        assert "A1" in summary and "Sen aktivitet" in summary and "54 dagar sen" in summary
    context = json.loads(cli("report", root, "--format", "json", "--today", TODAY).stdout)
    assert context["summary"]["goals"]["uncovered"] == [
        {"id": "M1.2", "name": "Ett annat mål", "area": "O1"}
    ]
    assert [r["id"] for r in context["deadlines"]["overdue"]] == ["A1"]
    assert context["coverage"]["uncovered"] == [
        {"id": "M1.2", "kind": "mål", "name": "Ett annat mål"}
    ]


def test_every_key_of_the_context_is_documented(cli):
    """docs/report-template.md names every key a template can use."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "report-template.md").read_text()
    context = json.loads(cli("report", DALARNA, "--format", "json", "--today", TODAY).stdout)
    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in {"sparklines"} and not re.fullmatch(r"[A-Z]\d.*|\d+", key):
                    keys.add(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(context)
    missing = sorted(k for k in keys | {"pictures", "lang"} if f"`{k}`" not in doc)
    assert not missing, f"not in docs/report-template.md: {missing}"


def test_unwritable_output_is_a_clear_message(cli, tmp_path):
    (tmp_path / "fil").write_text("x")
    result = cli("report", KRONOBERG, "-o", tmp_path / "fil" / "rapport.html", "--today", TODAY)
    assert result.exit_code == 2
    assert result.stderr.startswith("rustool: Kan inte skriva")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_report_agrees_with_coverage(name):
    """The report's numbers are coverage's numbers: nothing is counted differently."""
    from rustool import coverage
    from rustool.report import context as report
    from rustool.workspace import load_workspace

    day = date.fromisoformat(TODAY)
    ws = load_workspace(EXAMPLES[name], day)
    cov = coverage.compute(ws, today=day)
    context = report.build(ws, report.Options(day, version=False))
    summary = context["summary"]
    assert summary["activities"] == cov.activities
    assert {s["status"]: s["count"] for s in summary["by_status"]} == cov.by_status
    assert summary["overdue"] == cov.overdue
    uncovered = [g["id"] for g in summary["goals"]["uncovered"]]
    uncovered += [p["id"] for p in summary["priorities"]["uncovered"]]
    assert sorted(uncovered) == sorted(cov.uncovered)
    for area in context["areas"]:
        for goal in area["goals"]:
            assert len(goal["activities"]) == cov.by_node[goal["id"]]
    for unit, row in zip(context["units"], cov.units, strict=True):
        assert (unit["unit"], len(unit["activities"])) == (row.name, row.activities)


def test_markdown_renders_every_field_as_plain_text(cli, tmp_path):
    """Rendered by a CommonMark parser with GFM tables (markdown-it, which rich brings),
    the hostile text comes out as exactly itself, in the right cell."""
    markdown_it = pytest.importorskip("markdown_it")
    from markdown_it.common.utils import escapeHtml

    root = _evil_workspace(tmp_path / "ws")
    result = cli("report", root, "--today", TODAY, "--title", EVIL)
    assert result.exit_code == 0, result.output
    html = (
        markdown_it.MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .render(result.stdout)
    )
    assert "<script" not in html and "<code>" not in html
    assert html.count("<em>") == 1  # the kicker line, written so in the template
    assert "<a " not in html and "<s>" not in html
    assert html.count(escapeHtml(EVIL)) >= 15
    for table in re.findall(r"<table>.*?</table>", html, re.S):
        widths = {
            len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)
        }
        assert len(widths) == 1, table


GOLDEN_REPORTS = sorted((Path(__file__).parent / "golden" / "report").glob("*.md"))


@pytest.mark.parametrize("golden", GOLDEN_REPORTS, ids=lambda p: p.name)
def test_golden_markdown_renders_as_tables(golden):
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(golden.read_text("utf-8"))
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) > 10
    for table in tables:
        rows = re.findall(r"<tr>.*?</tr>", table, re.S)
        assert len({len(re.findall(r"<t[hd][ >]", row)) for row in rows}) == 1
    assert html.count("<h2>") == 9  # six sections, portfolio, Ekonomi, Underlag


def test_workspace_with_only_a_merged_plan(cli, tmp_path):
    merged = (
        "typ: aktivitetsplan\nenhet: Förvaltningen\nstrategi: test-rus\n"
        "källor:\n  - {fil: a.yaml, enhet: Enhet A}\n  - {fil: b.yaml, enhet: Enhet B}\n"
        "aktiviteter:\n"
        "  - {id: A1, enhet: Enhet A, kategori: Processtöd, aktivitet: Ett, ansvarig: X,"
        " klart_senast: 2026, bidrar_till: [M1.1], status: pågår}\n"
        "  - {id: B1, enhet: Enhet B, kategori: Finansiering, aktivitet: Två, ansvarig: Y,"
        " klart_senast: 2026, bidrar_till: [M1.2], status: klar}\n"
    )
    root = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "samlad.yaml": merged})
    result = cli("report", root, "--format", "json", "--today", TODAY)
    assert result.exit_code == 0, result.output
    context = json.loads(result.stdout)
    assert context["coverage"]["source"] == "merged"
    assert [(u["unit"], [r["id"] for r in u["activities"]]) for u in context["units"]] == [
        ("Enhet A", ["A1"]),
        ("Enhet B", ["B1"]),
    ]
    assert context["summary"]["goals"]["uncovered"] == []


@pytest.mark.parametrize("command", [("report", "-f", "md"), ("coverage", "-f", "json")])
def test_output_never_overwrites_a_workspace_file(cli, tmp_path, command):
    """-o at the strategy, a plan or rustool.yaml is refused and the file stays as it was."""
    root = tmp_path / "ws"
    shutil.copytree(KRONOBERG, root)
    (root / "rustool.yaml").write_text("regler:\n  ignorera: [RUS302]\n", encoding="utf-8")
    targets = [
        root / "strategi.yaml",
        root / "rustool.yaml",
        next((root / "aktivitetsplaner").glob("*.yaml")),
    ]
    for target in targets:
        before = target.read_bytes()
        result = cli(*command[:1], root, *command[1:], "-o", target, "--today", TODAY)
        assert result.exit_code == 2, result.output
        assert result.stderr == (
            f"rustool: -o {target} är en fil i arbetsytan som rustool läser; välj en annan fil.\n"
        )
        assert target.read_bytes() == before
    result = cli(*command[:1], root, *command[1:], "-o", root, "--today", TODAY)
    assert result.exit_code == 2 and "är en mapp" in result.stderr


@pytest.mark.parametrize(
    ("today", "window"),
    [
        ("9999-12-31", "14"),
        ("2026-11-23", "3661"),
        ("2026-11-23", "99999999999"),
        ("2026-11-23", "-1"),
    ],
)
def test_window_past_what_a_date_can_hold_is_a_usage_error(cli, today, window):
    result = cli("report", KRONOBERG, "--today", today, "--window", window)
    assert result.exit_code == 2
    assert result.stderr == (
        "rustool: --window ska vara ett antal dagar, från 0 till 3660, "
        "som inte går förbi år 9999.\n"
    )


@pytest.mark.parametrize("today", ["20261123", "2026-W48-1", "２０２６-11-23", "2026-11-23\n"])
def test_today_is_written_yyyy_mm_dd(cli, today):
    result = cli("report", KRONOBERG, "--today", today)
    assert result.exit_code == 2
    assert result.stderr.startswith("rustool: Ogiltigt datum")
