"""Properties of the round trip through a workbook, on generated plans: exporting and
importing gives the same bytes; changing one cell changes that value and nothing else."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rustool.excel import Options, export, import_file
from rustool.yamlio import load

from .conftest import STRATEGY, write_workspace
from .excel_helpers import HEADINGS, row_of

_BANNED = set("\r\x85\u2028\u2029\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
TEXT = st.text(
    st.characters(
        codec="utf-8",
        categories=("L", "M", "N", "P", "S", "Zs"),
        exclude_characters="".join(_BANNED),
    ),
    min_size=1,
    max_size=30,
).map(lambda s: s.strip() or "x")
LINES = st.lists(TEXT, min_size=2, max_size=3).map("\n".join)
DUE = st.sampled_from(
    ["2026", '"2026"', "2026-05", "2026-Q3", "2026-T2", '"2026-11-30"', "'2027-01-15'"]
)
STATUS = st.sampled_from(["planerad", "pågår", "klar", "försenad", "pausad", "struken"])


def styled(text: str, indent: int) -> st.SearchStrategy[str]:
    """TEXT written in one of YAML's styles, as people write it."""
    quoted = json.dumps(text, ensure_ascii=False)
    single = "'" + text.replace("'", "''") + "'"
    pad = " " * indent
    literal = "|-\n" + "\n".join(pad + line for line in text.split("\n"))
    options = [quoted, single]
    if "\n" in text:
        options = [quoted, literal]
    return st.sampled_from(options)


@st.composite
def activity(draw: st.DrawFn, number: int) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(f"  # {draw(TEXT)}\n")
    lines.append(f"  - id: T-{number:03d}\n")
    lines.append("    kategori: Processtöd\n")
    lines.append(f"    aktivitet: {draw(styled(draw(TEXT), 6))}\n")
    for key in ("syfte", "mål", "ansvarig", "kommentar"):
        if draw(st.booleans()):
            text = draw(st.one_of(TEXT, LINES))
            comment = "  # " + draw(TEXT) if draw(st.booleans()) and "\n" not in text else ""
            lines.append(f"    {key}: {draw(styled(text, 6))}{comment}\n")
    lines.append(f"    klart_senast: {draw(DUE)}\n")
    lines.append(f"    bidrar_till: {draw(st.sampled_from(['[M1.1]', '[M1.1, P1.1.1]']))}\n")
    lines.append(f"    status: {draw(STATUS)}\n")
    if draw(st.booleans()):
        lines.append(f"    budget_kr: {draw(st.integers(0, 10**9))}\n")
    if draw(st.booleans()):
        lines.append("    målgrupp: [Kommunerna]\n    uppföljning:\n")
        lines.append("      - {period: 2026-T1, status: pågår}\n")
    return "".join(lines) + ("\n" if draw(st.booleans()) else "")


@st.composite
def plan(draw: st.DrawFn) -> str:
    head = "# En genererad plan\ntyp: aktivitetsplan\nenhet: Enheten för test\n"
    head += "strategi: test-rus\når: 2026\n"
    if draw(st.booleans()):
        head += f"uppdrag: {draw(styled(draw(TEXT), 2))}\n"
    count = draw(st.integers(1, 4))
    body = "".join(draw(activity(i)) for i in range(1, count + 1))
    return head + "aktiviteter:\n" + body


def _workspace(root: Path, text: str) -> Path:
    write_workspace(root, {"strategi.yaml": STRATEGY, "plan.yaml": text})
    assert not load(text).problems
    return root


SETTINGS = settings(
    max_examples=int(os.environ.get("EXCEL_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@SETTINGS
@given(text=plan())
def test_export_then_import_gives_the_same_bytes(tmp_path_factory, text):
    root = _workspace(tmp_path_factory.mktemp("ws"), text)
    for suffix in (".xlsx", ".csv"):
        book = root.parent / f"{root.name}{suffix}"
        book.write_bytes(export(root, [root], suffix, "sv", None, True, ";").data)
        outcome = import_file(book, root, Options())
        assert not outcome.errors, [f.message("en") for f in outcome.findings]
        assert [p.after for p in outcome.plans] == [p.before for p in outcome.plans]
        assert all(p.before == text for p in outcome.plans)


@SETTINGS
@given(
    text=plan(),
    heading=st.sampled_from(["Syfte", "Mål", "Kommentar", "Ansvarig", "Klart senast"]),
    value=st.one_of(TEXT, LINES, DUE.map(lambda d: d.strip("\"'"))),
)
def test_one_changed_cell_changes_that_value_only(tmp_path_factory, text, heading, value):
    root = _workspace(tmp_path_factory.mktemp("ws"), text)
    book = root.parent / f"{root.name}.xlsx"
    book.write_bytes(export(root, [root], ".xlsx", "sv", None, True, ";").data)
    person = openpyxl.load_workbook(book)
    sheet = person["Test"]
    if heading == "Klart senast" and value not in {d.strip("\"'") for d in DUE.elements}:
        value = "2026-T3"
    sheet.cell(row=row_of(sheet, "T-001"), column=HEADINGS[heading], value=value)
    person.save(book)
    outcome = import_file(book, root, Options())
    assert not outcome.errors, [f.message("en") for f in outcome.findings]
    before = load(text).data
    key = {"Klart senast": "klart_senast"}.get(heading, heading.lower())
    value = unicodedata.normalize("NFC", value)  # as the loader reads every text
    expected = before["aktiviteter"][0] | {key: value}
    if key == "klart_senast" and value.isdigit():
        expected[key] = int(value)
    (plan_result,) = outcome.plans
    after = load(plan_result.after).data
    assert after["aktiviteter"][0] == expected
    assert after["aktiviteter"][1:] == before["aktiviteter"][1:]
    assert {k: v for k, v in after.items() if k != "aktiviteter"} == {
        k: v for k, v in before.items() if k != "aktiviteter"
    }
    second = text.split("\n  - id: T-002", 1)
    if len(second) == 2:  # the following activities' text is untouched
        assert plan_result.after.endswith("\n  - id: T-002" + second[1])
