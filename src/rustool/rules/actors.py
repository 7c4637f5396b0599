"""Rules for the actor register and the places and actors plans name (RUS71x)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..suggest import closest
from ..sweden import MUNICIPALITY_CODES
from .base import Finding, rule

if TYPE_CHECKING:
    from ..workspace import Document, Workspace

_DIGITS = re.compile(r"[0-9]+")


def county_code(ws: Workspace) -> str | None:
    """The county's länskod, from the current strategy's `region`."""
    return ws.strategy.region.county_code if ws.strategy is not None else None


def code_problem(raw: Any, county: str | None) -> tuple[str, dict[str, Any], str | None] | None:
    """What is wrong with RAW as a kommunkod of COUNTY: (message key, fields, suggestion),
    or None when it is a four-digit text starting with the county's länskod."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        quoted = f'"{raw:04d}"' if 0 <= raw < 10_000 else None
        return "RUS710.number", {"value": raw}, quoted
    text = str(raw)
    if len(text) != 4 or not _DIGITS.fullmatch(text):
        return "RUS710", {"value": text}, None
    if county is not None and not text.startswith(county):
        return "RUS710.county", {"value": text, "county": county}, None
    if text not in MUNICIPALITY_CODES:
        return "RUS710.unknown", {"value": text}, None
    return None


def raw_value(doc: Document, path: tuple[str | int, ...]) -> Any:
    """The value at PATH (a path into the model) as the file wrote it."""
    data = doc.data
    for step in doc.original(path):
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


@rule("RUS710", "bad-kommunkod")
def bad_kommunkod(ws: Workspace) -> Iterator[Finding]:
    """A kommunkod that is not four digits in quotes starting with the county's länskod.

    A kommunkod is four digits whose first two are the county's länskod (Växjö `"0780"`
    in Kronoberg, 07; Falun `"2080"` in Dalarna, 20). Write it in quotes: unquoted, YAML
    reads `0780` as the number 780. Checked in the actor register (`kommunkod`) and in an
    activity's `geografi`, against the strategy's `region: {länskod: …}`.

    The code must also be one of SCB's 290 kommunkoder.

    Passes: `kommunkod: "0780"` in a workspace for länskod "07".
    Fails: `kommunkod: 0780` (a number); `kommunkod: "2080"` in Kronoberg; `"0799"` (no
    kommun has it).
    """
    county = county_code(ws)
    for doc in ws.actor_docs:
        for a, actor in enumerate(doc.model.actors):
            if actor.municipality_code is None:
                continue
            path: tuple[str | int, ...] = ("aktörer", a, "kommunkod")
            found = code_problem(raw_value(doc, path), county)
            if found is not None:
                key, fields, suggestion = found
                yield Finding(doc, path, fields, variant=key, suggestion=suggestion)
    for doc, path, raw in _places(ws):
        if _looks_like_code(raw) and raw != county:
            found = code_problem(raw, county)
            if found is not None:
                key, fields, suggestion = found
                yield Finding(doc, path, fields, variant=key, suggestion=suggestion)


def _looks_like_code(raw: Any) -> bool:
    return isinstance(raw, int) or bool(_DIGITS.fullmatch(str(raw)))


def _places(ws: Workspace) -> Iterator[tuple[Document, tuple[str | int, ...], Any]]:
    for doc, i, activity in ws.activities():
        for j in range(len(activity.places)):
            path = ("aktiviteter", i, "geografi", j)
            yield doc, path, raw_value(doc, path)


@rule("RUS711", "actor-kommunkod")
def actor_kommunkod(ws: Workspace) -> Iterator[Finding]:
    """A kommun in the actor register without `kommunkod`, or a `kommunkod` on an actor
    that is not a kommun.

    Activities name places by kommunkod and coverage counts activities per kommun, so
    every `typ: kommun` has its code; another type of actor has none (a region from
    another county gives its `länskod`).

    Fails: `{id: vaxjo, namn: Växjö kommun, typ: kommun}`.
    """
    for doc in ws.actor_docs:
        for a, actor in enumerate(doc.model.actors):
            if actor.type == "kommun" and actor.municipality_code is None:
                yield Finding(doc, ("aktörer", a, "typ"), {"name": actor.name})
            elif actor.type != "kommun" and actor.municipality_code is not None:
                path = ("aktörer", a, "kommunkod")
                fields = {"name": actor.name, "type": actor.type}
                yield Finding(doc, path, fields, at_key=True, variant="RUS711.not_kommun")


