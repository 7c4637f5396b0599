"""The one place that knows YAML: safe loading with positions, limits, atomic writes.

Validation reads files through libyaml (PyYAML's C binding): it composes the node graph in
C, with a mark on every node, an order of magnitude faster than ruamel.yaml's round-trip
loader. We then build plain Python data from the nodes ourselves, which is where the
safety lives: only the core tags are accepted (no tag ever constructs an object), duplicate
keys are reported, aliases are counted so that an "alias bomb" cannot explode, and the
scalars are resolved by the YAML 1.2 core schema (``yes`` and ``no`` stay text, ``07`` is 7,
dates stay text), as ruamel.yaml's round-trip loader resolves them (a test holds the two
to agreement).

Writing is for merge, which copies activities as text (see ``merge/splice.py``) and writes
only a few keys of its own, through ``scalar``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .yamlerrors import DEPTH, syntax_key

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 100
MAX_EXPANDED_NODES = 2_000_000
"""Nodes built after expanding aliases; a real plan of 10,000 activities has about 400,000."""

YamlPath = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_PLAIN = "tag:rustool,2025:plain"
"""The tag our loader gives an untagged plain scalar; we resolve it ourselves (YAML 1.2)."""
_ALLOWED_TAGS = {
    _CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
} | {_PLAIN}
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_OCT = re.compile(r"0o[0-7]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".nan": float("nan"),
}
_TYP_LINE = re.compile(r"(?m)^\ufeff?typ[ \t]*:")
_DEPTH_PREFIX = re.compile(r"(?m)^[ \-?:]*")
_BRACKETS = re.compile(r"[\[\]{}]")


@dataclass(frozen=True, slots=True)
class Problem:
    """A reason a file could not be loaded; ``key`` names a message in the catalogue."""

    key: str
    line: int
    column: int
    fields: dict[str, Any] = field(default_factory=dict)


class SourceMap:
    """Positions of the values in one YAML document, found lazily by YAML path.

    Made from the composed tree, or from the text alone (``SourceMap.later``): the tree of a
    large workspace is most of its memory and is needed only where something is reported,
    so the loader drops it and composes a file again the first time a position in it is
    asked for."""

    __slots__ = ("_root", "_text", "_keys")

    def __init__(self, root: Node | None) -> None:
        self._root = root
        self._text: str | None = None
        self._keys: dict[int, dict[str, tuple[Node, Node]]] = {}

    @classmethod
    def later(cls, text: str) -> SourceMap:
        """The map of TEXT (which parsed without problems), composed when first used."""
        made = cls(None)
        made._text = text
        return made

    @property
    def root(self) -> Node | None:
        if self._text is not None:
            self._root = yaml.compose(self._text, Loader=_Loader)
            self._text = None
        return self._root

    def node_at(self, path: YamlPath) -> tuple[Node | None, Node | None]:
        """The deepest (key node, value node) reached along ``path``."""
        key: Node | None = None
        node = self.root
        for step in path:
            if isinstance(node, MappingNode):
                found = self._pairs(node).get(str(step))
                if found is None:
                    return key, node
                key, node = found
            elif isinstance(node, SequenceNode) and isinstance(step, int):
                if not 0 <= step < len(node.value):
                    return key, node
                key, node = None, node.value[step]
            else:
                return key, node
        return key, node

    def _pairs(self, node: MappingNode) -> dict[str, tuple[Node, Node]]:
        """A mapping's scalar keys, indexed once (a file with thousands of unknown keys
        would otherwise be searched once per key); the first of duplicate keys wins."""
        pairs = self._keys.get(id(node))
        if pairs is None:
            pairs = {}
            for k, v in node.value:
                if isinstance(k, ScalarNode):  # as the data has it: `~` is "", `1` is "1"
                    built = _scalar(k)
                    pairs.setdefault(built if isinstance(built, str) else _key_text(built), (k, v))
            self._keys[id(node)] = pairs
        return pairs

    def position(self, path: YamlPath, *, at_key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``, or of its key."""
        key, node = self.node_at(path)
        target = key if at_key and key is not None else node
        if target is None:
            return 1, 1
        return _at(target)


