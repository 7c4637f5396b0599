"""Every message the YAML parser can give reaches the user from our catalogues, in the
chosen language: no English parser text in Swedish output.

The problems are enumerated from the parsers themselves: libyaml's sources (0.2.5, which
PyYAML's wheels bundle, with the nesting-depth patch of PyYAML 6.0.4's build), the strings
of the installed binary, and PyYAML's pure-Python scanner, parser and composer (the
fallback that measures deep nesting)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rustool import yamlerrors, yamlio
from rustool.i18n import catalogue

from .conftest import STRATEGY, write_workspace

LIBYAML = """
block sequence entries are not allowed in this context
could not find expected ':'
could not find expected directive name
did not find URI escaped octet
did not find expected '!'
did not find expected ',' or ']'
did not find expected ',' or '}'
did not find expected '-' indicator
did not find expected <document start>
did not find expected <stream-start>
did not find expected alphabetic or numeric character
did not find expected comment or line break
did not find expected digit or '.' character
did not find expected hexdecimal number
did not find expected key
did not find expected node content
did not find expected tag URI
did not find expected version number
did not find expected whitespace
did not find expected whitespace or line break
did not find the expected '>'
exceeded maximum nesting depth
Maximum nesting level reached, set with yaml_set_max_nest_level())
found a tab character that violates indentation
found a tab character where an indentation space is expected
found an incorrect leading UTF-8 octet
found an incorrect trailing UTF-8 octet
found an indentation indicator equal to 0
found character that cannot start any token
found duplicate %TAG directive
found duplicate %YAML directive
found extremely long version number
found incompatible YAML document
found invalid Unicode character escape code
found undefined tag handle
found unexpected ':'
found unexpected document indicator
found unexpected end of stream
found unexpected non-alphabetical character
found unknown directive name
found unknown escape character
mapping keys are not allowed in this context
mapping values are not allowed in this context
found undefined alias
found duplicate anchor; first occurrence
second occurrence
expected a single document in the stream
but found another document
""".strip().splitlines()
"""libyaml's scanner and parser problems (scanner.c, parser.c: every string passed to
yaml_parser_set_scanner_error / _parser_error / _parser_error_context), and the C
binding's composer (_yaml.pyx)."""

_PROBLEM_START = re.compile(
    r"^(found |did not |could not |mapping |block |exceeded |Maximum nesting|expected "
    r"|but found|second occurrence)"
)
_NOT_PARSER = {  # the emitter's and Cython's own texts in the same binary
    "expected DOCUMENT-END",
    "expected DOCUMENT-START or STREAM-END",
    "expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS",
    "expected STREAM-START",
    "expected nothing after STREAM-END",
    "expected %.42s, got %.200s",
}


def _pure_python_problems() -> list[str]:
    """The problems PyYAML's pure-Python parser raises, with their %r filled in."""
    folder = Path(yaml.__file__).parent
    found: list[str] = []
    for name in ("scanner.py", "parser.py", "composer.py"):
        source = (folder / name).read_text(encoding="utf-8")
        source = re.sub(r"(?m)^\s*#.*$", "", source)  # commented-out raises
        for call in re.finditer(r"raise \w+Error\((.*?)\)\n", source, re.S):
            texts = re.findall(r'"((?:[^"\\]|\\.)*)"', call.group(1))
            found += [t for t in texts if not t.startswith(("while ", "Please check"))]
    return [t.replace("%r", "'@'").replace("%d", "2") for t in found]


def _binary_problems() -> list[str]:
    """The problem texts inside the installed libyaml binary (all its printable runs)."""
    binary = getattr(yaml, "_yaml", None) or pytest.importorskip("yaml._yaml")
    data = Path(binary.__file__).read_bytes()
    runs = {m.decode() for m in re.findall(rb"[\x20-\x7e]{8,}", data)}
    return sorted(
        r for r in runs if _PROBLEM_START.match(r) and r not in _NOT_PARSER and "&&" not in r
    )


@pytest.mark.parametrize("problem", LIBYAML + _pure_python_problems())
def test_every_parser_problem_has_a_message_in_both_languages(problem):
    key = yamlerrors.syntax_key(problem)
    assert key != "syntax.other", f"no message for the parser's {problem!r}"
    assert key in catalogue("sv") and key in catalogue("en")


