"""`rustool fetch` end to end, against a local server that answers like Kolada (no internet)."""

from __future__ import annotations

import difflib
import re
import shutil
import socket
from pathlib import Path

import pytest

from rustool import __version__

from .conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace
from .kolada_fake import example_figures, serve

FETCHED_LINE = re.compile(
    r" +- \{år: (?P<year>[0-9]{4}), värde: (?P<value>-?[0-9.]+)"
    r'(?:, riket: -?[0-9.]+)?, källa: kolada, hämtad: "2026-12-01"\}\n'
)
DAY = "2026-12-01"


@pytest.fixture
def kolada():
    with serve() as server:
        yield server


@pytest.fixture
def fetch(cli, kolada, tmp_path):
    """`rustool fetch` against the local Kolada, with a cache of this test's own."""

    def run(*args: str | Path, env: dict[str, str] | None = None):
        environment = {
            "RUSTOOL_KOLADA_URL": f"{kolada.url}/v3",
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            **(env or {}),
        }
        return cli("fetch", *args, "--today", DAY, env=environment)

    return run


def copy_example(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target)
    return target


def added_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    """(lines removed, lines added) by a line diff of OLD and NEW."""
    diff = list(difflib.ndiff(old.splitlines(keepends=True), new.splitlines(keepends=True)))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


def tiny(tmp_path: Path, kpi: str, extra: str = "") -> Path:
    """A workspace whose one indicator has the Kolada id KPI."""
    text = STRATEGY.replace(
        "            namn: En indikator\n",
        f"            namn: En indikator\n            kolada: {kpi}\n{extra}",
    )
    return write_workspace(tmp_path / "ws", {"strategi.yaml": text})


# --- the examples


@pytest.mark.parametrize("example", [DALARNA, KRONOBERG], ids=["dalarna", "kronoberg"])
def test_fills_in_the_examples_missing_outcomes_and_nothing_else(fetch, example, tmp_path):
    ws = copy_example(example, tmp_path)
    before = {p: p.read_bytes() for p in ws.rglob("*.yaml")}
    result = fetch(ws)
    assert result.exit_code == 0, result.output
    strategy = ws / "strategi.yaml"
    removed, added = added_lines(before[strategy].decode(), strategy.read_text(encoding="utf-8"))
    assert removed == []
    assert len(added) >= 10
    figures = example_figures()
    area = "0020" if example == DALARNA else "0007"
    for line in added:
        match = FETCHED_LINE.fullmatch(line)
        assert match, line
        assert int(match["year"]) < 2025  # 2025 is null in Kolada: not yet reported
        values = {figures[(k, a, y)]["T"] for (k, a, y) in figures if a == area}
        assert float(match["value"]) in values
    for path, raw in before.items():
        if path != strategy:
            assert path.read_bytes() == raw, path
    assert "Skrev" in result.output
    # the result is a valid workspace, and a second fetch has nothing more to do
    assert fetch(ws).exit_code == 0
    check = fetch(ws, "--check")
    assert check.exit_code == 0, check.output
    assert "har redan alla utfall" in check.output


def test_examples_validate_clean_after_a_fetch(cli, fetch, tmp_path):
    ws = copy_example(DALARNA, tmp_path)
    assert fetch(ws, "--jämför", "riket", "--kön", "K").exit_code == 0
    result = cli("validate", ws, "--strict", "--today", TODAY)
    assert result.exit_code == 0, result.output


def test_check_says_new_data_exists_and_writes_nothing(fetch, tmp_path):
    ws = copy_example(KRONOBERG, tmp_path)
    before = (ws / "strategi.yaml").read_bytes()
    result = fetch(ws, "--check")
    assert result.exit_code == 1
    assert "Ny data finns" in result.output
    assert (ws / "strategi.yaml").read_bytes() == before
    english = fetch(ws, "--check", "--lang", "en")
    assert "New data" in english.output


def test_dry_run_prints_a_unified_diff_and_writes_nothing(fetch, tmp_path):
    ws = copy_example(DALARNA, tmp_path)
    before = (ws / "strategi.yaml").read_bytes()
    result = fetch(ws, "--dry-run", "--kpi", "N00914")
    assert result.exit_code == 0
    assert "--- a/strategi.yaml\n+++ b/strategi.yaml\n@@" in result.stdout
    plus = [line for line in result.stdout.splitlines() if line.startswith("+ ")]
    assert plus and all("kolada" in line for line in plus)
    assert (ws / "strategi.yaml").read_bytes() == before


