"""Diagnostics as data: a code, a message key with named fields, and a place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Literal

Severity = Literal["error", "warning"]
MORE = "findings.more"
"""The message of the finding that stands for those not shown ("… and N more")."""


@dataclass(slots=True)
class Diagnostic:
    code: str
    message_key: str
    file: str
    line: int
    column: int
    fields: dict[str, Any] = field(default_factory=dict)
    path: tuple[str | int, ...] = ()
    severity: Severity = "error"
    suggestion: str | None = None

    def message(self, lang: str) -> str:
        from .i18n import render, t

        text = render(self.message_key, lang, self.fields)
        if self.suggestion:
            text += " " + t("did_you_mean", lang, suggestion=self.suggestion)
        return text

    @property
    def weight(self) -> int:
        """How many findings this one stands for: N for "… and N more", else 1."""
        return int(self.fields["count"]) if self.message_key == MORE else 1

    def place(self, folder: PurePath | None = None) -> str:
        """``file:line:column`` for a message line, the file under FOLDER when given (as it
        opens from where the command ran: ``shown_path``), its name's control characters
        escaped (``safetext``)."""
        from .safetext import printable

        file = shown_path(Path(folder), self.file) if folder is not None else self.file
        return f"{printable(file)}:{self.line}:{self.column}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def yaml_path(self) -> str:
        out = ""
        for step in self.path:
            out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
        return out


def shown_path(root: Path, rel: str) -> str:
    """A workspace file as the user can open it from where the command ran: ROOT as given
    on the command line (or as found above the working folder) joined with REL, without
    detours (`../aktivitetsplaner/a.yaml` from inside aktivitetsplaner/ is `a.yaml`)."""
    path = root if rel == "." else root / rel
    if path.is_absolute():
        return path.as_posix()
    return Path(os.path.relpath(path)).as_posix()
