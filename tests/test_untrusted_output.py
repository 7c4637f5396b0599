"""Output never injects: newlines, escape sequences and invisible characters from YAML
values and file names are shown escaped in text and GitHub formats, so a pull request
cannot forge a `::error`/`::add-mask::` line, a fake summary, or drive a terminal."""

from __future__ import annotations

import json
import re

import pytest

from rustool.safetext import printable

from .conftest import STRATEGY, write_workspace

# a key, a value and a file name that each try to start a line of their own
PLAN = (
    "typ: aktivitetsplan\nenhet: A\nstrategi: test-rus\naktiviteter:\n"
    "  - id: A-1\n"
    "    kategori: Kunskap och analys\n"
    "    aktivitet: Analys\n"
    "    syfte: S\n    mål: M\n    ansvarig: X\n    klart_senast: 2025-T2\n"
    "    bidrar_till: [M1.1]\n"
    '    status: "klar\\n::add-mask::hemligt\\r\\n::error::0 fel"\n'
    '    "nyckel\\n::error file=x.yaml::förfalskad": 1\n'
)
EVIL_NAME = "plan\n::error::förfalskad\x1b]0;titel\x07\x1b[2J\x9b.yaml"


@pytest.fixture
def evil(tmp_path):
    return write_workspace(
        tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": PLAN, EVIL_NAME: PLAN}
    )


def test_github_annotations_cannot_be_forged(cli, evil):
    result = cli("validate", evil, "--format", "github")
    lines = result.stdout.splitlines()
    assert lines and all(re.match(r"::(error|warning) file=", line) for line in lines), lines
    assert "::add-mask::" not in "\n".join(line.split("::", 2)[2] for line in lines) or all(
        not line.startswith("::add-mask::") for line in lines
    )
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout)
    findings = json.loads(cli("validate", evil, "--format", "json").stdout)["findings"]
    assert len(lines) == len(findings)


def test_text_output_shows_escapes_not_control_characters(cli, evil):
    result = cli("validate", evil)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output)
    assert not [line for line in result.output.splitlines() if line.lstrip().startswith("::")]
    assert "\\n::add-mask::hemligt" in result.output
    assert "plan\\n::error::förfalskad\\x1b]0;titel\\x07\\x1b[2J\\x9b.yaml" in result.output


@pytest.mark.parametrize("command", ["report", "coverage"])
def test_error_lines_of_other_commands_escape_file_names(cli, evil, command):
    result = cli(command, evil, "--today", "2025-03-01")
    assert result.exit_code == 1
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stderr)
    assert not [line for line in result.stderr.splitlines() if line.lstrip().startswith("::")]


def test_printable_escapes_every_control_and_invisible_character():
    assert printable("a\nb\rc\td\x1b[0m\x9b\u202e\u200b\u2028") == (
        "a\\nb\\rc\\td\\x1b[0m\\x9b\\u202e\\u200b\\u2028"
    )
    assert printable("Öresund – 50 % ✓") == "Öresund – 50 % ✓"
    assert printable("icke\u00a0brytande") == "icke\u00a0brytande"
