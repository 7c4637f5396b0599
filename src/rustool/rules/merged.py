"""Merged plans and `rustool merge` (RUS5xx).

A merged plan (an `aktivitetsplan` with `källor`, written by `rustool merge`) is derived
from the units' plans. `validate` does not lint its activities again (the sources are
linted) but checks that it is still what merge would write: RUS501–RUS504. The codes from
RUS510 on are reported by `rustool merge` itself, when it refuses to merge or warns.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..yamlio import real
from .base import Finding, declare, rule

if TYPE_CHECKING:
    from ..model.plan import Activity, Source
    from ..workspace import Document, Workspace


@rule("RUS501", "merged-plan-stale", "warning")
def merged_plan_stale(ws: Workspace) -> Iterator[Finding]:
    """A merged plan whose source plan has changed since it was merged.

    Each entry under `källor` records the SHA-256 of the source file when `rustool merge`
    read it (with Windows line ends read as Unix ones). When the file has changed since,
    the merged plan is out of date: run `rustool merge` again (CI can run
    `rustool merge --check -o FILE`).

    Fails (warning): `sha256` of `aktivitetsplaner/ka.yaml` differs from the file's.
    """
    for doc in ws.merged_docs:
        for i, source in enumerate(doc.model.sources):
            if _changed(ws, source):
                yield Finding(doc, ("källor", i, "sha256"), {"file": source.file})


@rule("RUS008", "source-outside-workspace", "error")
def source_outside_workspace(ws: Workspace) -> Iterator[Finding]:
    """A merged plan's source (`källor[].fil`), or a workspace file, that lies outside the
    workspace.

    The path is relative to the workspace folder and may lead to another folder of the
    same repository, but not outside it: an absolute path, or one that climbs out with
    `..` or through a symbolic link, is never opened (a plan from a pull request could
    otherwise make rustool read and checksum any file on the machine). Run
    `rustool merge` again, with the plans inside the workspace. A YAML file of the
    workspace that is a symbolic link to a file outside is not read either (the loader
    reports it): copy the file in instead.

    Fails: `fil: /etc/passwd`, `fil: ../../../home/user/.ssh/id_rsa`, or a link
    `plan.yaml` → `/home/user/plan.yaml`.
    """
    for doc in ws.merged_docs:
        for i, source in enumerate(doc.model.sources):
            if ws.source_path(source.file) is None:
                yield Finding(doc, ("källor", i, "fil"), {"file": source.file})


@rule("RUS502", "merged-source-missing", "warning")
def merged_source_missing(ws: Workspace) -> Iterator[Finding]:
    """A merged plan lists a source file that does not exist.

    The path under `källor` is relative to the workspace folder. The plan was probably
    renamed or removed since the merge: run `rustool merge` again.
    """
    for doc in ws.merged_docs:
        for i, source in enumerate(doc.model.sources):
            path = ws.source_path(source.file)
            if path is not None and _is_file(path) is False:
                yield Finding(doc, ("källor", i, "fil"), {"file": source.file})


@rule("RUS503", "merged-source-unlisted", "warning")
def merged_source_unlisted(ws: Workspace) -> Iterator[Finding]:
    """A unit's plan that a merged plan of the same strategy and year does not list.

    A plan added after the merge is missing from the merged plan: run `rustool merge`
    again. (If a merged plan deliberately covers only some units, list this code under
    `ignorera` in rustool.yaml.)
    """
    for doc in ws.merged_docs:
        listed = _listed(ws, doc.model.sources)
        for plan in _same_scope(ws, doc):
            if real(plan.path) not in listed:
                yield Finding(
                    doc, ("källor",), {"file": plan.rel, "unit": plan.model.unit}, at_key=True
                )


@rule("RUS504", "merged-activity-not-in-sources", "warning")
def merged_activity_not_in_sources(ws: Workspace) -> Iterator[Finding]:
    """An activity of a merged plan that is not, as it is written there, in its sources.

    `validate` does not lint a merged plan's activities (they are linted in the units'
    plans), so an activity added or changed by hand in the merged plan would escape every
    check, and so would the activities of a unit's plan that got a `källor` key by
    mistake (which makes it a merged plan). Each activity must be in one of the listed
    sources with the same fields (apart from `enhet`). Change the unit's plan and run
    `rustool merge` again. Not reported while a source has changed since the merge
    (RUS501 says to merge again).

    Fails (warning): an activity `KF-099` in the merged plan that no source has, or a
    `status` changed in the merged plan only.
    """
    for doc in ws.merged_docs:
        sources = doc.model.sources
        paths = [ws.source_path(s.file) for s in sources]
        if any(p is None or _is_file(p) is not True for p in paths) or any(
            _changed(ws, s) for s in sources
        ):
            continue  # RUS008, RUS501 or RUS502 already says what to do
        listed = _listed(ws, sources)
        written: dict[str, dict[str, Any]] = {}
        for plan in ws.plan_docs:
            if real(plan.path) in listed:
                for activity in plan.model.activities:
                    written.setdefault(activity.id, _fields(activity))
        for i, activity in enumerate(doc.model.activities):
            source = written.get(activity.id)
            if source is None or source != _fields(activity):
                yield Finding(
                    doc,
                    ("aktiviteter", i, "id"),
                    {"id": activity.id},
                    variant=None if source is None else "RUS504.changed",
                )


def _fields(activity: Activity) -> dict[str, Any]:
    return activity.model_dump(exclude={"unit"})


def _same_scope(ws: Workspace, merged: Document) -> list[Document]:
    year, strategy = merged.model.year, merged.model.strategy
    return [
        d
        for d in ws.plan_docs
        if d.model.strategy == strategy and (year is None or d.model.year == year)
    ]


def _listed(ws: Workspace, sources: list[Source]) -> set[Path]:
    """The resolved paths of SOURCES that lie inside the workspace."""
    return {p for p in (ws.source_path(s.file) for s in sources) if p is not None}


def _is_file(path: Path) -> bool | None:
    """Whether PATH is a file; None when that cannot be told (a folder on the way without
    permission: RUS002 reports the folder)."""
    try:
        return path.is_file()
    except OSError:
        return None


def _changed(ws: Workspace, source: Source) -> bool:
    """Whether a merged plan's source file has changed since the merge (its digest is no
    longer the one recorded)."""
    path = ws.source_path(source.file)
    recorded = source.sha256
    if path is None or not recorded or not _is_file(path):
        return False
    return ws.digest(path) != recorded.lower()


declare(
    "RUS510",
    "merge-duplicate-id",
    "error",
    """
    Two plans being merged have an activity with the same id (reported by `rustool merge`).

    A merged plan can hold each id once, so nothing is written. The message names both
    places, with line and column; give one of the activities a new id.
