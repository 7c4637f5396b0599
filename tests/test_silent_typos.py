"""Typos that used to fail silently (and could turn a CI gate green): rule codes in
rustool.yaml and in `# rustool: ignore[…]` comments (RUS601–RUS603), a misspelt `typ`
key (RUS007), upper-case suffixes, unreadable folders and the OS's reasons (RUS002),
categories or roles listed twice (RUS210) and a reversed period (RUS309)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rustool.engine import validate_workspace

from .conftest import KRONOBERG, STRATEGY, TODAY, write_workspace
from .test_rules import GOOD, PLAN_HEAD

OVERDUE = GOOD.replace("2025-T2", "2025-01")  # RUS302 at 12:19 on 2025-03-01
NO_GOAL = GOOD.replace("    bidrar_till: [M1.1]\n", "")  # RUS401 at 6:9


def run(tmp_path: Path, files: dict[str, str], today: str = "2025-03-01"):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, **files})
    return validate_workspace(tmp_path, date.fromisoformat(today)).diagnostics


def found(tmp_path: Path, files: dict[str, str], today: str = "2025-03-01"):
    return [(d.file, d.line, d.column, d.code) for d in run(tmp_path, files, today)]


# --- rule codes in rustool.yaml (RUS601)

CONFIG_CASES = {
    # rustool.yaml: (expected findings, suggestion of the first)
    "välj: [RUS2O1]\n": ([("rustool.yaml", 1, 8, "RUS601")], "RUS201"),
    "välj: [RUS3xx]\n": ([("rustool.yaml", 1, 8, "RUS601")], "RUS3"),
    "ignorera: [RUS302, RUSXYZ]\n": (
        [("plan.yaml", 6, 9, "RUS401"), ("rustool.yaml", 1, 20, "RUS601")],
        None,
    ),
    "allvarlighet: {RUSXYZ: fel}\n": (
        [
            ("plan.yaml", 6, 9, "RUS401"),
            ("plan.yaml", 12, 19, "RUS302"),
            ("rustool.yaml", 1, 16, "RUS601"),
        ],
        None,
    ),
    "allvarlighet:\n  RUS401: fel\n  RUS4O5: varning\n": (
        [
            ("plan.yaml", 6, 9, "RUS401"),
            ("plan.yaml", 12, 19, "RUS302"),
            ("rustool.yaml", 3, 3, "RUS601"),
        ],
        "RUS405",
    ),
    "ignorera_per_sökväg:\n  'gamla/*.yaml': [RUS4, RUS41]\n": (
        [
            ("plan.yaml", 6, 9, "RUS401"),
            ("plan.yaml", 12, 19, "RUS302"),
            ("rustool.yaml", 2, 26, "RUS601"),
        ],
        "RUS401",
    ),
    # a problem in rustool.yaml cannot switch off its own report
    "välj: [RUS2O1]\nignorera: [RUS6]\n": ([("rustool.yaml", 1, 8, "RUS601")], "RUS201"),
}


@pytest.mark.parametrize("config", list(CONFIG_CASES))
def test_unknown_code_in_config(tmp_path, config):
    expected, suggestion = CONFIG_CASES[config]
    diagnostics = run(
        tmp_path,
        {
            "rustool.yaml": config,
            "plan.yaml": PLAN_HEAD + OVERDUE.replace("    bidrar_till: [M1.1]\n", ""),
        },
    )
    assert [(d.file, d.line, d.column, d.code) for d in diagnostics] == expected
    assert diagnostics[-1].suggestion == suggestion


@pytest.mark.parametrize("config", ["välj: [rus3]\n", "välj: [RUS3]\n", "välj: [RUS302]\n"])
def test_codes_are_case_insensitive_and_prefixes_work(tmp_path, config):
    plan = PLAN_HEAD + OVERDUE.replace("    bidrar_till: [M1.1]\n", "")
    assert found(tmp_path, {"rustool.yaml": config, "plan.yaml": plan}) == [
        ("plan.yaml", 12, 19, "RUS302")
    ]


def test_severity_by_prefix_longest_wins(tmp_path):
    config = "allvarlighet: {rus3: fel, RUS4: fel, RUS401: varning}\n"
    plan = PLAN_HEAD + OVERDUE.replace("    bidrar_till: [M1.1]\n", "")
    diagnostics = run(tmp_path, {"rustool.yaml": config, "plan.yaml": plan})
    assert [(d.code, d.severity) for d in diagnostics] == [
        ("RUS401", "warning"),
        ("RUS302", "error"),
    ]


# --- inline comments (RUS601, RUS602, RUS603)


def _on_due(comment: str) -> str:
    return OVERDUE.replace("klart_senast: 2025-01", f"klart_senast: 2025-01  {comment}")


INLINE_CASES = {
    # comment on the overdue line (12): expected findings in plan.yaml
    "# rustool: ignore[RUS302]": [],
    "# rustool: ignorera[RUS302]": [],
    "#rustool:ignore[RUS302 ]": [],
    "# rustool: ignore[ rus302 , RUS3 ]": [],
    "# rustool: ignore[RUS3]": [],
    "# rustool: ignore": [],
    "# rustool: ignore[RUS302] beslut i nämnden 12 maj": [],
    "# rustool: ignore[RUSXYZ]": [(12, 19, "RUS302"), (12, 46, "RUS601")],
    "# rustool: ignore[RUS3O2]": [(12, 19, "RUS302"), (12, 46, "RUS601")],
    "# rustool: ignore[RUS302, RUS99]": [(12, 54, "RUS601")],
    "# rustool: ignroe[RUS302]": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# rustool ignore[RUS302]": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# rustool: ignore RUS302": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# rustool: ignore:[RUS302]": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# rustool: ignore[]": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# rustool: ignore[RUS302": [(12, 19, "RUS302"), (12, 28, "RUS602")],
    "# Rustool: Ignore[RUS302]": [],
    "# rustool coverage visar detta": [(12, 19, "RUS302")],  # prose, not a directive
    "# rustool: ignore[RUS302, RUS404]": [(12, 54, "RUS603")],  # RUS404 silences nothing
    "# rustool: ignore[RUS301]": [(12, 19, "RUS302"), (12, 46, "RUS603")],
    "# rustool: ignore[RUS513]": [(12, 19, "RUS302")],  # reported by merge, not validate
    "# rustool: ignore[RUS5]": [(12, 19, "RUS302")],
}


@pytest.mark.parametrize("comment", list(INLINE_CASES))
def test_inline_comment(tmp_path, comment):
    expected = [("plan.yaml", *place) for place in INLINE_CASES[comment]]
    assert found(tmp_path, {"plan.yaml": PLAN_HEAD + _on_due(comment)}) == expected


def test_inline_unknown_code_suggests(tmp_path):
    [_, diagnostic] = run(tmp_path, {"plan.yaml": PLAN_HEAD + _on_due("# rustool: ignore[RUS3O2]")})
    assert (diagnostic.code, diagnostic.suggestion) == ("RUS601", "RUS302")
    assert diagnostic.message("en") == (
        "`RUS3O2` names no rule; `rustool rules` lists the codes. Did you mean `RUS302`?"
    )


def test_unused_suppression_of_a_rule_switched_off_is_not_reported(tmp_path):
    plan = PLAN_HEAD + GOOD.replace("Anna Lindqvist", "Anna Lindqvist  # rustool: ignore[RUS404]")
    assert found(tmp_path, {"plan.yaml": plan}) == [("plan.yaml", 11, 49, "RUS603")]
    for config in (
        "ignorera: [RUS404]\n",
        "välj: [RUS2]\n",
        "ignorera_per_sökväg: {'plan.yaml': [RUS4]}\n",
        "ignorera: [RUS603]\n",
    ):
        assert found(tmp_path, {"plan.yaml": plan, "rustool.yaml": config}) == [], config


def test_unused_suppression_waits_until_there_are_no_errors(tmp_path):
    """An error can keep a rule from running (here the strategy's: RUS201 and RUS206 do not
    run without one), so a suppression is only called unused in a workspace without errors."""
    plan = PLAN_HEAD + GOOD.replace(
        "Kunskap och analys", "Kunskap och analys  # rustool: ignore[RUS206]"
    )
    broken = STRATEGY.replace("id: test-rus\n", "")
    assert found(tmp_path, {"plan.yaml": plan, "strategi.yaml": broken}) == [
        ("strategi.yaml", 1, 1, "RUS102")
    ]
    assert found(tmp_path, {"plan.yaml": plan, "strategi.yaml": STRATEGY}) == [
        ("plan.yaml", 7, 53, "RUS603")
    ]


def test_merged_plan_comments_are_not_checked(cli, tmp_path):
    plan = PLAN_HEAD + _on_due("# rustool: ignore[RUS302, RUS404, RUSXYZ]")
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "planer/a.yaml": plan})
    assert cli("merge", tmp_path / "planer", "-o", tmp_path / "alla.yaml").exit_code == 1
    (tmp_path / "planer/a.yaml").write_text(
        PLAN_HEAD + _on_due("# rustool: ignore[RUS302, RUS404]"), encoding="utf-8"
    )
    assert cli("merge", tmp_path / "planer", "-o", tmp_path / "alla.yaml").exit_code == 0
    assert "RUS404" in (tmp_path / "alla.yaml").read_text(encoding="utf-8")
    diagnostics = validate_workspace(tmp_path, date(2025, 3, 1)).diagnostics
    assert [(d.file, d.line, d.code) for d in diagnostics] == [("planer/a.yaml", 12, "RUS603")]


def test_inline_through_the_cli_in_both_languages(cli, tmp_path):
    plan = PLAN_HEAD + _on_due("# rustool: ignroe[RUS302]").replace(
        "Anna Lindqvist", "Anna Lindqvist  # rustool: ignore[RUS4O4]"
    )
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    sv = cli("validate", tmp_path, "--today", "2025-03-01")
    assert sv.exit_code == 1
    assert (
        "  11:49  fel  RUS601  `RUS4O4` är ingen regel; `rustool rules` listar koderna. "
        "Menade du `RUS404`?"
    ) in sv.output
    assert (
        "  12:28  varning  RUS602  Kommentaren är till rustool men kan inte läsas, så den "
        "tystar inget; skriv `# rustool: ignore[RUS302]`"
    ) in sv.output
    en = cli("validate", tmp_path, "--today", "2025-03-01", "--lang", "en")
    assert (
        "  11:49  error  RUS601  `RUS4O4` names no rule; `rustool rules` lists the codes. "
        "Did you mean `RUS404`?"
    ) in en.output
    assert (
        "  12:28  warning  RUS602  This comment is meant for rustool but cannot be read, so "
        "it silences nothing; write `# rustool: ignore[RUS302]`"
    ) in en.output


def test_config_typo_through_the_cli_in_both_languages(cli, tmp_path, monkeypatch):
    write_workspace(
        tmp_path,
        {
            "strategi.yaml": STRATEGY,
            "rustool.yaml": "välj: [RUS2O1]\n",
            "plan.yaml": PLAN_HEAD + NO_GOAL,
        },
    )
    monkeypatch.chdir(tmp_path)  # the paths are shown as they open from here
    sv = cli("validate", ".")
    assert sv.exit_code == 1
    assert sv.output == (
        "rustool.yaml\n  1:8  fel  RUS601  `RUS2O1` är ingen regel; `rustool rules` listar "
        "koderna. Menade du `RUS201`?\n2 filer kontrollerade: 1 fel, 0 varningar.\n"
    )
    en = cli("validate", ".", "--lang", "en", "--format", "json")
    [finding] = json.loads(en.output)["findings"]
    assert finding == {
        "code": "RUS601",
        "rule": "unknown-rule",
        "severity": "error",
        "message": "`RUS2O1` names no rule; `rustool rules` lists the codes. Did you mean "
        "`RUS201`?",
        "file": "rustool.yaml",
        "line": 1,
        "column": 8,
        "path": "välj[0]",
        "workspace": ".",
        "suggestion": "RUS201",
    }


# --- a misspelt `typ` key (RUS007) and upper-case suffixes


@pytest.mark.parametrize("key", ["Typ", "TYP", "type", "tpy", "ty", "Type"])
def test_misspelt_typ_key(tmp_path, key):
    plan = (PLAN_HEAD + GOOD).replace("typ: aktivitetsplan", f"{key}: aktivitetsplan")
    [diagnostic] = run(tmp_path, {"plan.yaml": "# Planen\n" + plan})
    assert (
        diagnostic.file,
        diagnostic.line,
        diagnostic.column,
        diagnostic.code,
        diagnostic.suggestion,
    ) == ("plan.yaml", 2, 1, "RUS007", "typ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value is no type, but the keys are a plan's
        ("enhet: X\ntype: plan\naktiviteter: []\n", [("plan.yaml", 2, 1, "RUS007")]),
        # no other key, but the value is a type
        ("type: aktivitetsplan\n", [("plan.yaml", 1, 1, "RUS007")]),
        # a JSON Schema or OpenAPI file: not ours, skipped
        ("type: object\nproperties: {a: {type: string}}\n", []),
        ("name: build\non: push\n", []),
        # does not parse, but a top-level line is a misspelt typ beside a plan's key
        ("Typ: aktivitetsplan\nenhet: X\naktiviteter: [\n", [("plan.yaml", 4, 1, "RUS001")]),
    ],
)
def test_misspelt_typ_only_in_files_that_look_like_ours(tmp_path, text, expected):
    assert found(tmp_path, {"plan.yaml": text}) == expected


def test_misspelt_typ_through_the_cli(cli, tmp_path):
    plan = (PLAN_HEAD + GOOD).replace("typ: aktivitetsplan", "Typ: aktivitetsplan")
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY, "plan.yaml": plan})
    sv = cli("validate", tmp_path)
    assert sv.exit_code == 1
    assert (
        "  1:1  fel  RUS007  Filen ser ut att höra till arbetsytan men har ingen `typ`, "
        "bara `Typ`, och kontrolleras därför inte. Menade du `typ`?"
    ) in sv.output
    en = cli("validate", tmp_path, "--lang", "en")
    assert (
        "  1:1  error  RUS007  The file looks like a workspace file but has no `typ`, only "
        "`Typ`, so it is not checked. Did you mean `typ`?"
    ) in en.output


@pytest.mark.parametrize("name", ["PLAN.YAML", "plan.Yml", "plan.yML"])
def test_upper_case_suffixes_are_found(tmp_path, name):
    plan = PLAN_HEAD + GOOD.replace("ansvarig:", "ansvarg:")
    assert found(tmp_path, {name: plan}) == [(name, 11, 5, "RUS101")]


def test_upper_case_strategy_marks_the_workspace_root(tmp_path):
    from rustool.workspace import find_root

    write_workspace(tmp_path, {"STRATEGI.YML": STRATEGY, "planer/plan.yaml": PLAN_HEAD + GOOD})
    assert find_root(tmp_path / "planer" / "plan.yaml") == tmp_path


# --- unreadable folders and the OS's reasons (RUS002)


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    write_workspace(
        tmp_path, {"planer/a.yaml": PLAN_HEAD + GOOD, "arkiv/gammal/b.yaml": PLAN_HEAD + GOOD}
    )
    real_scandir = os.scandir
    closed = {tmp_path / "planer", tmp_path / "arkiv" / "gammal"}

    def scandir(path):
        if Path(path) in closed:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    diagnostics = run(tmp_path, {})
    assert [(d.file, d.line, d.column, d.code) for d in diagnostics] == [
        ("arkiv/gammal", 1, 1, "RUS002"),
        ("planer", 1, 1, "RUS002"),
    ]
    assert diagnostics[1].message("sv") == (
        "Mappen planer kan inte läsas: åtkomst nekad; filerna i den kontrolleras inte."
    )
    assert diagnostics[1].message("en") == (
        "The folder planer cannot be read: permission denied; its files are not checked."
    )
    # an excluded folder is not read, so it is not reported
    (tmp_path / "rustool.yaml").write_text("exkludera: ['arkiv/*']\n", encoding="utf-8")
    assert [d.file for d in validate_workspace(tmp_path, date(2025, 3, 1)).diagnostics] == [
        "planer"
    ]


def _without_read_override() -> list[str] | None:
    """A command prefix under which permissions apply (as root: setpriv without the
    capabilities that override them), or None if there is none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    prefix = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def test_unreadable_folder_through_the_cli(tmp_path):
    prefix = _without_read_override()
    if prefix is None:
        pytest.skip("cannot drop the permission override here")
    ws = tmp_path / "ws"
    shutil.copytree(KRONOBERG, ws)
    (ws / "aktivitetsplaner").chmod(0)
    try:
        command = [*prefix, sys.executable, "-m", "rustool", "validate", ".", "--today", TODAY]
        env = {**os.environ, "NO_COLOR": "1", "RUSTOOL_LANG": ""}
        run = {"capture_output": True, "text": True, "env": env, "cwd": ws}
        sv = subprocess.run(command, **run)
        en = subprocess.run([*command, "--lang", "en"], **run)
    finally:
        (ws / "aktivitetsplaner").chmod(0o755)
    assert sv.returncode == 1, sv.stdout + sv.stderr
    assert sv.stdout.startswith(
        "aktivitetsplaner\n  1:1  fel  RUS002  Mappen aktivitetsplaner "
        "kan inte läsas: åtkomst nekad; filerna i den kontrolleras "
        "inte.\n"
    )
    assert en.returncode == 1
    assert (
        "  1:1  error  RUS002  The folder aktivitetsplaner cannot be read: permission "
        "denied; its files are not checked."
    ) in en.stdout


