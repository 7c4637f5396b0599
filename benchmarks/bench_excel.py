"""Side by side: export and import (workbook and CSV) against a bare libyaml load of the
same files, on a 1,000-activity plan and on the 21,000-activity workspace.

Each row is a whole process, as a user runs it; the figure that matters is the ratio to
the baseline measured in the same run (rows alternate, so a busy machine slows every row
alike). "import, one cell changed" also validates the edited workspace, as import does.

    .venv/bin/python benchmarks/bench_excel.py [--runs 3] [--skip-corpus]

The workspaces are made under /tmp by gen_corpus.py --one-workspace (21,000 activities in
210 plans); the 1,000-activity plan joins ten of its unit plans into one.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
from bench_speed import BARE, BIN, REPO, Row, print_table, run_once, workspace


def one_plan(ws: Path, target: Path) -> Path:
    """A workspace with one plan of 1,000 activities (ten unit plans joined)."""
    if target.is_dir():
        return target
    (target / "aktivitetsplaner").mkdir(parents=True)
    for name in ("strategi.yaml", "arshjul.yaml"):
        shutil.copyfile(ws / name, target / name)
    parts = []
    for number in range(1, 11):
        text = (ws / "aktivitetsplaner" / f"enhet-{number:03d}.yaml").read_text("utf-8")
        head, activities = text.split("aktiviteter:\n", 1)
        parts += [head + "aktiviteter:\n"] if number == 1 else []
        parts.append(activities)
    (target / "aktivitetsplaner" / "plan.yaml").write_text("".join(parts), "utf-8")
    return target


def edited(book: Path, out: Path) -> Path:
    """BOOK with one comment cell changed, as a unit would."""
    person = openpyxl.load_workbook(book)
    sheet = person.worksheets[2]
    sheet["G10"] = "Ändrad i Excel"
    person.save(out)
    return out


def rows(ws: Path, out: Path) -> list[Row]:
    rustool = str(BIN / "rustool")
    book, csv = out / "plans.xlsx", out / "plans.csv"
    run_once([rustool, "export", str(ws), "-o", str(book)], REPO)
    run_once([rustool, "export", str(ws), "-o", str(csv)], REPO)
    changed = edited(book, out / "changed.xlsx")
    into = ["--into", str(ws)]
    return [
        Row("libyaml load, bare (baseline)", [sys.executable, "-c", BARE, str(ws)]),
        Row("validate --no-cache", [rustool, "validate", str(ws), "--no-cache"]),
        Row("export -o .xlsx", [rustool, "export", str(ws), "-o", str(out / "x.xlsx")]),
        Row("export -o .csv", [rustool, "export", str(ws), "-o", str(out / "x.csv")]),
        Row("import .xlsx --check, unchanged", [rustool, "import", str(book), *into, "--check"]),
        Row("import .csv --check, unchanged", [rustool, "import", str(csv), *into, "--check"]),
        Row("import .xlsx --check, one cell changed",
            [rustool, "import", str(changed), *into, "--check"]),
    ]  # fmt: skip


def measure(ws: Path, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        table = rows(ws, Path(folder))
        for row in table:
            _, _, code = run_once(row.argv, REPO)  # warm the disk cache
            if code not in (0, 1):
                row.note = f"exit {code}"
        for _ in range(runs):
            for row in table:
                wall, peak, _ = run_once(row.argv, REPO)
                row.walls.append(wall)
                row.peak_mb = max(row.peak_mb, peak)
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="alternating runs (median kept)")
    parser.add_argument("--skip-corpus", action="store_true", help="only the 1,000 plan")
    args = parser.parse_args(argv)
    corpus = workspace(1)
    small = one_plan(corpus, Path(tempfile.gettempdir()) / "rustool-excel-1000")
    print_table(measure(small, args.runs), f"One plan of 1,000 activities ({small})")
    if not args.skip_corpus:
        print_table(measure(corpus, args.runs), f"21,000 activities in 210 plans ({corpus})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
