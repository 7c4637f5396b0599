"""A workbook is untrusted: bad ones give located findings and write nothing; what could
run (formulas, macros, links) never does; no value of ours ever becomes a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from rustool.excel import safety, xlsx_read
from rustool.yamlio import load

from .conftest import STRATEGY, write_workspace
from .excel_helpers import HEADINGS, row_of, yaml_bytes

AWKWARD = [
    '" lead and trail "',
    '"=1+1"',
    '"=HYPERLINK(\\"http://x\\")"',
    '"#N/A"',
    '"-5"',
    '"\'quote"',
    '"tab\\there"',
    '"a\\r\\nb"',
    '"@SUM(A1)"',
    '"+46 70"',
    '"2026-01-01"',
    '"007"',
    "'true'",
    "Ålänning ﬁ ǅ 丽",
]


def _workspace(root: Path) -> Path:
    activities = "".join(
        f"  - id: E-{i:03d}\n    kategori: Processtöd\n    aktivitet: {value}\n"
        f"    kommentar: {value}\n    ansvarig: X\n    bidrar_till: [M1.1]\n"
        "    status: planerad\n"
        for i, value in enumerate(AWKWARD)
    )
    plan = "typ: aktivitetsplan\nenhet: Enheten för test\nstrategi: test-rus\når: 2026\n"
    return write_workspace(
        root, {"strategi.yaml": STRATEGY, "plan.yaml": plan + "aktiviteter:\n" + activities}
    )


@pytest.fixture
def exported(cli, tmp_path) -> tuple[Path, Path]:
    ws = _workspace(tmp_path / "ws")
    book = tmp_path / "plan.xlsx"
    assert cli("export", ws, "-o", book).exit_code == 0
    return ws, book


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_awkward_values_make_the_round_trip(cli, tmp_path, suffix):
    ws = _workspace(tmp_path / "ws")
    book = tmp_path / f"plan{suffix}"
    assert cli("export", ws, "-o", book).exit_code == 0
    result = cli("import", book, "--into", ws, "--check")
    assert result.exit_code == 0, result.output


def test_no_value_becomes_a_formula(exported):
    _, book = exported
    sheet = openpyxl.load_workbook(book)["Test"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(c.value == "=1+1" for c in cells)
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells if c.value.startswith(("=", "+", "-", "@")))


def test_csv_values_that_could_run_are_quoted(cli, tmp_path):
    ws = _workspace(tmp_path / "ws")
    book = tmp_path / "plan.csv"
    cli("export", ws, "-o", book)
    raw = book.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert ";'=1+1;" in text and ";'@SUM(A1);" in text and ";'+46 70;" in text
    assert ";=" not in text and ";@" not in text


def _rezip(book: Path, out: Path, extra: dict[str, bytes], replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, replace.get(item.filename, source.read(item)))
        for name, data in extra.items():
            target.writestr(name, data)
    return out


def _with_entities(book: Path) -> bytes:
    with zipfile.ZipFile(book) as archive:
        xml = archive.read("xl/workbook.xml")
    if xml.startswith(b"<?xml"):
        xml = xml.split(b"?>", 1)[1]
    return b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>\n' + xml


def _refused(cli, ws: Path, book: Path, code: str, text: str) -> None:
    before = yaml_bytes(ws)
    result = cli("import", book, "--into", ws)
    assert result.exit_code == 1, result.output
    assert f"{book.name}: fel {code}" in result.output and text in result.output
    assert yaml_bytes(ws) == before


def test_an_entity_declaration_is_refused(cli, exported, tmp_path):
    ws, book = exported
    bad = _rezip(book, tmp_path / "bad.xlsx", {}, {"xl/workbook.xml": _with_entities(book)})
    _refused(cli, ws, bad, "RUS950", "DOCTYPE")


def test_entities_never_expand_even_past_our_own_look(cli, exported, tmp_path, monkeypatch):
    """Our own look for a DOCTYPE aside, the XML parser is the second guard: defusedxml
    refuses the declaration; lxml, which openpyxl prefers when it is installed, parses
    with resolve_entities=False. Expanded, these entities would be a gigabyte."""
    ws, book = exported
    before = yaml_bytes(ws)
    with zipfile.ZipFile(book) as archive:
        xml = archive.read("xl/workbook.xml").decode("utf-8")
    if xml.startswith("<?xml"):
        xml = xml.split("?>", 1)[1]
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    laughs = f'<!DOCTYPE w [<!ENTITY l0 "ha">{levels}]>'
    body = xml.replace("<sheets>", "<sheets>&l9;", 1)
    bad = _rezip(book, tmp_path / "laughs.xlsx", {}, {"xl/workbook.xml": (laughs + body).encode()})
    monkeypatch.setattr(safety, "_declares_doctype", lambda stream: False)
    result = cli("import", bad, "--into", ws, "--check")
    assert result.exit_code in (0, 1), result.output
    if openpyxl.DEFUSEDXML and not getattr(openpyxl, "LXML", False):
        assert "RUS950" in result.output and "Forbidden" in result.output
    assert yaml_bytes(ws) == before


def test_a_zip_bomb_is_refused_before_it_is_unpacked(cli, exported, tmp_path, monkeypatch):
    ws, book = exported
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 2 * 2**20)
    bad = _rezip(book, tmp_path / "bomb.xlsx", {"xl/media/zeros.bin": bytes(3 * 2**20)}, {})
    _refused(cli, ws, bad, "RUS950", "MB")


def test_a_renamed_file_is_no_workbook(cli, exported, tmp_path):
    ws, _ = exported
    fake = tmp_path / "plan.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls")
    _refused(cli, ws, fake, "RUS950", ".xlsx")


def test_too_many_rows_are_refused(cli, exported, monkeypatch):
    ws, book = exported
    monkeypatch.setattr(xlsx_read, "MAX_ROWS", 10)
    _refused(cli, ws, book, "RUS950", "10")


def test_macros_and_links_are_ignored_and_said(cli, exported, tmp_path):
    ws, book = exported
    extra = {
        "xl/vbaProject.bin": b'Attribute VB_Name = "Module1"',
        "xl/externalLinks/externalLink1.xml": b"<externalLink/>",
    }
    bad = _rezip(book, tmp_path / "macros.xlsm", extra, {})
    result = cli("import", bad, "--into", ws, "--check")
    assert result.exit_code == 0, result.output
    assert result.output.count("varning RUS959") == 2


def test_a_formula_is_read_as_its_text(cli, exported, tmp_path):
    ws, book = exported
    person = openpyxl.load_workbook(book)
    sheet = person["Test"]
    row = row_of(sheet, "E-003")
    sheet.cell(row=row, column=HEADINGS["Kommentar"], value="=A1&B1")
    sheet.cell(row=row, column=HEADINGS["Klart senast"], value=46326)
    person.save(book)
    result = cli("import", book, "--into", ws)
    assert result.exit_code == 0, result.output
    assert f"Test!G{row}: varning RUS952" in result.output
    assert f"Test!F{row}: varning RUS953" in result.output and "2026-10-31" in result.output
    activity = load((ws / "plan.yaml").read_text(encoding="utf-8")).data["aktiviteter"][3]
    assert activity["kommentar"] == "=A1&B1" and activity["klart_senast"] == "2026-10-31"
