"""The YAML parser's messages, as keys of our catalogues.

libyaml (through PyYAML's C binding) and PyYAML's pure-Python parser (which measures deep
nesting, see ``yamlio._event_depth``) describe a syntax error in English: a *problem*
("could not find expected ':'") and sometimes a *context* ("while scanning a simple
key"). None of that text may reach a Swedish user, so every problem either parser can
report is named here and given a catalogue key; ``tests/test_yaml_messages.py`` holds
the list to the parsers' sources and to the installed binary.

Lookups go by the problem's start (the pure-Python parser appends what it found: "found
character '@' that cannot start any token"), refined by the context where one problem
means different mistakes (a name missing after ``&`` or after ``%``).
"""

from __future__ import annotations

DEPTH = "limit.depth"

_BY_CONTEXT: tuple[tuple[str, str, str], ...] = (
    # (context starts with, problem starts with, key)
    ("while scanning an anchor", "", "syntax.anchor"),
    ("while scanning an alias", "", "syntax.anchor"),
    ("while scanning a directive", "", "syntax.directive"),
    ("while scanning a %", "", "syntax.directive"),
    ("while parsing a %", "", "syntax.directive"),
    ("while scanning a tag directive", "", "syntax.directive"),
    ("while parsing a tag directive", "", "syntax.directive"),
    ("while scanning a tag", "", "syntax.tag"),
    ("while parsing a tag", "", "syntax.tag"),
    ("while scanning a block scalar", "", "syntax.block_scalar"),
    ("while scanning a quoted scalar", "found unexpected end of stream", "syntax.unclosed_quote"),
    ("while scanning a double-quoted scalar", "found unexpected end", "syntax.unclosed_quote"),
    ("while scanning a quoted scalar", "found unexpected document", "syntax.document_marker"),
    (
        "while scanning a double-quoted scalar",
        "found unexpected document",
        "syntax.document_marker",
    ),
    ("while scanning a plain scalar", "found unexpected ':'", "syntax.mapping_value"),
)

PROBLEMS: tuple[tuple[str, str], ...] = (
    # libyaml's scanner (scanner.c)
    ("found a tab character", "syntax.tab"),
    ("found character that cannot start any token", "syntax.bad_start"),
    ("mapping values are not allowed", "syntax.mapping_value"),
    ("found unexpected ':'", "syntax.mapping_value"),
    ("could not find expected ':'", "syntax.expected_colon"),
    ("found unexpected end of stream", "syntax.unclosed_quote"),
    ("found unexpected document indicator", "syntax.document_marker"),
    ("found unknown escape character", "syntax.escape"),
    ("did not find expected hexdecimal number", "syntax.escape"),
    ("found invalid Unicode character escape code", "syntax.escape"),
    ("block sequence entries are not allowed", "syntax.sequence_entry"),
    ("mapping keys are not allowed", "syntax.mapping_key"),
    ("did not find expected alphabetic or numeric character", "syntax.anchor"),
    ("found an indentation indicator equal to 0", "syntax.block_scalar"),
    ("did not find expected comment or line break", "syntax.block_scalar"),
    ("could not find expected directive name", "syntax.directive"),
    ("found unknown directive name", "syntax.directive"),
    ("found unexpected non-alphabetical character", "syntax.directive"),
    ("did not find expected version number", "syntax.directive"),
    ("found extremely long version number", "syntax.directive"),
    ("did not find expected digit or '.' character", "syntax.directive"),
    ("did not find expected whitespace", "syntax.directive"),
    ("did not find expected '!'", "syntax.tag"),
    ("did not find expected tag URI", "syntax.tag"),
    ("did not find URI escaped octet", "syntax.tag"),
    ("found an incorrect leading UTF-8 octet", "syntax.tag"),
    ("found an incorrect trailing UTF-8 octet", "syntax.tag"),
    ("did not find the expected '>'", "syntax.tag"),
    ("exceeded maximum nesting depth", DEPTH),
    ("Maximum nesting level reached", DEPTH),
    # libyaml's parser (parser.c)
    ("did not find expected key", "syntax.indentation"),
    ("did not find expected '-' indicator", "syntax.indentation"),
    ("did not find expected ',' or", "syntax.flow"),
    ("did not find expected node content", "syntax.node"),
    ("did not find expected <document start>", "syntax.document_start"),
    ("did not find expected <stream-start>", "syntax.document_start"),
    ("found duplicate %TAG directive", "syntax.directive"),
    ("found duplicate %YAML directive", "syntax.directive"),
    ("found incompatible YAML document", "syntax.directive"),
    ("found undefined tag handle", "syntax.tag"),
    # PyYAML's composer (the C binding's _yaml.pyx and composer.py)
    ("found undefined alias", "syntax.alias"),
    ("found duplicate anchor", "syntax.duplicate_anchor"),
    ("second occurrence", "syntax.duplicate_anchor"),
    ("but found another document", "syntax.document"),
    ("expected a single document", "syntax.document"),
    # PyYAML's pure-Python scanner and parser (scanner.py, parser.py), where they differ
    ("found character", "syntax.bad_start"),
    ("found unexpected document separator", "syntax.document_marker"),
    ("sequence entries are not allowed", "syntax.sequence_entry"),
    ("invalid indentation or unclosed '[' or '{'", "syntax.flow"),
    ("expected ',' or ']'", "syntax.flow"),
    ("expected ',' or '}'", "syntax.flow"),
    ("expected <block end>", "syntax.indentation"),
    ("expected the node content", "syntax.node"),
    ("expected '<document start>'", "syntax.document_start"),
    ("expected escape sequence of", "syntax.escape"),
    ("expected alphabetic or numeric character", "syntax.anchor"),
    ("expected chomping or indentation indicators", "syntax.block_scalar"),
    ("expected indentation indicator in the range 1-9", "syntax.block_scalar"),
    ("expected a comment or a line break", "syntax.block_scalar"),
    ("expected a digit", "syntax.directive"),
    ("expected ' ', but found", "syntax.tag"),
    ("expected '!', but found", "syntax.tag"),
    ("expected '>', but found", "syntax.tag"),
    ("expected URI", "syntax.tag"),
    ("found non-specific tag", "syntax.tag"),
    ("duplicate tag handle", "syntax.directive"),
    ("found duplicate YAML directive", "syntax.directive"),
)
"""Every problem the parsers report while scanning, parsing and composing, by its start.
The reader's problems (characters YAML does not allow) never get here: ``yamlio.decode``
refuses those characters first, at their place."""

READER_PROBLEMS = (
    "control characters are not allowed",
    "special characters are not allowed",
    "invalid Unicode character",
    "input error",
    "input is too long",
    "invalid leading UTF-8 octet",
    "invalid trailing UTF-8 octet",
    "invalid length of a UTF-8 sequence",
    "incomplete UTF-8 octet sequence",
    "incomplete UTF-16 character",
    "incomplete UTF-16 surrogate pair",
    "unexpected low surrogate area",
    "expected low surrogate area",
)
"""The reader's problems (reader.c, reader.py): a character or byte that is not YAML text.
Reported as ``encoding.binary`` at the character's place."""


def syntax_key(problem: str, context: str = "") -> str:
    """The catalogue key for a parser's PROBLEM (in CONTEXT); ``syntax.other`` for a text
    neither parser has (the test keeps that from happening)."""
    if problem.startswith("found a tab character"):
        return "syntax.tab"
    for context_start, problem_start, key in _BY_CONTEXT:
        if context.startswith(context_start) and problem.startswith(problem_start):
            return key
    for start, key in PROBLEMS:
        if problem.startswith(start):
            return key
    return "syntax.other"
