"""`--format github`: GitHub Actions workflow annotations."""

from __future__ import annotations

import sys

from ..engine import Result
from ..rules import RULES
from .base import Reporter, repository_path


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


class GithubReporter(Reporter):
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        for result in results:
            for d in result.diagnostics:
                level = "error" if d.severity == "error" else "warning"
                file = repository_path(result.root, d.file)
                slug = RULES[d.code].slug if d.code in RULES else ""
                props = ",".join(
                    [
                        f"file={_escape(str(file), prop=True)}",
                        f"line={d.line}",
                        f"col={d.column}",
                        f"title={_escape(f'{d.code} {slug}', prop=True)}",
                    ]
                )
                sys.stdout.write(f"::{level} {props}::{_escape(d.message(lang))}\n")
