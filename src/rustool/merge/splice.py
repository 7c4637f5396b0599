"""Cut a plan's activities out of its YAML text exactly as written, for merge.

Merge must lose nothing: every field, key order, quoting, block scalars, flow lists and
comments of an activity. Rather than re-serialising (ruamel.yaml's round-trip loader and
dumper took 3.8 s for one benchmark region, and still normalise flow spacing and
indentation), each activity's lines are copied verbatim, using the positions libyaml already
gave us while validating, and only re-indented as a whole so that its dash stands at the
merged plan's column. Shifting every line of an item by the same amount changes no value:
block scalars measure their indentation relative to their parent, and continuation lines
of flow scalars lose their leading white space anyway.

Comments follow the YAML the way a reader sees them: comment lines just above an item's
dash, at or left of the dash's column, belong to that item; comments inside it, or
indented under it, stay inside it. Comments outside the activities (a plan's header, or
on its top-level keys) are returned separately so that the merged plan can keep them with
the plan's entry under ``källor``. Blank lines stay with the item they follow (a ``|+``
block scalar keeps them in its value).

Anchors and aliases are copied too; an alias whose anchor is outside its own activity, or
an anchor name that two copied activities share, cannot survive reordering and is
reported as a :class:`SpliceProblem` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

INDENT = 2
"""The column of an activity's dash in the merged plan (``aktiviteter:`` then two spaces)."""

_BREAKS = ("\r\n", "\r", "\n")
_COMMENT = re.compile(r"#[^\r\n\x85\u2028\u2029]*")
_BLOCK_INDICATOR_COMMENT = re.compile(r"(?:[&!]\S*[ \t]+)*[|>][-+0-9]*[ \t]+(#[^\r\n]*)")
_BLOCK_HEADER = re.compile(r"((?:[&!]\S*[ \t]+)*[|>])([-+]?)([0-9]?)([-+]?)")
_SCHEMA = re.compile(r"#\s*yaml-language-server:\s*\$schema=(\S+)")
_MAYBE_ANCHORS = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]")


@dataclass(slots=True)
class Item:
    """One activity, ready to be written: its lines (each ending in a line break)."""

    index: int
    lines: list[str]


@dataclass(slots=True)
class Spliced:
    """What merge takes from one plan file."""

    items: list[Item] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    """Comments outside the activities, each from its ``#``, in file order."""
    schema: str | None = None
    """The target of a ``# yaml-language-server: $schema=…`` line, if the file has one."""
    anchors: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """Anchor name → (item index, line, column) for anchors inside activities."""


class SpliceProblem(Exception):
    """An activity that cannot be copied on its own; ``key`` names the message."""

    def __init__(self, key: str, line: int, column: int, fields: dict[str, object]) -> None:
        super().__init__(key)
        self.key, self.line, self.column, self.fields = key, line, column, fields


def splice(text: str, root: MappingNode, unit: str | None) -> Spliced:
    """The activities of one plan as text, with ``enhet: unit`` added after each ``id``
    (unless the activity has its own ``enhet``); ``unit`` is already a YAML scalar."""
    result = Spliced()
    lines = text.splitlines(keepends=True)
    activities = next(((k, v) for k, v in root.value if _is_key(k, "aktiviteter")), None)
    result.comments = _outside_comments(text, root, activities)
    for comment in list(result.comments):
        match = _SCHEMA.match(comment)
        if match:
            result.schema = match.group(1)
            result.comments.remove(comment)
    if activities is None or not isinstance(activities[1], SequenceNode):
        return result
    key, seq = activities
    if seq.flow_style:
        result.items = _flow_items(text, seq, unit)
    else:
        result.items = _block_items(text, lines, key, seq, unit)
    if _MAYBE_ANCHORS.search(text):
        result.anchors = _check_anchors(text, seq)
    return result


# --- activities in a block sequence (the usual case)


def _block_items(
    text: str, lines: list[str], key: Node, seq: SequenceNode, unit: str | None
) -> list[Item]:
    dashes = [_next_dash(text, seq.start_mark.index, seq.start_mark.line)]
    for item in seq.value[:-1]:
        dashes.append(_next_dash(text, item.end_mark.index, item.end_mark.line))
    column = (
        seq.start_mark.column if text[seq.start_mark.index] == "-" else _column(text, dashes[0][0])
    )
    end = seq.end_mark.line + (1 if seq.end_mark.column > 0 else 0)
    bounds = [line for _, line in dashes] + [min(end, len(lines))]
    leading = _from_first_comment(lines[key.end_mark.line + 1 : bounds[0]])
    items = []
    for i, node in enumerate(seq.value):
        region = lines[bounds[i] : bounds[i + 1]]
        last = i == len(seq.value) - 1
        cut = len(region) if last else _trailer_start(region, column)
        body = region[:cut]
        if last and not text.endswith(("\n", "\r", "\x85", "\u2028", "\u2029")):
            body = _strip_at_end_of_file(body, node, bounds[i], len(text))
        if unit is not None and isinstance(node, MappingNode) and not _has_key(node, "enhet"):
            body = _with_unit(body, node, bounds[i], unit)
        shifted = [_shift(line, INDENT - column) for line in leading + body]
        items.append(Item(i, shifted))
        leading = region[cut:]
    return items


