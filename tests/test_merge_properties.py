"""Property tests for merge: for generated sets of plans, written in many YAML styles, the
merged plan loses nothing, is the same bytes whatever the order on disk or on the command
line, and is up to date under --check."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rustool import yamlio

from .conftest import STRATEGY, Cli

PROPS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CATEGORIES = [
    "Kunskap och analys",
    "Samverkan och nätverk",
    "Kommunikation och påverkan",
    "Finansiering",
    "Processtöd",
    "Interna verksamhetsprocesser",
]
WORDS = [
    "analys",
    "länets",
    "kommuner",
    "Å",
    "ärende",
    "öppen",
    "#1",
    "a: b",
    "'citat'",
    '"dubbel"',
    "ja",
    "no",
    "2026-01-01",
    "12",
    "–",
    "&",
    "*",
    "{x}",
    "[y]",
    "- z",
    "%",
    "é",
    "\\",
    "tab\there",
    "1:1",
    "null",
    "@",
    "`x`",
    "~",
    "!",
]
WORDLIKE = {"id", "status", "kategori", "klart_senast", "period", "enhet"}
UNITS = [
    "Enheten för analys",
    "Enheten för tillväxt",
    "Ärendeenheten",
    "Östra enheten",
    "Enhet: kolon",
    "Yes",
    "Åkerienheten",
]


@st.composite
def texts(draw, min_words: int = 1) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=6)))


@st.composite
def value(draw, text: str, key_column: int, key: str = "") -> str:
    """``text`` (one line, or paragraphs joined by newlines) in a random YAML style, as the
    value of ``key`` at ``key_column``."""
    pad = " " * (key_column + 2)
    block = "\n" in text or key not in WORDLIKE and draw(st.booleans())
    if block and "\t" not in text and not any(line.startswith(" ") for line in text.split("\n")):
        style = draw(st.sampled_from(["|", "|-", "|+", ">-"]))
        if style == ">-" and "\n" in text:
            style = "|-"
        body = "".join(pad + line + "\n" if line else "\n" for line in text.split("\n"))
        return f"{style}\n{body}".rstrip("\n") + "\n"
    choice = draw(st.sampled_from(["plain", "single", "double"]))
    if choice == "single" and "\n" not in text:
        return "'" + text.replace("'", "''") + "'\n"
    if choice == "double":
        return (
            '"'
            + text.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            + '"\n'
        )
    return yamlio.scalar(text) + "\n"


@st.composite
def activity(draw, ident: str, unit_on_item: bool) -> dict:
    fields = {
        "id": ident,
        "kategori": draw(st.sampled_from(CATEGORIES)),
        "aktivitet": draw(texts()),
        "ansvarig": draw(texts()),
        "status": draw(st.sampled_from(["planerad", "pågår", "klar"])),
    }
    if draw(st.booleans()):
        fields["syfte"] = draw(
            st.sampled_from(
                [
                    draw(texts()),
                    draw(texts()) + "\n" + draw(texts()),
                    draw(texts()) + "\n\n" + draw(texts()),
                ]
            )
        )
    if draw(st.booleans()):
        fields["klart_senast"] = draw(
            st.sampled_from(["2025", "2025-T2", "2025-Q3", "2025-05", "2025-05-31"])
        )
    if draw(st.booleans()):
        fields["bidrar_till"] = draw(
            st.lists(
                st.sampled_from(["O1", "M1.1", "M1.2", "P1.1.1"]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
    if draw(st.booleans()):
        fields["budget_kr"] = draw(st.integers(0, 10**7))
    if draw(st.booleans()):
        fields["uppföljning"] = [
            {"period": "2025-T1", "status": "pågår", "kommentar": draw(texts())}
        ]
    if unit_on_item:
        fields["enhet"] = draw(st.sampled_from(UNITS))
    keys = list(fields)
    rest = keys[1:]
    draw(st.randoms()).shuffle(rest)
    return {k: fields[k] for k in [keys[0], *rest]}


@st.composite
def block_item(draw, fields: dict, dash: int, comments: list[str]) -> str:
    gap = draw(st.sampled_from([1, 3]))
    key_col = dash + 1 + gap
    out = []
    for n, (key, val) in enumerate(fields.items()):
        prefix = " " * dash + "-" + " " * gap if n == 0 else " " * key_col
        if n and draw(st.integers(0, 6)) == 0:
            comment = f"# inuti {len(comments)}"
            comments.append(comment)
            column = draw(st.sampled_from([0, key_col]))
            out.append(" " * column + comment + "\n")
        if isinstance(val, list) and val and isinstance(val[0], dict):
            out.append(f"{prefix}{key}:\n")
            for entry in val:
                lines = [f"{k}: {draw(value(str(v), key_col + 4, k))}" for k, v in entry.items()]
                out.append(" " * (key_col + 2) + "- " + lines[0])
                out += [" " * (key_col + 4) + line for line in lines[1:]]
        elif isinstance(val, list):
            if draw(st.booleans()):
                out.append(f"{prefix}{key}: [{', '.join(val)}]\n")
            else:
                out.append(f"{prefix}{key}:\n" + "".join(f"{' ' * key_col}  - {v}\n" for v in val))
        else:
            rendered = str(val) if isinstance(val, int) else draw(value(val, key_col, key))
            eol = ""
            if (
                draw(st.integers(0, 8)) == 0
                and "\n" not in rendered[:-1]
                and not rendered.startswith(("|", ">"))
            ):
                eol = f"  # eol {len(comments)}"
                comments.append(eol.strip())
            out.append(
                f"{prefix}{key}: {rendered[:-1]}{eol}\n"
                if not rendered.startswith(("|", ">"))
                else f"{prefix}{key}: {rendered}"
            )
    return "".join(out)


@st.composite
def plan(draw, number: int) -> tuple[str, str, list[dict], list[str]]:
    """(unit, YAML text, activities as data, comments written)."""
    unit = UNITS[number]
    comments: list[str] = []
    activities = [
        draw(activity(f"P{number}-{i:02d}", draw(st.integers(0, 9)) == 0))
        for i in range(draw(st.integers(0, 5)))
    ]
    head = ""
    if draw(st.booleans()):
        head = f"# Plan {number}\n# {draw(texts())}\n"
        comments += head.strip().split("\n")
    head += f"typ: aktivitetsplan\nenhet: {yamlio.scalar(unit)}\nstrategi: test-rus\n"
    if draw(st.booleans()):
        head += "år: 2025\n"
    dash = draw(st.sampled_from([0, 2, 4]))
    spaced = draw(st.booleans())
    body = ""
    if not activities:
        body = "aktiviteter: []\n"
    elif draw(st.integers(0, 5)) == 0:
        items = ", ".join(_flow(a) for a in activities)
        body = f"aktiviteter: [{items}]\n"
    else:
        body = "aktiviteter:\n"
        for n, fields in enumerate(activities):
            if draw(st.integers(0, 3)) == 0:
                comment = f"# före {number}-{n}"
                comments.append(comment)
                body += " " * draw(st.sampled_from([0, dash])) + comment + "\n"
            if draw(st.integers(0, 6)) == 0 and _flow_safe(fields):
                body += " " * dash + "- " + _flow(fields) + "\n"
            else:
                body += draw(block_item(fields, dash, comments))
            if spaced and n < len(activities) - 1:
                body += "\n"
        if draw(st.integers(0, 4)) == 0:
            body += "# efter sista\n"
            comments.append("# efter sista")
    text = head + body
    if draw(st.booleans()):
        text += "uppdrag: Att göra saker  # uppdragets kommentar\n"
        comments.append("# uppdragets kommentar")
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", "\r\n")
    return unit, text, activities, comments


def _flow_safe(fields: dict) -> bool:
    return all(isinstance(v, int) or isinstance(v, str) and "\n" not in v for v in fields.values())


def _flow(fields: dict) -> str:
    parts = []
    for key, val in fields.items():
        if isinstance(val, list):
            inner = ", ".join(_flow(v) if isinstance(v, dict) else yamlio.scalar(v) for v in val)
            parts.append(f"{key}: [{inner}]")
        elif isinstance(val, int):
            parts.append(f"{key}: {val}")
        else:
            parts.append(f"{key}: {yamlio.scalar(val)}")
    return "{" + ", ".join(parts) + "}"


@st.composite
def plan_sets(draw) -> list[tuple[str, str, str, list[dict], list[str]]]:
    count = draw(st.integers(1, 4))
    numbers = draw(
        st.lists(st.integers(0, len(UNITS) - 1), min_size=count, max_size=count, unique=True)
    )
    names = draw(
        st.lists(
            st.sampled_from(
                ["a.yaml", "b.yml", "planer/c.yaml", "planer/d.yaml", "x/y/e.yaml", "ö.yaml"]
            ),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    return [(name, *draw(plan(n))) for name, n in zip(names, numbers, strict=True)]


def _write(root: Path, plans: list, order: list[int]) -> None:
    (root / "strategi.yaml").write_text(STRATEGY, encoding="utf-8")
    for n in order:
        path = root / plans[n][0]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(plans[n][2].encode("utf-8"))


def _expected(fields: dict, unit: str) -> dict:
    """An activity as the merged plan must hold it: as written, `enhet` after `id`."""
    if "enhet" in fields:
        return fields
    out = {}
    for key, val in fields.items():
        out[key] = val
        if key == "id":
            out["enhet"] = unit
    return out


@PROPS
@given(plan_sets(), st.randoms())
def test_merge_is_lossless_deterministic_and_idempotent(plans, rnd: random.Random):
    cli = Cli()
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        first, second = Path(one), Path(two)
        order = list(range(len(plans)))
        _write(first, plans, order)
        rnd.shuffle(order)
        _write(second, plans, order[::-1])
        done = cli("merge", first, "-o", first / "ut" / "plan.yaml")
        assert done.exit_code == 0, done.output
        text = (first / "ut" / "plan.yaml").read_text(encoding="utf-8")

        # lossless: every activity, every field, in the order written, with its unit
        data = yamlio.load(text).data
        merged = {a["id"]: a for a in data["aktiviteter"]}
        expected = [(unit, a) for _, unit, _, activities, _ in plans for a in activities]
        assert len(merged) == len(data["aktiviteter"]) == len(expected)
        for unit, fields in expected:
            assert list(merged[fields["id"]]) == list(_expected(fields, unit))
        for _, unit, source_text, _, _ in plans:
            source_data = yamlio.load(source_text).data
            for fields in source_data["aktiviteter"] or []:
                assert merged[fields["id"]] == _expected(fields, unit)
        # every comment written in the sources is in the merged plan
        written = sorted(c for *_, comments in plans for c in comments)
        found = [c for c in written if c in text]
        assert found == written

        # deterministic: other order on disk and on the command line, same bytes
        files = [second / plans[n][0] for n in order]
        again = cli("merge", *files, "-o", second / "ut" / "plan.yaml")
        assert again.exit_code == 0, again.output
        assert (second / "ut" / "plan.yaml").read_bytes() == text.encode("utf-8")

        # idempotent: --check agrees, and validate sees an up-to-date merged plan
        check = cli("merge", first, "-o", first / "ut" / "plan.yaml", "--check")
        assert check.exit_code == 0, check.output
        validated = cli("validate", first, "--format", "json")
        assert '"RUS50' not in validated.output
        assert validated.exit_code == 0, validated.output
