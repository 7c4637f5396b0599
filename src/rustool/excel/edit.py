"""Change values in a plan's YAML text in place, as a person would with an editor.

Every edit is a splice of text at the positions libyaml gave the loader (yamlio): a
changed value replaces that value's characters only; a new key is a new line in the
activity; a new activity is appended to the list in the list's own indentation; a
removed one takes its lines (and the comments that introduce it) with it. Everything
else, comments, quoting, key order, blank lines, stays byte for byte. ``importer`` checks
the result by loading it again and comparing its data with the data intended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..yamlio import scalar

_BREAK_CHARS = "\x85\u2028\u2029"


@dataclass(order=True, slots=True)
class Splice:
    start: int
    end: int
    order: int
    text: str = field(compare=False)


class Edits:
    """The splices for one file, applied at once (the last first, so positions hold)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.splices: list[Splice] = []

    def add(self, start: int, end: int, text: str) -> None:
        self.splices.append(Splice(start, end, len(self.splices), text))

    def apply(self) -> str:
        out = self.text
        for splice in sorted(self.splices, key=lambda s: (s.start, s.order), reverse=True):
            out = out[: splice.start] + splice.text + out[splice.end :]
        return out

    # --- values of a mapping

    def set(self, mapping: MappingNode, key: str, value: Any, order: tuple[str, ...]) -> None:
        """Give KEY the VALUE in MAPPING: in place when it is there, else as a new entry
        after the nearest key before it in ORDER."""
        pair = find(mapping, key)
        if pair is None:
            self._insert(mapping, key, value, order)
            return
        key_node, node = pair
        flow = mapping.flow_style
        if isinstance(node, ScalarNode):
            inline = node.style not in ("|", ">")
        else:
            inline = bool(getattr(node, "flow_style", False))
        if inline:
            start, end = node.start_mark.index, node.end_mark.index
            rendered = render(value, None if flow else self._indent(key_node) + 2)
            if rendered.startswith("|") and self._rest_of_line(end).strip():
                rendered = render(value, None)  # a comment follows: stay on this line
            if start == end:  # an empty value (`kommentar:`): write after the colon
                start = end = self.text.index(":", key_node.end_mark.index) + 1
                rendered = rendered if rendered.startswith("\n") else " " + rendered
            self.add(start, end, rendered)
            return
        # a block scalar, or a list or mapping: replace from the key's colon to its end
        colon = self.text.index(":", key_node.end_mark.index)
        end = self._after_value(node) if not flow else node.end_mark.index
        rendered = render(value, None if flow else self._indent(key_node) + 2)
        tail = "\n" if end > 0 and self.text[end - 1] == "\n" else ""
        separator = "" if rendered.startswith("\n") else " "
        self.add(colon + 1, end, separator + rendered + tail)

    def remove(self, mapping: MappingNode, key: str) -> None:
        pair = find(mapping, key)
        if pair is None:
            return
        key_node, node = pair
        if mapping.flow_style:
            index = next(i for i, (k, _) in enumerate(mapping.value) if k is key_node)
            if index == 0:
                following = mapping.value[1][0] if len(mapping.value) > 1 else None
                end = following.start_mark.index if following else node.end_mark.index
                self.add(key_node.start_mark.index, end, "")
            else:
                self.add(mapping.value[index - 1][1].end_mark.index, node.end_mark.index, "")
            return
        line_start = self._line_start(key_node.start_mark.index)
        if self.text[line_start : key_node.start_mark.index].strip():
            self.add(node.start_mark.index, node.end_mark.index, '""')  # `- key:` opens the item
            return
        self.add(line_start, self._after_value(node), "")

    def _insert(self, mapping: MappingNode, key: str, value: Any, order: tuple[str, ...]) -> None:
        after = _previous_pair(mapping, key, order)
        if mapping.flow_style:
            at = after[1].end_mark.index
            self.add(at, at, f", {key}: {render(value, None)}")
            return
        indent = mapping.value[0][0].start_mark.column
        rendered = render(value, indent + 2)
        at = self._after_value(after[1])
        separator = "" if rendered.startswith("\n") else " "
        line = f"{' ' * indent}{key}:{separator}{rendered}\n"
        if at == len(self.text) and not self.text.endswith("\n"):
            line = "\n" + line
        self.add(at, at, line)

    # --- items of a list

    def append(
        self, seq: SequenceNode, item: dict[str, Any], key_indent: int | None = None
    ) -> None:
        """Add ITEM (a mapping) at the end of SEQ, block or flow."""
        if seq.flow_style:
            at = seq.value[-1].end_mark.index if seq.value else seq.start_mark.index + 1
            prefix = ", " if seq.value else ""
            self.add(at, at, prefix + flow_mapping(item))
            return
        dash = seq.start_mark.column
        indent = key_indent if key_indent is not None else dash + 2
        at = self._after_value(seq)
        lines = block_item(item, dash, indent)
        if _blank_between(self.text, seq):
            lines = "\n" + lines
        if at == len(self.text) and not self.text.endswith("\n"):
            lines = "\n" + lines
        self.add(at, at, lines)

    def delete(self, seq: SequenceNode, index: int) -> None:
        node = seq.value[index]
        if seq.flow_style:
            if index > 0:
                self.add(seq.value[index - 1].end_mark.index, node.end_mark.index, "")
            else:
                following = seq.value[1] if len(seq.value) > 1 else None
                end = following.start_mark.index if following else node.end_mark.index
                self.add(node.start_mark.index, end, "")
            return
        dash = seq.start_mark.column
        start = self._leading_comments(self._dash_line(node), dash)
        if index + 1 < len(seq.value):
            end = self._leading_comments(self._dash_line(seq.value[index + 1]), dash)
        else:
            end = self._after_value(seq)
        self.add(start, end, "")

    # --- positions

    def _indent(self, key_node: Node) -> int:
        return int(key_node.start_mark.column)

    def _line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def _line_end(self, index: int) -> int:
        end = self.text.find("\n", index)
        return len(self.text) if end == -1 else end + 1

    def _rest_of_line(self, index: int) -> str:
        return self.text[index : self._line_end(index)]

    def _after_value(self, node: Node) -> int:
        """The start of the line after NODE's value (past a comment on its last line)."""
        end = self._content_end(node)
        if end > 0 and self.text[end - 1] == "\n":
            return end
        return self._line_end(end)

    def _content_end(self, node: Node) -> int:
        """Where NODE's text ends: after its last line break for a block scalar (without
        the blank lines it swallows), else where its last value ends (a block list or
        mapping ends at the next token, past blank lines and comments, so its last leaf
        says where it really ends)."""
        while isinstance(node, SequenceNode | MappingNode) and not node.flow_style and node.value:
            node = node.value[-1] if isinstance(node, SequenceNode) else node.value[-1][1]
        end = int(node.end_mark.index)
        if not (isinstance(node, ScalarNode) and node.style in ("|", ">")):
            return end
        start = int(node.start_mark.index)
        while end > start and self.text[end - 1] == "\n":
            probe = self.text.rfind("\n", start, end - 1)
            if probe == -1 or self.text[probe + 1 : end].strip(" \n"):
                break
            end = probe + 1
        return end

    def _dash_line(self, node: Node) -> int:
        """The start of the line of NODE's dash (it is before the node, on its line)."""
        dash = self.text.rfind("-", 0, node.start_mark.index)
        return self._line_start(dash)

    def _leading_comments(self, line_start: int, dash: int) -> int:
        """Move up over the comment lines at or left of the dash that introduce an item."""
        start = line_start
        while start > 0:
            previous = self._line_start(start - 1)
            line = self.text[previous:start]
            stripped = line.lstrip(" ")
            if not stripped.startswith("#") or len(line) - len(stripped) > dash:
                break
            start = previous
        return start