def test_the_list_holds_every_problem_of_the_installed_libyaml():
    """A new libyaml (or PyYAML build) with a message we do not know fails here."""
    missing = [p for p in _binary_problems() if p not in LIBYAML]
    assert not missing


def test_every_reader_problem_is_refused_before_the_parser():
    """The reader's problems are characters YAML does not allow: decode() refuses them
    at their place, with our message, before libyaml could say it in English at 1:1."""
    for char in ("\u0080", "\u009b", "\u009f", "\ufffe", "\uffff"):
        text, problem = yamlio.decode(f"typ: strategi\nnamn: a{char}b\n".encode())
        assert text is None and problem is not None
        assert (problem.key, problem.line, problem.column) == ("encoding.control", 2, 8)
    assert "control characters are not allowed" in yamlerrors.READER_PROBLEMS


TRIGGERS = {
    "a: @x\n": ("syntax.bad_start", 1, 4),
    "a: b: c\n": ("syntax.mapping_value", 1, 5),
    "a: 1\nb\nc: 2\n": ("syntax.expected_colon", 3, 1),
    'a: "abc\n': ("syntax.quote_opened", 1, 4),  # where the quote opens (yamlhints)
    'a: "abc\n---\n"\n': ("syntax.document_marker", 2, 1),
    'a: "\\q"\n': ("syntax.escape", 1, 5),
    'a: "\\xZZ"\n': ("syntax.escape", 1, 7),
    "a: &\n": ("syntax.anchor", 1, 5),
    "a: * b\n": ("syntax.anchor", 1, 5),
    "a: |0\n  x\n": ("syntax.block_scalar", 1, 5),
    "a: |x\n  x\n": ("syntax.block_scalar", 1, 5),
    "%FOO\n---\na: 1\n": ("syntax.directive", 1, 5),
    "%YAML x\n---\na: 1\n": ("syntax.directive", 1, 7),
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n": ("syntax.directive", 2, 1),
    "%TAG !a! x\n%TAG !a! y\n---\na: 1\n": ("syntax.directive", 2, 1),
    "a: !<x\n": ("syntax.tag", 1, 7),
    "a: !x!y 1\n": ("syntax.tag", 1, 4),
    "a: !%zz 1\n": ("syntax.tag", 1, 5),
    "a:\n  b: 1\n c: 2\n": ("syntax.indentation", 3, 2),
    "- a\nb: 1\n": ("syntax.indentation", 2, 1),
    "a: [1, 2\nb: 3\n": ("syntax.flow", 2, 2),
    "- ]\n": ("syntax.node", 1, 3),
    "a: 1\n...\nb\n:\n": ("syntax.document_start", 3, 1),
    "a: *nope\n": ("syntax.alias", 1, 4),
    "a: &x 1\nb: &x 2\n": ("syntax.duplicate_anchor", 2, 4),
    "a: 1\n---\nb: 2\n": ("syntax.document", 2, 1),
    "a:\n\tb: 1\n": ("syntax.tab", 2, 1),
    "a: b\u009b\n": ("encoding.control", 1, 5),
}


@pytest.mark.parametrize("text", list(TRIGGERS))
def test_real_parser_errors_are_located_with_our_message(text):
    raw, problem = yamlio.decode(text.encode())
    found = problem if raw is None else yamlio.load(raw).problems[0]
    assert (found.key, found.line, found.column) == TRIGGERS[text]


ENGLISH = re.compile(
    r"\b(found|expected|while|scanning|parsing|allowed|character|indicator|stream"
    r"|unacceptable|did not|could not|context)\b"
)


def test_no_english_parser_text_in_swedish_output(cli, tmp_path):
    files = {"strategi.yaml": STRATEGY}
    for n, text in enumerate(TRIGGERS):
        files[f"plan{n:02d}.yaml"] = "typ: aktivitetsplan\n" + text
    ws = write_workspace(tmp_path, files)
    result = cli("validate", ws)
    assert result.exit_code == 1
    messages = [line for line in result.output.splitlines() if line.startswith("  ")]
    assert len(messages) >= len(TRIGGERS)
    english = [m for m in messages if ENGLISH.search(m.split("RUS", 1)[1])]
    assert not english
