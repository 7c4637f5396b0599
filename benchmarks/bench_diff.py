#!/usr/bin/env python3
"""Time ``rustool diff`` between two revisions of the 21,000-activity workspace.

    python benchmarks/bench_diff.py [/tmp/rustool-diff-bench] [--runs 3] [--json OUT]

Builds (once) a git repository in the folder: the one-workspace corpus of
``gen_corpus.py --one-workspace`` (210 unit plans, 21,000 activities) as the first commit,
and a second commit as a tertial's follow-up round leaves it: in every plan two
activities change status and one gets a new follow-up entry with a comment, one due date
moves, and an indicator gets a new outcome. So every plan file differs between the two
revisions. Then it times, side by side, as subprocesses (start-up included):

- ``rustool diff HEAD~1 HEAD WS --format json`` (the target: at most 3 s);
- ``rustool diff HEAD~1 WS`` (to the working tree, which is HEAD: nothing differs);
- ``rustool validate WS`` (one load of the workspace with the rules), for the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_S = 3.0
ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(top: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=top, env=ENV, check=True, capture_output=True)


def build(top: Path) -> Path:
    ws = top / "dalarna"
    if (top / ".git").is_dir():
        return ws
    top.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), str(top), "--one-workspace"],
        check=True,
        capture_output=True,
    )
    (top / "corpus.json").unlink(missing_ok=True)
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.name", "Bench")
    git(top, "config", "user.email", "bench@example.se")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "decided")
    for plan in sorted((ws / "aktivitetsplaner").glob("*.yaml")):
        text = plan.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^    status: pågår$", "    status: försenad", text, count=2)
        text = re.sub(
            r"(?m)^    uppföljning:\n",
            "    uppföljning:\n      - period: 2027-T1\n        status: pågår\n"
            "        kommentar: Ny uppföljning efter tertialen.\n",
            text,
            count=1,
        )
        plan.write_text(text, encoding="utf-8")
    strategy = ws / "strategi.yaml"
    text = strategy.read_text(encoding="utf-8")
    text = re.sub(
        r"(?m)^(\s+)utfall:\n", r"\1utfall:\n\1  - {år: 2026, värde: 1.0}\n", text, count=1
    )
    strategy.write_text(text, encoding="utf-8")
    git(top, "commit", "-q", "-am", "a tertial's follow-up round")
    return ws


def best(command: list[str], runs: int) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"bench_diff: {' '.join(command)} failed: {done.stderr[-500:]}")
        out = done.stdout
    return min(times), out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("/tmp/rustool-diff-bench"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.folder.resolve().is_relative_to(REPO):
        parser.error("write the benchmark repository outside this repository")
    rustool = str(Path(sys.executable).parent / "rustool")
    ws = build(args.folder)
    rows = {}
    seconds, out = best([rustool, "diff", "HEAD~1", "HEAD", str(ws), "--format", "json"],
                        args.runs)  # fmt: skip
    summary = json.loads(out)["summary"]
    rows["diff HEAD~1 HEAD (json)"] = seconds
    rows["diff HEAD~1 (working tree)"] = best([rustool, "diff", "HEAD~1", str(ws)], args.runs)[0]
    rows["validate"] = best([rustool, "validate", str(ws), "--today", "2026-11-23"], args.runs)[0]
    base = rows["validate"]
    print(f"changes found: {summary['changes']} ({summary['by_kind']})")
    print(f"{'row':32} {'s':>7} {'× validate':>11}")
    for name, value in rows.items():
        print(f"{name:32} {value:7.3f} {value / base:11.2f}")
    verdict = "within" if rows["diff HEAD~1 HEAD (json)"] <= TARGET_S else "OVER"
    print(f"target: diff ≤ {TARGET_S} s: {verdict}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "summary": summary}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
