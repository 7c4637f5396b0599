"""The README and docs/: short, in both languages, every link inside the repository, the
set-up commands the ones CI runs, and the generated pages fresh."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import ROOT

READMES = [ROOT / "README.md", ROOT / "README.en.md"]
PAGES = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _links(page: Path) -> list[str]:
    return [
        target for target in LINK.findall(page.read_text(encoding="utf-8"))
        if not re.match(r"[a-z]+:", target) and not target.startswith("#")
    ]  # fmt: skip


@pytest.mark.parametrize("page", [*READMES, *PAGES, ROOT / "CONTRIBUTING.md"], ids=str)
def test_every_link_resolves_inside_the_repository(page):
    for target in _links(page):
        resolved = (page.parent / target.split("#")[0]).resolve()
        assert resolved.is_relative_to(ROOT), f"{page.name} links outside: {target}"
        assert resolved.exists(), f"{page.name} links to a missing {target}"


def test_readme_is_short_and_links_every_docs_page():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 12 * 1024
    linked = {(ROOT / t.split("#")[0]).resolve() for t in _links(ROOT / "README.md")}
    missing = [p.name for p in PAGES if p.resolve() not in linked]
    assert not missing, f"README.md does not link {missing}"
    english = {(ROOT / t.split("#")[0]).resolve() for t in _links(ROOT / "README.en.md")}
    assert not [p.name for p in PAGES if p.resolve() not in english and p.name != "rules.md"]


def test_setup_commands_come_first_and_ci_runs_the_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        blocks = re.findall(r"```sh\n(.*?)\n```", text, flags=re.S)
        assert blocks[0].startswith("python3 -m venv .venv && ") and "rustool validate" in blocks[0]
        assert blocks[1] in ci.splitlines(), "the test command differs from .ci/run's"
        # the first section after the introduction holds them
        assert text.index(blocks[1]) < text.index("\n## ", text.index("\n## ") + 1)


def test_no_example_names_a_tag_that_does_not_exist():
    for page in [*READMES, *PAGES, ROOT / ".pre-commit-hooks.yaml"]:
        assert not re.search(r"rev:\s*v\d", page.read_text(encoding="utf-8")), page.name


def test_cli_reference_is_fresh():
    from rustool.cli.reference import reference

    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == reference("sv"), (
        "docs/cli.md is stale: run `python -m rustool.cli.reference > docs/cli.md`"
    )
