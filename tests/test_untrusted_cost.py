"""Small input, huge cost: findings are capped per rule and file with "… and N more" (in
the JSON too), "did you mean" is asked a bounded number of times, and a long line of
`# rustool` comments is read once. Costs are counted, never timed (benchmarks/
bench_untrusted.py times them)."""

from __future__ import annotations

import difflib
import json

from rustool import suppress
from rustool.engine import MAX_PER_RULE_AND_FILE

from .conftest import STRATEGY, write_workspace
from .test_merge_cli import unit_plan

MANY = 3000


def _bad_references_plan() -> str:
    refs = ", ".join(f"X{k}" for k in range(MANY))
    return unit_plan("Analysenheten", "AN").replace("bidrar_till: [M1.1]", f"bidrar_till: [{refs}]")


def test_findings_are_capped_per_rule_and_file_with_the_rest_counted(cli, tmp_path):
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": _bad_references_plan()})
    result = cli("validate", ws, "--format", "json", "--today", "2025-03-01")
    report = json.loads(result.stdout)
    rus201 = [f for f in report["findings"] if f["code"] == "RUS201"]
    assert len(rus201) == MAX_PER_RULE_AND_FILE + 1
    more = rus201[-1]
    assert more["more"] == MANY - MAX_PER_RULE_AND_FILE
    assert more["message"] == (
        f"… och {MANY - MAX_PER_RULE_AND_FILE} till av RUS201 i den här filen "
        f"(de första {MAX_PER_RULE_AND_FILE} visas)."
    )
    assert report["summary"]["errors"] == MANY  # the summary counts every finding
    text = cli("validate", ws, "--today", "2025-03-01", "--lang", "en")
    assert f"… and {MANY - MAX_PER_RULE_AND_FILE} more of RUS201 in this file" in text.output
    assert f"{MANY} errors" in text.output


def test_did_you_mean_is_asked_a_bounded_number_of_times(cli, tmp_path, monkeypatch):
    calls = []
    real = difflib.get_close_matches

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    ws = write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": _bad_references_plan()})
    cli("validate", ws, "--today", "2025-03-01")
    assert len([c for c in calls if c.startswith("x")]) <= 500


def test_a_long_line_of_comments_is_read_once(monkeypatch):
    """Each `# rustool` on one line used to search the line's ends again: quadratic in
    the line's length. Now a line's ends are found once and the rest of a directive's
    line is its comment."""
    line = "a: 1 " + "# rustool: ignore[RUS302] " * 20_000
    searched = 0

    class Counting(str):
        def find(self, *args):
            nonlocal searched
            searched += 1
            return str.find(self, *args)

        def rfind(self, *args):
            nonlocal searched
            searched += 1
            return str.rfind(self, *args)

    found, problems = suppress.parse(Counting(line + "\n"))
    assert list(found) == [1] and not problems
    assert searched <= 4
