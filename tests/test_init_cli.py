"""`rustool init` run as a user runs it: every county's workspace validates clean and
covers, nothing is ever overwritten, bad regions get advice."""

from __future__ import annotations

import yaml

from rustool.sweden import COUNTIES
from rustool.workspace import find_root

from .conftest import TODAY, write_workspace

FILES = (
    "strategi.yaml",
    "arshjul.yaml",
    "aktivitetsplaner/regional-utveckling.yaml",
    "rustool.yaml",
    ".pre-commit-config.yaml",
    ".github/workflows/rustool.yml",
    ".gitlab-ci.yml",
    "schemas/strategi.schema.json",
)


def test_every_county_validates_clean_strict(cli, tmp_path):
    for county in COUNTIES:
        folder = tmp_path / county.code
        result = cli("init", folder, "--region", county.name, "--today", TODAY)
        assert result.exit_code == 0, result.output
        result = cli("validate", folder, "--strict", "--today", TODAY)
        assert result.exit_code == 0, (county.name, result.output)
        strategy = yaml.safe_load((folder / "strategi.yaml").read_text(encoding="utf-8"))
        assert strategy["region"] == {"namn": county.region, "länskod": county.code}
        text = (folder / "strategi.yaml").read_text(encoding="utf-8")
        assert all(f"{code} {name}" in text for code, name in county.municipalities)


def test_the_workspace_holds_what_a_team_needs(cli, tmp_path):
    result = cli("init", tmp_path / "rus", "--region", "dalarna", "--today", TODAY)
    assert result.exit_code == 0, result.output
    root = tmp_path / "rus"
    for rel in FILES:
        assert (root / rel).is_file(), rel
    strategy = yaml.safe_load((root / "strategi.yaml").read_text(encoding="utf-8"))
    assert strategy["kategorier"][0] == "Kunskap och analys"
    assert strategy["roller"] == ["Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren"]
    assert strategy["period"] == {"från": 2026, "till": 2035}
    wheel = yaml.safe_load((root / "arshjul.yaml").read_text(encoding="utf-8"))
    names = " ".join(e["namn"] for e in wheel["händelser"])
    for step in ("rapport till regeringen", "Årsredovisning", "Delårsrapport", "Budget"):
        assert step in names
    github = yaml.safe_load((root / ".github/workflows/rustool.yml").read_text("utf-8"))
    runs = " ".join(s.get("run", "") for s in github["jobs"]["validate"]["steps"])
    assert "rustool validate --format github" in runs and "rustool report" in runs
    gitlab = yaml.safe_load((root / ".gitlab-ci.yml").read_text("utf-8"))
    assert gitlab["rustool"]["artifacts"]["reports"]["codequality"]
    hook = yaml.safe_load((root / ".pre-commit-config.yaml").read_text("utf-8"))
    assert hook["repos"][0]["repo"] == "local"  # names no tag that might not exist
    assert find_root(root / "aktivitetsplaner") == root
    result = cli("coverage", root, "--format", "json", "--today", TODAY)
    assert result.exit_code == 0, result.output


def test_never_overwrites(cli, tmp_path):
    root = write_workspace(tmp_path, {"rustool.yaml": "# mina inställningar\n"})
    result = cli("init", root, "--region", "Kronoberg")
    assert result.exit_code != 0
    assert "rustool.yaml" in result.output
    assert (root / "rustool.yaml").read_text(encoding="utf-8") == "# mina inställningar\n"
    assert sorted(p.name for p in root.rglob("*")) == ["rustool.yaml"]


def test_refuses_a_folder_inside_a_workspace(cli, tmp_path):
    assert cli("init", tmp_path, "--region", "Kronoberg").exit_code == 0
    result = cli("init", tmp_path / "aktivitetsplaner" / "ny", "--region", "Kronoberg")
    assert result.exit_code == 2
    assert "ligger redan i arbetsytan" in result.output
    assert not (tmp_path / "aktivitetsplaner" / "ny").exists()


def test_region_advice(cli, tmp_path):
    missing = cli("init", tmp_path)
    assert missing.exit_code == 2 and "--region" in missing.output
    assert "Dalarna" in missing.output and "Norrbotten" in missing.output
    typo = cli("init", tmp_path, "--region", "Dalrna", "--lang", "en")
    assert typo.exit_code == 2
    assert "did you mean `Dalarna`" in typo.output
    assert list(tmp_path.iterdir()) == []
    file = tmp_path / "fil.txt"
    file.write_text("x", encoding="utf-8")
    assert cli("init", file, "--region", "20").exit_code == 2


def test_ci_annotations_name_files_from_the_repository_top(cli, tmp_path, monkeypatch):
    """A workspace in a sub-folder of its repository: GitHub and GitLab resolve an
    annotation's path from the repository's top, whatever folder validate ran in."""
    import json

    (tmp_path / ".git").mkdir()
    workspace = tmp_path / "styrning" / "rus"
    assert cli("init", workspace, "--region", "Kronoberg", "--today", TODAY).exit_code == 0
    plan = workspace / "aktivitetsplaner" / "regional-utveckling.yaml"
    plan.write_text(plan.read_text("utf-8").replace("ansvarig:", "ansvarg:"), "utf-8")
    monkeypatch.chdir(workspace / "aktivitetsplaner")
    github = cli("validate", "..", "--format", "github", "--today", TODAY)
    assert github.exit_code == 1
    assert "file=styrning/rus/aktivitetsplaner/regional-utveckling.yaml," in github.output
    gitlab = cli("validate", "..", "--format", "gitlab", "--today", TODAY)
    issues = json.loads(gitlab.output)
    assert {i["location"]["path"] for i in issues} == {
        "styrning/rus/aktivitetsplaner/regional-utveckling.yaml"
    }
    assert all(i["severity"] in {"major", "minor"} and i["fingerprint"] for i in issues)


def test_found_from_inside_and_paths_open_from_there(cli, tmp_path, monkeypatch):
    """Like git: any folder inside the workspace finds it, and each finding's file opens
    from where the command ran."""
    assert cli("init", tmp_path, "--region", "Dalarna", "--today", TODAY).exit_code == 0
    plan = tmp_path / "aktivitetsplaner" / "regional-utveckling.yaml"
    plan.write_text(plan.read_text("utf-8").replace("ansvarig:", "ansvarg:"), "utf-8")
    (tmp_path / "strategi.yaml").write_text(
        (tmp_path / "strategi.yaml").read_text("utf-8").replace("vision:", "visionen:"), "utf-8"
    )
    monkeypatch.chdir(tmp_path / "aktivitetsplaner")
    result = cli("validate", "--today", TODAY)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "regional-utveckling.yaml" in lines and "../strategi.yaml" in lines
    for command in ("report", "coverage"):
        refused = cli(command, "--today", TODAY)
        assert "\n  regional-utveckling.yaml:15:5: RUS101" in refused.output, command
    monkeypatch.chdir(tmp_path.parent)
    result = cli("validate", tmp_path.name, "--today", TODAY)
    assert f"{tmp_path.name}/aktivitetsplaner/regional-utveckling.yaml" in result.output
