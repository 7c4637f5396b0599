"""`rustool validate` run as a user runs it: acceptance folders, golden outputs, formats."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import DALARNA, KRONOBERG, ROOT, TODAY
from .golden import assert_golden

ACCEPTANCE = Path(__file__).resolve().parent / "acceptance"
VALID = sorted(p for p in (ACCEPTANCE / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (ACCEPTANCE / "invalid").iterdir() if p.is_dir())


@pytest.mark.parametrize("workspace", [DALARNA, KRONOBERG, *VALID], ids=lambda p: p.name)
def test_valid_workspaces_are_clean(cli, workspace):
    result = cli("validate", workspace, "--strict", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "0 fel, 0 varningar" in result.output


@pytest.mark.parametrize("workspace", INVALID, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_invalid_workspaces_golden_text(cli, workspace, lang, monkeypatch):
    monkeypatch.chdir(workspace)
    result = cli("validate", "--today", TODAY, "--lang", lang)
    assert result.exit_code == 1
    assert_golden(f"validate/{workspace.name}.{lang}.txt", result.output)


@pytest.mark.parametrize("workspace", INVALID, ids=lambda p: p.name)
def test_invalid_workspaces_golden_json(cli, workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    result = cli("validate", ".", "--today", TODAY, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert set(document) == {"findings", "summary"}
    for finding in document["findings"]:
        assert {"code", "severity", "message", "file", "line", "column"} <= set(finding)
    assert_golden(f"validate/{workspace.name}.json", result.output)


def test_github_annotations(cli, monkeypatch):
    monkeypatch.chdir(INVALID[0])
    result = cli("validate", "--today", TODAY, "--format", "github", "--lang", "en")
    lines = result.output.splitlines()
    assert lines and all(line.startswith(("::error file=", "::warning file=")) for line in lines)
    assert any(
        ",line=11,col=5,title=RUS101 unknown-key::Unknown key `ansvarg`" in line for line in lines
    )


def test_strict_makes_warnings_fail(cli, tmp_path):
    from .conftest import STRATEGY, write_workspace
    from .test_rules import GOOD, PLAN_HEAD

    overdue = GOOD.replace("2025-T2", "2025-01")
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": PLAN_HEAD + overdue})
    assert cli("validate", tmp_path, "--today", "2025-06-01").exit_code == 0
    assert cli("validate", tmp_path, "--today", "2025-06-01", "--strict").exit_code == 1


def test_language_from_environment_and_config(cli, tmp_path):
    from .conftest import STRATEGY, write_workspace

    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    assert "No problems found" in cli("validate", tmp_path, env={"RUSTOOL_LANG": "en"}).output
    (tmp_path / "rustool.yaml").write_text("språk: en\n", encoding="utf-8")
    assert "No problems found" in cli("validate", tmp_path).output
    assert "Inga problem" in cli("validate", tmp_path, "--lang", "sv").output


def test_file_argument_validates_its_workspace(cli):
    plan = next((DALARNA / "aktivitetsplaner").glob("*.yaml"))
    result = cli("validate", plan, "--today", TODAY)
    assert result.exit_code == 0 and "9 filer" in result.output


@pytest.mark.parametrize("command", ["validate", "coverage", "report"])
def test_a_folder_inside_a_workspace_means_the_workspace(cli, command):
    """As for merge: `validate examples/dalastrategin/aktivitetsplaner` is not a workspace
    without a strategy, and naming a workspace and its subfolder checks it once."""
    sub = DALARNA / "aktivitetsplaner"
    result = (
        cli(command, sub, DALARNA, "--today", TODAY)
        if command == "validate"
        else cli(command, sub, "--today", TODAY, "-f", "json")
    )
    assert result.exit_code == 0, result.output
    if command == "validate":
        assert "9 filer kontrollerade" in result.output


def test_several_workspaces_in_one_run(cli):
    result = cli("validate", DALARNA, KRONOBERG, "--today", TODAY, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)["summary"]["errors"] == 0


def _modules_after(*argv: str) -> set[str]:
    code = (
        "import sys\nfrom rustool.cli import main\n"
        f"sys.argv = ['rustool', *{list(argv)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return set(proc.stderr.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        *(
            [command, "--help"]
            for command in ("validate", "merge", "coverage", "report", "rules", "schema")
        ),
    ],
)
def test_startup_imports_no_heavy_module(argv):
    """`--help` and `--version` (pre-commit, shell completion) stay fast: no pydantic, YAML
    library or Jinja is imported, only the command's own thin module."""
    modules = _modules_after(*argv)
    assert "rustool.cli" in modules
    if argv[0] != "--help" and argv[0] != "--version":
        assert f"rustool.cli.{argv[0]}" in modules
    assert not {m for m in modules if m.split(".")[0] in ("pydantic", "ruamel", "jinja2", "yaml")}