def test_os_reasons_in_both_languages(cli, tmp_path, monkeypatch):
    write_workspace(tmp_path, {"strategi.yaml": STRATEGY})
    (tmp_path / "borta.yaml").symlink_to("finns-inte.yaml")
    (tmp_path / "slinga.yaml").symlink_to("slinga.yaml")
    os.mkfifo(tmp_path / "ror.yaml")
    monkeypatch.chdir(tmp_path)
    sv = cli("validate", ".")
    assert sv.exit_code == 1
    assert sv.output.splitlines()[:6] == [
        "borta.yaml",
        "  1:1  fel  RUS002  Filen kan inte läsas: filen eller mappen finns inte.",
        "ror.yaml",
        "  1:1  fel  RUS002  Filen kan inte läsas: det är ingen vanlig fil (utan en "
        "enhet, en namngiven pipe eller en mapp).",
        "slinga.yaml",
        "  1:1  fel  RUS002  Filen kan inte läsas: för många nivåer av symboliska "
        "länkar (en länk som pekar på sig själv?).",
    ]
    en = cli("validate", ".", "--lang", "en")
    assert "  1:1  error  RUS002  The file cannot be read: no such file or folder." in en.output
    assert (
        "  1:1  error  RUS002  The file cannot be read: too many levels of symbolic links "
        "(a link that points to itself?)."
    ) in en.output


