"""A fast path for large plans: compare a plan's activities as text before parsing them.

Between two meetings most of a plan's activities are unchanged, byte for byte. A plan
written in block style (``aktiviteter:`` followed by ``- id: …`` items, as every plan
rustool or a person writes) splits by its lines into a head, one piece of text per item
and a tail. When the head and the tail are the same on both sides, an item whose text
appears on both sides is the same activity on both sides; only the other items need
parsing. They are parsed with the project's loader, as a plan made of the head, those
items and the tail; if that plan has any problem, the caller loads the whole files
instead. Text with a possible alias (``*``) is never split: an item could then depend on
another.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_KEY = re.compile(r"(?m)^aktiviteter[ \t]*:[ \t]*(#.*)?$")


@dataclass(frozen=True, slots=True)
class Split:
    head: str
    """Everything before the ``aktiviteter:`` line."""
    lead: str
    """Blank lines and comments between that line and the first item."""
    items: list[str]
    tail: str
    """Whatever follows the sequence (top-level keys after it)."""

    def with_items(self, items: list[str]) -> str:
        if not items:
            return self.head + "aktiviteter: []\n" + self.lead + self.tail
        return self.head + "aktiviteter:\n" + self.lead + "".join(items) + self.tail


def split(text: str) -> Split | None:
    """TEXT as head, items and tail; None when it is not a plain block-style plan."""
    if "*" in text or "\t" in text or "\r" in text:
        return None
    keys = list(_KEY.finditer(text))
    if len(keys) != 1:
        return None
    head = text[: keys[0].start()]
    lines = text[keys[0].end() :].split("\n")[1:]
    if lines and not lines[-1]:
        lines.pop()  # the final newline
    lead: list[str] = []
    items: list[list[str]] = []
    indent = ""
    for n, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if not items:
            if not stripped or stripped.startswith("#"):
                lead.append(line)
                continue
            if not (stripped.startswith("- ") or stripped == "-"):
                return None
            indent = line[: len(line) - len(stripped)]
            items.append([line])
        elif line.startswith(indent + "- ") or line == indent + "-":
            items.append([line])
        elif not stripped or stripped.startswith("#") or line.startswith(indent + " "):
            items[-1].append(line)
        else:
            return Split(head, _lines(lead), _join(items), _lines(lines[n:]))
    if not items:
        return None
    return Split(head, _lines(lead), _join(items), "")


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _join(items: list[list[str]]) -> list[str]:
    return ["\n".join(lines) + "\n" for lines in items]


def differing(before: Split, after: Split) -> tuple[list[str], list[str]] | None:
    """The items of BEFORE and of AFTER whose text the other side lacks (as multisets);
    None when the heads or tails differ (then the files are compared whole)."""
    if (before.head, before.lead, before.tail) != (after.head, after.lead, after.tail):
        return None
    common = Counter(before.items) & Counter(after.items)
    return _minus(before.items, common), _minus(after.items, common)


def _minus(items: list[str], common: Counter[str]) -> list[str]:
    left = Counter(common)
    out = []
    for item in items:
        if left[item] > 0:
            left[item] -= 1
        else:
            out.append(item)
    return out
