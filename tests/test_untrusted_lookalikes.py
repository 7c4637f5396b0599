"""Ids that look like others: an invisible character (RUS009) or letters of another
script among Latin ones (RUS010) are located errors, so a duplicate cannot hide."""

from __future__ import annotations

import json

import pytest

from .conftest import STRATEGY, write_workspace
from .test_merge_cli import unit_plan


def _findings(cli, ws) -> list[tuple[str, int, int, str]]:
    result = cli("validate", ws, "--format", "json", "--today", "2025-03-01")
    return [
        (f["file"], f["line"], f["column"], f["code"])
        for f in json.loads(result.stdout)["findings"]
    ]


@pytest.mark.parametrize(
    ("fake", "code"),
    [("AN-001\u200b", "RUS009"), ("AN-001\u2060", "RUS009"), ("АN-001", "RUS010")],
    ids=["zero-width space", "word joiner", "Cyrillic A"],
)
def test_a_look_alike_duplicate_id_is_found(cli, tmp_path, fake, code):
    plan = unit_plan("Analysenheten", "AN", "Ta fram en analys", "Leda ett nätverk")
    plan = plan.replace("id: AN-002", f'id: "{fake}"')
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    found = _findings(cli, ws)
    line = plan.splitlines().index(f'  - id: "{fake}"') + 1
    assert ("plan.yaml", line, 9, code) in found


def test_an_invisible_character_in_a_key_or_text(cli, tmp_path):
    plan = unit_plan("Analysenheten", "AN", "Ta fram\u200ben analys").replace(
        "status:", "sta\u200dtus:"
    )
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    found = [f for f in _findings(cli, ws) if f[3] == "RUS009"]
    assert [(line, column) for _, line, column, _ in found] == [(8, 16), (14, 5)]


def test_ids_in_one_script_and_ordinary_text_pass(cli, tmp_path):
    plan = unit_plan("Enheten för Öresund", "AN", "Möte med Ελληνικά och Кириллица")
    plan = plan.replace("id: AN-001", "id: Ω-001")
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    assert not [f for f in _findings(cli, ws) if f[3] in ("RUS009", "RUS010")]


def test_the_message_shows_the_invisible_character(cli, tmp_path):
    plan = unit_plan("Analysenheten", "AN").replace("id: AN-001", 'id: "AN-001\u200b"')
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    result = cli("validate", ws, "--today", "2025-03-01")
    assert "`AN-001\\u200b` innehåller ett osynligt tecken (U+200B, tecken 7)" in result.output
