"""export and import as a user runs them: the examples make the round trip unchanged, and
a workbook edited the way a person would imports to exactly those changes."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

from .conftest import DALARNA, KRONOBERG
from .excel_helpers import HEADINGS, copy_workspace, edit, row_of, yaml_bytes


@pytest.mark.parametrize("example", [DALARNA, KRONOBERG], ids=["dalarna", "kronoberg"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_examples_round_trip_unchanged(cli, tmp_path, example, suffix):
    ws = copy_workspace(example, tmp_path / "ws")
    before = yaml_bytes(ws)
    book = tmp_path / f"plans{suffix}"
    assert cli("export", ws, "-o", book).exit_code == 0
    checked = cli("import", book, "--into", ws, "--check")
    assert checked.exit_code == 0, checked.output
    done = cli("import", book, "--into", ws)
    assert done.exit_code == 0, done.output
    assert yaml_bytes(ws) == before


def test_an_edited_workbook_imports_to_exactly_those_changes(cli, tmp_path):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    plan = ws / "aktivitetsplaner" / "kompetensforsorjning.yaml"
    before = plan.read_text(encoding="utf-8")
    book = tmp_path / "plan.xlsx"
    assert cli("export", plan, "-o", book).exit_code == 0
    edited = tmp_path / "edited.xlsx"
    edit(
        book,
        "Kompetensförsörjning",
        {
            ("KF-002", "Status"): "pågår",
            ("KF-002", "Kommentar"): "Underlaget skickas i oktober.",
            ("KF-004", "Klart senast"): datetime.datetime(2026, 10, 31),
            ("KF-004", "Bidrar till"): "P2.1.1,P3.2.2, M2.1",
        },
        edited,
    )
    person = openpyxl.load_workbook(edited)
    sheet = person["Kompetensförsörjning"]
    new_row = sheet.max_row + 1
    for heading, value in {
        "Kategori": "Processtöd",
        "Aktivitet": "Stödja kommunernas arbete med validering",
        "Ansvarig": "Mikael Strand",
        "Klart senast": "2026-T3",
        "Status": "planerad",
    }.items():
        sheet.cell(row=new_row, column=HEADINGS[heading], value=value)
    person.save(edited)

    result = cli("import", edited, "--into", ws)
    assert result.exit_code == 0, result.output
    assert "Kompetensförsörjning!F" in result.output and "RUS953" in result.output
    expected = before.replace(
        '    klart_senast: "2026-09-15"\n    bidrar_till: [P2.1.1]\n'
        "    roll: Kapacitetsbyggaren\n    status: klar\n",
        '    klart_senast: "2026-09-15"\n    kommentar: Underlaget skickas i oktober.\n'
        "    bidrar_till: [P2.1.1]\n    roll: Kapacitetsbyggaren\n    status: pågår\n",
    ).replace(
        "    klart_senast: 2026-T3\n    bidrar_till: [P2.1.1, P3.2.2]\n",
        '    klart_senast: "2026-10-31"\n    bidrar_till: [P2.1.1, P3.2.2, M2.1]\n',
    )
    expected += (
        "\n  - id: KF-013\n    kategori: Processtöd\n"
        "    aktivitet: Stödja kommunernas arbete med validering\n"
        "    ansvarig: Mikael Strand\n    klart_senast: 2026-T3\n    status: planerad\n"
    )
    assert expected != before
    assert plan.read_text(encoding="utf-8") == expected
    assert cli("validate", ws, "--today", "2026-11-23").exit_code == 0


@pytest.mark.parametrize(
    ("heading", "value", "column", "code"),
    [("Klart senast", "snart", "F", "RUS954"), ("Bidrar till", "M9.9", "K", "RUS201")],
)
def test_a_bad_cell_is_located_and_nothing_is_written(cli, tmp_path, heading, value, column, code):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    before = yaml_bytes(ws)
    book = tmp_path / "plans.xlsx"
    cli("export", ws, "-o", book)
    edited = tmp_path / "edited.xlsx"
    edit(book, "Näringsliv och innovation", {("NI-002", heading): value}, edited)
    row = row_of(openpyxl.load_workbook(edited)["Näringsliv och innovation"], "NI-002")
    for lang, word in (("sv", "fel"), ("en", "error")):
        result = cli("import", edited, "--into", ws, "--lang", lang)
        assert result.exit_code == 1
        assert f"'Näringsliv och innovation'!{column}{row}: {word} {code}" in result.output
    assert yaml_bytes(ws) == before


def test_a_deleted_row_is_kept_unless_allowed(cli, tmp_path):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    plan = ws / "aktivitetsplaner" / "kompetensforsorjning.yaml"
    book = tmp_path / "plans.xlsx"
    cli("export", plan, "-o", book)
    person = openpyxl.load_workbook(book)
    sheet = person["Kompetensförsörjning"]
    sheet.delete_rows(row_of(sheet, "KF-003"))
    person.save(book)
    kept = cli("import", book, "--into", ws, "--check")
    assert kept.exit_code == 0 and "RUS957" in kept.output and "KF-003" in kept.output
    removed = cli("import", book, "--into", ws, "--allow-delete")
    assert removed.exit_code == 0, removed.output
    text = plan.read_text(encoding="utf-8")
    assert "KF-003" not in text and "Årets kompetensförsörjningskonferens" not in text
    assert "KF-002" in text and "KF-004" in text


def test_the_tertial_follow_up_round_trip(cli, tmp_path):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    plan = ws / "aktivitetsplaner" / "kompetensforsorjning.yaml"
    form = tmp_path / "T3.xlsx"
    assert cli("export", ws, "--uppföljning", "2026-T3", "-o", form).exit_code == 0
    person = openpyxl.load_workbook(form)
    sheet = person["Kompetensförsörjning"]
    rows = {c.value: c.row for c in sheet["A"] if c.value}
    sheet.cell(row=rows["KF-001"], column=5, value="försenad")
    sheet.cell(row=rows["KF-001"], column=6, value="Väntar på kommunernas svar.")
    person.save(form)
    result = cli("import", form, "--into", ws)
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    assert (
        "        kommentar: Handlingsplanen på remiss hos kommunerna.\n"
        "      - period: 2026-T3\n        status: försenad\n"
        "        kommentar: Väntar på kommunernas svar.\n"
    ) in text
    assert "    roll: Nätverkaren\n    status: försenad\n" in text
    again = cli("import", form, "--into", ws, "--check", "--force")
    assert again.exit_code == 0, again.output


def test_import_refuses_a_workbook_older_than_its_plan(cli, tmp_path):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    plan = ws / "aktivitetsplaner" / "kompetensforsorjning.yaml"
    book = tmp_path / "plans.xlsx"
    cli("export", plan, "-o", book)
    plan.write_text(plan.read_text(encoding="utf-8") + "# en ändring\n", encoding="utf-8")
    result = cli("import", book, "--into", ws)
    assert result.exit_code == 1 and "RUS958" in result.output
    assert cli("import", book, "--into", ws, "--force").exit_code == 0


def test_a_renamed_sheet_is_said_not_silently_skipped(cli, tmp_path):
    ws = copy_workspace(DALARNA, tmp_path / "ws")
    book = tmp_path / "plans.xlsx"
    cli("export", ws, "-o", book)
    person = openpyxl.load_workbook(book)
    person["Kompetensförsörjning"].title = "KF"
    person.save(book)
    result = cli("import", book, "--into", ws, "--check")
    assert result.exit_code == 0
    assert "KF: varning RUS951" in result.output