def test_os_reason_without_a_message_keeps_the_systems():
    import errno

    from rustool.i18n import Label
    from rustool.workspace import os_reason

    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == Label("os.permission")
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == Label("os.read_only")
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == Label("os.no_space")
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )


# --- categories and roles listed twice (RUS210), a reversed period (RUS309)

TWICE = STRATEGY.replace(
    "områden:\n",
    (
        "kategorier: [Finansiering, finansiering, Kunskap och analys, Kunskap & analys]\n"
        "roller:\n  - Finansiären\n  - Utföraren\n  - FINANSIÄREN\n"
        "områden:\n"
    ),
    1,
)


def test_category_or_role_twice(tmp_path):
    plan = (
        PLAN_HEAD
        + GOOD
        + GOOD.replace("A-1", "A-2").replace("Kunskap och analys", "Kunskap & analys")
    )
    diagnostics = run(tmp_path, {"strategi.yaml": TWICE, "plan.yaml": plan})
    assert [(d.file, d.line, d.column, d.code) for d in diagnostics] == [
        ("strategi.yaml", 6, 28, "RUS210"),
        ("strategi.yaml", 6, 62, "RUS210"),
        ("strategi.yaml", 10, 5, "RUS210"),
    ]
    assert diagnostics[1].message("sv") == (
        "Kategorin `Kunskap & analys` står redan i listan, som `Kunskap och analys` på rad 6; "
        "varje kategori får bara stå en gång."
    )
    assert diagnostics[2].message("en") == (
        "The role `FINANSIÄREN` is already listed, as `Finansiären` on line 8; list each role once."
    )


