"""`--format gitlab`: a GitLab Code Quality report (the Code Climate JSON subset GitLab
reads), so findings show in the merge request."""

from __future__ import annotations

import hashlib
import json
import sys

from ..engine import Result
from .base import Reporter, repository_path


class GitlabReporter(Reporter):
    def emit(self, results: list[Result], lang: str, verbose: bool = False) -> None:
        issues = []
        for result in results:
            for d in result.diagnostics:
                path = repository_path(result.root, d.file)
                message = d.message(lang)
                place = f"{d.code}\0{path}\0{d.line}\0{d.column}\0{message}"
                issues.append(
                    {
                        "description": f"{d.code} {message}",
                        "check_name": d.code,
                        "fingerprint": hashlib.sha256(place.encode("utf-8")).hexdigest(),
                        "severity": "major" if d.severity == "error" else "minor",
                        "location": {"path": path, "lines": {"begin": d.line}},
                    }
                )
        json.dump(issues, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