def test_version():
    proc = subprocess.run(
        [sys.executable, "-m", "rustool", "--version"], capture_output=True, text=True
    )
    from rustool import __version__

    assert proc.stdout == f"rustool {__version__}\n"


def test_pre_commit_hook_validates_the_workspace(tmp_path):
    """Run the hook as pre-commit would: its entry, no filenames, in the repository."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["pass_filenames"] is False
    assert re.search(hook["files"], "aktivitetsplaner/ka.yaml")
    assert not re.search(hook["files"], "README.md")

    repo = tmp_path / "repo"
    shutil.copytree(KRONOBERG, repo)
    entry = hook["entry"].split()
    exe = Path(sys.executable).with_name(entry[0])
    env = {**os.environ, "NO_COLOR": "1"}
    good = subprocess.run([str(exe), *entry[1:]], cwd=repo, capture_output=True, text=True, env=env)
    assert good.returncode == 0, good.stdout
    plan = next((repo / "aktivitetsplaner").glob("*.yaml"))
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("ansvarig:", "ansvarg:", 1), encoding="utf-8"
    )
    bad = subprocess.run([str(exe), *entry[1:]], cwd=repo, capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "Menade du `ansvarig`?" in bad.stdout


@pytest.mark.parametrize(("lang", "name"), [("sv", "rules.md"), ("en", "rules.en.md")])
def test_rules_doc_is_fresh(lang, name):
    from rustool.cli.rules import rules_markdown

    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == rules_markdown(lang), (
        f"docs/{name} is stale: run `rustool rules --format md --lang {lang} > docs/{name}`"
    )


def test_every_rule_has_a_swedish_summary():
    from rustool.rules import all_rules
    from rustool.rules.sv import SUMMARIES

    codes = {rule.code for rule in all_rules()}
    assert not codes - set(SUMMARIES), (
        f"add Swedish summaries to rules/sv.py: {codes - set(SUMMARIES)}"
    )
    assert not set(SUMMARIES) - codes


def test_schemas_are_fresh():
    from rustool.cli.schema import json_schemas

    for name, text in json_schemas().items():
        path = ROOT / "schemas" / name
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run `rustool schema`"


def test_schema_patterns_are_what_editors_can_read():
    """JSON Schema patterns are ECMA-262: no Python named groups, \\Z or \\d (which in
    Python also takes full-width digits, so the two would disagree)."""
    from rustool.cli.schema import json_schemas

    patterns = [
        (name, pattern)
        for name, text in json_schemas().items()
        for pattern in re.findall(r'"pattern": "((?:[^"\\]|\\.)*)"', text)
    ]
    assert len(patterns) > 5
    for name, pattern in patterns:
        assert not re.search(r"\(\?P|\\\\[AZd]", pattern), (name, pattern)


def test_schema_has_swedish_descriptions():
    from rustool.cli.schema import json_schemas

    plan = json.loads(json_schemas()["aktivitetsplan.schema.json"])
    activity = plan["$defs"]["Activity"]["properties"]
    assert activity["ansvarig"]["description"] == "Ansvarig person eller roll."
    assert "klart_senast" in activity and "additionalProperties" in plan["$defs"]["Activity"]


def test_rules_command_lists_every_rule(cli):
    from rustool.rules import RULES

    result = cli("rules", "--lang", "en")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.splitlines()]
    assert listed == sorted(RULES)


def test_examples_point_editors_at_the_schemas():
    """Each example file names its JSON Schema in a yaml-language-server modeline."""
    import re

    names = {
        "strategi": "strategi",
        "årshjul": "arshjul",
        "aktivitetsplan": "aktivitetsplan",
        "ärende": "arende",
    }
    for path in [*DALARNA.rglob("*.yaml"), *KRONOBERG.rglob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        typ = re.search(r"(?m)^typ: (\S+)", text)
        kind = typ.group(1) if typ else "rustool" if path.name == "rustool.yaml" else None
        names["rustool"] = "rustool"
        if re.search(r"(?m)^källor:", text):
            continue  # a merged plan is written by `rustool merge`, not by hand
        match = re.match(r"# yaml-language-server: \$schema=(\S+)", text)
        assert match, path
        schema = (path.parent / match.group(1)).resolve()
        assert schema == ROOT / "schemas" / f"{names[kind]}.schema.json", path
