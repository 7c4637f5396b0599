"""The forms of Kolada's ids: KPIs (N00914, U07801) and areas (0000, 0020, 2080)."""

from __future__ import annotations

import re
from urllib.parse import quote

KPI_ID = re.compile(r"[A-Z][0-9]{5}")
"""A KPI id as Kolada writes them: one capital letter and five digits (N for the
municipalities' and regions' key figures, U for quality figures, …)."""

AREA_ID = re.compile(r"[0-9]{4}")
"""A municipality (kommunkod, 2080), a county as region ("00" + länskod, 0020) or the whole
country (0000)."""

SWEDEN = "0000"

KPI_PAGE = "https://www.kolada.se/verktyg/fri-sokning/?kpis={kpi}"


def is_kpi_id(value: str) -> bool:
    return KPI_ID.fullmatch(value) is not None


def kpi_suggestion(value: str) -> str | None:
    """The id meant, where a fix is obvious: case, spaces, a missing zero (N914 → N00914)."""
    text = value.strip().upper().replace(" ", "")
    match = re.fullmatch(r"([A-Z])([0-9]{1,5})", text)
    if match is None:
        return None
    fixed = match.group(1) + match.group(2).zfill(5)
    return fixed if fixed != value else None


def county_area(county_code: str) -> str:
    """Kolada's id of a county as a region: "00" + länskod ("20" → "0020")."""
    return "00" + county_code


def kpi_page(kpi: str) -> str:
    """The KPI's page on kolada.se (for the report's link)."""
    return KPI_PAGE.format(kpi=quote(kpi, safe=""))