@rule("RUS712", "unknown-actor")
def unknown_actor(ws: Workspace) -> Iterator[Finding]:
    """An activity's `samverkan` names an actor that is not in the actor register.

    With a register (`typ: aktörer`) in the workspace, `samverkan` lists the actors an
    activity is done with, by id or by name (regardless of case and accents). The closest
    actor is suggested. Without a register, `samverkan` is free text.

    Passes: `samverkan: [vaxjo-kommun, Linnéuniversitetet]`.
    Fails: `samverkan: [Linneuniversitet]` when the register has Linnéuniversitetet.
    """
    if not ws.actor_docs:
        return
    names = _actor_names(ws)
    for doc, i, activity in ws.activities():
        for j, ref in enumerate(activity.partners):
            if ws.actor(ref) is None:
                path = ("aktiviteter", i, "samverkan", j)
                yield Finding(doc, path, {"ref": ref}, suggestion=closest(ref, names, cutoff=0.6))


def _actor_names(ws: Workspace) -> list[str]:
    return [a.name for doc in ws.actor_docs for a in doc.model.actors]


@rule("RUS713", "unknown-place")
def unknown_place(ws: Workspace) -> Iterator[Finding]:
    """An activity's `geografi` names neither a kommunkod nor a kommun in the register.

    `geografi` says where an activity is done: kommunkoder in quotes (`"0780"`), the
    county's länskod for the whole county (`"07"`), or a kommun of the actor register by
    id or name. (A code of the wrong form or county is RUS710.)

    Passes: `geografi: ["0780", "0781"]`; `geografi: [Växjö kommun]` with a register.
    Fails: `geografi: [Växjö]` without a register; `geografi: [Länsstyrelsen]` (not a kommun).
    """
    kommuner = [a.name for doc in ws.actor_docs for a in doc.model.actors if a.type == "kommun"]
    for doc, path, raw in _places(ws):
        if _looks_like_code(raw):
            continue
        actor = ws.actor(str(raw))
        if actor is not None and actor.type == "kommun":
            continue
        variant = "RUS713.not_kommun" if actor is not None else None
        fields = {"ref": raw, "type": actor.type if actor else ""}
        suggestion = None if actor else closest(str(raw), kommuner, cutoff=0.5)
        yield Finding(doc, path, fields, variant=variant, suggestion=suggestion)


@rule("RUS714", "unlisted-audience", "warning")
def unlisted_audience(ws: Workspace) -> Iterator[Finding]:
    """A `målgrupp` that is not in the actor register.

    With a register (`typ: aktörer`), the årshjul's and the activities' target groups are
    read as actors, by id or name, so that coverage can tell which steps of the year are
    internal and which involve other actors. An entry the register lacks is reported (the
    closest actor suggested); add it to the register. Without a register, `målgrupp` is
    free text.

    Fails (warning): `målgrupp: [Länsstyrelsen]` when the register says
    `Länsstyrelsen i Kronobergs län`.
    """
    if not ws.actor_docs:
        return
    names = _actor_names(ws)
    for doc in ws.of_kind("årshjul"):
        for i, event in enumerate(doc.model.events):
            for j, ref in enumerate(event.audience):
                if ws.actor(ref) is None:
                    path = ("händelser", i, "målgrupp", j)
                    suggestion = closest(ref, names, cutoff=0.6)
                    yield Finding(doc, path, {"ref": ref}, suggestion=suggestion)
    for doc, i, activity in ws.activities():
        for j, ref in enumerate(activity.audience):
            if ws.actor(ref) is None:
                path = ("aktiviteter", i, "målgrupp", j)
                yield Finding(doc, path, {"ref": ref}, suggestion=closest(ref, names, cutoff=0.6))
