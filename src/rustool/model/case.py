"""The ärende: what the committee secretary writes for one meeting of the nämnd."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .base import Model
from .types import Due, Id, Text

Assessment = Literal["grön", "gul", "röd"]
ASSESSMENTS = ("grön", "gul", "röd")


class Officer(Model):
    name: Text = Field(alias="namn", description="Handläggarens namn.")
    title: str | None = Field(None, alias="titel", description="Titel, t.ex. utvecklingsstrateg.")
    email: str | None = Field(None, alias="e-post", description="E-postadress.")
    phone: str | None = Field(None, alias="telefon", description="Telefonnummer.")


class GoalAssessment(Model):
    goal: Id = Field(alias="mål", description="Id för strategins mål (eller område).")
    level: Assessment = Field(alias="läge", description="grön, gul eller röd.")
    text: Text = Field(description="Bedömningen i ord: varför läget är det det är.")


class Case(Model):
    """Ett ärende till nämnden: beslutsförslag, sammanfattning och bedömning per mål."""

    kind: Literal["ärende"] = Field(alias="typ", description="Filens typ: ärende.")
    strategy: Id | None = Field(
        None, alias="strategi", description="Id för strategin ärendet följer upp."
    )
    board: Text = Field(alias="nämnd", description="Nämnden, t.ex. Regionala utvecklingsnämnden.")
    meeting: date = Field(alias="sammanträdesdatum", description="Sammanträdets datum, ÅÅÅÅ-MM-DD.")
    case_number: Text = Field(alias="diarienummer", description="Ärendets diarienummer.")
    officer: Officer = Field(alias="handläggare", description="Handläggaren: namn, titel, e-post.")
    subject: Text = Field(alias="ärendemening", description="Ärendets rubrik (ärendemening).")
    period: Due | None = Field(
        None, description="Perioden uppföljningen avser, t.ex. 2026-T2 (standard för --period)."
    )
    proposals: list[Text] = Field(
        default_factory=list,
        alias="förslag_till_beslut",
        description="Förslag till beslut, en punkt per beslutssats.",
    )
    summary: str | None = Field(
        None, alias="sammanfattning", description="En kort sammanfattning av ärendet."
    )
    background: str | None = Field(
        None, alias="ärendet", description="Ärendebeskrivningen: bakgrund och vad som föreslås."
    )
    events: list[Text] = Field(
        default_factory=list,
        alias="väsentliga_händelser",
        description="Väsentliga händelser under perioden.",
    )
    assessments: list[GoalAssessment] = Field(
        default_factory=list, alias="bedömning", description="Bedömning per mål."
    )
    economy: str | None = Field(
        None, alias="ekonomi", description="Ekonomiska konsekvenser, i ord (summorna räknas ut)."
    )
    attachments: list[Text] = Field(
        default_factory=list,
        alias="beslutsunderlag",
        description="Beslutsunderlag utöver tjänsteskrivelsen och uppföljningen.",
    )
    recipients: list[Text] = Field(
        default_factory=list, alias="skickas_till", description="Beslutet skickas till."
    )
    illustrative: bool = Field(
        False, alias="exempel", description="Sant om ärendet är ett påhittat exempel."
    )
