"""`rustool schema`: JSON Schemas for editors (hover help and completion in YAML files)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .options import Lang, language

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
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["title"] = kind
        out[SCHEMA_FILES[kind]] = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return out
