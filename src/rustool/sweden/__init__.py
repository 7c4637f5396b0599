"""Facts about Sweden that workspaces refer to: the 21 län and the 290 kommuner."""

from __future__ import annotations

from .counties import (
    COUNTIES,
    COUNTY_CODES,
    MUNICIPALITY_CODES,
    County,
    county_of,
    find_county,
    suggest_county,
)
from .municipalities import MUNICIPALITIES

__all__ = [
    "COUNTIES",
    "COUNTY_CODES",
    "MUNICIPALITIES",
    "MUNICIPALITY_CODES",
    "County",
    "county_of",
    "find_county",
    "suggest_county",
]