@dataclass(slots=True)
class Loaded:
    """One YAML file read: its data (None when unreadable), positions and problems."""

    data: Any
    source: SourceMap
    text: str
    problems: list[Problem]


class NotRegular(OSError):
    """The path is a FIFO, a device or a folder: opening or reading it could block or
    never end, so it is never read."""


class TooLarge(OSError):
    """The file is larger than the caller's limit (``size`` bytes)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def open_regular(path: Path | str) -> int:
    """A file descriptor for reading PATH, only if it is a regular file.

    Opened without blocking (a FIFO's open would wait for a writer; a symlink to
    /dev/stdin for input), then checked on the open descriptor itself, so nothing can be
    swapped in between the check and the read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(errno.EINVAL, "not a regular file", str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most LIMIT bytes (``NotRegular``, ``TooLarge``,
    or the system's ``OSError`` otherwise). Never blocks on a FIFO or device."""
    with os.fdopen(open_regular(path), "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise TooLarge(size)
        raw = handle.read(limit + 1)
    if len(raw) > limit:  # grew while we read
        raise TooLarge(len(raw))
    return raw


def read_head(path: Path | str, size: int) -> bytes:
    """The first SIZE bytes of a regular file (b"" for anything else, or when unreadable)."""
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """Read a file as UTF-8 (with or without BOM) within the size limit."""
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except NotRegular:
        return None, Problem("file.not_regular", 1, 1)
    except TooLarge as exc:
        return None, Problem(
            "limit.size",
            1,
            1,
            {"size_mb": round(exc.size / 2**20, 1), "limit_mb": MAX_FILE_BYTES // 2**20},
        )
    except OSError as exc:
        return None, Problem(
            "file.unreadable", 1, 1, {"reason": exc.strerror or str(exc), "errno": exc.errno}
        )
    return decode(raw)


def decode(raw: bytes) -> tuple[str | None, Problem | None]:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return None, Problem("encoding.utf32", 1, 1)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem("encoding.utf16", 1, 1)
    nul = raw.find(b"\x00", 0, 8192)
    if nul != -1:
        return None, Problem("encoding.binary", *_position_in(raw, nul))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position_in(raw, exc.start)
        return None, Problem("encoding.not_utf8", line, column, {"byte": f"0x{raw[exc.start]:02X}"})
    bad = _first_control_char(text)
    if bad is not None:
        return None, Problem("encoding.binary", *_position_in(text, bad))
    bad = _first_unacceptable(text)
    if bad is not None:  # libyaml would refuse it, at 1:1 and in English
        return None, Problem(
            "encoding.control", *_position_in(text, bad), {"char": f"U+{ord(text[bad]):04X}"}
        )
    for chars, key in ((_BIDI_CONTROLS, "encoding.bidi"), (_YAML11_BREAKS, "encoding.break")):
        bad = _first_of(text, chars)
        if bad is not None:
            return None, Problem(key, *_position_in(text, bad), {"char": f"U+{ord(text[bad]):04X}"})
    return text, None


def looks_like_workspace_file(text: str) -> bool:
    """Whether a file that failed to parse seems to declare a ``typ`` at top level."""
    return _TYP_LINE.search(text) is not None


def load(text: str, keep_tree: bool = True) -> Loaded:
    """Parse one YAML document into plain data, with its source map and problems.

    Without KEEP_TREE, the composed tree is dropped once the data is built, and the source
    map composes the text again if a position is asked for (see SourceMap)."""
    problems: list[Problem] = []
    depth_problem = _check_depth(text)
    if depth_problem is not None:
        return Loaded(None, SourceMap(None), text, [depth_problem])
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return Loaded(None, SourceMap(None), text, [_syntax_problem(exc, text)])
    except yaml.reader.ReaderError as exc:
        return Loaded(None, SourceMap(None), text, [_reader_problem(exc, text)])
    except yaml.YAMLError as exc:  # no parser error has no mark: kept as a last resort
        return Loaded(
            None, SourceMap(None), text, [Problem("syntax.other", 1, 1, {"problem": str(exc)})]
        )
    if root is not None and _may_have_alias(text):
        alias_problem = _check_expansion(root)
        if alias_problem is not None:
            return Loaded(None, SourceMap(None), text, [alias_problem])
    data = _Builder(problems).build(root) if root is not None else None
    if keep_tree or root is None:
        return Loaded(data, SourceMap(root), text, problems)
    return Loaded(data, SourceMap.later(text), text, problems)


def _may_have_alias(text: str) -> bool:
    """Whether the text has something that may be an alias (``*name`` at a line start or
    after a space, a bracket, a comma or a colon); a file without one needs no expansion
    check.
    (``str.find`` instead of a regular expression, which took 45 ms a megabyte.)"""
    at = text.find("*")
    while at != -1:
        before = text[at - 1] if at else "\n"
        after = text[at + 1 : at + 2]
        if (
            (before.isspace() or before in ",[{:")
            and after
            and not (after.isspace() or after in ",[]{}")
        ):
            return True
        at = text.find("*", at + 1)
    return False


def _check_expansion(root: Node) -> Problem | None:
    """Refuse aliases that would expand without end, too far or too deep, before building.

    An alias is the same node object in two places of the composed graph, so the graph
    is walked once per distinct node (iteratively), counting for each node the values and
    the nesting depth its expansion would have. An alias to an enclosing node would expand
    for ever; it is reported at that node, whose anchor the alias names.
    """
    sizes: dict[int, tuple[int, int]] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            size, depth = 1, 0
            for child in _children(node):
                child_size, child_depth = sizes[id(child)]
                size += child_size
                depth = max(depth, child_depth)
            sizes[key] = (size, depth + 1)
            if size > MAX_EXPANDED_NODES:
                return Problem("limit.aliases", 1, 1, {"limit": MAX_EXPANDED_NODES})
            if depth + 1 > MAX_DEPTH:
                return Problem("limit.depth", *_at(node), {"limit": MAX_DEPTH})
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            return Problem("limit.recursive_alias", *_at(node))
        if isinstance(node, ScalarNode):
            sizes[key] = (1, 0)
            continue
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(_children(node))))
    return None


def _children(node: Node) -> Iterator[Node]:
    if isinstance(node, SequenceNode):
        yield from node.value
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            yield key_node
            yield value_node


class _Builder:
    """Builds plain data from composed nodes, checking tags and keys (sizes are checked
    before, by ``_check_expansion``)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def _check_escapes(self, node: ScalarNode) -> None:
        """An escape in double quotes (``"\\e"``, ``"\\u202e"``) must not smuggle in what
        the file itself may not hold: a control character or a direction override."""
        bad = _first_control_char(node.value)
        if bad is None:
            bad = _first_of(node.value, _BIDI_CONTROLS)
        if bad is None:
            bad = _first_unacceptable(node.value)
        if bad is not None:
            self.problems.append(
                Problem("encoding.escape", *_at(node), {"char": f"U+{ord(node.value[bad]):04X}"})
            )

    def build(self, node: Node) -> Any:
        tag = node.tag
        if tag not in _ALLOWED_TAGS:
            self.problems.append(Problem("tag.unknown", *_at(node), {"tag": tag}))
            if isinstance(node, ScalarNode):
                return node.value
        if isinstance(node, ScalarNode):
            if node.style == '"':  # only an escape can bring in what decode() refuses
                self._check_escapes(node)
            value = _scalar(node)
            if type(value) is str and not value.isascii():
                # "å" written as a + combining ring (as macOS may save it) is "å"; text
                # already in NFC is returned as it is, after a quick check
                value = unicodedata.normalize("NFC", value)
            return value
        if isinstance(node, SequenceNode):
            return [self.build(item) for item in node.value]
        assert isinstance(node, MappingNode)
        return self._mapping(node)

    def _mapping(self, node: MappingNode) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):  # `? [a]`: a list or mapping as key
                self.problems.append(Problem("syntax.complex_key", *_at(key_node)))
                continue
            key = self.build(key_node)
            key = key if isinstance(key, str) else _key_text(key)
            if key in seen:
                self.problems.append(
                    Problem(
                        "duplicate_key",
                        *_at(key_node),
                        {"key": key, "first_line": seen[key].start_mark.line + 1},
                    )
                )
                self.build(value_node)
                continue
            seen[key] = key_node
            result[key] = self.build(value_node)
        return result


def _at(node: Node) -> tuple[int, int]:
    """1-based (line, column) where NODE starts."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _key_text(key: Any) -> str:
    """A key that is not text, as the data holds it: a null key (``~:`` or ``:``) as ``~``."""
    if key is None:
        return "~"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


class _Loader(yaml.CSafeLoader):
    """libyaml's composer without PyYAML's YAML 1.1 resolver: a fixed tag per node kind
    (the resolver's regular expressions were a quarter of the loading time)."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return _PLAIN if implicit[0] else _CORE + "str"
        return _CORE + ("seq" if kind is SequenceNode else "map")


def _scalar(node: ScalarNode) -> Any:
    value: str = node.value
    tag = node.tag
    if tag == _PLAIN:
        return _plain(value)
    if tag == _CORE + "str" or tag == _CORE + "timestamp":
        return value
    resolved = _plain(value)
    expected = {
        _CORE + "int": int,
        _CORE + "float": float,
        _CORE + "bool": bool,
        _CORE + "null": type(None),
    }.get(tag)
    if expected is float and type(resolved) is int:
        return float(resolved)
    return resolved if type(resolved) is expected else value


def _plain(value: str) -> Any:
    """A plain scalar by the YAML 1.2 core schema: dates and yes/no stay text."""
    if not value:
        return None
    if value[0] not in "0123456789+-.~nNtTfF":
        return value
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    if _INT.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # more digits than Python converts (4,300): no number of ours
            return value
    if _FLOAT.fullmatch(value):
        return float(value)
    if value.startswith("0x") and _HEX.fullmatch(value):
        return _bounded_int(int(value, 16), value)
    if value.startswith("0o") and _OCT.fullmatch(value):
        return _bounded_int(int(value[2:], 8), value)
    return _SPECIAL_FLOATS.get(value.lower(), value)


_MAX_INT_BITS = 14_000
"""About 4,200 decimal digits: below the 4,300 Python will print (a longer number could be
read, but every message or report showing it would fail)."""


def _bounded_int(number: int, text: str) -> int | str:
    """A hexadecimal or octal number, or its text when it is too long to ever be shown
    (as a decimal number past Python's limit stays text)."""
    return number if number.bit_length() <= _MAX_INT_BITS else text


def _check_depth(text: str) -> Problem | None:
    """Refuse nesting deeper than MAX_DEPTH before libyaml sees it.

    libyaml's composer recurses in C and crashes the interpreter on some 30,000 levels, so
    this check must come first. A cheap upper bound (leading indentation and indicators,
    plus unmatched brackets) clears every normal file; only a suspicious one is measured.
    """
    block = max((len(m) for m in _DEPTH_PREFIX.findall(text)), default=0)
    if block + text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    if block + _flow_depth(text) <= MAX_DEPTH:
        return None
    depth, line, column = _event_depth(text)
    if depth <= MAX_DEPTH:
        return None
    return Problem("limit.depth", line, column, {"limit": MAX_DEPTH})


def _flow_depth(text: str) -> int:
    depth = deepest = 0
    for match in _BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def _event_depth(text: str) -> tuple[int, int, int]:
    """The real nesting depth from the event stream (iterative, so safe).

    libyaml 0.2.5 (in PyYAML 6.0.4's wheels) refuses more than 1,000 flow levels while
    scanning ahead, before it emits the event that goes past MAX_DEPTH; PyYAML's
    pure-Python scanner has no such limit and finds the place.
    """
    try:
        return _depth_from_events(text, yaml.CSafeLoader)
    except yaml.YAMLError as error:
        if "nesting depth" not in str(getattr(error, "problem", "")):
            return 0, 1, 1  # the composer will report the syntax error at its place
    try:
        return _depth_from_events(text, yaml.SafeLoader)
    except yaml.YAMLError:
        return 0, 1, 1


def _depth_from_events(text: str, loader: type) -> tuple[int, int, int]:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                return depth, (mark.line + 1 if mark else 1), (mark.column + 1 if mark else 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return 0, 1, 1


_CONFLICT = re.compile(r"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> Problem:
    conflict = _CONFLICT.search(text)
    if conflict is not None:  # a merge in git left both sides in the file
        return Problem("syntax.conflict", *_position_in(text, conflict.start()))
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or ""
    key = syntax_key(problem, exc.context or "")
    if key == DEPTH:
        return Problem(key, line, column, {"limit": MAX_DEPTH})
    if key in ("syntax.other", "syntax.bad_start") and _tab_near(text, line):
        key = "syntax.tab"
    hint = _hint(text, line) if key in _GENERIC_SYNTAX else None
    return hint or Problem(key, line, column, {"problem": problem})


_GENERIC_SYNTAX = {
    "syntax.other", "syntax.indentation", "syntax.unclosed_quote", "syntax.mapping_value",
    "syntax.expected_colon", "syntax.mapping_key", "syntax.sequence_entry", "syntax.node",
    "syntax.bad_start", "syntax.flow",
}  # fmt: skip
"""What the parser says where it gave up, which a mistake above may explain better; its
specific messages (a document marker inside quotes, an escape) stay as they are."""


def _hint(text: str, line: int) -> Problem | None:
    """A mistake people make by hand, found at or above where the parser stopped and
    reported where it is (``yamlhints``)."""
    from . import yamlhints

    if (dash := yamlhints.dash_without_space(text, line)) is not None:
        return Problem("syntax.dash_space", *dash)
    if (opened := yamlhints.unclosed_quote(text, line)) is not None:
        return Problem("syntax.quote_opened", *opened)
    return None


def _reader_problem(exc: yaml.reader.ReaderError, text: str) -> Problem:
    """A character libyaml does not accept (decode() refuses the ones we know of first):
    at its place. libyaml counts the offset in UTF-8 bytes, PyYAML's reader in characters."""
    offset = exc.position
    if exc.encoding == "utf-8":
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", "ignore"))
    char = text[offset] if 0 <= offset < len(text) else "\ufffd"
    return Problem("encoding.control", *_position_in(text, offset), {"char": f"U+{ord(char):04X}"})


def _tab_near(text: str, line: int) -> bool:
    lines = text.splitlines()
    window = lines[max(line - 2, 0) : line]
    return any(row[: len(row) - len(row.lstrip(" \t"))].count("\t") for row in window)


_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Invisible direction overrides and isolates ("Trojan source": text shown in another
order than it is stored)."""
_YAML11_BREAKS = "\x85\u2028\u2029"
"""Line breaks to libyaml (YAML 1.1) but not to editors: every line number after one would
be off, and a break inside a plain value is a syntax error nobody can see."""


def _first_of(text: str, chars: str) -> int | None:
    """The index of the first of CHARS in TEXT (str.find: a regular expression is slow)."""
    found = [i for i in (text.find(c) for c in chars) if i != -1]
    return min(found) if found else None


_UNACCEPTABLE = re.compile("[\x80-\x84\x86-\x9f\ufffe\uffff]")
"""Characters YAML does not allow (C1 controls but NEL, and the two non-characters)."""


def _first_unacceptable(text: str) -> int | None:
    if text.isascii():
        return None
    match = _UNACCEPTABLE.search(text)
    return match.start() if match else None


def _first_control_char(text: str) -> int | None:
    match = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    return match.start() if match else None


def _position_in(data: bytes | str, offset: int) -> tuple[int, int]:
    before = data[:offset]
    newline = b"\n" if isinstance(data, bytes) else "\n"
    line = before.count(newline) + 1  # type: ignore[arg-type]
    column = offset - (before.rfind(newline) + 1)  # type: ignore[arg-type]
    return line, column + 1


def real(path: Path | str) -> Path:
    """The absolute path with symbolic links followed; unlike ``Path.resolve`` it never
    raises, not even on a loop of links (which the loader then reports)."""
    return Path(os.path.realpath(path))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A symbolic link is followed (its target is replaced, not the link), and a path that
    is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written to
    directly: renaming over it would replace a device with a file."""
    path = real(path)
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with path.open("wb") as handle:
            handle.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(path)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.{TEMP_MARK}{os.getpid()}-", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


TEMP_MARK = "rustool-"
"""In the names of temporary files (``.plan.yaml.rustool-<pid>-<random>.tmp``), so that one
left by a killed process (kill -9, a power cut) is recognised and removed next time."""


def _umask() -> int:
    """The process's umask (read by setting it, and setting it back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_abandoned(path: Path) -> None:
    """Remove the temporary files of earlier writes to PATH whose process is gone."""
    prefix = f".{path.name}.{TEMP_MARK}"
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                (path.parent / name).unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier write that could not clean up
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


# --- writing (merge): one scalar at a time, readable by every YAML 1.1 and 1.2 loader


def digest(raw: bytes) -> str:
    """The SHA-256 a merged plan records for a source file: of its bytes with CRLF and CR
    line ends read as LF and without a byte-order mark, so that a checkout with Windows
    line ends is not "changed", and so that merge can hash the very text it copied
    (``digest(text.encode())``) rather than read the file a second time."""
    return hashlib.sha256(_unix_line_ends(raw.removeprefix(_BOM))).hexdigest()


_BOM = b"\xef\xbb\xbf"


def digest_file(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """``digest`` of a regular file's bytes, read in chunks (never more than LIMIT bytes:
    ``TooLarge`` then; ``NotRegular`` for a FIFO or device)."""
    summed = hashlib.sha256()
    total = 0
    carried_cr = False  # a CR at a chunk's end may be the first half of a CRLF
    with os.fdopen(open_regular(path), "rb") as handle:
        first = True
        while chunk := handle.read(1 << 20):
            total += len(chunk)
            if first:
                chunk, first = chunk.removeprefix(_BOM), False
            if total > limit:
                raise TooLarge(total)
            if carried_cr:
                chunk = b"\r" + chunk
            carried_cr = chunk.endswith(b"\r")
            summed.update(_unix_line_ends(chunk[:-1] if carried_cr else chunk))
    if carried_cr:
        summed.update(b"\n")
    return summed.hexdigest()


def _unix_line_ends(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


_PLAIN_SAFE = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^?:,\[\]{}#]*")
_LOOKS_TYPED = re.compile(
    r"[-+.0-9_][0-9_:.eE+-]*|[-+]?\.[0-9].*|0[xXoObB].*|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*"
    r"|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)"
)
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<"}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n"}


def scalar(text: str) -> str:
    """``text`` as a YAML scalar for a block or flow mapping value: plain when every loader
    reads it back as the same text (YAML 1.1 too, so no ``yes`` or ``2026-01-01``),
    otherwise double-quoted with escapes for anything unprintable."""
    if (
        _PLAIN_SAFE.fullmatch(text)
        and not text.endswith(" ")
        and text.isprintable()
        and text.lower() not in _YAML11_WORDS
        and not _LOOKS_TYPED.fullmatch(text)
    ):
        return text
    return '"' + "".join(_escape(c) for c in text) + '"'


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char.isprintable() and char != "\ufeff":
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02X}"
    return f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"