def find(mapping: MappingNode, key: str) -> tuple[Node, Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def _previous_pair(mapping: MappingNode, key: str, order: tuple[str, ...]) -> tuple[Node, Node]:
    position = order.index(key) if key in order else len(order)
    for candidate in reversed(order[:position]):
        pair = find(mapping, candidate)
        if pair is not None:
            return pair
    last: tuple[Node, Node] = mapping.value[-1]
    return last


def _blank_between(text: str, seq: SequenceNode) -> bool:
    """Whether the list's items are set apart by blank lines (then so is a new one)."""
    if len(seq.value) < 2:
        return False
    dash = text.rfind("-", 0, seq.value[-1].start_mark.index)
    before = text.rfind("\n", 0, dash)
    previous = text.rfind("\n", 0, before)
    return before > 0 and not text[previous + 1 : before].strip()


# --- rendering values


def render(value: Any, indent: int | None) -> str:
    """VALUE as YAML text: INDENT is the column for a block's lines, None in flow."""
    if isinstance(value, bool) or value is None:
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            assert indent is not None
            return "\n" + "".join(block_item(v, indent, indent + 2) for v in value).rstrip("\n")
        return "[" + ", ".join(render(v, None) for v in value) + "]"
    if isinstance(value, dict):
        return flow_mapping(value)
    text = str(value)
    if indent is not None and _literal_ok(text):
        return _literal(text, indent)
    return scalar(text)


def _literal_ok(text: str) -> bool:
    if "\n" not in text or text.endswith("\n\n") or text.startswith((" ", "\t", "\n")):
        return False
    lines = text.split("\n")
    return all(line.isprintable() or not line for line in lines) and not any(
        c in text for c in _BREAK_CHARS + "\ufeff\r"
    )


def _literal(text: str, indent: int) -> str:
    body = text.rstrip("\n")
    trailing = len(text) - len(body)
    chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
    pad = " " * indent
    lines = [pad + line if line else "" for line in body.split("\n")]
    extra = "\n" * max(trailing - 1, 0)
    return f"|{chomp}\n" + "\n".join(lines) + extra


def flow_mapping(item: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {render(v, None)}" for k, v in item.items()) + "}"


def block_item(item: dict[str, Any], dash: int, indent: int) -> str:
    """ITEM as a block list entry: the dash at column DASH, the keys at INDENT."""
    lines = []
    for number, (key, value) in enumerate(item.items()):
        rendered = render(value, indent + 2)
        separator = "" if rendered.startswith("\n") else " "
        lead = " " * dash + "- " + " " * (indent - dash - 2) if number == 0 else " " * indent
        lines.append(f"{lead}{key}:{separator}{rendered}\n")
    return "".join(lines)
