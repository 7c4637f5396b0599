"""The YAML mistakes people make by hand, told as what to write instead: a quote opened
and never closed (reported where it opens, not where the parser gave up), `-id:` without
the space a list item needs, and a decimal comma (`4,8`) where YAML wants a point.

The parser's own position stays the fallback: a hint is given only when the text plainly
shows the mistake at or above the place the parser stopped."""

from __future__ import annotations

import re

_DASH_KEY = re.compile(r"^(\s*)-([^\s\-#][^:#]*):(\s|$)")
_QUOTE_START = re.compile(r"(?:^\s*(?:-\s+)?|:\s+|-\s+|[\[{,]\s*)([\"'])")
_FLOW_DECIMAL = re.compile(r"([^\s{},:\[\]]+):\s*(-?\d+),\s*(\d+)\s*(?=[,}\]]|$)")


def dash_without_space(text: str, line: int) -> tuple[int, int] | None:
    """(line, column) of a `-key:` list item at LINE or the two lines above it."""
    lines = text.splitlines()
    for number in range(line, max(line - 3, 0), -1):
        if number <= len(lines) and (match := _DASH_KEY.match(lines[number - 1])):
            return number, len(match.group(1)) + 1
    return None


def unclosed_quote(text: str, line: int) -> tuple[int, int] | None:
    """(line, column) where a quoted text opens that is never closed, or closes only on a
    later line at or past LINE (where the parser stopped): in a hand-written file that is
    a missing quote, not a text over several lines."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for row in lines:
        starts.append(starts[-1] + len(row))
    number = 0  # 0-based from here on
    while number < min(line, len(lines)):
        row = lines[number]
        match = _QUOTE_START.search(row)
        if match is None or _comment_before(row, match.start(1)):
            number += 1
            continue
        closed = _closing(text, starts[number] + match.start(1))
        closing_line = len(lines) if closed is None else _line_of(starts, closed)
        if closing_line > number and closing_line >= line - 1:
            return number + 1, match.start(1) + 1
        number = max(closing_line, number) + 1
    return None


def decimal_comma(text: str, line: int) -> dict[str, str] | None:
    """{key, value: "4,8", fixed: "4.8"} when LINE holds `key: 4,8` inside `{ }`, which
    YAML reads as `key: 4` and a key `8` of its own."""
    rows = text.splitlines()
    if not 0 < line <= len(rows):
        return None
    match = _FLOW_DECIMAL.search(rows[line - 1])
    if match is None:
        return None
    key, whole, part = match.groups()
    return {"key": key, "value": f"{whole},{part}", "fixed": f"{whole}.{part}"}


def _closing(text: str, opened: int) -> int | None:
    quote = text[opened]
    i = opened + 1
    while i < len(text):
        char = text[i]
        if quote == '"' and char == "\\":
            i += 2
            continue
        if char == quote:
            if quote == "'" and text[i + 1 : i + 2] == "'":  # '' is a quote inside ' '
                i += 2
                continue
            return i
        i += 1
    return None


def _line_of(starts: list[int], offset: int) -> int:
    """The 0-based line of OFFSET."""
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _comment_before(row: str, column: int) -> bool:
    return "#" in row[:column] and row[: row.index("#")].strip() == ""
