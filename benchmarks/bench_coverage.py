#!/usr/bin/env python3
"""Time ``rustool coverage`` against ``rustool validate`` on every workspace of a corpus.

    python benchmarks/gen_corpus.py /tmp/rustool-corpus
    python benchmarks/bench_coverage.py /tmp/rustool-corpus [--runs 3] [--json OUT]

``coverage`` takes one workspace, so the corpus is covered one workspace at a time and so is
it validated: each row is the sum over the corpus's workspaces of one subprocess per
workspace, the fastest of N rounds (start-up and imports included, as a user or a CI job
pays them). The target (issue 4) is coverage within 1.2× of validate.

A second table splits the work in-process: loading (shared by both commands), the rules
(validate only), counting and each output format (coverage only).

rustool is byte-compiled first: with PYTHONDONTWRITEBYTECODE set, modules never imported
before would otherwise be compiled at every start, and the newer command would pay for it.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.2
DEFAULT_TODAY = "2026-11-23"
COMMANDS: dict[str, tuple[str, ...]] = {
    "validate": ("validate", "{ws}", "--format", "json", "--today", "{today}"),
    "coverage json": ("coverage", "{ws}", "--format", "json", "--today", "{today}"),
    "coverage table": ("coverage", "{ws}", "--today", "{today}"),
    "coverage csv": ("coverage", "{ws}", "--format", "csv", "--today", "{today}"),
    "coverage md": ("coverage", "{ws}", "--format", "md", "--today", "{today}"),
}


def find_rustool() -> Path:
    beside = Path(sys.executable).parent / "rustool"
    if beside.is_file():
        return beside
    sys.exit("bench_coverage: no rustool next to this python; run it with the project's venv")


def workspaces(corpus: Path) -> list[Path]:
    if not corpus.is_dir():
        sys.exit(
            f"bench_coverage: no corpus at {corpus}; generate one first:\n"
            f"  python benchmarks/gen_corpus.py {corpus}"
        )
    found = sorted(p for p in corpus.iterdir() if p.is_dir())
    if not found:
        sys.exit(f"bench_coverage: {corpus} holds no workspace folders")
    return found


def corpus_round(rustool: Path, args: tuple[str, ...], roots: Sequence[Path], today: str) -> float:
    """One subprocess per workspace, in turn; the total wall time."""
    total = 0.0
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    for root in roots:
        argv = [str(rustool), *(a.format(ws=root, today=today) for a in args)]
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, env=env, check=False)
        total += time.perf_counter() - start
        if done.returncode not in (0, 1):
            sys.exit(
                f"bench_coverage: {' '.join(argv)} exited {done.returncode}:\n"
                f"{done.stderr.decode(errors='replace')}"
            )
    return total


def best_of(runs: int, action: Callable[[], float]) -> float:
    return min(action() for _ in range(runs))


def in_process(roots: Sequence[Path], today: date, runs: int) -> dict[str, float]:
    """Seconds per phase, summed over the workspaces, the fastest of ``runs`` rounds. The
    phases after loading run with the collector paused, as both commands run them."""
    sys.path.insert(0, str(REPO / "src"))
    from rustool.coverage import compute
    from rustool.coverage.output import to_csv, to_json, to_markdown
    from rustool.coverage.table import table_text
    from rustool.engine import check
    from rustool.workspace import load_workspace, paused_gc

    best: dict[str, float] = {}
    for _ in range(runs):
        spent = dict.fromkeys(("load", "rules", "count", "json", "csv", "md", "table"), 0.0)

        def timed(phase: str, action: Callable[[], object], spent=spent) -> object:
            start = time.perf_counter()
            value = action()
            spent[phase] += time.perf_counter() - start
            return value

        for root in roots:
            ws = timed("load", lambda r=root: load_workspace(r, today))
            with paused_gc():
                timed("rules", lambda w=ws: check(w))
                cov = timed("count", lambda w=ws: compute(w))
                timed("json", lambda c=cov: to_json(c))
                timed("csv", lambda c=cov: to_csv(c, "sv"))
                timed("md", lambda c=cov: to_markdown(c, "sv"))
                timed("table", lambda c=cov: table_text(c, "sv"))
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("/tmp/rustool-corpus"))
    parser.add_argument("--runs", type=int, default=3, help="rounds, best kept (3)")
    parser.add_argument("--today", default=DEFAULT_TODAY)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    roots = workspaces(args.corpus)
    rustool = find_rustool()
    compileall.compile_dir(REPO / "src" / "rustool", quiet=1)
    print(
        f"corpus {args.corpus}: {len(roots)} workspaces, best of {args.runs} rounds, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print(f"\n{'command, once per workspace':<30} {'total s':>8} {'× validate':>10}")
    totals: dict[str, float] = {}
    for label, cmd in COMMANDS.items():
        totals[label] = best_of(
            args.runs, lambda c=cmd: corpus_round(rustool, c, roots, args.today)
        )
        ratio = totals[label] / totals["validate"]
        verdict = "" if label == "validate" else ("  ok" if ratio <= TARGET else "  OVER TARGET")
        print(f"{label:<30} {totals[label]:>8.2f} {ratio:>10.2f}{verdict}")
    phases = in_process(roots, date.fromisoformat(args.today), args.runs)
    print(f"\n{'in-process phase, all workspaces':<34} {'s':>7}")
    for name, seconds in phases.items():
        print(f"{name:<34} {seconds:>7.3f}")
    if args.json:
        args.json.write_text(
            json.dumps({"subprocess_s": totals, "in_process_s": phases, "target": TARGET}, indent=2)
            + "\n",
            "utf-8",
        )
    over = [k for k in totals if k != "validate" and totals[k] / totals["validate"] > TARGET]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
