"""Writing fetched outcomes into YAML text: only the new outcomes change, in every layout."""

from __future__ import annotations

import difflib

from hypothesis import given
from hypothesis import strategies as st

from rustool import yamlio
from rustool.kolada.compare import Change
from rustool.kolada.splice import expected, splice

PATH = ("områden", 0, "mål", 0, "indikatorer", 0)

LAYOUTS = {
    "block": "            utfall:\n{items}",
    "flow": "            utfall: [{flow}]\n",
    "missing": "",
    "null": "            utfall:\n",
    "tilde": "            utfall: ~\n",
    "mappings": "            utfall:\n{mappings}",
}


def strategy(outcomes: str, after: str = "            källa: SCB # källan\n") -> str:
    return (
        "# Teststrategin\n"
        "typ: strategi\n"
        "id: t\n"
        "namn: T\n"
        'region: {namn: R, länskod: "20"}\n'
        "period: {från: 2021, till: 2030}\n"
        "områden:\n"
        "  - id: O1\n"
        "    namn: O\n"
        "    mål:\n"
        "      - id: M1\n"
        "        namn: M\n"
        "        indikatorer:\n"
        "          - id: I1\n"
        "            namn: I   # en kommentar\n"
        "            kolada: N00914\n"
        "            riktning: öka\n"
        f"{outcomes}{after}"
        "      - id: M2\n"
        "        namn: 'Annat'\n"
    )


def layout(kind: str, years: list[int]) -> str:
    items = "".join(f"              - {{år: {y}, värde: {y / 100}}}  # {y}\n" for y in years)
    flow = ", ".join(f"{{år: {y}, värde: {y / 100}}}" for y in years)
    mappings = "".join(
        f"              - år: {y}\n                värde: {y / 100}\n" for y in years
    )
    return LAYOUTS[kind].format(items=items, flow=flow, mappings=mappings)


def new(year: int) -> Change:
    return Change(
        year, {"år": year, "värde": year + 0.5, "källa": "kolada", "hämtad": "2026-12-01"}
    )


def spliced(text: str, changes: list[Change]) -> tuple[str, object]:
    loaded = yamlio.load(text)
    assert not loaded.problems
    result = splice(text, loaded.source, [(PATH, changes)])
    reloaded = yamlio.load(result)
    assert not reloaded.problems, reloaded.problems
    assert reloaded.data == expected(loaded.data, [(PATH, changes)])
    return result, reloaded.data


@given(
    kind=st.sampled_from(sorted(LAYOUTS)),
    years=st.sets(st.integers(2015, 2030), max_size=5),
    added=st.sets(st.integers(2010, 2035), min_size=1, max_size=4),
    crlf=st.booleans(),
    final_newline=st.booleans(),
    last=st.booleans(),
)
def test_new_outcomes_are_the_only_lines_added(kind, years, added, crlf, final_newline, last):
    """Whatever the layout, the new text reads back as the old data plus the new outcomes,
    and (but where a flow list or null grows on its own line) every old line is still there,
    in order, unchanged."""
    existing = sorted(years)
    if kind in ("missing", "null", "tilde"):
        existing = []
    added = sorted(added - set(existing))
    if not added:
        return
    text = strategy(layout(kind, existing), "" if last else "            källa: SCB # källan\n")
    if last:
        text = text.split("      - id: M2\n")[0]
    if not final_newline:
        text = text.rstrip("\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    result, data = spliced(text, [new(y) for y in added])
    outcomes = data["områden"][0]["mål"][0]["indikatorer"][0]["utfall"]
    assert sorted(o["år"] for o in outcomes) == sorted(existing + added)
    assert ("\r\n" in result) == crlf and ("\n" in result.replace("\r\n", "")) == (not crlf)
    old, now = text.splitlines(), result.splitlines()
    if (kind in ("block", "mappings") and existing) or kind == "missing":
        removed = [d for d in difflib.ndiff(old, now) if d.startswith("- ")]
        assert removed == []
        assert len(now) - len(old) == len(added) + (kind == "missing")


def test_a_changed_outcome_keeps_its_comment_and_quotes():
    text = strategy(
        "            utfall:\n"
        "              - {år: 2022, värde: 1.0, källa: kolada, hämtad: '2026-01-01'}  # rev.\n"
        "              - år: 2023\n"
        "                värde: 2.0   # preliminärt\n"
    )
    changes = [
        Change(2022, {"värde": 1.5, "riket": 1.2, "hämtad": "2026-12-01"}, 0),
        Change(2023, {"värde": 2.5, "källa": "kolada", "hämtad": "2026-12-01"}, 1),
    ]
    result, _ = spliced(text, changes)
    assert (
        '              - {år: 2022, värde: 1.5, källa: kolada, hämtad: "2026-12-01", riket: 1.2}'
        "  # rev.\n" in result
    )
    assert "                värde: 2.5   # preliminärt\n" in result
    assert '                källa: kolada\n                hämtad: "2026-12-01"\n' in result
    old, now = text.splitlines(), result.splitlines()
    assert len(now) == len(old) + 2


def test_a_flow_indicator_gets_a_flow_list():
    text = strategy("", "").replace(
        "          - id: I1\n            namn: I   # en kommentar\n"
        "            kolada: N00914\n            riktning: öka\n",
        "          - {id: I1, namn: I, kolada: N00914, riktning: öka}\n",
    )
    result, _ = spliced(text, [new(2023)])
    assert (
        "{id: I1, namn: I, kolada: N00914, riktning: öka, utfall: [{år: 2023, värde: 2023.5, "
        'källa: kolada, hämtad: "2026-12-01"}]}' in result
    )
