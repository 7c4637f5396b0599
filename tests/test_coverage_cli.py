"""`rustool coverage` run as a user runs it: every format on both examples and on edge
workspaces, text that could break a format, thresholds, filters and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from .conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace
from .test_coverage import activity, plan

FORMATS = ["table", "json", "csv", "md"]
EXAMPLES = [DALARNA, KRONOBERG]
NO_INDICATORS = STRATEGY.split("        indikatorer:")[0] + "      - id: M1.2\n        namn: M\n"
WHEEL = """\
typ: årshjul
id: hjul
strategi: test-rus
händelser:
  - {id: H1, namn: Uppföljning, månad: [3, 4], typ: uppföljning, kopplar_till: [M1.1]}
"""


def edge_workspaces(tmp_path):
    """No årshjul; no indicators; no activities at all; an empty plan."""
    one = plan("A", activity("A-1"))
    return {
        "no_wheel": write_workspace(
            tmp_path / "no_wheel", {"strategi.yaml": STRATEGY, "a.yaml": one}
        ),
        "no_indicators": write_workspace(
            tmp_path / "no_indicators",
            {"strategi.yaml": NO_INDICATORS, "a.yaml": one, "arshjul.yaml": WHEEL},
        ),
        "no_activities": write_workspace(
            tmp_path / "no_activities", {"strategi.yaml": STRATEGY, "arshjul.yaml": WHEEL}
        ),
        "empty_plan": write_workspace(
            tmp_path / "empty_plan", {"strategi.yaml": STRATEGY, "a.yaml": plan("A")}
        ),
    }


def check_format(fmt: str, output: str) -> None:
    """The output is well-formed in its format."""
    if fmt == "json":
        data = json.loads(output)
        assert {"by_category", "by_node", "uncovered", "by_role", "by_month"} <= set(data)
        assert list(data["by_month"]) == [str(m) for m in range(1, 13)]
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(output.lstrip("\ufeff"), newline="")))
        assert rows[0] == ["avsnitt", "id", "namn", "mått", "värde"] or rows[0][0] == "section"
        assert all(len(row) == 5 for row in rows)
        assert all(row[4].isdigit() for row in rows[1:])
    elif fmt == "md":
        assert_md_tables_intact(output)
    else:
        assert "Traceback" not in output


def md_cells(line: str) -> list[str]:
    """The cells of a pipe-table row: split at pipes that are not escaped."""
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


def assert_md_tables_intact(text: str) -> None:
    width = None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = md_cells(line)
            width = width or len(cells)
            assert len(cells) == width, line
        else:
            width = None


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("root", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_format_on_the_examples(cli, root, fmt, lang):
    result = cli("coverage", root, "--format", fmt, "--today", TODAY, "--lang", lang)
    assert result.exit_code == 0, result.output
    check_format(fmt, result.stdout)
    if fmt in ("table", "md"):
        title = "Täckning" if lang == "sv" else "Coverage"
        assert title in result.stdout
        assert ("Finansiären" in result.stdout) and ("O1" in result.stdout)


def test_table_names_the_gaps_and_months(cli):
    result = cli("coverage", DALARNA, "--today", TODAY)
    out = result.stdout
    assert "Månader utan händelser: juli" in out
    assert "Mål och prioriteringar utan aktiviteter: inga" in out
    assert "48 av 48 (100" in out


def test_english_labels(cli):
    out = cli("coverage", KRONOBERG, "--lang", "en", "--today", TODAY).stdout
    assert "Activities by category and status" in out and "in progress" in out
    assert "going round once per mandate period" in out
    assert "H11 (2)" in out  # mandate years are named


def test_json_numbers(cli):
    data = json.loads(cli("coverage", DALARNA, "-f", "json", "--today", TODAY).stdout)
    assert data["activities"] == 48 and data["by_month"]["7"] == 0
    assert data["today"] == TODAY and data["source"] == "plans"
    assert sum(data["by_category"].values()) == 48


def test_table_never_drops_a_column_on_a_narrow_terminal(cli):
    out = cli("coverage", DALARNA, env={"COLUMNS": "60"}).stdout
    for header in ("planerad", "struken", "Förfallna", "Följs", "ansvarig", "Indikatorer"):
        assert header in out
    assert "verksamhetsprocesser" in out  # a long word is never cut


# --------------------------------------------------------------------------- edge workspaces


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ["no_wheel", "no_indicators", "no_activities", "empty_plan"])
def test_edge_workspaces(cli, tmp_path, case, fmt):
    root = edge_workspaces(tmp_path)[case]
    result = cli("coverage", root, "-f", fmt, "--today", TODAY)
    assert result.exit_code == 0, result.output
    check_format(fmt, result.stdout)


def test_edge_messages(cli, tmp_path):
    roots = edge_workspaces(tmp_path)
    assert "inget årshjul" in cli("coverage", roots["no_wheel"]).stdout
    assert "Mål utan indikatorer: M1.1, M1.2" in cli("coverage", roots["no_indicators"]).stdout
    out = cli("coverage", roots["no_activities"]).stdout
    assert "inga aktivitetsplaner" in out and "0 av 0 (–)" in out


def test_broken_strategy_is_a_clear_error(cli, tmp_path):
    root = write_workspace(
        tmp_path,
        {
            "strategi.yaml": "typ: strategi\nid: x\nnamn: [oops\n",
            "a.yaml": plan("A", activity("A-1")),
        },
    )
    for fmt in FORMATS:
        result = cli("coverage", root, "-f", fmt)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "ingen strategi som går att läsa" in result.stderr
        assert "strategi.yaml:4:1: RUS001" in result.stderr


def test_errors_elsewhere_report_what_can_be_read(cli, tmp_path):
    bad = activity("A-2").replace("status: pågår", "status: okänd")
    root = write_workspace(
        tmp_path, {"strategi.yaml": STRATEGY, "a.yaml": plan("A", activity("A-1"), bad)}
    )
    result = cli("coverage", root, "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["activities"] == 1
    assert "har 1 fel" in result.stderr and "RUS103" in result.stderr


def test_no_workspace_at_all(cli, tmp_path):
    result = cli("coverage", tmp_path)
    assert result.exit_code == 1 and "RUS203" in result.stderr


# --------------------------------------------------------------------------- text safety


NASTY = 'Pipe | och "citat", \\ [bold]markup[/bold] *stjärna* <b>html</b>\nny rad \x1b[31mröd'


def nasty_workspace(tmp_path):
    strategy = STRATEGY.replace("namn: Ett annat mål", f"namn: {json.dumps(NASTY)}")
    unit = json.dumps("=SUMMA(A1) | enhet\nmed radbrytning")
    return write_workspace(
        tmp_path,
        {
            "strategi.yaml": strategy,
            "a.yaml": plan(
                unit,
                activity("A-1", refs="[M1.2]"),
                activity("A-2", category="'Okänd | kategori, \"x\"'"),
            ),
        },
    )


def test_csv_round_trips_any_text(cli, tmp_path):
    raw = cli("coverage", nasty_workspace(tmp_path), "-f", "csv").stdout_bytes
    out = raw.decode("utf-8")  # Result.stdout would turn CRLF into LF
    rows = list(csv.reader(io.StringIO(out, newline="")))
    names = {row[2] for row in rows}
    assert NASTY in names  # pipes, quotes, commas and the newline survive quoting
    assert 'Okänd | kategori, "x"' in names
    assert "'=SUMMA(A1) | enhet\nmed radbrytning" in names  # not a live formula
    assert out.count("\r\n") == len(rows)  # CRLF line ends, none doubled
    assert "\r\r" not in out


def test_csv_bom_and_delimiter(cli):
    plain = cli("coverage", DALARNA, "-f", "csv").stdout
    assert not plain.startswith("\ufeff")
    with_bom = cli("coverage", DALARNA, "-f", "csv", "--bom").stdout
    assert with_bom.startswith("\ufeff") and with_bom[1:] == plain
    semicolons = cli("coverage", DALARNA, "-f", "csv", "--delimiter", ";").stdout
    rows = list(csv.reader(io.StringIO(semicolons, newline=""), delimiter=";"))
    assert rows[1] == ["sammanfattning", "", "", "aktiviteter", "48"]
    assert cli("coverage", DALARNA, "-f", "csv", "--delimiter", "|").exit_code == 2


def test_markdown_escapes_any_text(cli, tmp_path):
    out = cli("coverage", nasty_workspace(tmp_path), "-f", "md").stdout
    assert_md_tables_intact(out)
    row = next(line for line in out.splitlines() if line.startswith("| M1.2 "))
    assert r"Pipe \| och" in row and r"\[bold\]" in row and r"\<b\>" in row
    assert "\x1b" not in out and "\n| ny rad" not in out


def test_table_prints_text_not_markup(cli, tmp_path):
    out = cli("coverage", nasty_workspace(tmp_path)).stdout
    assert "[bold]markup[/bold]" in out
    assert "\x1b" not in out


# --------------------------------------------------------------------------- output file


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_file(cli, tmp_path, fmt):
    target = tmp_path / "ut" / f"coverage.{fmt}"
    result = cli("coverage", DALARNA, "-f", fmt, "-o", target, "--today", TODAY)
    assert result.exit_code == 0
    assert result.stdout == "" and "Skrev" in result.stderr
    text = target.read_text("utf-8")
    check_format(fmt, text)
    if fmt != "table":  # the terminal table depends on the width
        assert text == cli("coverage", DALARNA, "-f", fmt, "--today", TODAY).stdout
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_unwritable_output(cli, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("")
    result = cli("coverage", DALARNA, "-o", blocker / "ut.json", "-f", "json")
    assert result.exit_code == 2 and "Kan inte skriva" in result.stderr


# --------------------------------------------------------------------------- filters


def test_filters_on_the_command_line(cli):
    def count(*args: str) -> int:
        result = cli("coverage", DALARNA, "-f", "json", *args)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["activities"]

    active = count("--status", "aktiva")
    assert active == count("--status", "planerad,pågår", "--status", "försenad")
    assert active == count("--status", "Planerad", "--status", "pagar, forsenad")
    assert count("--enhet", "enheten för kunskap och analys") == 12
    assert (
        count(
            "--unit",
            "Enheten för kunskap och analys",
            "--enhet",
            "Enheten för kompetensförsörjning",
        )
        == 24
    )
    assert count("--år", "2026") == 48 and count("--year", "2025") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "klart"], "Menade du `klar`?"),
        (
            ["--enhet", "Enheten för kunskap o analys"],
            "Menade du `Enheten för kunskap och analys`?",
        ),
        (["--format", "xml"], "Okänt format `xml`"),
        (["--today", "2026-13-01"], "Ogiltigt datum"),
    ],
)
def test_usage_errors(cli, args, message):
    result = cli("coverage", DALARNA, *args)
    assert result.exit_code == 2 and message in result.stderr


# --------------------------------------------------------------------------- thresholds


def test_thresholds_reached(cli):
    result = cli(
        "coverage",
        DALARNA,
        "-f",
        "json",
        "--fail-under",
        "mål=1",
        "--fail-under",
        "kopplade=90",
        "--fail-under",
        "prioritering=100%",
        "--fail-under",
        "uppföljning=100",
        "--fail-under",
        "indikatorer=100",
    )
    assert result.exit_code == 0
    assert "Alla 5 trösklar nåddes" in result.stderr


def test_thresholds_missed_name_what_falls_short(cli, tmp_path):
    root = edge_workspaces(tmp_path)["no_wheel"]
    result = cli(
        "coverage",
        root,
        "-f",
        "json",
        "--fail-under",
        "mål=1",
        "--fail-under",
        "kategori=1",
        "--fail-under",
        "uppföljning=1",
        "--fail-under",
        "ansvarig=100",
    )
    assert result.exit_code == 1
    err = result.stderr
    assert "Tröskeln mål=1 nåddes inte: 1 av 2 mål saknar aktiviteter: M1.2." in err
    assert "Samverkan och nätverk, Kommunikation och påverkan" in err
    assert "inget årshjul" in err
    assert "ansvarig=100" not in err  # the one activity has an owner
    json.loads(result.stdout)  # the coverage is still written


def test_thresholds_in_english(cli):
    result = cli(
        "coverage",
        DALARNA,
        "--lang",
        "en",
        "-f",
        "json",
        "--fail-under",
        "goals=4",
        "--fail-under",
        "linked=100",
    )
    assert result.exit_code == 1
    assert "Threshold goals=4 missed: 2 of 9 goals with fewer than 4 activities" in result.stderr


@pytest.mark.parametrize(
    ("threshold", "message"),
    [
        ("mål", "ingen tröskel"),
        ("målen=1", "Menade du `mål`?"),
        ("mål=1.5", "helt antal"),
        ("kopplade=120", "mer än 100"),
        ("kopplade=x", "inget tal"),
    ],
)
def test_bad_thresholds(cli, threshold, message):
    result = cli("coverage", DALARNA, "--fail-under", threshold)
    assert result.exit_code == 2 and message in result.stderr


def test_a_threshold_over_nothing_is_missed(cli, tmp_path):
    """A gate that measures nothing must not pass: a typo in --år would turn CI green."""
    root = edge_workspaces(tmp_path)["no_activities"]
    result = cli("coverage", root, "--fail-under", "kopplade=90", "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "rustool: Tröskeln kopplade=90 nåddes inte: det finns inga aktiviteter att mäta "
        "(har filtren tagit bort allt?)."
    )
    assert cli("coverage", root, "--fail-under", "mål=1").exit_code == 1
    result = cli(
        "coverage",
        DALARNA,
        "--år",
        "1999",
        "--fail-under",
        "indikatorer=50",
        "--fail-under",
        "ansvarig=100",
        "--lang",
        "en",
        "-f",
        "json",
    )
    assert result.exit_code == 1  # indicators are whole, whatever the filter: 10 goals pass
    assert result.stderr.splitlines()[-1] == (
        "rustool: Threshold ansvarig=100 missed: there are no activities to measure "
        "(did the filters remove everything?)."
    )


def test_a_large_count_is_shown_exactly(cli):
    result = cli("coverage", DALARNA, "--fail-under", "mål=99999999999999999999999", "-f", "json")
    assert result.exit_code == 1
    grouped = "\u00a0".join(["99"] + ["999"] * 7)
    assert f"färre än {grouped} aktiviteter" in result.stderr


# --------------------------------------------------------------------------- table width


@pytest.mark.parametrize("root", EXAMPLES, ids=lambda p: p.name)
def test_narrowest_table_width_agrees_with_rich(root, tmp_path):
    from rich.console import Console
    from rich.measure import Measurement

    from rustool.coverage import compute
    from rustool.coverage.output import tables
    from rustool.coverage.table import _rich, narrowest
    from rustool.workspace import load_workspace

    console = Console(width=1000, file=io.StringIO())  # a minimum is capped at the width
    for cov in (compute(load_workspace(root)), compute(load_workspace(nasty_workspace(tmp_path)))):
        for table in tables(cov, "sv"):
            if table.head:
                measured = Measurement.get(console, console.options, _rich(table)).minimum
                assert narrowest(table) == measured, table.title


def test_a_workspace_with_errors_writes_no_file(cli, tmp_path):
    """Numbers from a broken workspace are shown, never left in a file as if they were good."""
    write_workspace(
        tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan(activity("A-1", status="pagar"))}
    )
    target = tmp_path / "ut" / "täckning.json"
    target.parent.mkdir()
    target.write_text("förra\n", encoding="utf-8")
    result = cli("coverage", tmp_path, "-f", "json", "-o", target)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"rustool: Arbetsytan {tmp_path} har 1 fel, så {target} skrevs inte. Rätta felet:\n"
    )
    assert target.read_text("utf-8") == "förra\n"
    result = cli("coverage", tmp_path, "-f", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)["activities"] == 0


def test_a_threshold_given_twice_is_reported_once(cli):
    result = cli(
        "coverage",
        KRONOBERG,
        "--today",
        TODAY,
        "-f",
        "json",
        "--fail-under",
        "mål=1",
        "--fail-under",
        "goals=1",
    )
    assert result.exit_code == 1
    assert result.stderr.count("nåddes inte") == 1
    assert "Tröskeln mål=1 nåddes inte" in result.stderr


def test_a_terminal_of_no_width_still_gets_the_table(cli):
    result = cli("coverage", KRONOBERG, "--today", TODAY, env={"COLUMNS": "0"})
    assert result.exit_code == 0 and "Finansiering" in result.stdout
