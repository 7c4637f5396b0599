"""Find and load a workspace: YAML files → typed models, their source maps and problems."""

from __future__ import annotations

import copy
import errno
import fnmatch
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import confine, preload, suppress, yamlhints, yamlio
from .diagnostics import Diagnostic
from .i18n import Label
from .locate import is_optional, schema_errors
from .model import KINDS, Activity, Actor, Config, Indicator, Plan, Strategy, Wheel
from .model.strategy import NodeKind
from .rules.config import rule_code
from .suggest import closest, edits, fold
from .yamlio import real

CONFIG_FILE = "rustool.yaml"
_UNKNOWN = "schema.unknown_key"

_PROBLEM_CODES = {
    "syntax.tab": "RUS005",
    "syntax": "RUS001",
    "encoding": "RUS002",
    "file": "RUS002",
    "duplicate_key": "RUS003",
    "tag": "RUS004",
    "limit": "RUS006",
    "typ": "RUS007",
    "outside": "RUS008",
}


@dataclass
class Document:
    """One workspace file: where it is, what it holds, and how it validated."""

    path: Path
    rel: str
    kind: str
    loaded: yamlio.Loaded
    model: Any = None
    dropped_ids: set[str] = field(default_factory=set)
    """Ids inside items left out of ``model`` because they had schema errors."""
    kept: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)
    """For each list that lost items: the original indices of the items the model holds."""

    error_keys: set[tuple[str | int, ...]] = field(default_factory=set)
    """Keys (as paths in the file) that had schema errors, or were misspelt as unknown keys."""

    suppressions: dict[int, suppress.Suppression] = field(default_factory=dict)
    """The file's `# rustool: ignore[…]` comments, by line."""

    def had_error(self, path: tuple[str | int, ...]) -> bool:
        """Whether the key at ``path`` (in the model) was reported by the schema check, so
        that a rule saying it is missing would only repeat that report."""
        return self.original(path) in self.error_keys

    def original(self, path: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """A path into ``model`` as a path into the file, past any items left out."""
        out: list[str | int] = []
        for step in path:
            if isinstance(step, int):
                kept = self.kept.get(tuple(out))
                if kept is not None and step < len(kept):
                    step = kept[step]
            out.append(step)
        return tuple(out)

    @property
    def source(self) -> yamlio.SourceMap:
        return self.loaded.source

    @property
    def data(self) -> Any:
        return self.loaded.data


@dataclass(frozen=True, slots=True)
class Node:
    kind: NodeKind
    id: str
    parent: str | None
    path: tuple[str | int, ...]
    strategy: str = ""
    """The id of the strategy the node belongs to."""


@dataclass
class Workspace:
    root: Path
    config: Config
    today: date
    documents: list[Document] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    files_checked: int = 0
    _digests: dict[Path, str] = field(default_factory=dict, repr=False)

    def digest(self, path: Path) -> str:
        """Merge's SHA-256 of PATH (``yamlio.digest``), read once a run, in chunks and within
        the loader's size limit; "" when it cannot be read. The rules on merged plans
        compare their sources' with it."""
        if path not in self._digests:
            try:
                self._digests[path] = yamlio.digest_file(path)
            except OSError:
                self._digests[path] = ""
        return self._digests[path]

    @cached_property
    def fence(self) -> Path:
        """The folder the paths its files name may not leave (``confine.boundary``)."""
        return confine.boundary(self.root)

    def source_path(self, name: str) -> Path | None:
        """A merged plan's source NAME (`källor[].fil`) as a path inside the workspace (or
        its repository), resolved; None when it would lead outside (RUS008)."""
        return confine.inside(self.root, name, self.fence)

    def of_kind(self, kind: str) -> list[Document]:
        return [d for d in self.documents if d.kind == kind and d.model is not None]

    def read_files(self) -> set[Path]:
        """Every file of the workspace that rustool reads (resolved): its documents, its
        configuration, and the files that failed to load. No command writes over them."""
        rels = {d.rel for d in self.documents} | {d.file for d in self.problems}
        rels |= {CONFIG_FILE}
        return {real(self.root / rel) for rel in rels - {"."}}

    @cached_property
    def strategy_docs(self) -> list[Document]:
        """Every strategy of the workspace: one, or a strategy and its successors."""
        return self.of_kind("strategi")

    @cached_property
    def strategy_doc(self) -> Document | None:
        """The current strategy: the first that no other strategy of the workspace
        replaces (`ersätter`); with one strategy, that one."""
        docs = self.strategy_docs
        replaced = {d.model.replaces for d in docs}
        current = [d for d in docs if d.model.id not in replaced] or docs
        return current[0] if current else None

    @property
    def strategy(self) -> Strategy | None:
        return self.strategy_doc.model if self.strategy_doc else None

    @cached_property
    def wheel_docs(self) -> list[Document]:
        """Every årshjul of the workspace (the county's, the administration's own, …): the
        external ones first, each group in file order."""
        return sorted(self.of_kind("årshjul"), key=lambda d: d.model.audience != "extern")

    @cached_property
    def strategies(self) -> dict[str, Document]:
        """Strategy id → its document (the first, when two share an id)."""
        found: dict[str, Document] = {}
        for doc in self.strategy_docs:
            found.setdefault(doc.model.id, doc)
        return found

    def strategy_of(self, doc: Document) -> Strategy | None:
        """The strategy a plan, årshjul or färdplan names, else the current one."""
        named = self.strategies.get(getattr(doc.model, "strategy", None) or "")
        return named.model if named is not None else self.strategy

    @cached_property
    def actor_docs(self) -> list[Document]:
        return self.of_kind("aktörer")

    @cached_property
    def actors(self) -> dict[str, Actor]:
        """Every registered actor by its id and by its name (folded), first one wins."""
        found: dict[str, Actor] = {}
        for doc in self.actor_docs:
            for actor in doc.model.actors:
                found.setdefault(actor.id, actor)
                found.setdefault(fold(actor.name), actor)
        return found

    def actor(self, ref: str) -> Actor | None:
        """The actor ``ref`` names, by id or by name (regardless of case and accents)."""
        return self.actors.get(ref) or self.actors.get(fold(ref))

    @property
    def wheels(self) -> list[Wheel]:
        return [d.model for d in self.wheel_docs]

    @cached_property
    def wheel(self) -> Wheel | None:
        """All the workspace's årshjul as one (the only one, when there is one), for the
        views that look at the whole year: coverage, the report."""
        wheels = self.wheels
        if len(wheels) <= 1:
            return wheels[0] if wheels else None
        return Wheel.model_construct(
            kind="årshjul",
            id=wheels[0].id,
            name=" · ".join(w.name or w.id for w in wheels),
            strategy=wheels[0].strategy,
            audience="extern" if any(w.audience == "extern" for w in wheels) else "intern",
            cycle="mandatperiod" if any(w.cycle == "mandatperiod" for w in wheels) else "år",
            description=None,
            committee=next((w.committee for w in wheels if w.committee), None),
            meetings={y: d for w in reversed(wheels) for y, d in w.meetings.items()},
            events=[e for w in wheels for e in w.events],
        )

    @cached_property
    def plan_docs(self) -> list[Document]:
        """The units' own plans (not merged ones)."""
        return [d for d in self.of_kind("aktivitetsplan") if not d.model.is_merged]

    @cached_property
    def merged_docs(self) -> list[Document]:
        return [d for d in self.of_kind("aktivitetsplan") if d.model.is_merged]

    @cached_property
    def case_docs(self) -> list[Document]:
        """The ärenden: what the secretary writes for the nämnd's meetings."""
        return self.of_kind("ärende")

    @property
    def plans(self) -> list[Plan]:
        return [d.model for d in self.plan_docs]

    @cached_property
    def nodes(self) -> dict[str, Node]:
        """Strategy nodes (områden, mål, prioriteringar, insatsområden with ids) by id, of
        every strategy in the workspace (ids are unique across it: RUS202); the current
        strategy's first."""
        found: dict[str, Node] = {}
        current = self.strategy_doc
        others = [d for d in self.strategy_docs if d is not current]
        for doc in [current, *others] if current is not None else []:
            for kind, node_id, parent, path in doc.model.nodes():
                found.setdefault(node_id, Node(kind, node_id, parent, path, doc.model.id))
        return found

    @cached_property
    def dropped_ids(self) -> set[str]:
        return set().union(*(d.dropped_ids for d in self.documents))

    def indicators(
        self, doc: Document | None = None
    ) -> Iterator[tuple[Document, tuple[str | int, ...], Indicator]]:
        """Every indicator of a strategy (DOC, else every strategy of the workspace), with
        its document and its path in the model."""
        for strategy_doc in [doc] if doc is not None else self.strategy_docs:
            for a, area in enumerate(strategy_doc.model.areas):
                for g, goal in enumerate(area.goals):
                    for n, indicator in enumerate(goal.indicators):
                        path = ("områden", a, "mål", g, "indikatorer", n)
                        yield strategy_doc, path, indicator

    def activities(self) -> Iterator[tuple[Document, int, Activity]]:
        """Every activity of the units' plans, with its document and index."""
        for doc in self.plan_docs:
            for i, activity in enumerate(doc.model.activities):
                yield doc, i, activity

    def ancestors(self, node_id: str) -> list[str]:
        """The node itself and every node above it, nearest first."""
        chain: list[str] = []
        current: str | None = node_id
        while current is not None and current in self.nodes and current not in chain:
            chain.append(current)
            current = self.nodes[current].parent
        return chain


def find_root(path: Path) -> Path:
    """The workspace a file belongs to: the nearest folder above it with rustool.yaml or a
    strategy file, else the file's own folder."""
    start = path.parent if path.is_file() else path
    for folder in _folders_up(start):
        if is_workspace_root(folder):
            return folder
    return start


def _folders_up(start: Path) -> Iterator[Path]:
    """START and the folders above it, up to the top of the repository holding it (the
    folder with ``.git``) or the file system's boundary, whichever comes first: a folder
    above a checkout is not the pull request's to decide about."""
    try:
        device = os.stat(start).st_dev
    except OSError:
        return
    absolute = Path(os.path.abspath(start))
    for folder in (absolute, *absolute.parents):
        try:
            if os.stat(folder).st_dev != device:
                return
        except OSError:
            return
        # as the user gave START: `.` from aktivitetsplaner/ finds `..`, so that the paths
        # in findings can be opened from where the command ran
        yield start if folder == absolute else _as_given(folder, start)
        if os.path.lexists(folder / ".git"):
            return


def _as_given(folder: Path, start: Path) -> Path:
    """FOLDER (absolute) relative to the working folder when START was relative."""
    return folder if start.is_absolute() else Path(os.path.relpath(folder))


def is_workspace_root(folder: Path) -> bool:
    """Whether FOLDER holds rustool.yaml or a strategy file (by a quick look at the
    first 4 KB of each YAML file in it). Only regular files are opened: a FIFO or a link
    to /dev/stdin committed into a folder would block every command."""
    if (folder / CONFIG_FILE).is_file():
        return True
    try:
        candidates = [p for p in folder.iterdir() if _is_yaml_name(p.name)]
    except OSError:
        return False
    return any(b"typ: strategi" in yamlio.read_head(c, 4096) for c in candidates)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived objects.

    Loading keeps every file's node tree (for positions) and data alive; the collector
    would traverse them again and again and nearly doubled the loading time, while loading
    creates no cycles worth collecting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What was built stays alive to the end of the command: move it out of the
            # collector's sight (gc.freeze), or the first collection after re-enabling
            # walks all of it (2.5 s of 8 on the 21,000-activity workspace).
            gc.freeze()
            gc.enable()


def load_workspace(root: Path, today: date | None = None, keep_trees: bool = False) -> Workspace:
    """Every file of the workspace at ROOT, loaded and checked against its model.

    KEEP_TREES keeps each file's composed YAML tree (merge and import splice text by it);
    without, a tree is composed again only for a file something is reported in, which
    keeps a large workspace's memory to its data (see yamlio.SourceMap)."""
    with paused_gc():
        return _load_workspace(root, today, keep_trees)


def _load_workspace(root: Path, today: date | None, keep_trees: bool) -> Workspace:
    config, config_problems = load_config(root)
    ws = Workspace(root=root, config=config, today=today or date.today())
    ws.problems.extend(config_problems)
    files = []
    for path in _yaml_files(ws):
        rel = path.relative_to(root).as_posix()
        if rel != CONFIG_FILE and not _excluded(rel, config):
            files.append((path, rel))
    parsed: dict[Path, yamlio.Loaded] = {}
    if not keep_trees:  # the trees stay in the process that composed them
        inside = [path for path, rel in files if confine.inside(root, rel, ws.fence) is not None]
        parsed = preload.parse_all(inside)
    for path, rel in files:
        if path in parsed:
            load_text(ws, path, rel, parsed[path].text, None, parsed=parsed[path])
        else:
            _load_file(ws, path, rel, keep_trees)
    return ws


_SKIPPED_FOLDERS = {"node_modules", "venv"}


def _is_yaml_name(name: str) -> bool:
    """A YAML file's name: `.yaml` or `.yml` in any case (`PLAN.YML` too), not hidden."""
    return name.lower().endswith((".yaml", ".yml")) and not name.startswith(".")


def workspace_file(rel: str, config: Config) -> bool:
    """Whether REL (a path relative to the workspace, with /) names a file the loader
    reads: a YAML name, in no hidden or skipped folder, not excluded by the configuration."""
    *folders, name = rel.split("/")
    return (
        _is_yaml_name(name)
        and not any(f.startswith(".") or f in _SKIPPED_FOLDERS for f in folders)
        and (rel == CONFIG_FILE or not _excluded(rel, config))
    )


def _excluded(rel: str, config: Config) -> bool:
    return any(fnmatch.fnmatch(rel, pattern) for pattern in config.exclude)


def _yaml_files(ws: Workspace) -> Iterator[Path]:
    """The workspace's YAML files, sorted, skipping hidden folders and virtualenvs; a folder
    that cannot be read is a problem (RUS002), never silently skipped."""

    def unreadable(exc: OSError) -> None:
        folder = Path(exc.filename) if exc.filename else ws.root
        try:
            rel = folder.relative_to(ws.root).as_posix()
        except ValueError:
            rel = "."
        if rel != "." and (_excluded(rel, ws.config) or _excluded(f"{rel}/x.yaml", ws.config)):
            return
        name = rel if rel != "." else str(ws.root)
        ws.problems.append(
            Diagnostic(
                "RUS002",
                "file.unreadable_folder",
                rel,
                1,
                1,
                {"folder": name, "reason": os_reason(exc)},
            )
        )

    yield from yaml_files(ws.root, unreadable)


def yaml_files(root: Path, onerror: Callable[[OSError], None] | None = None) -> Iterator[Path]:
    """Every YAML file below ROOT that may belong to the workspace, sorted; hidden folders
    and virtualenvs skipped. ONERROR is told of each folder that cannot be read."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d not in _SKIPPED_FOLDERS
        )
        for name in sorted(filenames):
            if _is_yaml_name(name):
                yield Path(dirpath) / name


_OS_REASONS = {
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOENT: "os.not_found",
    errno.ELOOP: "os.loop",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.ENOSPC: "os.no_space",
    errno.EDQUOT: "os.no_space",
    errno.EROFS: "os.read_only",
    errno.EIO: "os.io",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EMFILE: "os.too_many_open",
    errno.ENFILE: "os.too_many_open",
}


def os_reason(exc: OSError) -> Label | str:
    """Why the system refused, as a message in the reader's language (EACCES → "åtkomst
    nekad"); the system's own (English) text for an errno without one."""
    return _reason(exc.errno, exc.strerror or str(exc))


def _reason(number: int | None, text: str) -> Label | str:
    key = _OS_REASONS.get(number or 0)
    return Label(key) if key else text


def load_config(root: Path) -> tuple[Config, list[Diagnostic]]:
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config(), []
    if confine.inside(root, CONFIG_FILE, confine.boundary(root)) is None:
        return Config(), [_problem_diagnostic(CONFIG_FILE, yamlio.Problem("outside.link", 1, 1))]
    text, problem = yamlio.read_text(path)
    return config_from_text(path, text, problem)


def config_from_text(
    path: Path, text: str | None, problem: yamlio.Problem | None = None
) -> tuple[Config, list[Diagnostic]]:
    """The configuration in TEXT (rustool.yaml as read from disk or from a git revision);
    PROBLEM when it could not be read."""
    if text is None:
        return Config(), [_problem_diagnostic(CONFIG_FILE, problem)] if problem else []
    loaded = yamlio.load(text)
    problems = [_problem_diagnostic(CONFIG_FILE, p) for p in loaded.problems]
    data = loaded.data if loaded.data is not None else {}
    doc = Document(path, CONFIG_FILE, "config", loaded)
    model, schema_problems = validate_model(Config, data, doc)
    return (model or Config()), problems + schema_problems + list(_config_codes(doc))


def _config_codes(doc: Document) -> Iterator[Diagnostic]:
    """RUS601 for every code in rustool.yaml that names no rule: a typo in `välj` would
    otherwise switch every rule off, and one in `ignorera` or `allvarlighet` do nothing."""
    data = doc.data
    if not isinstance(data, dict):
        return
    places: list[tuple[tuple[str | int, ...], object, bool]] = []
    for key in ("välj", "ignorera"):
        if isinstance(data.get(key), list):
            places += [((key, i), code, False) for i, code in enumerate(data[key])]
    if isinstance(data.get("allvarlighet"), dict):
        places += [(("allvarlighet", code), code, True) for code in data["allvarlighet"]]
    if isinstance(data.get("ignorera_per_sökväg"), dict):
        for pattern, codes in data["ignorera_per_sökväg"].items():
            if isinstance(codes, list):
                places += [
                    (("ignorera_per_sökväg", pattern, i), code, False)
                    for i, code in enumerate(codes)
                ]
    for path, code, at_key in places:
        if not isinstance(code, str):
            continue  # the schema check reports it
        known, suggestion = rule_code(code)
        if known is None:
            line, column = doc.source.position(path, at_key=at_key)
            yield Diagnostic(
                "RUS601",
                "RUS601",
                CONFIG_FILE,
                line,
                column,
                {"value": code},
                path,
                suggestion=suggestion,
            )


def load_texts(
    root: Path,
    config: tuple[Config, list[Diagnostic]],
    files: Iterable[tuple[str, str | None, yamlio.Problem | None]],
    today: date | None = None,
) -> Workspace:
    """A workspace from texts read elsewhere (a git revision's blobs): FILES are (path
    relative to ROOT, text or None, the problem that kept it from being read), in the
    order to load them. Nothing is read from disk; CONFIG is the revision's own
    (``config_from_text``), and its exclusions apply."""
    with paused_gc():
        ws = Workspace(root=root, config=config[0], today=today or date.today())
        ws.problems.extend(config[1])
        for rel, text, problem in files:
            if rel == CONFIG_FILE or _excluded(rel, ws.config):
                continue
            load_text(ws, root / rel, rel, text, problem)
        return ws


def _load_file(ws: Workspace, path: Path, rel: str, keep_tree: bool = False) -> None:
    if confine.inside(ws.root, rel, ws.fence) is None:  # a link to a file outside
        ws.files_checked += 1
        ws.problems.append(_problem_diagnostic(rel, yamlio.Problem("outside.link", 1, 1)))
        return
    text, problem = yamlio.read_text(path)
    load_text(ws, path, rel, text, problem, keep_tree)


def load_text(
    ws: Workspace,
    path: Path,
    rel: str,
    text: str | None,
    problem: yamlio.Problem | None,
    keep_tree: bool = False,
    parsed: yamlio.Loaded | None = None,
) -> None:
    """Add one file, read as TEXT (None with the PROBLEM that kept it from being read);
    PARSED is TEXT already parsed (preload)."""
    if text is None:
        assert problem is not None
        ws.files_checked += 1
        ws.problems.append(_problem_diagnostic(rel, problem))
        return
    loaded = parsed or yamlio.load(text, keep_tree)
    data = loaded.data
    if not isinstance(data, dict) or "typ" not in data:
        misspelt = _misspelt_typ(data) if isinstance(data, dict) else None
        if misspelt is not None:
            ws.files_checked += 1
            ws.problems.extend(_problem_diagnostic(rel, p) for p in loaded.problems)
            line, column = loaded.source.position((misspelt,), at_key=True)
            ws.problems.append(
                Diagnostic(
                    "RUS007",
                    "typ.misspelt_key",
                    rel,
                    line,
                    column,
                    {"key": misspelt},
                    (misspelt,),
                    suggestion="typ",
                )
            )
        elif loaded.problems and (
            yamlio.looks_like_workspace_file(text) or _typ_line_misspelt(text)
        ):
            ws.files_checked += 1
            ws.problems.extend(_problem_diagnostic(rel, p) for p in loaded.problems)
        elif plainly := _plain_kind(_top_keys(data, text)):
            ws.files_checked += 1
            ws.problems.extend(_problem_diagnostic(rel, p) for p in loaded.problems)
            fields = {"kind": plainly[0], "key": plainly[1]}
            ws.problems.append(Diagnostic("RUS007", "typ.missing", rel, 1, 1, fields))
        else:
            ws.ignored.append(rel)
        return
    ws.files_checked += 1
    ws.problems.extend(_problem_diagnostic(rel, p) for p in loaded.problems)
    kind = data["typ"]
    model_cls = KINDS.get(kind) if isinstance(kind, str) else None
    doc = Document(path, rel, str(kind), loaded)
    if model_cls is None:
        line, column = loaded.source.position(("typ",))
        ws.problems.append(
            Diagnostic(
                "RUS007",
                "typ.unknown",
                rel,
                line,
                column,
                {"value": str(kind), "kinds": ", ".join(KINDS)},
                ("typ",),
                suggestion=closest(str(kind), KINDS),
            )
        )
        return
    doc.model, problems = validate_model(model_cls, data, doc)
    ws.problems.extend(problems)
    doc.suppressions, directive_problems = suppress.parse(text)
    if not data.get("källor"):  # a merged plan copies its sources' comments
        ws.problems.extend(
            Diagnostic(p.code, p.key, rel, p.line, p.column, p.fields, suggestion=p.suggestion)
            for p in directive_problems
        )
    ws.documents.append(doc)


_WORKSPACE_KEYS = {
    "enhet",
    "strategi",
    "aktiviteter",
    "omraden",
    "handelser",
    "cykel",
    "kategorier",
    "roller",
    "vision",
    "period",
    "region",
    "uppdrag",
    "kallor",
    "aktorer",
    "reviderad",
    "kraftsamlingar",
}
"""Top-level keys of the workspace's file types (folded) that other YAML files seldom have."""


def _typ_like(key: str) -> bool:
    """`Typ`, `TYP`, `type`, `tpy`, `ty`: `typ` in another case, or one edit away."""
    return key != "typ" and edits(key.casefold(), "typ") <= 1


def _misspelt_typ(data: dict[Any, Any]) -> str | None:
    """The key of a file without `typ` that is a misspelt `typ`, when the file otherwise
    looks like a workspace file (its value names a kind, or it has keys such as `enhet`
    or `aktiviteter`): such a file would be skipped, hiding a plan from the checks."""
    keys = [k for k in data if isinstance(k, str)]
    looks_like = any(fold(k) in _WORKSPACE_KEYS for k in keys)
    for key in keys:
        if not _typ_like(key):
            continue
        value = data[key]
        if looks_like or (isinstance(value, str) and closest(value, KINDS, cutoff=0.8)):
            return key
    return None


# what makes a file without `typ` plainly a workspace file: a key only that kind has,
# with one more of its keys beside it
_HALLMARKS = (
    ("aktivitetsplan", "aktiviteter", {"enhet", "strategi", "år", "uppdrag"}),
    ("strategi", "områden", {"region", "period", "vision", "kategorier", "roller"}),
    ("årshjul", "händelser", {"cykel", "strategi"}),
)


def _top_keys(data: Any, text: str) -> set[str]:
    """The file's top-level keys: from its data, or from its text when it does not parse."""
    if isinstance(data, dict):
        return {k for k in data if isinstance(k, str)}
    return {m.group(1).strip() for m in _TOP_KEY.finditer(text)}


def _plain_kind(keys: set[str]) -> tuple[str, str] | None:
    """(kind, key) when a file without `typ` is plainly a plan, strategy or årshjul:
    skipping it would hide it from every check (and from coverage)."""
    for kind, key, company in _HALLMARKS:
        if key in keys and keys & company:
            return kind, key
    return None


_TOP_KEY = re.compile(r"(?m)^\ufeff?([^\s#:'\"\-\[{][^:\n]*?)[ \t]*:")


def _typ_line_misspelt(text: str) -> bool:
    """For a file that does not parse: whether a top-level line starts with a misspelt
    `typ` key while another names a key of the workspace's files."""
    keys = [m.group(1) for m in _TOP_KEY.finditer(text)]
    return any(_typ_like(k) for k in keys) and any(fold(k) in _WORKSPACE_KEYS for k in keys)


def validate_model(
    model_cls: type[BaseModel], data: Any, doc: Document
) -> tuple[Any, list[Diagnostic]]:
    """Validate ``data``; on errors, validate again without the list items that failed,
    so that the rest of the file is still checked by the rules."""
    try:
        return model_cls.model_validate(data), []
    except ValidationError as exc:
        errors = schema_errors(model_cls, exc)
    diagnostics = []
    for err in errors:
        line, column = doc.source.position(err.path, at_key=err.at_key)
        code, key, fields = err.code, err.message_key, err.fields
        if key == "schema.decimal_comma" and "fixed" not in fields:  # `{värde: 4,8}`
            found = yamlhints.decimal_comma(doc.loaded.text, line)
            code, key, fields = ("RUS103", key, found) if found else ("RUS101", _UNKNOWN, fields)
        diagnostics.append(
            Diagnostic(
                code, key, doc.rel, line, column, fields, err.path, suggestion=err.suggestion
            )
        )
    if not isinstance(data, dict):
        return None, diagnostics
    pruned = copy.deepcopy(data)
    items: set[tuple[str | int, ...]] = set()
    for err in errors:
        item = _item_path(err.path) or ()
        step = err.path[len(item)] if len(err.path) > len(item) else None
        if isinstance(step, str):
            doc.error_keys.add((*item, step))
            if err.suggestion:  # a misspelt key: the key meant is not missing, just misspelt
                doc.error_keys.add((*item, err.suggestion))
        if isinstance(step, str) and (err.code == "RUS101" or is_optional(model_cls, item, step)):
            container = _walk(pruned, item)
            if isinstance(container, dict):
                container.pop(step, None)  # an optional or unknown key: check the rest
            continue
        if not item:
            return None, diagnostics
        items.add(item)
    removed: dict[tuple[str | int, ...], set[int]] = {}
    for item in sorted(items, key=lambda p: (len(p), str(p[-1])), reverse=True):
        container = _walk(pruned, item[:-1])
        index = item[-1]
        if isinstance(container, list) and isinstance(index, int) and index < len(container):
            doc.dropped_ids |= _ids_in(container.pop(index))
            removed.setdefault(item[:-1], set()).add(index)
    for list_path, gone in removed.items():
        length = len(_walk(data, list_path))
        doc.kept[list_path] = [i for i in range(length) if i not in gone]
    try:
        return model_cls.model_validate(pruned), diagnostics
    except ValidationError:
        return None, diagnostics


def _item_path(path: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    """The path of the innermost list item that contains ``path``."""
    for end in range(len(path), 0, -1):
        if isinstance(path[end - 1], int):
            return path[:end]
    return None


def _walk(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _ids_in(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            found.add(data["id"])
        for value in data.values():
            found |= _ids_in(value)
    elif isinstance(data, list):
        for value in data:
            found |= _ids_in(value)
    return found


def _problem_diagnostic(rel: str, problem: yamlio.Problem) -> Diagnostic:
    code = _PROBLEM_CODES.get(problem.key) or _PROBLEM_CODES[problem.key.split(".")[0]]
    fields = dict(problem.fields)
    if "errno" in fields:  # the system's reason, in the reader's language
        fields["reason"] = _reason(fields.pop("errno"), fields["reason"])
    return Diagnostic(code, problem.key, rel, problem.line, problem.column, fields)
