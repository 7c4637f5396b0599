"""Pydantic models of the workspace files."""

from pydantic import BaseModel

from .config import Config
from .plan import Activity, FollowUp, Plan, Source
from .strategy import Area, Goal, Indicator, Measurement, Priority, Strategy
from .types import DueDate, parse_due
from .wheel import Event, Wheel
from .when import Rhythm, WheelDate, parse_wheel_date

KINDS: dict[str, type[BaseModel]] = {"strategi": Strategy, "årshjul": Wheel, "aktivitetsplan": Plan}

__all__ = [
    "KINDS",
    "Activity",
    "Area",
    "Config",
    "DueDate",
    "Event",
    "FollowUp",
    "Goal",
    "Indicator",
    "Measurement",
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