# --- what is written


def test_paging_is_followed_to_the_end(fetch, kolada, tmp_path):
    kolada.per_page = 2
    ws = tiny(tmp_path, "N00914")
    assert fetch(ws, "--år", "2015-2024").exit_code == 0
    text = (ws / "strategi.yaml").read_text(encoding="utf-8")
    years = sorted(map(int, re.findall(r"år: (20[0-9]{2}), värde: [0-9.]+, källa", text)))
    assert years == list(range(2019, 2025))  # from the baseline (2019) on
    pages = [p for p in kolada.data_requests() if "page=" in p]
    assert len(pages) == 4  # 10 rows, two a page: the first page and four more


def test_period_as_number_and_as_text_and_null_as_not_reported(fetch, kolada, tmp_path):
    kolada.figures[("N00914", "0020", 2022)]["T"] = None
    ws = tiny(tmp_path, "N00914")
    assert fetch(ws, "--år", "2021-2025").exit_code == 0
    text = (ws / "strategi.yaml").read_text(encoding="utf-8")
    years = [int(y) for y in re.findall(r"år: ([0-9]{4}), värde: [0-9.]+, källa", text)]
    assert years == [2021, 2023, 2024]  # 2022 and 2025 are null: not zero, not written
    assert "värde: 0," not in text


def test_comparison_and_gender_split_are_stored(fetch, tmp_path):
    ws = tiny(tmp_path, "N00914")
    result = fetch(ws, "--år", "2023", "--jämför", "riket", "--kön", "K", "--kön", "M")
    assert result.exit_code == 0, result.output
    figures = example_figures()
    t = figures[("N00914", "0020", 2023)]
    national = figures[("N00914", "0000", 2023)]["T"]
    line = (
        f"- {{år: 2023, värde: {t['T']}, kvinnor: {t['K']}, män: {t['M']}, riket: {national}, "
        f'källa: kolada, hämtad: "{DAY}"}}'
    )
    assert line in (ws / "strategi.yaml").read_text(encoding="utf-8")


def test_an_indicators_own_area_and_comparison(fetch, kolada, tmp_path):
    kolada.figures[("N00914", "2080", 2023)] = {"T": 77.7, "K": 78.0, "M": 77.0}
    kolada.figures[("N00914", "0000", 2023)] = {"T": 80.0, "K": 81.0, "M": 79.0}
    ws = tiny(tmp_path, "N00914", '            område: "2080"\n            jämför: riket\n')
    assert fetch(ws, "--år", "2023").exit_code == 0
    text = (ws / "strategi.yaml").read_text(encoding="utf-8")
    assert "{år: 2023, värde: 77.7, riket: 80, källa: kolada" in text
    assert any("/municipality/0000,2080/" in p for p in kolada.data_requests())


def test_hand_written_difference_is_reported_and_kept_unless_overwrite(fetch, tmp_path):
    ws = copy_example(DALARNA, tmp_path)
    strategy = ws / "strategi.yaml"
    text = strategy.read_text(encoding="utf-8")
    strategy.write_text(text.replace("{år: 2023, värde: 81.6}", "{år: 2023, värde: 81.0}"))
    result = fetch(ws, "--kpi", "N00914", "--år", "2023")
    assert result.exit_code == 0
    assert re.search(
        r"strategi\.yaml:\d+:\d+: varning RUS973 Utfallet 2023 .*81\.0.*81\.6", result.output
    )
    assert "{år: 2023, värde: 81.0}" in strategy.read_text(encoding="utf-8")
    result = fetch(ws, "--kpi", "N00914", "--år", "2023", "--overwrite")
    assert result.exit_code == 0
    after = strategy.read_text(encoding="utf-8")
    assert '{år: 2023, värde: 81.6, källa: kolada, hämtad: "2026-12-01"}' in after
    removed, added = added_lines(text.replace("81.6}", "81.0}"), after)
    assert len(removed) == len(added) == 1


