#!/usr/bin/env python3
"""Small input, huge cost? Each hostile input beside a clean one of the same size.

    .venv/bin/python benchmarks/bench_untrusted.py [--scale 1.0] [--keep DIR]

Each case writes a workspace with one hostile file (an 8 MB line of `# rustool` comments,
2 MB of unknown references, near-miss references against a large strategy, plans full of
anchors, 16,000 activities for merge's overlap check) and a clean workspace whose plan has
the same size, then runs the same rustool command on both as subprocesses and reports the
wall time and the peak memory (max RSS) of each, and their ratios. The promise
(docs/safety.md) is at most 3x the time and 2x the memory of the clean input. `--scale`
shrinks or grows every input (0.25 for a quick look).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STRATEGY_HEAD = """\
typ: strategi
id: bench
namn: Benchstrategin
region: {namn: Region Bench, länskod: "20"}
period: {från: 2021, till: 2030}
områden:
"""


def strategy(goals: int = 12) -> str:
    """A strategy with GOALS mål (M1.1 …), each with one indicator and one prioritering."""
    out = [STRATEGY_HEAD]
    per_area = 4
    for a in range(1, goals // per_area + 2):
        out.append(f"  - id: O{a}\n    namn: Område {a}\n    mål:\n")
        for g in range(1, per_area + 1):
            if (a - 1) * per_area + g > goals:
                break
            out.append(
                f"      - id: M{a}.{g}\n        namn: Mål {a}.{g}\n        indikatorer:\n"
                f"          - id: I{a}.{g}.1\n            namn: Indikator\n"
                f"            riktning: öka\n            baslinje: {{år: 2019, värde: 1.0}}\n"
                f"            målvärde: {{år: 2030, värde: 2.0}}\n"
                f"        prioriteringar:\n          - id: P{a}.{g}.1\n"
                f"            namn: Prioritering {a}.{g}\n"
            )
    return "".join(out)


def activity(unit: str, n: int, text: str, refs: str = "[M1.1]", extra: str = "") -> str:
    return (
        f"  - id: {unit}-{n:05d}\n"
        f"    kategori: Kunskap och analys\n"
        f"    aktivitet: {text}\n"
        f"    syfte: Syfte {n}\n"
        f"    mål: Mål {n}\n"
        f"    ansvarig: Anna Lindqvist\n"
        f"    klart_senast: 2026-T2\n"
        f"    bidrar_till: {refs}\n"
        f"    status: pågår\n{extra}"
    )


def plan(unit: str, body: str) -> str:
    return (
        f"typ: aktivitetsplan\nenhet: Enhet {unit}\nstrategi: bench\når: 2026\naktiviteter:\n{body}"
    )


def clean_plan(unit: str, size: int, start: int = 0) -> str:
    """A valid plan of about SIZE bytes, with distinct activity texts."""
    parts, n, total = [], start, 0
    while total < size:
        n += 1
        words = " ".join(f"ord{(n * 7 + k) % 9973}" for k in range(6))
        part = activity(unit, n, f"Aktivitet {n} om {words}")
        parts.append(part)
        total += len(part.encode())
    return plan(unit, "".join(parts))


def comments(size: int) -> str:
    """One line of `# rustool` comments (a quadratic scan once)."""
    return plan("A", activity("A", 1, "En aktivitet")) + "# rustool " * (size // 10) + "\n"


def bad_references(size: int) -> str:
    """Activities each referring to a hundred ids that do not exist (a million findings)."""
    parts, n, total = [], 0, 0
    refs = "[" + ", ".join(f"X{k}" for k in range(100)) + "]"
    while total < size:
        n += 1
        part = activity("A", n, "En aktivitet", refs)
        parts.append(part)
        total += len(part)
    return plan("A", "".join(parts))


def near_misses(size: int) -> str:
    """Unknown references one edit from a real id: each asks for a "did you mean"."""
    parts, n, total = [], 0, 0
    while total < size:
        n += 1
        refs = "[" + ", ".join(f"M{1 + (n + k) % 300}.{1 + k % 4}x" for k in range(20)) + "]"
        part = activity("A", n, "En aktivitet", refs)
        parts.append(part)
        total += len(part)
    return plan("A", "".join(parts))


def anchors(unit: str, size: int) -> str:
    """Each activity defines an anchor and uses it (merge checks each alias's anchor)."""
    parts, n, total = [], 0, 0
    while total < size:
        n += 1
        extra = f"    målgrupp: &m{unit}{n} [Företag]\n    kommentar: *m{unit}{n}\n"
        part = activity(unit, n, f"Aktivitet {n} hos {unit}", extra=extra)
        parts.append(part)
        total += len(part)
    return plan(unit, "".join(parts))


def similar(unit: str, count: int, start: int) -> str:
    """COUNT activities whose texts share most words with other units' (overlap check)."""
    parts = []
    for n in range(start, start + count):
        words = " ".join(f"ord{(n + k) % 50}" for k in range(8))
        parts.append(activity(unit, n, f"Arrangera {words} konferens"))
    return plan(unit, "".join(parts))


@dataclass
class Case:
    name: str
    command: tuple[str, ...]
    hostile: Callable[[Path, float], None]
    clean: Callable[[Path, float, Path], None]
    """Writes the clean workspace (folder, scale, the hostile workspace's folder)."""


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _same_size(folder: Path, scale: float, hostile: Path) -> None:
    """A clean workspace whose plans total the hostile workspace's plan bytes."""
    size = sum(p.stat().st_size for p in hostile.glob("plan*.yaml"))
    _write(folder, {"strategi.yaml": strategy(), "plan.yaml": clean_plan("A", size)})


def _merge_units(folder: Path, make: Callable[[str, int], str], units: int, each: int) -> None:
    files = {"strategi.yaml": strategy()}
    for u in range(units):
        files[f"plan{u:02d}.yaml"] = make(f"U{u:02d}", each)
    _write(folder, files)


CASES = [
    Case(
        "8 MB line of # rustool comments",
        ("validate",),
        lambda d, s: _write(d, {"strategi.yaml": strategy(), "plan.yaml": comments(int(8e6 * s))}),
        _same_size,
    ),
    Case(
        "2 MB of unknown references",
        ("validate", "--format", "json"),
        lambda d, s: _write(
            d, {"strategi.yaml": strategy(), "plan.yaml": bad_references(int(2e6 * s))}
        ),
        _same_size,
    ),
    Case(
        "2 MB of near-miss references, 1,200 goals",
        ("validate", "--format", "json"),
        lambda d, s: _write(
            d, {"strategi.yaml": strategy(1200), "plan.yaml": near_misses(int(2e6 * s))}
        ),
        _same_size,
    ),
    Case(
        "merge: 8 plans full of anchors",
        ("merge", "-o", "-"),
        lambda d, s: _merge_units(d, lambda u, size: anchors(u, size), 8, int(5e5 * s)),
        lambda d, s, h: _merge_units(d, lambda u, size: clean_plan(u, size), 8, int(5e5 * s)),
    ),
    Case(
        "merge: 16,000 similar activities (overlap check)",
        ("merge", "-o", "-"),
        lambda d, s: _merge_units(d, lambda u, n: similar(u, n, 0), 8, int(2000 * s)),
        lambda d, s, h: _merge_units(d, lambda u, n: clean_plan(u, n * 230), 8, int(2000 * s)),
    ),
]

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def measure(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak memory (MB) and exit code of COMMAND, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rustool-untrusted-"))
    rustool = [sys.executable, "-m", "rustool"]
    rows = []
    print(f"{'case':52} {'hostile':>16} {'clean':>16} {'time':>6} {'memory':>6}")
    try:
        for i, case in enumerate(CASES):
            hostile, clean = work / f"{i}-hostile", work / f"{i}-clean"
            case.hostile(hostile, args.scale)
            case.clean(clean, args.scale, hostile)
            h = measure([*rustool, case.command[0], str(hostile), *case.command[1:]])
            c = measure([*rustool, case.command[0], str(clean), *case.command[1:]])
            row = {
                "case": case.name,
                "hostile": {"seconds": h[0], "mb": h[1], "exit": h[2]},
                "clean": {"seconds": c[0], "mb": c[1], "exit": c[2]},
                "time_ratio": h[0] / c[0],
                "memory_ratio": h[1] / c[1],
            }
            rows.append(row)
            print(
                f"{case.name:52} {h[0]:7.2f} s {h[1]:5.0f} MB {c[0]:7.2f} s {c[1]:5.0f} MB "
                f"{row['time_ratio']:5.1f}x {row['memory_ratio']:5.1f}x"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
