"""Decisions of a nämnd, recorded as annotated git tags ``beslut/<nämnd>/<datum>``.

The tag's message is a subject line and the decision's fields as YAML (read back with the
project's loader, so a message someone else wrote is only ever data). Creating a tag is
the one write to the repository rustool makes, and only ``rustool decision`` makes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import gitrun, yamlio
from .revisions import RevisionProblem, resolve

PREFIX = "beslut"
_NAMND = re.compile(r"[0-9A-Za-zÅÄÖåäöÉéÜü][0-9A-Za-zÅÄÖåäöÉéÜü_-]{0,39}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEP = "\x1e"
_FORMAT = _SEP.join(
    ("%(refname)", "%(objectname)", "%(*objectname)", "%(taggerdate:short)", "%(contents)")
)
FIELDS = ("nämnd", "datum", "paragraf", "dnr", "arbetsyta")
MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class Decision:
    tag: str
    """The tag's name, ``beslut/RUN/2026-02-18``."""
    commit: str
    fields: dict[str, str]

    @property
    def committee(self) -> str:
        return self.fields.get("nämnd", "")

    @property
    def day(self) -> str:
        return self.fields.get("datum", "")

    def as_dict(self) -> dict[str, str]:
        return {"tag": self.tag, "commit": self.commit, **self.fields}


def tag_name(committee: str, day: str) -> str:
    """``beslut/<nämnd>/<datum>``; RevisionProblem for a nämnd or date that cannot be one."""
    if not _NAMND.fullmatch(committee):
        raise RevisionProblem("decision.error.bad_committee", value=committee)
    try:
        if not _DATE.fullmatch(day):
            raise ValueError(day)
        date.fromisoformat(day)
    except ValueError:
        raise RevisionProblem("decision.error.bad_date", value=day) from None
    return f"{PREFIX}/{committee}/{day}"


def record(
    repo: gitrun.Repository, fields: dict[str, str], revision: str, workspace: str
) -> Decision:
    """Tag REVISION as decided; RevisionProblem when it cannot or may not be."""
    for key, value in fields.items():
        if len(value) > MAX_FIELD or any(c in value for c in "\n\r\x00"):
            raise RevisionProblem("decision.error.bad_field", field=key)
    name = tag_name(fields["nämnd"], fields["datum"])
    commit = resolve(repo, revision)
    existing = gitrun.run(
        repo, "rev-parse", "--verify", "--quiet", f"refs/tags/{name}", ok_codes=(0, 1)
    )
    if existing.strip():
        raise RevisionProblem("decision.error.exists", tag=name)
    gitrun.run(repo, "check-ref-format", f"refs/tags/{name}")
    if not _identity(repo):
        raise RevisionProblem("decision.error.identity")
    fields = {**fields, "arbetsyta": workspace or "."}
    message = _message(fields)
    try:
        gitrun.run(
            repo, "tag", "-a", "--cleanup=verbatim", "-F", "-", "--", name, commit.sha,
            stdin=message.encode("utf-8"),
        )  # fmt: skip
    except gitrun.GitError as error:
        raise RevisionProblem("decision.error.git", reason=error.stderr.strip()) from None
    return Decision(name, commit.sha, fields)


def _identity(repo: gitrun.Repository) -> bool:
    name = gitrun.text(repo, "config", "user.name") or ""
    email = gitrun.text(repo, "config", "user.email") or ""
    return bool(name.strip() and email.strip())


def _message(fields: dict[str, str]) -> str:
    subject = f"Beslut: {fields['nämnd']} {fields['datum']}"
    if fields.get("paragraf"):
        subject += f" {fields['paragraf']}"
    body = "".join(f"{k}: {yamlio.scalar(fields[k])}\n" for k in FIELDS if fields.get(k))
    return f"{subject}\n\n{body}"


def listed(repo: gitrun.Repository) -> list[Decision]:
    """Every decision recorded in the repository, oldest first (by date, then tag)."""
    raw = gitrun.run(
        repo, "for-each-ref", f"--format={_FORMAT}{_SEP}{_SEP}", f"refs/tags/{PREFIX}/"
    ).decode("utf-8", "replace")
    found = []
    for record_text in raw.split(_SEP * 2 + "\n"):
        parts = record_text.split(_SEP)
        if len(parts) != 5 or not parts[2]:
            continue  # a lightweight tag: not a decision rustool recorded
        ref, _, commit, _, message = parts
        tag = ref.removeprefix("refs/tags/")
        found.append(Decision(tag, commit, _fields(tag, message)))
    return sorted(found, key=lambda d: (d.day, d.tag))


def _fields(tag: str, message: str) -> dict[str, str]:
    _, _, body = message.partition("\n\n")
    data = yamlio.load(body.split("-----BEGIN", 1)[0]).data
    fields: dict[str, str] = {}
    if isinstance(data, dict):
        for key in FIELDS:
            value = data.get(key)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                text = "".join(c for c in str(value) if c.isprintable())
                fields[key] = text[:MAX_FIELD]
    parts = tag.split("/")
    if len(parts) == 3:  # the name is what git guarantees: it wins over the message
        fields["nämnd"], fields["datum"] = parts[1], parts[2]
    return fields


def latest(repo: gitrun.Repository, workspace: str) -> Decision | None:
    """The newest decision on WORKSPACE (or on no named workspace)."""
    mine = [
        d for d in listed(repo) if d.fields.get("arbetsyta", workspace or ".") == (workspace or ".")
    ]
    return mine[-1] if mine else None


def on_commit(repo: gitrun.Repository, commit: str, workspace: str) -> Decision | None:
    """The newest decision recorded on COMMIT for WORKSPACE."""
    mine = [
        d
        for d in listed(repo)
        if d.commit == commit and d.fields.get("arbetsyta", workspace or ".") == (workspace or ".")
    ]
    return mine[-1] if mine else None
