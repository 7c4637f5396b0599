"""The parts of merge on their own: scalars it writes, the overlap join, text splicing."""

from __future__ import annotations

import io
import itertools
import tempfile
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from rustool import yamlio
from rustool.merge import collate
from rustool.merge.overlap import find_overlaps, similarity, words
from rustool.merge.splice import splice

from .conftest import DALARNA, KRONOBERG, STRATEGY, Cli, write_workspace
from .test_fuzz import mutated_example
from .test_merge_cli import lines, unit_plan

AWKWARD = st.sampled_from(
    [
        "yes",
        "No",
        "~",
        "null",
        "2026-01-01",
        "1e5",
        "0x1F",
        "0o7",
        "._",
        ".inf",
        "12:30",
        "1_000",
        "- a",
        "a: b",
        "#c",
        "a #c",
        "x, y",
        "[a]",
        "{a}",
        "'q'",
        '"q"',
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "%",
        "@",
        "`",
        "=",
        "<<",
        " lead",
        "trail ",
        "",
        "é\x85",
        "a\u2028b",
        "tab\there",
        "\ufeffbom",
        "nbsp\xa0",
        "Enheten för analys",
        "\U0002f800",
        "a\u030a",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), AWKWARD))
def test_scalar_reads_back_the_same_in_every_loader_and_context(text):
    written = yamlio.scalar(text)
    ruamel = YAML()
    # the loader refuses control characters (C0, C1, U+FFFE/FFFF) and direction overrides,
    # however escaped
    refused = (
        yamlio._first_control_char(text) is not None
        or yamlio._first_of(text, yamlio._BIDI_CONTROLS) is not None
        or yamlio._first_unacceptable(text) is not None
    )
    for document in (f"k: {written}\n", f"{{k: {written}, z: 1}}\n", f"- id: A\n  k: {written}\n"):
        ours = yamlio.load(document)
        assert [p.key for p in ours.problems] == (["encoding.escape"] if refused else [])
        for data, want in (
            (ours.data, unicodedata.normalize("NFC", text)),  # ours reads NFC
            (yaml.safe_load(document), text),
            (ruamel.load(io.StringIO(document)), text),
        ):
            got = data[0]["k"] if isinstance(data, list) else data["k"]
            assert got == want and type(got) is not bool


def test_scalar_is_plain_when_it_can_be():
    assert yamlio.scalar("Enheten för kunskap och analys") == "Enheten för kunskap och analys"
    assert yamlio.scalar("aktivitetsplaner/ka.yaml") == "aktivitetsplaner/ka.yaml"
    assert yamlio.scalar("yes") == '"yes"'
    assert yamlio.scalar("Enhet: kolon") == '"Enhet: kolon"'


PHRASES = [
    "regional analys",
    "av kompetensbehoven",
    "i länet",
    "för kommunerna",
    "och",
    "konferens",
    "om",
    "Dalarna",
    "näringslivet",
    "2026",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("ABC"), st.lists(st.sampled_from(PHRASES), max_size=7).map(" ".join)
        ),
        max_size=25,
    )
)
def test_overlap_join_finds_what_comparing_every_pair_finds(texts):
    expected = []
    sets = [words(text) for _, text in texts]
    for later in range(len(texts)):
        best = None
        for earlier in range(later):
            if texts[earlier][0] == texts[later][0]:
                continue
            score = similarity(sets[earlier], sets[later])
            if score >= 0.8 and (best is None or score > best[0]):
                best = (score, earlier)
        if best:
            expected.append((best[1], later))
    assert [(o.earlier, o.later) for o in find_overlaps(texts)] == expected


def test_overlap_reports_a_cluster_once_per_member():
    texts = [
        ("A", "Leda nätverket"),
        ("B", "Leda nätverket"),
        ("A", "leda nätverket!"),
        ("C", "Något helt annat"),
    ]
    found = [(o.earlier, o.later) for o in find_overlaps(texts)]
    assert found == [(0, 1), (1, 2)]
    assert all(a != b for a, b in itertools.pairwise(found))


def test_units_sort_in_swedish_order():
    units = ["Östra", "Zeta", "Ärende", "Åkeri", "analys", "Éco"]
    assert sorted(units, key=collate) == ["analys", "Éco", "Zeta", "Åkeri", "Ärende", "Östra"]


def _spliced(text: str):
    loaded = yamlio.load(text)
    return splice(text, loaded.source.root, "U")


def test_comments_go_with_the_activity_they_introduce():
    result = _spliced(
        "# huvud\ntyp: aktivitetsplan\naktiviteter:\n  # första\n  - id: A\n    x: 1\n"
        "    # inne i A\n\n  # inför B\n  - id: B  # rad\n    x: 2\n"
    )
    assert result.comments == ["# huvud"]
    assert ["".join(i.lines) for i in result.items] == [
        "  # första\n  - id: A\n    enhet: U\n    x: 1\n    # inne i A\n\n",
        "  # inför B\n  - id: B  # rad\n    enhet: U\n    x: 2\n",
    ]


def test_indentless_and_deep_lists_are_reindented():
    for dash in ("", "    "):
        text = (
            f"typ: aktivitetsplan\naktiviteter:\n{dash}- id: A\n{dash}  syfte: |\n"
            f"{dash}    rad ett\n\n{dash}      indragen\n"
        )
        item = _spliced(text).items[0]
        assert (
            "".join(item.lines) == "  - id: A\n    enhet: U\n    syfte: |\n      rad ett\n"
            "\n        indragen\n"
        )


def test_block_scalar_at_end_of_file_without_line_break_keeps_its_value():
    text = "typ: aktivitetsplan\naktiviteter:\n  - id: A\n    syfte: |\n      sist"
    assert _spliced(text).items[0].lines[-2:] == ["    syfte: |-\n", "      sist\n"]


def test_anchor_names_shared_by_two_plans_are_refused(cli, tmp_path):
    ws = write_workspace(
        tmp_path,
        {
            "strategi.yaml": STRATEGY,
            "a.yaml": unit_plan("Analysenheten", "AN", "&t Leda ett nätverk"),
            "b.yaml": unit_plan("Tillväxtenheten", "TV", "&t Medfinansiera"),
        },
    )
    result = cli("merge", ws, "--lang", "en")
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == (
        f"{ws.as_posix()}/b.yaml:8:16: error RUS514 The anchor `&t` is also defined in "
        f"{ws.as_posix()}/a.yaml on line 8; anchors must differ within a merged plan. Rename "
        "one."
    )


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_example())
def test_merge_of_mutated_examples_never_raises(case):
    """Whatever an edit does to a plan, merge either writes a plan that reads back as its
    sources (it checks that itself) or refuses cleanly: exit 1 or 2, never a traceback."""
    path, text = case
    workspace = DALARNA if DALARNA in path.parents else KRONOBERG
    cli = Cli()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for source in workspace.rglob("*.yaml"):
            target = root / source.relative_to(workspace)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
        (root / path.relative_to(workspace)).write_bytes(text.encode("utf-8", "surrogatepass"))
        result = cli("merge", root, "-o", root / "ut.yaml")
        assert result.exit_code in (0, 1, 2), result.output
        if result.exit_code == 0:
            assert yamlio.load((root / "ut.yaml").read_text(encoding="utf-8")).data["källor"]
        else:
            assert not (root / "ut.yaml").exists()