def test_a_revised_figure_refreshes_our_own_outcome_only(fetch, kolada, tmp_path):
    ws = tiny(tmp_path, "N00914")
    assert fetch(ws, "--år", "2022-2023").exit_code == 0
    strategy = ws / "strategi.yaml"
    first = strategy.read_text(encoding="utf-8")
    kolada.figures[("N00914", "0020", 2023)]["T"] = 99.5
    assert fetch(ws, "--år", "2022-2023").exit_code == 0  # cached: nothing new
    assert strategy.read_text(encoding="utf-8") == first
    result = fetch(ws, "--år", "2022-2023", "--refresh")
    assert result.exit_code == 0
    assert "ändrade år 2023" in result.output
    removed, added = added_lines(first, strategy.read_text(encoding="utf-8"))
    assert len(removed) == len(added) == 1 and "värde: 99.5" in added[0]


# --- a good network citizen


def test_user_agent_and_the_cache(fetch, kolada, tmp_path):
    ws = tiny(tmp_path, "N00914")
    assert fetch(ws, "--år", "2023").exit_code == 0
    asked = len(kolada.requests)
    assert asked >= 1
    assert {h.get("User-Agent") for _, h in kolada.requests} == {f"rustool/{__version__}"}
    assert fetch(ws, "--år", "2023", "--check").exit_code == 0
    assert len(kolada.requests) == asked  # answered from the cache
    assert fetch(ws, "--år", "2023", "--check", "--refresh").exit_code == 0
    assert len(kolada.requests) == 2 * asked


def test_at_most_four_requests_are_open_at_once(fetch, kolada, tmp_path):
    kolada.delay = 0.2
    ws = copy_example(DALARNA, tmp_path)  # eight KPIs
    assert fetch(ws, "--dry-run").exit_code == 0
    assert len(kolada.data_requests()) >= 8
    assert 1 < kolada.open_most <= 4


def test_too_many_requests_is_retried_after_retry_after(fetch, kolada, tmp_path):
    kolada.figures[("N00429", "0020", 2023)] = {"T": 1.5}
    ws = tiny(tmp_path, "N00429")
    result = fetch(ws, "--år", "2023")
    assert result.exit_code == 0, result.output
    assert len(kolada.data_requests()) == 2
    assert "{år: 2023, värde: 1.5, källa: kolada" in (ws / "strategi.yaml").read_text()


@pytest.mark.parametrize(
    ("kpi", "args", "said"),
    [
        ("N00404", (), "HTTP-status 404"),
        ("N00503", (), "HTTP-status 503"),
        ("N00430", (), "Kolada ber oss vänta 3600 s (HTTP 429)"),
        ("N00600", ("--timeout", "0.3"), "inget svar inom 0.3 s"),
        ("N00700", (), "inte giltig JSON"),
        ("N00701", (), '`values[0].values[0].gender` i svaret är "X"; kön ska vara T, K'),
        ("N00702", (), "annan server (elsewhere.invalid)"),
        ("N00703", (), "redan har hämtats"),
    ],
)
def test_a_broken_answer_names_the_kpi_and_writes_nothing(fetch, kpi, args, said, tmp_path):
    ws = tiny(tmp_path, kpi)
    before = (ws / "strategi.yaml").read_bytes()
    result = fetch(ws, "--år", "2023", *args)
    assert result.exit_code == 2, result.output
    assert f"Kunde inte hämta {kpi} från Kolada (http://127.0.0.1:" in result.output
    assert said in result.output
    assert "Inget skrevs" in result.output
    assert "Traceback" not in result.output
    assert (ws / "strategi.yaml").read_bytes() == before


