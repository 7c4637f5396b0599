"""Numbers too long to ever be shown: a hexadecimal or octal integer thousands of digits
long is text (as a decimal one already was), and a budget is at most 10^15 kronor, so no
command meets a number it cannot print."""

from __future__ import annotations

import json

import pytest

from rustool import yamlio

from .conftest import STRATEGY, write_workspace

PLAN = """\
typ: aktivitetsplan
enhet: A
strategi: test-rus
år: {year}
aktiviteter:
  - id: A-1
    kategori: Kunskap och analys
    aktivitet: Analys
    syfte: S
    mål: M
    ansvarig: X
    klart_senast: 2025-T2
    bidrar_till: [M1.1]
    status: pågår
    budget_kr: {budget}
"""
HUGE_HEX = "0x" + "f" * 20_000
HUGE_OCT = "0o" + "7" * 5_000


@pytest.mark.parametrize(
    ("year", "budget", "line", "column"),
    [
        (HUGE_HEX, 1000, 4, 5),
        (HUGE_OCT, 1000, 4, 5),
        (2025, HUGE_OCT, 15, 16),
        (2025, HUGE_HEX, 15, 16),
        (2025, 10**16, 15, 16),
    ],
    ids=["hex year", "octal year", "octal budget", "hex budget", "budget past 10^15"],
)
def test_huge_numbers_are_located_errors_in_every_command(
    cli, tmp_path, year, budget, line, column
):
    ws = write_workspace(
        tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": PLAN.format(year=year, budget=budget)}
    )
    result = cli("validate", ws, "--format", "json", "--today", "2025-03-01")
    assert result.exit_code == 1, result.output
    found = [(f["line"], f["column"], f["code"]) for f in json.loads(result.stdout)["findings"]]
    assert (line, column, "RUS103") in found
    for command in (("report", "-f", "json"), ("coverage", "-f", "json"), ("report",)):
        other = cli(*command, ws, "--today", "2025-03-01")
        assert other.exit_code == 1
        assert "Internt fel" not in other.output


def test_long_hex_and_octal_stay_text_short_ones_are_numbers():
    assert yamlio.load(f"a: {HUGE_HEX}\nb: 0x1F\nc: 0o17\n").data == {
        "a": HUGE_HEX,
        "b": 31,
        "c": 15,
    }
