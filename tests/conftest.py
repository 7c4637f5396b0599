"""Shared fixtures: the CLI run as a user runs it, and the example workspaces."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# CI runs the property tests with a fixed seed, so that a red build is reproducible and
# never a matter of chance; a developer's runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DALARNA = EXAMPLES / "dalastrategin"
KRONOBERG = EXAMPLES / "grona_kronoberg"
TODAY = "2026-11-23"
"""The fixed date the examples and golden files are written for."""


class Cli:
    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str | Path, env: dict[str, str] | None = None):
        from rustool.cli.app import app

        environment = {"NO_COLOR": "1", "RUSTOOL_LANG": "", "COLUMNS": "200", **(env or {})}
        return self.runner.invoke(
            app, [str(a) for a in args], env=environment, catch_exceptions=False
        )


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """The report's template cache goes to a folder of the test run, not the user's home."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture
def cli() -> Cli:
    return Cli()


def write_workspace(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


STRATEGY = """\
typ: strategi
id: test-rus
namn: Teststrategin
region: {namn: Region Test, länskod: "20"}
period: {från: 2021, till: 2030}
områden:
  - id: O1
    namn: Ett område
    mål:
      - id: M1.1
        namn: Ett mål
        indikatorer:
          - id: I1.1.1
            namn: En indikator
            riktning: öka
            baslinje: {år: 2019, värde: 1.0}
            målvärde: {år: 2030, värde: 2.0}
        prioriteringar:
          - id: P1.1.1
            namn: En prioritering
      - id: M1.2
        namn: Ett annat mål
        indikatorer:
          - id: I1.2.1
            namn: En annan indikator
            riktning: minska
            baslinje: {år: 2019, värde: 5.0}
            målvärde: {år: 2030, värde: 2.0}
"""
"""A minimal valid strategy for tests that need a workspace around their snippet."""
