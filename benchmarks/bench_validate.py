#!/usr/bin/env python3
"""Time rustool on a generated corpus against a bare libyaml parse of the same files.

    python benchmarks/gen_corpus.py /tmp/rustool-corpus
    python benchmarks/bench_validate.py /tmp/rustool-corpus [--runs 3] [--json OUT]

Every timing is the wall time of the fastest of N runs, with the CPU time (user + system,
of the process and all its children) of that run beside it, since rustool may validate
workspaces in parallel. The baselines run in this process: each file is read and parsed
with PyYAML's libyaml binding (``CSafeLoader``). The rustool commands run as subprocesses,
so their times include interpreter start-up and imports; the ``rustool --version`` row
shows that fixed cost. To time another command, add one ``Command`` to ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("bench_validate: PyYAML is missing; run this with the project's venv python")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "rustool-corpus"
DEFAULT_TODAY = "2026-11-23"  # gen_corpus.py's default reference date
USAGE_ERROR = 2
T = TypeVar("T")


@dataclass(frozen=True)
class Command:
    """A rustool invocation to time.

    ``args`` may use the placeholders ``{workspaces}`` (one argument per region workspace),
    ``{first}`` (the first workspace), ``{example}`` (examples/dalastrategin), ``{today}``
    and ``{tmp}`` (a scratch folder outside the corpus); with ``each_workspace``, ``{ws}``
    is each workspace in turn.
    """

    label: str
    args: tuple[str, ...]
    runs: int | None = None  # None: the --runs option
    optional: bool = False  # skipped with a note while the subcommand gives a usage error
    whole_corpus: bool = False  # reads every file: show its ratio to the libyaml load
    each_workspace: bool = False  # run once per workspace ({ws}), one after another; time the sum


COMMANDS: tuple[Command, ...] = (
    Command("rustool --version", ("--version",), runs=10),
    Command(
        "validate examples/dalastrategin", ("validate", "{example}", "--today", "{today}"), runs=5
    ),
    Command(
        "validate corpus (all workspaces)",
        ("validate", "{workspaces}", "--format", "json", "--today", "{today}"),
        whole_corpus=True,
    ),
    Command(
        "merge (first workspace)", ("merge", "{first}", "-o", "{tmp}/merged.yaml"), optional=True
    ),
    Command(
        "merge --check (first workspace)",
        ("merge", "{first}", "-o", "{tmp}/merged.yaml", "--check"),
        optional=True,
    ),
    Command(
        "merge corpus (each workspace in turn)",
        ("merge", "{ws}", "-o", "{tmp}/merged-each.yaml"),
        optional=True,
        whole_corpus=True,
        each_workspace=True,
    ),
    Command(
        "validate (first workspace)",
        ("validate", "{first}", "--format", "json", "--today", "{today}"),
    ),
    Command(
        "coverage (first workspace)",
        ("coverage", "{first}", "--format", "json", "--today", "{today}"),
        optional=True,
    ),
    Command(
        "coverage table (first workspace)",
        ("coverage", "{first}", "--today", "{today}"),
        optional=True,
    ),
    Command(
        "report (first workspace)",
        ("report", "{first}", "-o", "{tmp}/report.html", "--today", "{today}"),
        optional=True,
    ),
    Command(
        "report md (first workspace)",
        ("report", "{first}", "-o", "{tmp}/report.md", "--today", "{today}"),
        optional=True,
    ),
    Command(
        "report corpus (each workspace in turn)",
        ("report", "{ws}", "-o", "{tmp}/report-each.html", "--today", "{today}"),
        optional=True,
        whole_corpus=True,
        each_workspace=True,
    ),
)


@dataclass
class Result:
    label: str
    runs: int
    best_s: float | None = None
    cpu_s: float | None = None  # CPU time of the fastest run
    times_s: list[float] = field(default_factory=list)
    ratio: float | None = None
    exit_code: int | None = None
    note: str = ""
    compare: bool = False  # show the ratio to the libyaml load
    argv: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Corpus:
    root: Path
    workspaces: list[Path]
    files: list[Path]
    bytes: int
    manifest: dict[str, object]


class BenchError(Exception):
    """A condition that stops the benchmark, with a message for the user."""


# --------------------------------------------------------------------------- corpus


def load_corpus(root: Path) -> Corpus:
    if not root.is_dir():
        raise BenchError(
            f"no corpus at {root}; generate one first:\n  python benchmarks/gen_corpus.py {root}"
        )
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    workspaces = sorted(p for p in root.iterdir() if p.is_dir())
    if not files or not workspaces:
        raise BenchError(f"{root} holds no workspace folders with YAML files")
    manifest_path = root / "corpus.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    return Corpus(root, workspaces, files, sum(p.stat().st_size for p in files), manifest)


# --------------------------------------------------------------------------- timing


def cpu_seconds() -> float:
    """User + system time of this process and its waited-for descendants."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action: Callable[[], T]) -> tuple[T, float, float]:
    """(value, wall seconds, CPU seconds) of one call."""
    cpu, start = cpu_seconds(), time.perf_counter()
    value = action()
    return value, time.perf_counter() - start, cpu_seconds() - cpu


