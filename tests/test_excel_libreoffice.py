"""A spreadsheet program other than openpyxl reads our workbooks: LibreOffice (headless)
converts each sheet to CSV, which must hold the table the YAML holds; and a workbook that
LibreOffice opened and saved again imports with no change at all."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from rustool.yamlio import load

from .conftest import DALARNA
from .excel_helpers import copy_workspace, yaml_bytes
from .test_excel_safety import _workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)"
)
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
COLUMNS = (
    "kategori", "aktivitet", "syfte", "mål", "ansvarig", "klart_senast", "kommentar",
    "id", "status", "roll", "bidrar_till", "budget_kr",
)  # fmt: skip


def _convert(tmp_path: Path, target: str, books: list[Path]) -> Path:
    out = tmp_path / target.split(":")[0]
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *map(str, books),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    from typer.testing import CliRunner

    from rustool.cli.app import app

    tmp = tmp_path_factory.mktemp("lo")
    spaces = {
        "dalarna": copy_workspace(DALARNA, tmp / "dalarna"),
        "awkward": _workspace(tmp / "awkward"),
    }
    made = {}
    for name, root in spaces.items():
        book = tmp / f"{name}.xlsx"
        result = CliRunner().invoke(app, ["export", str(root), "-o", str(book)])
        assert result.exit_code == 0, result.output
        made[name] = (root, book)
    return tmp, made


def test_libreoffice_reads_the_same_table(books):
    tmp, made = books
    out = _convert(tmp, ALL_SHEETS_CSV, [book for _, book in made.values()])
    for name, (root, _) in made.items():
        for plan in sorted(root.rglob("*.yaml")):
            data = load(plan.read_text(encoding="utf-8")).data
            if data.get("typ") != "aktivitetsplan" or data.get("källor"):
                continue
            expected = {
                a["id"]: [_shown(a.get(key)) for key in COLUMNS] for a in data["aktiviteter"]
            }
            sheets = [p for p in out.glob(f"{name}-*.csv") if "Listor" not in p.name]
            rows = {}
            for sheet in sheets:
                with sheet.open(encoding="utf-8", newline="") as handle:
                    for row in csv.reader(handle):
                        if len(row) >= 8 and row[7] in expected:
                            rows[row[7]] = row[: len(COLUMNS)]
            for activity_id, cells in expected.items():
                assert rows[activity_id] == cells, (plan.name, activity_id)


def test_a_workbook_saved_by_libreoffice_imports_unchanged(books, cli):
    tmp, made = books
    out = _convert(tmp, "xlsx:Calc MS Excel 2007 XML", [book for _, book in made.values()])
    for name, (root, _) in made.items():
        before = yaml_bytes(root)
        result = cli("import", out / f"{name}.xlsx", "--into", root, "--check")
        assert result.exit_code == 0, result.output
        assert "RUS95" not in result.output
        assert yaml_bytes(root) == before
