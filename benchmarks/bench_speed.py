"""Side by side: every rustool command, its peers and a bare libyaml parse, on one workspace.

The figures are ratios to the baseline, a bare single-process libyaml load of the same
files (PyYAML's CSafeLoader), measured in the same run with the runs alternating, so that a
busy machine slows every row alike; each cell is the median of --runs. Every row is a
whole process, as a user or CI runs it. Peak memory is the process's maximum resident set.

    .venv/bin/python benchmarks/bench_speed.py                 # the table (scale 1)
    .venv/bin/python benchmarks/bench_speed.py --scales 1,2,4,8 --runs 3   # how cost grows

The workspace is made by gen_corpus.py --one-workspace (21,000 activities in 212 files at
scale 1) under /tmp, never in the repository. Peers are timed when installed in the same
venv (`pip install check-jsonschema yamllint`); a missing one is said and skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent
TODAY = "2026-11-23"
LATE = "2027-12-31"
"""A date at which the open activities are overdue: thousands of warnings."""

BARE = (
    "import pathlib, sys, yaml\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(p.read_text('utf-8'), Loader=yaml.CSafeLoader)\n"
)


@dataclass
class Row:
    label: str
    argv: list[str]
    walls: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    note: str = ""

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)


def run_once(argv: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.stderr is not None:
        process.stderr.close()
    return wall, usage.ru_maxrss / 1024, process.returncode


def workspace(scale: int) -> Path:
    root = Path(tempfile.gettempdir()) / f"rustool-one-{scale}"
    ws = root / "dalarna"
    if not ws.is_dir():
        subprocess.run(
            [sys.executable, str(HERE / "gen_corpus.py"), str(root), "--one-workspace",
             "--scale", str(scale)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return ws


def rows(ws: Path, out: Path, peers: bool) -> list[Row]:
    rustool = str(BIN / "rustool")
    validate = [rustool, "validate", str(ws), "--format", "json"]
    found = [
        Row("libyaml load, bare (baseline)", [sys.executable, "-c", BARE, str(ws)]),
        Row("validate --format json, no findings", [*validate, "--today", TODAY, "--no-cache"]),
        Row("validate --format json, overdue warnings", [*validate, "--today", LATE, "--no-cache"]),
        Row("validate, unchanged re-run (cache)", [*validate, "--today", TODAY]),
        Row("coverage --format json", [rustool, "coverage", str(ws), "--format", "json",
                                       "--today", TODAY]),
        Row("merge (whole workspace)", [rustool, "merge", str(ws), "-o", str(out / "m.yaml")]),
        Row("report --format html", [rustool, "report", str(ws), "--today", TODAY,
                                     "-o", str(out / "r.html")]),
    ]  # fmt: skip
    if peers:
        schema = REPO / "schemas" / "aktivitetsplan.schema.json"
        plans = sorted(str(p) for p in (ws / "aktivitetsplaner").glob("*.yaml"))
        for label, tool, argv in (
            ("check-jsonschema (plans, schema)", "check-jsonschema",
             ["--schemafile", str(schema), *plans]),
            ("yamllint -d relaxed", "yamllint", ["-d", "relaxed", str(ws)]),
        ):  # fmt: skip
            path = BIN / tool
            if path.exists():
                found.append(Row(label, [str(path), *argv]))
            else:
                print(f"({tool} is not installed in this venv: its row is skipped)")
    return found


def measure(ws: Path, runs: int, peers: bool) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        env_cache = out / "cache"
        env_cache.mkdir()
        os.environ["XDG_CACHE_HOME"] = str(env_cache)  # the re-run's cache, this run's own
        table = rows(ws, out, peers)
        for row in table:  # warm the disk cache and fill rustool's own cache once
            _, _, code = run_once(row.argv, REPO)
            if code not in (0, 1):
                row.note = f"exit {code}"
        for _ in range(runs):  # alternate, so a busy moment slows every row alike
            for row in table:
                wall, peak, _ = run_once(row.argv, REPO)
                row.walls.append(wall)
                row.peak_mb = max(row.peak_mb, peak)
        shutil.rmtree(env_cache, ignore_errors=True)
    return table


def print_table(table: Sequence[Row], title: str) -> None:
    base = table[0].wall
    print(f"\n{title}\n")
    print(f"| {'command':42} | {'median s':>8} | {'× bare load':>11} | {'peak MB':>7} |")
    print(f"| {'-' * 42} | {'-' * 8}: | {'-' * 11}: | {'-' * 7}: |")
    for row in table:
        note = f" ({row.note})" if row.note else ""
        print(
            f"| {row.label + note:42} | {row.wall:8.2f} | {row.wall / base:10.2f}× "
            f"| {row.peak_mb:7.0f} |"
        )


def growth(scales: Sequence[int], runs: int) -> None:
    measured = {s: measure(workspace(s), runs, peers=False) for s in scales}
    first = measured[scales[0]]
    print(f"\nHow cost grows (time and peak memory as multiples of scale {scales[0]})\n")
    head = " | ".join(f"{s}× time, mem" for s in scales)
    print(f"| {'command':42} | {head} |")
    print(f"| {'-' * 42} |" + "|".join(" ---: " for _ in scales) + "|")
    for i, row in enumerate(first):
        cells = " | ".join(
            f"{measured[s][i].wall / row.wall:5.2f}, {measured[s][i].peak_mb / row.peak_mb:4.2f}"
            for s in scales
        )
        print(f"| {row.label:42} | {cells} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating runs (median kept)")
    parser.add_argument("--scale", type=int, default=1, help="workspace scale for the table")
    parser.add_argument("--scales", help="comma-separated scales for the growth table")
    args = parser.parse_args(argv)
    ws = workspace(args.scale)
    print(f"{ws}: {sum(1 for _ in ws.rglob('*.yaml'))} files, {os.cpu_count()} cores, "
          f"Python {sys.version.split()[0]}, {args.runs} alternating runs")  # fmt: skip
    print_table(measure(ws, args.runs, peers=True), "Side by side")
    if args.scales:
        growth([int(s) for s in args.scales.split(",")], max(1, args.runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