def record(result: Result, wall: float, cpu: float) -> None:
    result.times_s.append(wall)
    if result.best_s is None or wall < result.best_s:
        result.best_s, result.cpu_s = wall, cpu


def libyaml_load(files: Sequence[Path]) -> None:
    for path in files:
        yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)


def libyaml_compose(files: Sequence[Path]) -> None:
    for path in files:
        yaml.compose(path.read_text("utf-8"), Loader=yaml.CSafeLoader)


def time_baselines(corpus: Corpus, runs: int) -> list[Result]:
    if not yaml.__with_libyaml__:
        raise BenchError("this PyYAML was built without libyaml (yaml.CSafeLoader is missing)")
    baselines: list[tuple[str, Callable[[Sequence[Path]], None]]] = [
        ("libyaml load (CSafeLoader)", libyaml_load),
        ("libyaml compose (CSafeLoader)", libyaml_compose),
    ]
    results = []
    for label, parse in baselines:
        result = Result(label, runs, compare=True)
        for _ in range(runs):
            _, wall, cpu = timed(partial(parse, corpus.files))
            record(result, wall, cpu)
        results.append(result)
    return results


# --------------------------------------------------------------------------- rustool


def find_rustool(explicit: Path | None) -> Path:
    if explicit is not None:
        if not explicit.is_file():
            raise BenchError(f"--rustool {explicit}: no such file")
        return explicit
    for name in ("rustool", "rustool.exe"):
        beside = Path(sys.executable).parent / name
        if beside.is_file():
            return beside
    on_path = shutil.which("rustool")
    if on_path is None:
        raise BenchError(
            f"the rustool command was found neither next to {sys.executable} nor on PATH.\n"
            "Install the project into the venv (pip install -e .), pass --rustool PATH, or "
            "use --parse-only to time the libyaml baselines alone."
        )
    return Path(on_path)


def check_validate(rustool: Path) -> None:
    """Fail early, with a clear message, when the CLI cannot validate yet."""
    try:
        done = subprocess.run(
            [str(rustool), "validate", "--help"], capture_output=True, text=True, timeout=120
        )
    except OSError as exc:
        raise BenchError(f"cannot run {rustool}: {exc}") from exc
    if done.returncode != 0:
        raise BenchError(
            f"`rustool validate --help` failed with exit code {done.returncode}; "
            f"the validate command is not usable yet:\n{message_of(done)}"
        )


def expand(args: Sequence[str], values: dict[str, str], workspaces: Sequence[Path]) -> list[str]:
    argv: list[str] = []
    for arg in args:
        if arg == "{workspaces}":
            argv += [str(w) for w in workspaces]
        else:
            argv.append(arg.format(**values))
    return argv


def message_of(done: subprocess.CompletedProcess[str]) -> str:
    """The last line of text a process printed, without the box drawing of rich."""
    lines = [line.strip("│╭╰╮╯─ ") for line in (done.stderr or done.stdout or "").splitlines()]
    texts = [line for line in lines if line]
    return texts[-1] if texts else "(no output)"


def validate_summary(stdout: str) -> str:
    try:
        summary = json.loads(stdout)["summary"]
        return f"{summary['errors']} errors, {summary['warnings']} warnings"
    except (ValueError, KeyError, TypeError):
        return "output is not the JSON of validate --format json"