def test_exact_category_never_warns(tmp_path):
    """Both spellings listed (an error in the strategy): a plan writing either exactly gets
    no RUS207 pointing at the other."""
    twice = STRATEGY.replace(
        "områden:\n", "kategorier: [Kunskap och analys, Kunskap & analys]\nområden:\n", 1
    )
    plan = (
        PLAN_HEAD
        + GOOD
        + GOOD.replace("A-1", "A-2").replace("Kunskap och analys", "Kunskap & analys")
    )
    assert found(tmp_path, {"strategi.yaml": twice, "plan.yaml": plan}) == [
        ("strategi.yaml", 6, 34, "RUS210")
    ]


def test_period_reversed(tmp_path, cli):
    reversed_period = STRATEGY.replace(
        "period: {från: 2021, till: 2030}", "period:\n  från: 2030\n  till: 2021"
    )
    plan = PLAN_HEAD + GOOD
    assert found(tmp_path, {"strategi.yaml": reversed_period, "plan.yaml": plan}) == [
        ("strategi.yaml", 7, 9, "RUS309")
    ]  # and no RUS301/RUS305 for every plan
    sv = cli("validate", tmp_path, "--today", "2025-03-01")
    assert sv.exit_code == 1
    assert (
        "  7:9  fel  RUS309  Perioden slutar 2021, innan den börjar 2030; `till` ska vara "
        "samma år som `från` eller senare."
    ) in sv.output
    en = cli("validate", tmp_path, "--today", "2025-03-01", "--lang", "en")
    assert (
        "  7:9  error  RUS309  The period ends in 2021, before it starts in 2030; `till` "
        "must be the year of `från` or later."
    ) in en.output


def test_one_year_period_is_fine(tmp_path):
    one = STRATEGY.replace("period: {från: 2021, till: 2030}", "period: {från: 2025, till: 2025}")
    assert found(tmp_path, {"strategi.yaml": one, "plan.yaml": PLAN_HEAD + GOOD}) == []


def test_pre_commit_hook_runs_for_upper_case_suffixes():
    import re

    import yaml

    from .conftest import ROOT

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    for name in ("planer/a.yaml", "planer/A.YAML", "planer/a.Yml", "rustool.yaml"):
        assert re.search(hook["files"], name), name
    assert not re.search(hook["files"], "README.md")
