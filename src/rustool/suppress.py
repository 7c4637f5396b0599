"""Inline suppressions: `# rustool: ignore[RUS302]` comments, read once per file.

A directive silences the codes it names (or, bare, every rule) on its own line. A comment
recognisably meant for rustool that cannot be read (RUS602) and a code that names no rule
(RUS601) are reported, so that a typo never silently does nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from .rules.config import rule_code

_MENTION = re.compile(r"#[ \t]*(?i:rustool)")  # starts with a literal: a fast scan
_DIRECTIVE = re.compile(
    r"#[ \t]*rustool[ \t]*:[ \t]*(?:ignorera|ignore)"
    r"(?:[ \t]*\[(?P<codes>[^\]\n]*)\])?(?P<rest>.*)",
    re.IGNORECASE,
)
_NEAR = re.compile(r"#[ \t]*rustool(?P<sep>[ \t]*:|[-_ \t]*)(?P<word>[^\s\[\]:(]*)", re.IGNORECASE)
_CODES_FOLLOW = re.compile(r"[ \t]*(?:[\[(:=,]|rus[0-9])", re.IGNORECASE)
_TOKEN = re.compile(r"[^,\s]+")
_LONGEST = 4096
"""Characters of a comment read as a directive: far more than any list of codes."""


@dataclass(slots=True)
class Suppression:
    """One directive: where it is, and the codes (or prefixes) it names with their columns;
    ``codes`` None silences every rule on the line."""

    line: int
    column: int
    codes: dict[str, int] | None


@dataclass(slots=True)
class Problem:
    code: str
    key: str
    line: int
    column: int
    fields: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None


def parse(text: str) -> tuple[dict[int, Suppression], list[Problem]]:
    """The directives of TEXT by line, and the problems with them."""
    found: dict[int, Suppression] = {}
    problems: list[Problem] = []
    line, counted = 1, 0
    line_start, line_end, done_line = 0, -1, 0
    for mention in _MENTION.finditer(text):
        start = mention.start()
        if start and not text[start - 1].isspace():
            continue  # inside a word, not a comment
        if start > line_end:  # a new line: find its ends once (a line may be megabytes)
            line += text.count("\n", counted, start)
            counted = start
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end == -1 else line_end
        if done_line == line:
            continue  # the rest of the line is that directive's comment
        column = start - line_start + 1
        end = min(line_end, start + _LONGEST)  # matched in place: no copy of a long line
        if end > start and text[end - 1] == "\r":
            end -= 1
        directive = _DIRECTIVE.match(text, start, end)
        if directive is None or not _well_formed(directive):
            if directive is not None or _meant_for_rustool(text, start, end):
                problems.append(Problem("RUS602", "RUS602", line, column))
                done_line = line
            continue
        done_line = line
        raw = directive.group("codes")
        if raw is None:
            found[line] = Suppression(line, column, None)
            continue
        codes: dict[str, int] = {}
        offset = column + directive.start("codes") - start
        for token in _TOKEN.finditer(raw):
            code, suggestion = rule_code(token.group())
            if code is None:
                problems.append(
                    Problem(
                        "RUS601",
                        "RUS601",
                        line,
                        offset + token.start(),
                        {"value": token.group()},
                        suggestion,
                    )
                )
            else:
                codes.setdefault(code, offset + token.start())
        found[line] = Suppression(line, column, codes)
    return found, problems


def _well_formed(directive: re.Match[str]) -> bool:
    rest = directive.group("rest")
    if rest and rest[0] not in " \t":
        return False  # `ignored`, `ignore[X]y`, `ignore:[X]`
    codes = directive.group("codes")
    if codes is None:
        return _CODES_FOLLOW.match(rest) is None  # `ignore RUS302`, `ignore (RUS302)`
    return _TOKEN.search(codes) is not None  # not `ignore[]`


def _meant_for_rustool(text: str, start: int, end: int) -> bool:
    """Whether a comment that starts with `rustool` is a directive gone wrong (`rustool:`
    and anything, or `rustool` and a word close to `ignore`) rather than prose such as
    `# rustool coverage visar …`."""
    near = _NEAR.match(text, start, end)
    if near is None:
        return False
    if ":" in near.group("sep"):
        return True
    word = near.group("word").lower()
    return bool(word) and (
        word.startswith("ign")
        or bool(difflib.get_close_matches(word, ["ignore", "ignorera"], n=1, cutoff=0.7))
    )
