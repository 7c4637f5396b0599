"""Pydantic models of the workspace files."""

from pydantic import BaseModel

from .actors import ACTOR_TYPES, Actor, Actors
from .case import Case, GoalAssessment, Officer
from .config import Config
from .plan import Activity, FollowUp, Plan, Source
from .roadmap import Effort, Roadmap, RoadmapYear
from .strategy import (
    Area,
    FocusArea,
    Goal,
    Indicator,
    Kraftsamling,
    LevelNames,
    Measurement,
    Priority,
    Strategy,
)
from .types import DueDate, parse_due
from .wheel import Event, Wheel
from .when import Rhythm, WheelDate, parse_wheel_date

KINDS: dict[str, type[BaseModel]] = {
    "strategi": Strategy,
    "årshjul": Wheel,
    "aktivitetsplan": Plan,
    "färdplan": Roadmap,
    "aktörer": Actors,
    "ärende": Case,
}

__all__ = [
    "ACTOR_TYPES",
    "KINDS",
    "Activity",
    "Actor",
    "Actors",
    "Effort",
    "FocusArea",
    "Kraftsamling",
    "LevelNames",
    "Roadmap",
    "RoadmapYear",
    "Area",
    "Case",
    "Config",
    "DueDate",
    "Event",
    "FollowUp",
    "Goal",
    "GoalAssessment",
    "Indicator",
    "Measurement",
    "Officer",
    "Plan",
    "Priority",
    "Rhythm",
    "Source",
    "Strategy",
    "Wheel",
    "WheelDate",
    "parse_due",
    "parse_wheel_date",
]
