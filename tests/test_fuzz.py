"""Property tests: no input, however malformed, makes loading or validating raise."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rustool import yamlio
from rustool.engine import validate_workspace

from .conftest import DALARNA, KRONOBERG

EXAMPLE_FILES = sorted([*DALARNA.rglob("*.yaml"), *KRONOBERG.rglob("*.yaml")])
YAML_BITS = st.sampled_from(
    [
        ":",
        "- ",
        "\t",
        "  ",
        "\n",
        "#",
        "&a ",
        "*a",
        "!!python/object ",
        "!x ",
        "[",
        "]",
        "{",
        "}",
        "'",
        '"',
        "|",
        ">-",
        "---\n",
        "? ",
        "<<: *a",
        "typ: strategi\n",
        "ä",
        "\x00",
        "\ufeff",
        "id: M1.1",
        "status: klar",
        "klart_senast: 2025-T9",
        "bidrar_till: [",
        "2025-02-30",
    ]
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _validate(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        result = validate_workspace(root, date(2026, 11, 23))
        for diag in result.diagnostics:
            assert diag.line >= 1 and diag.column >= 1
            assert diag.message("sv") and diag.message("en")


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(content):
    _validate({"strategi.yaml": (DALARNA / "strategi.yaml").read_bytes(), "x.yaml": content})


@FUZZ
@given(st.text(max_size=500))
def test_random_text_with_typ_never_raises(text):
    _validate({"x.yaml": ("typ: aktivitetsplan\n" + text).encode("utf-8")})


@st.composite
def mutated_example(draw):
    path = draw(st.sampled_from(EXAMPLE_FILES))
    text = path.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate-line", "swap"]))
        if action == "insert":
            text = text[:at] + draw(YAML_BITS) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif action == "duplicate-line":
            lines = text.splitlines(keepends=True)
            i = draw(st.integers(0, len(lines) - 1))
            text = "".join(lines[: i + 1] + lines[i:])
        else:
            lines = text.splitlines(keepends=True)
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
    return path, text


@FUZZ
@given(mutated_example())
def test_mutated_examples_never_raise(case):
    path, text = case
    workspace = DALARNA if DALARNA in path.parents else KRONOBERG
    files = {p.relative_to(workspace).as_posix(): p.read_bytes() for p in workspace.rglob("*.yaml")}
    files[path.relative_to(workspace).as_posix()] = text.encode("utf-8", "surrogatepass")
    _validate(files)


@FUZZ
@given(st.text(alphabet=st.sampled_from("[]{}-: \n\tab&*!'\"#|>"), max_size=3000))
def test_loader_never_raises_on_yaml_punctuation(text):
    loaded = yamlio.load(text)
    for problem in loaded.problems:
        assert problem.line >= 1 and problem.column >= 1


def test_scalars_follow_yaml_1_2_core_schema():
    text = (
        "a: 07\nb: yes\nc: 2025-01-01\nd: ~\ne: 1.5\nf: !!str 12\ng: '12'\nh: .inf\n"
        "i: True\nj: 0x1F\nk: !!int 5\nl: !!float 3\nm: 1_000\nn: null\no:\np: Nej\n"
    )
    assert yamlio.load(text).data == {
        "a": 7,
        "b": "yes",
        "c": "2025-01-01",
        "d": None,
        "e": 1.5,
        "f": "12",
        "g": "12",
        "h": float("inf"),
        "i": True,
        "j": 31,
        "k": 5,
        "l": 3.0,
        "m": "1_000",
        "n": None,
        "o": None,
        "p": "Nej",
    }


SHARED = st.recursive(
    st.one_of(st.integers(), st.text(max_size=8)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


def _has_shared_node(node, seen=None) -> bool:
    seen = set() if seen is None else seen
    if id(node) in seen:
        return True
    seen.add(id(node))
    children = node.value if isinstance(node.value, list) else []
    flat = [n for child in children for n in (child if isinstance(child, tuple) else (child,))]
    return any(_has_shared_node(child, seen) for child in flat)


@FUZZ
@given(
    part=SHARED.filter(lambda v: isinstance(v, (list, dict))),
    times=st.integers(1, 3),
    flow=st.sampled_from([True, False, None]),
)
def test_every_file_with_an_alias_gets_the_expansion_check(part, times, flow):
    """The cheap text test that skips the alias check must never miss a real alias."""
    text = yaml.dump(
        {"typ": "aktivitetsplan", "a": [part] * (times + 1)},
        default_flow_style=flow,
        allow_unicode=True,
    )  # anchor + aliases
    assert _has_shared_node(yaml.compose(text, Loader=yaml.CSafeLoader))
    assert yamlio._may_have_alias(text), text


def test_aliases_written_by_hand_get_the_expansion_check():
    for text in (
        'a: &a 1\nb: {"x":*a}\n',
        "a: &a 1\nb: [1,*a]\n",
        "a: &a [1]\n? *a\n: 2\n",
        "a: &a 1\nb:\n-   *a\n",
    ):
        assert _has_shared_node(yaml.compose(text, Loader=yaml.CSafeLoader))
        assert yamlio._may_have_alias(text), text
    for text in ("a: '*'\n", "a: 2*3\n", "a: x\n"):
        assert not yamlio._may_have_alias(text)
