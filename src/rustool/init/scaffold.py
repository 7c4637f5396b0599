"""The files of a new workspace, rendered from templates/ for one county and year, and
written all or nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..sweden import County

# template (in templates/) → the file it becomes in the workspace
_FILES = (
    ("strategi.yaml", "strategi.yaml"),
    ("arshjul.yaml", "arshjul.yaml"),
    ("aktivitetsplan.yaml", "aktivitetsplaner/regional-utveckling.yaml"),
    ("rustool.yaml", "rustool.yaml"),
    ("pre-commit-config.yaml", ".pre-commit-config.yaml"),
    ("github-workflow.yml", ".github/workflows/rustool.yml"),
    ("gitlab-ci.yml", ".gitlab-ci.yml"),
)
SCHEMA_FOLDER = "schemas"


@dataclass(frozen=True, slots=True)
class Existing(Exception):
    """Files init would write that are already there: it writes nothing."""

    paths: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class Created:
    root: Path
    files: tuple[str, ...]
    """Paths relative to ROOT, in the order written."""


def planned_files() -> tuple[str, ...]:
    """The workspace's files, relative to its folder: the templates' and the schemas."""
    from ..cli.schema import SCHEMA_FILES

    schemas = tuple(f"{SCHEMA_FOLDER}/{name}" for name in SCHEMA_FILES.values())
    return tuple(target for _, target in _FILES) + schemas


def render(county: County, year: int, package: str) -> dict[str, str]:
    """Relative path → text of each file of the new workspace."""
    import jinja2

    from ..cli.schema import json_schemas
    from ..model.types import DEFAULT_CATEGORIES, DEFAULT_ROLES

    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    values = {
        "county": county,
        "year": year,
        "strategy_id": f"rus-{_slug(county.name)}",
        "municipality_lines": _municipality_lines(county),
        "categories": DEFAULT_CATEGORIES,
        "roles": DEFAULT_ROLES,
        "package": package,
    }
    folder = resources.files(__package__) / "templates"
    out = {
        target: env.from_string((folder / source).read_text(encoding="utf-8")).render(values)
        for source, target in _FILES
    }
    out.update({f"{SCHEMA_FOLDER}/{n}": text for n, text in json_schemas().items()})
    return out


def create(root: Path, files: dict[str, str]) -> Created:
    """Write FILES under ROOT, each atomically; refuse (``Existing``) when any is there
    already, and take back the ones written if a later one fails."""
    from ..yamlio import atomic_write

    existing = conflicts(root, files)
    if existing:
        raise Existing(existing)
    written: list[Path] = []
    try:
        for rel, text in files.items():
            atomic_write(root / rel, text.encode("utf-8"))
            written.append(root / rel)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return Created(root, tuple(files))


def conflicts(root: Path, files: dict[str, str]) -> tuple[Path, ...]:
    """The files of FILES that are already under ROOT (a dangling link counts: writing
    would follow it)."""
    return tuple(root / rel for rel in files if (root / rel).exists() or (root / rel).is_symlink())


def _slug(name: str) -> str:
    """ASCII id text: "Västra Götaland" → "vastra-gotaland"."""
    from ..suggest import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def _municipality_lines(county: County, width: int = 84) -> list[str]:
    """The county's kommuner as "2021 Vansbro, 2023 Malung-Sälen, …", wrapped."""
    lines = [""]
    for code, name in county.municipalities:
        item = f"{code} {name}"
        if lines[-1] and len(lines[-1]) + len(item) + 2 > width:
            lines[-1] += ","
            lines.append("")
        lines[-1] += f", {item}" if lines[-1] else item
    return lines
