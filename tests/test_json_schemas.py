"""Editors see what validate sees: the JSON Schemas, run with the jsonschema library as an
editor's YAML language server runs them, accept every file validate accepts in shape (the
examples, the fixtures, workspaces `rustool init` writes) and reject known-bad files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from rustool.cli.schema import SCHEMA_FILES, json_schemas
from rustool.engine import validate_workspace
from rustool.workspace import find_root

from .conftest import EXAMPLES, ROOT, TODAY

SHAPE_CODES = {"RUS101", "RUS102", "RUS103", "RUS104"}
FIXTURES = sorted(
    p
    for folder in (EXAMPLES, ROOT / "tests" / "acceptance")
    for p in folder.rglob("*.y*ml")
    if p.suffix in (".yaml", ".yml")
)


def _validators() -> dict[str, jsonschema.Draft202012Validator]:
    schemas = {name: json.loads(text) for name, text in json_schemas().items()}
    by_kind = {kind: schemas[name] for kind, name in SCHEMA_FILES.items()}
    return {kind: jsonschema.Draft202012Validator(schema) for kind, schema in by_kind.items()}


VALIDATORS = _validators()


def _kind(path: Path, data: object) -> str | None:
    if path.name == "rustool.yaml":
        return "rustool.yaml"
    return data.get("typ") if isinstance(data, dict) else None


def _shape_errors(path: Path) -> set[int]:
    """The lines where validate reports a schema problem in PATH."""
    from datetime import date

    root = find_root(path)
    result = validate_workspace(root, date.fromisoformat(TODAY))
    rel = path.relative_to(root).as_posix()
    return {d.line for d in result.diagnostics if d.file == rel and d.code in SHAPE_CODES}


def _load(path: Path) -> object:
    # the files are YAML 1.2 as rustool reads them; dates are text to rustool
    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)  # noqa: S506


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_schema_agrees_with_validate(path):
    data = _load(path)
    kind = _kind(path, data)
    if kind not in VALIDATORS:
        pytest.skip("not a workspace file")
    errors = list(VALIDATORS[kind].iter_errors(data))
    if _shape_errors(path):
        assert errors, f"{path}: validate finds shape errors the schema does not"
    else:
        assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def test_generated_workspaces_pass(cli, tmp_path):
    for county in ("Dalarna", "Kronoberg", "Gotland", "Västra Götaland"):
        folder = tmp_path / county
        assert cli("init", folder, "--region", county, "--today", TODAY).exit_code == 0
        for path in folder.rglob("*.yaml"):
            if path.name == ".pre-commit-config.yaml":
                continue
            data = _load(path)
            kind = _kind(path, data)
            assert not list(VALIDATORS[kind].iter_errors(data)), path


WHEEL = "typ: årshjul\nid: h\nstrategi: s\ncykel: år\nhändelser:\n  - {HÄNDELSE}\n"
EVENT = "id: H1, namn: Ett steg, typ: beslut"


@pytest.mark.parametrize(
    ("event", "valid"),
    [
        ("{" + EVENT + ", månad: 10}", True),
        ("{" + EVENT + ", månad: [3, 4]}", True),
        ("{" + EVENT + ", månad: 13}", False),
        ("{" + EVENT + ", månad: []}", False),
        ("{" + EVENT + ", månad: tio}", False),
        ("{" + EVENT + ", månad: 3, ansvarg: Anna}", False),
    ],
)
def test_known_good_and_bad_arshjul(cli, tmp_path, event, valid):
    text = WHEEL.replace("{HÄNDELSE}", event)
    data = yaml.safe_load(text)
    schema_errors = list(VALIDATORS["årshjul"].iter_errors(data))
    assert (not schema_errors) is valid, schema_errors
    (tmp_path / "strategi.yaml").write_text(
        "typ: strategi\nid: s\nnamn: S\nregion: {namn: R, länskod: 20}\n"
        "period: {från: 2021, till: 2030}\n"
        "områden: [{id: O1, namn: O, mål: [{id: M1, namn: M}]}]\n",
        encoding="utf-8",
    )
    (tmp_path / "arshjul.yaml").write_text(text, encoding="utf-8")
    found = cli("validate", tmp_path, "--format", "json", "--today", TODAY)
    shape = [f for f in json.loads(found.output)["findings"] if f["code"] in SHAPE_CODES]
    assert (not shape) is valid, shape


def test_schema_writes_only_where_schemas_belong(cli, tmp_path):
    assert cli("init", tmp_path, "--region", "Kronoberg", "--today", TODAY).exit_code == 0
    plan = tmp_path / "aktivitetsplaner" / "regional-utveckling.yaml"
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    over_file = cli("schema", "-o", tmp_path / "strategi.yaml")
    assert over_file.exit_code == 2 and "är en fil" in over_file.output
    into_plans = cli("schema", "-o", plan.parent, "--lang", "en")
    assert into_plans.exit_code == 2 and "regional-utveckling.yaml" in into_plans.output
    (tmp_path / "schemas" / "strategi.schema.json").write_text("{}\n", encoding="utf-8")
    before[tmp_path / "schemas" / "strategi.schema.json"] = b"{}\n"
    foreign = cli("schema", "-o", tmp_path / "schemas")
    assert foreign.exit_code == 2 and "inget schema som rustool har skrivit" in foreign.output
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    (tmp_path / "schemas" / "strategi.schema.json").unlink()
    assert cli("schema", "-o", tmp_path / "schemas").exit_code == 0  # its own: refreshed
    assert cli("schema", "-o", tmp_path / "nya").exit_code == 0  # a new folder
