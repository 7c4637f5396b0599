"""Pydantic models of the workspace files."""

from pydantic import BaseModel

from .config import Config
from .plan import Activity, FollowUp, Plan, Source
from .strategy import Area, Goal, Indicator, Measurement, Priority, Strategy
from .types import DueDate, parse_due
from .wheel import Event, Wheel

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
    "Source",
    "Strategy",
    "Wheel",
    "parse_due",
]
