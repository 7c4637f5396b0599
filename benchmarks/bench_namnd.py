"""The nämnd's report at a region's full size: one region of the corpus (1,000 activities
in ten unit plans) rendered as HTML, short HTML (--kort) and PDF, timed side by side with
`rustool validate` of the same workspace in one run, so the numbers are ratios on the same
machine. Goals (issue 14): the full HTML in at most 1 s, its PDF in at most 15 s.

    .venv/bin/python benchmarks/gen_corpus.py /tmp/rustool-corpus
    .venv/bin/python benchmarks/bench_namnd.py /tmp/rustool-corpus/dalarna [--pdf]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUSTOOL = Path(sys.executable).with_name("rustool")
TODAY = "2026-11-23"


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([str(RUSTOOL), *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed: {done.stderr[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--pdf", action="store_true", help="also time the PDFs (slow)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ws = str(args.workspace)
    out = Path(tempfile.mkdtemp())
    runs = {
        "validate": ["validate", ws, "--today", TODAY, "--no-cache"],
        "report html": ["report", ws, "--today", TODAY, "-o", str(out / "r.html")],
        "report html --kort": ["report", ws, "--today", TODAY, "--kort", "-o", str(out / "k.html")],
    }
    if args.pdf:
        runs["report pdf --kort"] = [
            "report",
            ws,
            "--today",
            TODAY,
            "--kort",
            "-o",
            str(out / "k.pdf"),
        ]
        runs["report pdf"] = ["report", ws, "--today", TODAY, "-o", str(out / "r.pdf")]
    best = {name: min(timed(cmd) for _ in range(args.repeat)) for name, cmd in runs.items()}
    base = best["validate"]
    print(f"{'command':<22} {'best s':>8} {'× validate':>11}")
    for name, seconds in best.items():
        print(f"{name:<22} {seconds:>8.2f} {seconds / base:>11.1f}")
    html = out / "r.html"
    print(
        f"full HTML: {html.stat().st_size // 1024} KB, {html.read_text().count('<tr')} table rows"
    )


if __name__ == "__main__":
    main()