def _next_dash(text: str, index: int, line: int) -> tuple[int, int]:
    """(index, line) of the next block-entry dash from ``index``, past white space,
    comments and node properties."""
    size = len(text)
    while index < size:
        char = text[index]
        if char == "-":
            return index, line
        if char in "\r\n\x85\u2028\u2029":
            if not (char == "\r" and text.startswith("\n", index + 1)):
                line += 1
        elif char == "#" or (char in "&!" and _starts_token(text, index)):
            stops = "\r\n\x85\u2028\u2029" if char == "#" else " \t\r\n\x85\u2028\u2029"
            while index + 1 < size and text[index + 1] not in stops:
                index += 1
        elif char not in " \t":
            raise SpliceProblem("merge.error.layout", line + 1, _column(text, index) + 1, {})
        index += 1
    raise SpliceProblem("merge.error.layout", line + 1, 1, {})


def _starts_token(text: str, index: int) -> bool:
    return index == 0 or text[index - 1] in " \t\r\n\x85\u2028\u2029"


def _column(text: str, index: int) -> int:
    return index - (
        max(text.rfind(b, 0, index) for b in ("\n", "\r", "\x85", "\u2028", "\u2029")) + 1
    )


def _trailer_start(region: list[str], column: int) -> int:
    """Where the comments that introduce the next item begin: the first comment at or left
    of the dash column in the run of comment and blank lines that ends the region."""
    start = len(region)
    while start > 1 and _blank_or_comment(region[start - 1]):
        start -= 1
    for i in range(start, len(region)):
        stripped = region[i].lstrip(" \t")
        if stripped.startswith("#") and len(region[i]) - len(stripped) <= column:
            return i
    return len(region)


def _from_first_comment(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if line.lstrip(" \t").startswith("#"):
            return lines[i:]
    return []


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip(" \t\r\n")
    return not stripped or stripped.startswith("#")


def _with_unit(body: list[str], node: MappingNode, first_line: int, unit: str) -> list[str]:
    id_pair = next(((k, v) for k, v in node.value if _is_key(k, "id")), None)
    if id_pair is None:
        return body
    key, value = id_pair
    if node.flow_style:
        row = value.end_mark.line - first_line
        at = value.end_mark.column
        line = body[row]
        return [*body[:row], f"{line[:at]}, enhet: {unit}{line[at:]}", *body[row + 1 :]]
    block = isinstance(value, ScalarNode) and value.style in ("|", ">")
    after = value.end_mark.line - (1 if block and value.end_mark.column == 0 else 0)
    row = after - first_line + 1
    entry = " " * key.start_mark.column + f"enhet: {unit}\n"
    return [*body[:row], entry, *body[row:]]


def _strip_at_end_of_file(body: list[str], node: Node, first_line: int, size: int) -> list[str]:
    """A block scalar that ends the file without a line break has no final line break in
    its value; followed by more lines it would gain one, unless its chomping is `-`."""
    while isinstance(node, MappingNode | SequenceNode) and node.value and not node.flow_style:
        node = node.value[-1][1] if isinstance(node, MappingNode) else node.value[-1]
    if not (
        isinstance(node, ScalarNode) and node.style in ("|", ">") and node.end_mark.index >= size
    ):
        return body
    row = node.start_mark.line - first_line
    line = body[row]
    match = _BLOCK_HEADER.match(line, node.start_mark.column)
    if match is None:
        return body
    header = match.group(1) + match.group(3) + "-"
    line = line[: match.start()] + header + line[match.end() :]
    return [*body[:row], line, *body[row + 1 :]]


def _shift(line: str, delta: int) -> str:
    line = _normalise_break(line)
    if delta > 0:
        return line if line == "\n" else " " * delta + line
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, -delta) :]


