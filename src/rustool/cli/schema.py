"""`rustool schema`: JSON Schemas for editors (hover help and completion in YAML files)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import Lang, fail_usage, language

JSON_SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILES = {
    "strategi": "strategi.schema.json",
    "årshjul": "arshjul.schema.json",
    "aktivitetsplan": "aktivitetsplan.schema.json",
    "färdplan": "fardplan.schema.json",
    "aktörer": "aktorer.schema.json",
    "ärende": "arende.schema.json",
    "rustool.yaml": "rustool.schema.json",
}


def schema(
    ctx: typer.Context,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Mapp att skriva schemana till.")
    ] = Path("schemas"),
    lang: Lang = None,
) -> None:
    """Skriv JSON-scheman för strategi, årshjul, aktivitetsplan, färdplan, aktörer och
    rustool.yaml."""
    from ..i18n import t
    from ..yamlio import atomic_write

    lang_code = language(ctx, lang)
    schemas = json_schemas()
    _refuse_foreign(output, lang_code)
    for name, text in schemas.items():
        atomic_write(output / name, text.encode("utf-8"))
    typer.echo(t("schema.written", lang_code, count=len(schemas), folder=output))


def json_schemas() -> dict[str, str]:
    """File name → JSON Schema text, for each file kind."""
    import json

    from pydantic import BaseModel

    from ..model import KINDS, Config

    models: dict[str, type[BaseModel]] = {**KINDS, "rustool.yaml": Config}
    out = {}
    for kind, model in models.items():
        document = model.model_json_schema(by_alias=True)
        document["$schema"] = JSON_SCHEMA_DRAFT
        document["title"] = kind
        out[SCHEMA_FILES[kind]] = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return out


def _refuse_foreign(folder: Path, lang: str) -> None:
    """Exit 2 rather than write where the schemas do not belong: over a file (`-o
    strategi.yaml`), into a folder that holds anything but rustool's schemas (`-o
    aktivitetsplaner`), or over a file of a schema's name that rustool did not write."""
    if folder.exists() and not folder.is_dir():
        fail_usage(lang, "schema.not_folder", path=folder)
    if not folder.is_dir():
        return
    ours = set(SCHEMA_FILES.values())
    for entry in sorted(folder.iterdir()):
        if entry.name not in ours:
            fail_usage(lang, "schema.foreign_folder", folder=folder, file=entry.name)
        if not _is_our_schema(entry):
            fail_usage(lang, "schema.foreign_file", file=entry)


def _is_our_schema(path: Path) -> bool:
    """Whether PATH holds a schema `rustool schema` wrote (by its $schema and title)."""
    import json

    from ..yamlio import read_head

    try:
        document = json.loads(read_head(path, 4 * 1024 * 1024))
    except ValueError:
        return False
    kinds = {name: kind for kind, name in SCHEMA_FILES.items()}
    return (
        isinstance(document, dict)
        and document.get("$schema") == JSON_SCHEMA_DRAFT
        and document.get("title") == kinds.get(path.name)
    )
