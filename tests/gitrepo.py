"""Temporary git repositories for the tests of diff and decision: a workspace committed
step by step, with fixed identities and dates so that commits are the same every run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ENV = {
    "GIT_AUTHOR_NAME": "Test Testsson",
    "GIT_AUTHOR_EMAIL": "test@example.se",
    "GIT_COMMITTER_NAME": "Test Testsson",
    "GIT_COMMITTER_EMAIL": "test@example.se",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


class Repo:
    def __init__(self, top: Path) -> None:
        self.top = top
        self.day = 1
        top.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Test Testsson")
        self.git("config", "user.email", "test@example.se")

    def git(self, *args: str) -> str:
        env = {**os.environ, **ENV}
        stamp = f"2026-01-{self.day:02d}T12:00:00+01:00"
        env |= {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        done = subprocess.run(
            ["git", *args], cwd=self.top, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, files: dict[str, str]) -> None:
        for name, text in files.items():
            path = self.top / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.top / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} is not once in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def copy(self, source: Path, name: str) -> None:
        shutil.copytree(source, self.top / name)

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        self.day += 1
        return self.git("rev-parse", "HEAD").strip()