def test_no_network_is_a_clear_message_and_exit_2(fetch, tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ws = copy_example(DALARNA, tmp_path)
    before = (ws / "strategi.yaml").read_bytes()
    result = fetch(ws, env={"RUSTOOL_KOLADA_URL": f"http://127.0.0.1:{port}/v3"})
    assert result.exit_code == 2
    assert "kan inte ansluta" in result.output
    assert (ws / "strategi.yaml").read_bytes() == before


def test_unknown_kpi_is_reported_at_the_indicator(fetch, tmp_path):
    ws = tiny(tmp_path, "N99999")
    before = (ws / "strategi.yaml").read_bytes()
    result = fetch(ws, "--år", "2023")
    assert result.exit_code == 1
    assert "strategi.yaml:15:21: fel RUS971 Kolada har inget nyckeltal `N99999`" in result.output
    assert (ws / "strategi.yaml").read_bytes() == before


# --- the command line and the workspace


def test_kolada_id_of_the_wrong_form_stops_fetch_before_any_request(fetch, kolada, tmp_path):
    ws = tiny(tmp_path, "n914")
    result = fetch(ws)
    assert result.exit_code == 1
    assert "strategi.yaml:15:21: fel RUS970" in result.output
    assert "Menade du `N00914`?" in result.output
    assert kolada.requests == []


@pytest.mark.parametrize(
    "args",
    [
        ("--år", "20x5"),
        ("--år", "2025-2015"),
        ("--kön", "X"),
        ("--jämför", "kommunen"),
        ("--kolada-url", "ftp://example.org/v3"),
        ("--kpi", "N914"),
        ("--kpi", "N12345"),
        ("--timeout", "0"),
    ],
)
def test_bad_options_are_usage_errors(fetch, kolada, args, tmp_path):
    ws = copy_example(KRONOBERG, tmp_path)
    result = fetch(ws, *args)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("rustool: ")
    assert kolada.requests == []


def test_a_workspace_without_kolada_ids_has_nothing_to_fetch(fetch, kolada, tmp_path):
    ws = write_workspace(tmp_path / "ws", {"strategi.yaml": STRATEGY})
    result = fetch(ws)
    assert result.exit_code == 0
    assert "inget att hämta" in result.output
    assert kolada.requests == []


def test_an_outcome_list_shared_by_an_alias_is_refused(fetch, tmp_path):
    extra = (
        "            baslinje: {år: 2019, värde: 1.0}\n"
        "            utfall: &gemensamma\n"
        "              - {år: 2019, värde: 1.0}\n"
    )
    ws = tiny(tmp_path, "N00914")
    text = (ws / "strategi.yaml").read_text(encoding="utf-8")
    text = text.replace("            baslinje: {år: 2019, värde: 1.0}\n", extra, 1)
    text = text.replace(
        "            baslinje: {år: 2019, värde: 5.0}\n",
        "            baslinje: {år: 2019, värde: 5.0}\n            utfall: *gemensamma\n",
    )
    text = text.replace("riktning: minska\n", "riktning: minska\n            kolada: N00914\n")
    (ws / "strategi.yaml").write_text(text, encoding="utf-8")
    result = fetch(ws, "--år", "2023")
    assert result.exit_code == 1, result.output
    assert "fel RUS974" in result.output
    assert (ws / "strategi.yaml").read_text(encoding="utf-8") == text


# --- the report


def test_report_links_each_kpi_and_shows_sweden_beside_the_county(cli, fetch, tmp_path):
    ws = copy_example(DALARNA, tmp_path)
    assert fetch(ws, "--kpi", "N00914", "--jämför", "riket").exit_code == 0
    national = example_figures()[("N00914", "0000", 2024)]["T"]
    shown = f"{national:.1f}".replace(".", ",")
    md, html = tmp_path / "r.md", tmp_path / "r.html"
    assert cli("report", ws, "-o", md, "--today", TODAY).exit_code == 0
    assert cli("report", ws, "-o", html, "--today", TODAY).exit_code == 0
    text = md.read_text(encoding="utf-8")
    link = "[Kolada N00914](https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914)"
    assert link in text
    assert f"(2024), riket {shown} |" in text
    assert "[Kolada N01982](https://www.kolada.se/verktyg/fri-sokning/?kpis=N01982)" in text
    page = html.read_text(encoding="utf-8")
    assert (
        '<a href="https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914" rel="noreferrer">' in page
    )
    assert f'<span class="note">riket {shown}</span>' in page
    assert page.count('<polyline class="national"') == 1  # only N00914 has riket stored


def test_a_folder_without_a_strategy_says_so(fetch, kolada, tmp_path):
    (tmp_path / "tom").mkdir()
    result = fetch(tmp_path / "tom")
    assert result.exit_code == 1
    assert "fel RUS203" in result.output  # the workspace has no strategy
    assert kolada.requests == []


def test_a_windows_file_keeps_its_byte_order_mark_and_line_ends(fetch, tmp_path):
    ws = tiny(tmp_path, "N00914")
    strategy = ws / "strategi.yaml"
    original = strategy.read_text(encoding="utf-8")
    strategy.write_bytes(b"\xef\xbb\xbf" + original.replace("\n", "\r\n").encode("utf-8"))
    assert fetch(ws, "--år", "2023").exit_code == 0
    raw = strategy.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    removed, added = added_lines(original, text.replace("\r\n", "\n"))
    assert removed == [] and len(added) == 2 and "år: 2023" in added[1]  # utfall: and one