def run_all(argvs: Sequence[list[str]], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command lines one after another; the first that fails, else the last."""
    for argv in argvs:
        done = subprocess.run(argv, capture_output=True, text=True, cwd=cwd)
        if done.returncode not in (0, 1):
            break
    return done


def time_command(
    cmd: Command, argv: list[str], runs: int, cwd: Path, each: Sequence[list[str]] = ()
) -> Result:
    """Run ``argv`` (or every command line in ``each``, in turn) ``runs`` times; exit 1
    (findings) is fine, a usage error is not."""
    result = Result(cmd.label, runs, argv=argv, compare=cmd.whole_corpus)
    for _ in range(runs):
        done, wall, cpu = timed(partial(run_all, each or [argv], cwd))
        result.exit_code = done.returncode
        if done.returncode == USAGE_ERROR and cmd.optional:
            result.note = f"skipped: {message_of(done)}"
            return result
        if done.returncode not in (0, 1):
            raise BenchError(
                f"{cmd.label}: exit code {done.returncode}\n"
                f"  {' '.join(argv)}\n  {message_of(done)}"
            )
        record(result, wall, cpu)
    if cmd.args[0] == "validate" and "json" in cmd.args:
        result.note = validate_summary(done.stdout)
    return result


def time_commands(
    rustool: Path, corpus: Corpus, runs: int, today: str, only: Sequence[str] = ()
) -> list[Result]:
    check_validate(rustool)
    results = []
    with tempfile.TemporaryDirectory(prefix="rustool-bench-") as tmp:
        values = {
            "first": str(corpus.workspaces[0]),
            "today": today,
            "tmp": tmp,
            "example": str(REPO / "examples" / "dalastrategin"),
        }
        for cmd in COMMANDS:
            if only and not any(word in cmd.label for word in only):
                continue
            argv = [
                str(rustool),
                *expand(cmd.args, {**values, "ws": values["first"]}, corpus.workspaces),
            ]
            each = (
                [
                    [str(rustool), *expand(cmd.args, {**values, "ws": str(ws)}, [])]
                    for ws in corpus.workspaces
                ]
                if cmd.each_workspace
                else []
            )
            results.append(time_command(cmd, argv, cmd.runs or runs, Path(tmp), each))
            print(f"  timed {cmd.label}", file=sys.stderr)
    return results


# --------------------------------------------------------------------------- report


def add_ratios(results: list[Result]) -> None:
    base = results[0].best_s  # the libyaml load
    for result in results:
        if base and result.best_s is not None and result.compare:
            result.ratio = result.best_s / base


def print_table(corpus: Corpus, results: Sequence[Result], header: dict[str, str]) -> None:
    print(
        f"corpus   {corpus.root}: {len(corpus.workspaces)} workspaces, {len(corpus.files)} "
        f"files, {corpus.bytes / 1e6:.1f} MB"
    )
    for key, value in header.items():
        print(f"{key:<8} {value}")
    print()
    print(
        f"{'benchmark':<36} {'runs':>4} {'best s':>8} {'cpu s':>7} {'× load':>7} {'exit':>4}  note"
    )
    for r in results:
        best, cpu, ratio = (_cell(r.best_s, 8, 3), _cell(r.cpu_s, 7, 2), _cell(r.ratio, 7, 2))
        code = "" if r.exit_code is None else str(r.exit_code)
        print(f"{r.label:<36} {r.runs:>4} {best} {cpu} {ratio} {code:>4}  {r.note}".rstrip())


def _cell(value: float | None, width: int, digits: int) -> str:
    return f"{value:{width}.{digits}f}" if value is not None else f"{'-':>{width}}"


def write_json(
    path: Path, corpus: Corpus, results: Sequence[Result], header: dict[str, str]
) -> None:
    data = {
        "corpus": {
            "path": str(corpus.root),
            "workspaces": len(corpus.workspaces),
            "files": len(corpus.files),
            "bytes": corpus.bytes,
            "manifest": corpus.manifest,
        },
        **header,
        "results": [asdict(r) for r in results],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="?",
        default=DEFAULT_CORPUS,
        help=f"corpus folder from gen_corpus.py (default {DEFAULT_CORPUS})",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per timing, best kept (3)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the results here")
    parser.add_argument("--rustool", type=Path, help="the rustool executable to time")
    parser.add_argument(
        "--today",
        help="--today for rustool (default: the corpus's "
        f"reference date from corpus.json, else {DEFAULT_TODAY})",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="time only the rustool rows whose label contains TEXT "
        "(repeatable), e.g. --only 'validate corpus' at scale 10",
    )
    parser.add_argument(
        "--parse-only", action="store_true", help="time the libyaml baselines only, not rustool"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def run(args: argparse.Namespace) -> None:
    corpus = load_corpus(args.corpus)
    today = args.today or str(corpus.manifest.get("today", DEFAULT_TODAY))
    rustool = None if args.parse_only else find_rustool(args.rustool)
    header = {
        "python": f"{platform.python_version()} ({sys.executable})",
        "pyyaml": yaml.__version__,
        "today": today,
        "rustool": str(rustool) if rustool else "(not timed: --parse-only)",
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
    }
    results = time_baselines(corpus, args.runs)
    if rustool is not None:
        results += time_commands(rustool, corpus, args.runs, today, args.only)
    add_ratios(results)
    print_table(corpus, results, header)
    if args.json:
        write_json(args.json, corpus, results, header)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        run(args)
    except BenchError as exc:
        print(f"bench_validate: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