def _normalise_break(line: str) -> str:
    for brk in _BREAKS:
        if line.endswith(brk):
            return line[: -len(brk)] + "\n"
    if line and line[-1] in "\x85\u2028\u2029":
        return line  # a YAML 1.1 line break inside a scalar: keep the character as it is
    return line + "\n"


# --- activities in a flow sequence: aktiviteter: [{…}, {…}]


def _flow_items(text: str, seq: SequenceNode, unit: str | None) -> list[Item]:
    items = []
    gap_start = seq.start_mark.index + 1
    pad = " " * INDENT
    for i, node in enumerate(seq.value):
        start, end = node.start_mark.index, node.end_mark.index
        leading = [pad + c + "\n" for c in _comments_in(text[gap_start:start])]
        body = text[start:end]
        if unit is not None and isinstance(node, MappingNode) and not _has_key(node, "enhet"):
            value = next((v for k, v in node.value if _is_key(k, "id")), None)
            if value is not None:
                at = value.end_mark.index - start
                body = f"{body[:at]}, enhet: {unit}{body[at:]}"
        first, *rest = body.splitlines() or [""]
        lines = [f"{pad}- {first}\n"]
        lines += [" " * (INDENT + 4) + r.strip(" \t") + "\n" if r.strip() else "\n" for r in rest]
        items.append(Item(i, leading + lines))
        gap_start = end
    if items:
        closing = text.rfind("]", gap_start, seq.end_mark.index)
        items[-1].lines += [pad + c + "\n" for c in _comments_in(text[gap_start:closing])]
    return items


# --- comments outside the activities


def _outside_comments(
    text: str, root: MappingNode, activities: tuple[Node, Node] | None
) -> list[str]:
    """Comments of the file that are not inside an activity, in order."""
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for key, value in root.value:
        spans.append((key.start_mark.index, key.end_mark.index))
        if activities is not None and key is activities[0]:
            spans.append(_activities_span(text, key, value))
            continue
        spans.append((value.start_mark.index, value.end_mark.index))
        if isinstance(value, ScalarNode) and value.style in ("|", ">"):
            match = _BLOCK_INDICATOR_COMMENT.match(text, value.start_mark.index)
            if match:
                found.append((match.start(1), match.group(1).rstrip()))
    start = 0
    for span_start, span_end in sorted(spans):
        if span_start > start:
            found += _comments_at(text, start, span_start)
        start = max(start, span_end)
    found += _comments_at(text, start, len(text))
    return [comment for _, comment in sorted(found)]


def _activities_span(text: str, key: Node, value: Node) -> tuple[int, int]:
    """The activities' own text: from the line after the key (comments there introduce the
    first activity) for a block list, or the brackets of a flow list."""
    if isinstance(value, SequenceNode) and not value.flow_style and value.value:
        line_end = min(
            (
                i
                for i in (text.find(b, key.end_mark.index) for b in "\r\n\x85\u2028\u2029")
                if i >= 0
            ),
            default=len(text),
        )
        return line_end, value.end_mark.index
    return value.start_mark.index, value.end_mark.index


def _comments_at(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Comments in a stretch of text that holds no scalar: every ``#`` starts one."""
    return [(m.start(), m.group().rstrip()) for m in _COMMENT.finditer(text, start, end)]


def _comments_in(gap: str) -> list[str]:
    return [m.group().rstrip() for m in _COMMENT.finditer(gap)]


# --- anchors and aliases


def _check_anchors(text: str, seq: SequenceNode) -> dict[str, tuple[int, int, int]]:
    """Anchor name → (item, line, column) within the activities; raise for an alias that
    reaches outside its own activity."""
    starts = [node.start_mark.index for node in seq.value]
    ends = [node.end_mark.index for node in seq.value]

    def owner(index: int) -> int | None:
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start <= index < end:
                return i
        return None

    anchors: dict[str, tuple[int, int, int]] = {}
    defined: dict[str, int | None] = {}
    for token in yaml.scan(text, Loader=yaml.CSafeLoader):
        mark = token.start_mark
        if isinstance(token, yaml.AnchorToken):
            item = owner(mark.index)
            defined[token.value] = item
            if item is not None:
                anchors[token.value] = (item, mark.line + 1, mark.column + 1)
        elif isinstance(token, yaml.AliasToken):
            item = owner(mark.index)
            if item is not None and defined.get(token.value) != item:
                raise SpliceProblem("RUS514", mark.line + 1, mark.column + 1, {"name": token.value})
    return anchors


def _is_key(node: Node, name: str) -> bool:
    return isinstance(node, ScalarNode) and node.value == name


def _has_key(node: MappingNode, name: str) -> bool:
    return any(_is_key(k, name) for k, _ in node.value)
