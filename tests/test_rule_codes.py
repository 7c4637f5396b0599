"""Every rule code that src/ can raise is a declared rule with documentation.

An undeclared code would reach users without `rustool rules` or docs/rules.md knowing it
(and its severity would be a guess), so the source is searched as text: a code written
anywhere in src/ (as "RUS123", or as the variant "RUS123.something") must be declared.
"""

from __future__ import annotations

import re
from pathlib import Path

import rustool
from rustool.rules import RULES

SRC = Path(rustool.__file__).parent
CODE = re.compile(r"""["'](RUS\d{3})(?:\.[\w.]+)?["']""")


def _codes_in_source() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for code in CODE.findall(line):
                found.setdefault(code, []).append(f"{path.relative_to(SRC)}:{number}")
    return found


def test_every_code_in_the_source_is_a_declared_rule():
    found = _codes_in_source()
    assert len(found) >= 50, "the search found too few codes: has the pattern broken?"
    undeclared = {code: places for code, places in found.items() if code not in RULES}
    assert not undeclared, f"raised but not declared: {undeclared}"


def test_every_declared_rule_has_a_slug_and_documentation():
    for code, rule in RULES.items():
        assert re.fullmatch(r"RUS\d{3}", code), code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.slug), code
        assert rule.severity in ("error", "warning"), code
        assert len(rule.summary) > 20, f"{code} has no documentation"
