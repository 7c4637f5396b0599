"""`rustool merge` run as a user runs it: the examples, conflicts, --check, safety."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rustool import yamlio

from .conftest import DALARNA, KRONOBERG, STRATEGY, TODAY, write_workspace
from .golden import assert_golden

EXAMPLES = {
    "dalastrategin": (DALARNA, "Regionala utvecklingsförvaltningen"),
    "grona_kronoberg": (KRONOBERG, "Regional utveckling, Region Kronoberg"),
}
MERGED = "sammanfogad/forvaltningens-plan.yaml"


def unit_plan(
    unit: str, prefix: str, *titles: str, year: int | None = 2025, strategy: str = "test-rus"
) -> str:
    head = f"typ: aktivitetsplan\nenhet: {unit}\nstrategi: {strategy}\n"
    if year is not None:
        head += f"år: {year}\n"
    head += "aktiviteter:\n"
    for n, title in enumerate(titles or ("Ta fram en analys",), start=1):
        head += (
            f"  - id: {prefix}-{n:03d}\n"
            f"    kategori: Kunskap och analys\n"
            f"    aktivitet: {title}\n"
            f"    syfte: Kunskap\n"
            f"    mål: Ett mål\n"
            f"    ansvarig: Anna Lindqvist\n"
            f"    klart_senast: 2025-T2\n"
            f"    bidrar_till: [M1.1]\n"
            f"    status: pågår\n"
        )
    return head


def two_units(tmp_path: Path, **overrides: str) -> Path:
    files = {
        "strategi.yaml": STRATEGY,
        "planer/analys.yaml": unit_plan("Analysenheten", "AN", "Ta fram en analys"),
        "planer/tillvaxt.yaml": unit_plan(
            "Tillväxtenheten", "TV", "Leda ett nätverk", "Medfinansiera ett projekt"
        ),
        **overrides,
    }
    return write_workspace(tmp_path, files)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


# --- the examples


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples_merge_to_their_golden_plan(cli, name):
    root, _ = EXAMPLES[name]
    result = cli("merge", root, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert_golden(f"merge/{name}.yaml", result.stdout)


@pytest.mark.parametrize("name", EXAMPLES)
def test_committed_merged_plans_are_up_to_date(cli, name):
    root, unit = EXAMPLES[name]
    result = cli("merge", root, "-o", root / MERGED, "--enhet", unit, "--check", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert f"{(root / MERGED).as_posix()} is up to date." in result.stderr


@pytest.mark.parametrize("name", EXAMPLES)
def test_merged_plan_keeps_every_comment_and_every_activity(name):
    root, _ = EXAMPLES[name]
    merged = (root / MERGED).read_text(encoding="utf-8")
    sources = sorted((root / "aktivitetsplaner").glob("*.yaml"))
    for source in sources:
        for comment in re.findall(r"(?m)^\s*(#.*)$", source.read_text(encoding="utf-8")):
            if "yaml-language-server" not in comment:
                assert comment.rstrip() in merged
    data = yamlio.load(merged).data
    wanted = [
        a for s in sources for a in yamlio.load(s.read_text(encoding="utf-8")).data["aktiviteter"]
    ]
    assert len(data["aktiviteter"]) == len(wanted)
    by_id = {a["id"]: a for a in data["aktiviteter"]}
    for activity in wanted:
        assert {k: v for k, v in by_id[activity["id"]].items() if k != "enhet"} == activity
    assert [s["fil"] for s in data["källor"]] == [
        f"aktivitetsplaner/{p.name}" for p in sorted(sources, key=lambda p: _unit(p))
    ]


def _unit(path: Path) -> str:
    return yamlio.load(path.read_text(encoding="utf-8")).data["enhet"]


def test_merged_order_is_category_then_unit_then_own_order():
    data = yamlio.load((DALARNA / MERGED).read_text(encoding="utf-8")).data
    categories = yamlio.load((DALARNA / "strategi.yaml").read_text(encoding="utf-8")).data[
        "kategorier"
    ]
    keys = [(categories.index(a["kategori"]), a["enhet"]) for a in data["aktiviteter"]]
    assert keys == sorted(keys)
    ka = [a["id"] for a in data["aktiviteter"] if a["id"].startswith("KA")]
    source = yamlio.load(
        (DALARNA / "aktivitetsplaner/kunskap_och_analys.yaml").read_text(encoding="utf-8")
    ).data["aktiviteter"]
    for category in categories:
        own = [a["id"] for a in source if a["kategori"] == category]
        assert [i for i in ka if i in own] == own


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_intended_overlap_in_dalarna_is_reported(cli, lang, tmp_path, monkeypatch):
    monkeypatch.chdir(DALARNA.parent)
    result = cli("merge", "dalastrategin", "-o", tmp_path / "plan.yaml", "--lang", lang)
    assert result.exit_code == 0
    assert_golden(f"merge/dalastrategin.{lang}.txt", result.stderr.replace(str(tmp_path), "TMP"))


def test_no_overlap_in_kronoberg(cli):
    result = cli("merge", KRONOBERG)
    assert result.exit_code == 0 and result.stderr == ""


def test_examples_validate_clean_with_their_merged_plans(cli):
    result = cli("validate", DALARNA, KRONOBERG, "--strict", "--today", TODAY, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "RUS5" not in result.output


# --- conflicts, in both languages


def test_duplicate_id_names_both_places(cli, tmp_path):
    ws = two_units(
        tmp_path, **{"planer/tillvaxt.yaml": unit_plan("Tillväxtenheten", "AN", "Leda ett nätverk")}
    )
    out = ws / "ut.yaml"
    sv = cli("merge", ws, "-o", out)
    en = cli("merge", ws, "-o", out, "--lang", "en")
    assert sv.exit_code == en.exit_code == 1
    assert not out.exists()
    place = f"{ws.as_posix()}/planer/tillvaxt.yaml:6:9"
    other = f"{ws.as_posix()}/planer/analys.yaml"
    assert lines(sv.stderr) == [
        f"{place}: fel RUS510 Id `AN-001` finns redan i {other} på rad 6, kolumn 9; en "
        "sammanfogad plan kan ha varje id bara en gång.",
        "rustool: Inget skrevs: 1 fel.",
    ]
    assert lines(en.stderr) == [
        f"{place}: error RUS510 The id `AN-001` is also used in {other} at line 6, column 9; "
        "a merged plan can hold each id only once.",
        "rustool: Nothing written: 1 error.",
    ]


def test_different_years_need_a_year(cli, tmp_path):
    ws = two_units(
        tmp_path, **{"planer/tillvaxt.yaml": unit_plan("Tillväxtenheten", "TV", year=2026)}
    )
    result = cli("merge", ws, "--lang", "en")
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == (
        f"{ws.as_posix()}/planer/tillvaxt.yaml:4:5: error RUS512 The plan is for 2026, but "
        f"{ws.as_posix()}/planer/analys.yaml is for 2025; choose a year with --år."
    )
    sv = cli("merge", ws)
    assert lines(sv.stderr)[0].endswith(
        "fel RUS512 Planen gäller år 2026, men "
        f"{ws.as_posix()}/planer/analys.yaml gäller år 2025; välj ett år med --år."
    )
    chosen = cli("merge", ws, "--år", "2026")
    assert chosen.exit_code == 0, chosen.stderr
    data = yamlio.load(chosen.stdout).data
    assert data["år"] == 2026 and [a["id"] for a in data["aktiviteter"]] == ["TV-001"]


def test_different_strategies_are_refused(cli, tmp_path):
    one = two_units(tmp_path / "ett")
    other = write_workspace(
        tmp_path / "annat",
        {
            "strategi.yaml": STRATEGY.replace("id: test-rus", "id: annan-rus"),
            "plan.yaml": unit_plan("Östra enheten", "OE", strategy="annan-rus"),
        },
    )
    result = cli("merge", one, other, "--lang", "en")
    assert result.exit_code == 1
    assert (
        f"{other.as_posix()}/plan.yaml:3:11: error RUS511 The plan carries out the "
        f"strategy `annan-rus`, but {one.as_posix()}/planer/analys.yaml carries out "
        "`test-rus`; merge one strategy's plans at a time."
    ) in lines(result.stderr)


def test_overlap_between_units_is_a_warning(cli, tmp_path):
    ws = two_units(
        tmp_path,
        **{"planer/tillvaxt.yaml": unit_plan("Tillväxtenheten", "TV", "Ta fram en analys")},
    )
    result = cli("merge", ws, "-o", ws / "ut.yaml", "--lang", "en")
    assert result.exit_code == 0
    assert lines(result.stderr) == [
        f"{ws.as_posix()}/planer/tillvaxt.yaml:8:16: warning RUS513 Possible overlap: AN-001 "
        "and TV-001 have nearly the same text (100 % of their words in common); Analysenheten "
        "and Tillväxtenheten could cooperate here.",
        f"rustool: Wrote {(ws / 'ut.yaml').as_posix()} (activities: 2, plans: 2).",
    ]


def test_overlap_can_be_silenced_on_its_line(cli, tmp_path):
    text = unit_plan("Tillväxtenheten", "TV", "Ta fram en analys  # rustool: ignore[RUS513]")
    ws = two_units(tmp_path, **{"planer/tillvaxt.yaml": text})
    result = cli("merge", ws)
    assert result.exit_code == 0 and result.stderr == ""


def test_alias_to_an_anchor_outside_the_activity_is_refused(cli, tmp_path):
    text = unit_plan("Tillväxtenheten", "TV", "&titel Leda ett nätverk", "*titel")
    ws = two_units(tmp_path, **{"planer/tillvaxt.yaml": text})
    result = cli("merge", ws, "--lang", "en")
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == (
        f"{ws.as_posix()}/planer/tillvaxt.yaml:17:16: error RUS514 The alias `*titel` refers "
        "to an anchor outside the activity, but rustool merge moves activities one by one; "
        "write the value out instead."
    )


# --- --check and validate's view of a merged plan


def test_check_says_when_the_merged_plan_is_out_of_date(cli, tmp_path):
    ws = two_units(tmp_path)
    out = ws / "sammanfogad.yaml"
    assert cli("merge", ws, "-o", out).exit_code == 0
    assert cli("merge", ws, "-o", out, "--check").exit_code == 0
    before = out.read_bytes()
    source = ws / "planer/tillvaxt.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("Leda", "Bygga"), encoding="utf-8")
    result = cli("merge", ws, "-o", out, "--check", "--lang", "en")
    assert result.exit_code == 1
    assert out.read_bytes() == before
    assert re.fullmatch(
        r"rustool: \S+ is out of date: from line 1\d it differs from what rustool merge would "
        r"write now\. Run the same command without --check to update it\.\n",
        result.stderr,
    )
    missing = cli("merge", ws, "-o", ws / "saknas.yaml", "--check")
    assert missing.exit_code == 1 and not (ws / "saknas.yaml").exists()
    assert cli("merge", ws, "--check").exit_code == 2


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_validate_warns_when_a_merged_plan_is_stale(cli, tmp_path, lang):
    ws = two_units(tmp_path)
    assert cli("merge", ws, "-o", ws / "sammanfogad.yaml").exit_code == 0
    clean = cli("validate", ws, "--strict", "--today", "2025-03-01")
    assert clean.exit_code == 0, clean.output
    (ws / "planer/tillvaxt.yaml").write_text(
        unit_plan("Tillväxtenheten", "TV", "Nytt"), encoding="utf-8"
    )
    (ws / "planer/analys.yaml").rename(ws / "planer/analys2.yaml")
    result = cli("validate", ws, "--today", "2025-03-01", "--lang", lang, "--format", "json")
    assert result.exit_code == 0
    import json

    found = [
        (f["file"], f["line"], f["column"], f["code"], f["message"])
        for f in json.loads(result.stdout)["findings"]
    ]
    messages = {
        "sv": [
            "Planen planer/analys2.yaml (Analysenheten) saknas bland källorna; kör rustool "
            "merge igen.",
            "Källan planer/analys.yaml finns inte; kör rustool merge igen.",
            "Den sammanfogade planen är inaktuell: planer/tillvaxt.yaml har ändrats sedan "
            "sammanfogningen. Kör rustool merge igen.",
        ],
        "en": [
            "The plan planer/analys2.yaml (Analysenheten) is not among the sources; run "
            "rustool merge again.",
            "The source planer/analys.yaml does not exist; run rustool merge again.",
            "The merged plan is out of date: planer/tillvaxt.yaml has changed since it was "
            "merged. Run rustool merge again.",
        ],
    }[lang]
    assert found == [
        ("sammanfogad.yaml", 6, 1, "RUS503", messages[0]),
        ("sammanfogad.yaml", 7, 10, "RUS502", messages[1]),
        ("sammanfogad.yaml", 12, 13, "RUS501", messages[2]),
    ]


def test_merged_plan_activities_are_not_duplicates(cli, tmp_path):
    ws = two_units(tmp_path)
    assert cli("merge", ws, "-o", ws / "sammanfogad.yaml").exit_code == 0
    result = cli("validate", ws, "--today", "2025-03-01")
    assert "RUS202" not in result.output and result.exit_code == 0


def test_merge_skips_merged_plans_in_the_workspace(cli, tmp_path):
    ws = two_units(tmp_path)
    assert cli("merge", ws, "-o", ws / "a.yaml").exit_code == 0
    again = cli("merge", ws, "-o", ws / "b.yaml")
    assert again.exit_code == 0, again.stderr
    assert len(yamlio.load((ws / "b.yaml").read_text(encoding="utf-8")).data["källor"]) == 2


def test_merged_plan_overwrites_itself_even_when_broken(cli, tmp_path):
    ws = two_units(tmp_path)
    out = ws / "sammanfogad.yaml"
    assert cli("merge", ws, "-o", out).exit_code == 0
    good = out.read_bytes()
    out.write_text(out.read_text(encoding="utf-8") + "<<<<<<< HEAD\n: [\n", encoding="utf-8")
    result = cli("merge", ws, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == good


# --- safety


@pytest.mark.parametrize("target", ["planer/analys.yaml", "strategi.yaml"])
def test_output_at_an_input_is_refused(cli, tmp_path, target):
    ws = two_units(tmp_path)
    before = (ws / target).read_bytes()
    result = cli("merge", ws, "-o", ws / target, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        f"rustool: -o {ws / target} is a file that merge reads; choose "
        "another file for the merged plan.\n"
    )
    assert (ws / target).read_bytes() == before


def test_output_at_a_named_input_outside_the_workspace_is_refused(cli, tmp_path):
    ws = two_units(tmp_path)
    plan = ws / "planer/analys.yaml"
    before = plan.read_bytes()
    assert cli("merge", plan, "-o", ws / "planer" / ".." / "planer/analys.yaml").exit_code == 2
    assert plan.read_bytes() == before


def test_nothing_half_written_on_errors(cli, tmp_path):
    ws = two_units(tmp_path)
    out = ws / "ut" / "plan.yaml"
    out.parent.mkdir()
    out.write_text("tidigare innehåll\n", encoding="utf-8")
    broken = ws / "planer/tillvaxt.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("    status: pågår\n", "    status: [pågår\n"),
        encoding="utf-8",
    )
    result = cli("merge", ws, "-o", out, "--lang", "en")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "tidigare innehåll\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.yaml"]
    first = lines(result.stderr)[0]
    assert first.startswith(f"{ws.as_posix()}/planer/tillvaxt.yaml:") and " RUS001 " in first
    assert "Traceback" not in result.output


def test_a_loop_of_links_is_reported_not_a_crash(cli, tmp_path):
    ws = two_units(tmp_path)
    (ws / "planer/l1.yaml").symlink_to("l2.yaml")
    (ws / "planer/l2.yaml").symlink_to("l1.yaml")
    result = cli("merge", ws, "-o", tmp_path / "ut.yaml")
    assert result.exit_code == 1, result.output
    assert f"{ws.as_posix()}/planer/l1.yaml:1:1: fel RUS002 " in result.stderr
    assert not (tmp_path / "ut.yaml").exists()


def test_syntax_error_in_a_named_plan_is_reported(cli, tmp_path):
    ws = two_units(tmp_path, **{"planer/fel.yaml": "typ: aktivitetsplan\naktiviteter: [\n"})
    result = cli("merge", ws / "planer/fel.yaml", ws / "planer/analys.yaml")
    assert result.exit_code == 1
    assert lines(result.stderr)[0].startswith(f"{ws.as_posix()}/planer/fel.yaml:")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--kategori", "Analys"],
            "Okänd kategori `Analys`; strategins kategorier är Kunskap och "
            "analys, Samverkan och nätverk, Kommunikation och påverkan, "
            "Finansiering, Processtöd, Interna verksamhetsprocesser. Menade "
            "du `Kunskap och analys`?",
        ),
        (
            ["--mål", "M1.9"],
            "`M1.9` är inget område, mål eller prioritering i strategin. Menade du `M1.2`?",
        ),
        (["--år", "2031"], "Hittade inga aktivitetsplaner för år 2031 i WS."),
    ],
)
def test_bad_requests_are_usage_errors(cli, tmp_path, args, message):
    ws = two_units(tmp_path)
    result = cli("merge", ws, *args)
    assert result.exit_code == 2
    assert result.stderr == f"rustool: {message.replace('WS', str(ws))}\n"


def test_named_files_must_be_unit_plans(cli, tmp_path):
    ws = two_units(tmp_path)
    assert cli("merge", ws, "-o", ws / "m.yaml").exit_code == 0
    for target in ("strategi.yaml", "m.yaml"):
        assert cli("merge", ws / target).exit_code == 2
    (ws / "anteckning.yaml").write_text("x: 1\n", encoding="utf-8")
    assert cli("merge", ws / "anteckning.yaml").exit_code == 2
    assert cli("merge", ws / "saknas.yaml").exit_code == 2
    assert cli("merge", ws, "-o", ws / "planer").exit_code == 2


def test_filters(cli, tmp_path):
    text = unit_plan("Tillväxtenheten", "TV", "Leda ett nätverk", "Medfinansiera").replace(
        "bidrar_till: [M1.1]\n    status: pågår\n  - id: TV-002\n    kategori: Kunskap och analys",
        "bidrar_till: [P1.1.1]\n    status: pågår\n  - id: TV-002\n    kategori: Finansiering",
    )
    ws = two_units(tmp_path, **{"planer/tillvaxt.yaml": text})
    by_category = yamlio.load(cli("merge", ws, "--kategori", "finansiering").stdout).data
    assert [a["id"] for a in by_category["aktiviteter"]] == ["TV-002"]
    assert len(by_category["källor"]) == 2
    by_goal = yamlio.load(cli("merge", ws, "--mål", "P1.1.1").stdout).data
    assert [a["id"] for a in by_goal["aktiviteter"]] == ["TV-001"]
    by_area = yamlio.load(cli("merge", ws, "--mål", "O1", "--enhet", "Förvaltningen").stdout)
    assert len(by_area.data["aktiviteter"]) == 3 and by_area.data["enhet"] == "Förvaltningen"


def test_hand_edits_to_a_merged_plan_are_reported(cli, tmp_path):
    """Its activities are not linted again, so one added or changed there by hand (or a unit
    plan given `källor` by mistake) must not slip past validate."""
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(KRONOBERG, ws)
    merged = ws / MERGED
    text = merged.read_text(encoding="utf-8")
    text = text.replace("    status: klar\n", "    status: pågår\n", 1)
    text += (
        "\n  - id: RT-099\n    enhet: Regional utveckling – tillväxt\n"
        "    kategori: Påhittad\n    aktivitet: Tillagd för hand\n    ansvarig: X\n"
        "    bidrar_till: [M9.9]\n    status: planerad\n"
    )
    merged.write_text(text, encoding="utf-8")
    result = cli("validate", ws, "--today", TODAY, "-f", "json")
    found = [(f["code"], f["line"], f["message"]) for f in json_findings(result.stdout)]
    changed_line = text[: text.index("    status: pågår\n")].rfind("  - id: ")
    assert found == [
        (
            "RUS504",
            text[:changed_line].count("\n") + 1,
            f"Aktiviteten {text[changed_line + 8 :].split(chr(10))[0]} skiljer sig från källan; "
            "ändra i enhetens plan och kör rustool merge igen.",
        ),
        (
            "RUS504",
            text[: text.index("  - id: RT-099")].count("\n") + 1,
            "Aktiviteten RT-099 finns inte i någon av källorna; ändra i enhetens plan och kör "
            "rustool merge igen.",
        ),
    ]
    assert result.exit_code == 0  # warnings; --strict fails on them
    assert cli("validate", ws, "--today", TODAY, "--strict").exit_code == 1


def json_findings(stdout: str) -> list[dict]:
    import json

    return json.loads(stdout)["findings"]