""",
)
declare(
    "RUS511",
    "merge-different-strategies",
    "error",
    """
    The plans being merged carry out different strategies (reported by `rustool merge`).

    A merged plan implements one strategy; merge the plans of each strategy separately.
""",
)
declare(
    "RUS512",
    "merge-different-years",
    "error",
    """
    The plans being merged are for different years (reported by `rustool merge`).

    Choose one year with `--år`, or make the plans' `år` agree.
""",
)
declare(
    "RUS513",
    "merge-possible-overlap",
    "warning",
    """
    Two activities of different units have nearly the same text (reported by
    `rustool merge`): a possible overlap, where the units could cooperate.

    The `aktivitet` texts are compared as sets of words (case and punctuation aside); at
    least 80 % of their distinct words in common counts as nearly the same. Each activity
    is compared with those before it in the merged order and reported once, with the
    most similar. Silence a known pair with `# rustool: ignore[RUS513]` on the later
    activity's `aktivitet` line.

    Warns: "Arrangera en regional konferens om kompetensförsörjning för länets
    arbetsgivare och utbildningsanordnare" and the same ending in "utbildningsaktörer".
""",
)
declare(
    "RUS514",
    "merge-anchor",
    "error",
    """
    An activity uses a YAML alias (`*name`) whose anchor (`&name`) lies outside the
    activity, or two merged activities define the same anchor (reported by `rustool merge`).

    Merge copies each activity on its own and reorders them, so an alias must refer to an
    anchor within its own activity and anchor names must differ between plans. Write the
    value out, or rename one anchor.
""",
)
