"""Edits in the YAML's less common shapes (flow mappings, block lists, empty values, an
empty plan): each changes exactly the text it should, checked against the expected file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from .conftest import STRATEGY, write_workspace

HEAD = "typ: aktivitetsplan\nenhet: Enheten för test\nstrategi: test-rus\når: 2026\n"
BASE = "    ansvarig: X\n    bidrar_till: [M1.1]\n"


def _import_edited(cli, tmp_path: Path, plan: str, change) -> str:
    ws = write_workspace(tmp_path / "ws", {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    book = tmp_path / "plan.csv"
    assert cli("export", ws, "-o", book).exit_code == 0
    rows = list(csv.reader(io.StringIO(book.read_text(encoding="utf-8-sig")), delimiter=";"))
    change(rows)
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    book.write_text(out.getvalue(), encoding="utf-8")
    result = cli("import", book, "--into", ws)
    assert result.exit_code == 0, result.output
    return (ws / "plan.yaml").read_text(encoding="utf-8")


def _cell(rows: list[list[str]], activity_id: str, heading: str, value: str) -> None:
    column = rows[0].index(heading)
    row = next(r for r in rows[1:] if r[rows[0].index("Id")] == activity_id)
    row[column] = value


CASES = {
    "flow mapping: a value and a new key": (
        HEAD + "aktiviteter:\n  - {id: A-001, kategori: Processtöd, aktivitet: Gör, "
        "ansvarig: X, bidrar_till: [M1.1], status: planerad}  # kort\n",
        [("A-001", "Status", "pågår"), ("A-001", "Kommentar", "Ny: med kolon")],
        HEAD + "aktiviteter:\n  - {id: A-001, kategori: Processtöd, aktivitet: Gör, "
        'ansvarig: X, kommentar: "Ny: med kolon", bidrar_till: [M1.1], status: pågår}  # kort\n',
    ),
    "block list replaced by a flow list, comment after it kept": (
        HEAD + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        "    ansvarig: X\n    bidrar_till:\n      - M1.1  # först\n      - M1.2\n"
        "    status: planerad\n\n  # nästa\n  - id: A-002\n    kategori: Processtöd\n"
        "    aktivitet: Mer\n" + BASE + "    status: planerad\n",
        [("A-001", "Bidrar till", "M1.2")],
        HEAD + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        "    ansvarig: X\n    bidrar_till: [M1.2]\n"
        "    status: planerad\n\n  # nästa\n  - id: A-002\n    kategori: Processtöd\n"
        "    aktivitet: Mer\n" + BASE + "    status: planerad\n",
    ),
    "an empty value filled, a block scalar emptied": (
        HEAD + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        "    syfte:\n    kommentar: >-\n      lång\n      text\n\n"
        + BASE
        + "    status: planerad\n",
        [("A-001", "Syfte", "Att pröva"), ("A-001", "Kommentar", "")],
        HEAD + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        "    syfte: Att pröva\n\n" + BASE + "    status: planerad\n",
    ),
    "a block scalar changed, its chomping and blank line kept apart": (
        HEAD
        + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        + BASE
        + "    status: planerad\n    kommentar: |\n      rad ett\n      rad två\n\n"
        "  - id: A-002\n    kategori: Processtöd\n    aktivitet: Mer\n"
        + BASE
        + "    status: planerad\n",
        [("A-001", "Kommentar", "rad ett\nrad tre")],
        HEAD
        + "aktiviteter:\n  - id: A-001\n    kategori: Processtöd\n    aktivitet: Gör\n"
        + BASE
        + "    status: planerad\n    kommentar: |-\n      rad ett\n      rad tre\n\n"
        "  - id: A-002\n    kategori: Processtöd\n    aktivitet: Mer\n"
        + BASE
        + "    status: planerad\n",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_edit_shapes(cli, tmp_path, case):
    plan, cells, expected = CASES[case]

    def change(rows: list[list[str]]) -> None:
        for activity_id, heading, value in cells:
            _cell(rows, activity_id, heading, value)

    assert _import_edited(cli, tmp_path, plan, change) == expected


def test_a_new_row_in_an_empty_plan(cli, tmp_path):
    plan = HEAD + "aktiviteter: []  # inga än\n"

    def change(rows: list[list[str]]) -> None:
        heading = rows[0]
        row = [""] * len(heading)
        for name, value in {
            "Enhet": "Enheten för test",
            "Kategori": "Processtöd",
            "Aktivitet": "Första",
            "Ansvarig": "X",
            "Bidrar till": "M1.1",
        }.items():
            row[heading.index(name)] = value
        rows.append(row)

    text = _import_edited(cli, tmp_path, plan, change)
    assert text == HEAD + (
        "aktiviteter: [{id: T-001, kategori: Processtöd, aktivitet: Första, ansvarig: X, "
        "bidrar_till: [M1.1], status: planerad}]  # inga än\n"
    )
