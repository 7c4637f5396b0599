"""The report's templates: the compiled-template cache is used only when it is the user's
own; --template never silently falls back to the built-ins alone; the output limit of
one's own templates counts bytes."""

from __future__ import annotations

import marshal
import os
import pickle

import jinja2
import pytest
from jinja2.bccache import bc_magic

from rustool.report import templating

from .conftest import DALARNA, TODAY
from .test_report_templates import run


def _poison(folder) -> None:
    """Replace every compiled template in FOLDER with code that writes PWNED, keeping the
    checksum of the real source (as anyone who can write there could)."""
    evil = jinja2.Environment().compile("PWNED", "report.md.j2", "report.md.j2")
    for entry in folder.iterdir():
        with entry.open("rb") as handle:
            assert handle.read(len(bc_magic)) == bc_magic
            checksum = pickle.load(handle)
        entry.write_bytes(bc_magic + pickle.dumps(checksum, 2) + marshal.dumps(evil))


@pytest.mark.parametrize("how", ["writable by others", "owned by another user"])
def test_a_cache_others_can_write_is_not_used(cli, tmp_path, how):
    home = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(home)}
    clean = cli("report", DALARNA, "--today", TODAY, env=env)
    assert clean.exit_code == 0 and "PWNED" not in clean.stdout
    folder = home / "rustool" / "templates"
    _poison(folder)
    if how == "writable by others":
        folder.chmod(0o777)
    elif os.getuid() == 0:
        os.chown(folder, 65534, 65534)
    else:
        pytest.skip("changing a folder's owner needs root")
    result = cli("report", DALARNA, "--today", TODAY, env=env)
    assert result.exit_code == 0
    assert result.stdout == clean.stdout


def test_the_users_own_cache_is_used(cli, tmp_path):
    """The other side: a private cache is read (so the test above could fail)."""
    home = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(home)}
    assert cli("report", DALARNA, "--today", TODAY, env=env).exit_code == 0
    _poison(home / "rustool" / "templates")
    assert "PWNED" in cli("report", DALARNA, "--today", TODAY, env=env).stdout


@pytest.mark.parametrize(
    ("files", "args"),
    [
        ({}, ()),
        ({"raport.md.j2": "# {{ header.title }}"}, ()),
        ({"report.md.j2": "# {{ header.title }}"}, ("--format", "html")),
    ],
    ids=["empty folder", "misspelt name", "another format's template"],
)
def test_a_template_folder_that_gives_nothing_is_an_error(cli, tmp_path, files, args):
    result, out = run(cli, tmp_path, files, *args)
    assert result.exit_code == 2
    assert "gav ingen mall till rapporten" in result.stderr
    assert "report.html.j2" in result.stderr or "report.md.j2" in result.stderr
    assert not out.exists()


def test_the_output_limit_counts_bytes(cli, tmp_path, monkeypatch):
    """6,000 characters of "€" are 18,000 bytes: past a limit of 10,000."""
    monkeypatch.setattr(templating, "MAX_OUTPUT_BYTES", 10_000)
    result, out = run(cli, tmp_path, {"report.md.j2": "{% for i in range(6000) %}€{% endfor %}"})
    assert result.exit_code == 1
    assert "the report would be larger than" in result.stderr
    assert not out.exists()
