"""Sweden's 21 län: länskod, the county's name, and the region that leads its development."""

from __future__ import annotations

from dataclasses import dataclass

from ..suggest import closest, fold
from .municipalities import MUNICIPALITIES


@dataclass(frozen=True, slots=True)
class County:
    code: str
    """SCB's länskod, two digits ("20")."""
    name: str
    """The short name, as people say it ("Dalarna")."""
    county: str
    """The county's own name ("Dalarnas län")."""
    region: str
    """The region that holds the regional development responsibility ("Region Dalarna")."""
    aliases: tuple[str, ...] = ()

    @property
    def municipalities(self) -> tuple[tuple[str, str], ...]:
        """(kommunkod, name) of the county's kommuner, in SCB's order."""
        return tuple(m for m in MUNICIPALITIES if m[0][:2] == self.code)


COUNTIES: tuple[County, ...] = (
    County("01", "Stockholm", "Stockholms län", "Region Stockholm"),
    County("03", "Uppsala", "Uppsala län", "Region Uppsala"),
    County("04", "Södermanland", "Södermanlands län", "Region Sörmland", ("Sörmland",)),
    County("05", "Östergötland", "Östergötlands län", "Region Östergötland"),
    County("06", "Jönköping", "Jönköpings län", "Region Jönköpings län"),
    County("07", "Kronoberg", "Kronobergs län", "Region Kronoberg"),
    County("08", "Kalmar", "Kalmar län", "Region Kalmar län"),
    County("09", "Gotland", "Gotlands län", "Region Gotland"),
    County("10", "Blekinge", "Blekinge län", "Region Blekinge"),
    County("12", "Skåne", "Skåne län", "Region Skåne"),
    County("13", "Halland", "Hallands län", "Region Halland"),
    County("14", "Västra Götaland", "Västra Götalands län", "Västra Götalandsregionen", ("VGR",)),
    County("17", "Värmland", "Värmlands län", "Region Värmland"),
    County("18", "Örebro", "Örebro län", "Region Örebro län"),
    County("19", "Västmanland", "Västmanlands län", "Region Västmanland"),
    County("20", "Dalarna", "Dalarnas län", "Region Dalarna"),
    County("21", "Gävleborg", "Gävleborgs län", "Region Gävleborg"),
    County("22", "Västernorrland", "Västernorrlands län", "Region Västernorrland"),
    County(
        "23", "Jämtland", "Jämtlands län", "Region Jämtland Härjedalen", ("Jämtland Härjedalen",)
    ),
    County("24", "Västerbotten", "Västerbottens län", "Region Västerbotten"),
    County("25", "Norrbotten", "Norrbottens län", "Region Norrbotten"),
)

COUNTY_CODES = frozenset(c.code for c in COUNTIES)
MUNICIPALITY_CODES = frozenset(code for code, _ in MUNICIPALITIES)


def _names(county: County) -> tuple[str, ...]:
    return (county.code, county.name, county.county, county.region, *county.aliases)


def find_county(text: str) -> County | None:
    """The county TEXT names: its länskod, short name, county name or region's name, in any
    case and with or without å, ä, ö ("dalarna", "20", "Region Dalarna", "Varmland")."""
    wanted = fold(text.strip())
    for county in COUNTIES:
        if wanted in (fold(n) for n in _names(county)):
            return county
    return None


def suggest_county(text: str) -> str | None:
    """The short name of the county TEXT is probably a typo of ("Dalrna" → "Dalarna")."""
    by_name = {n: c for c in COUNTIES for n in _names(c)}
    match = closest(text, by_name)
    return by_name[match].name if match else None


def county_of(municipality_code: str) -> County | None:
    """The county a kommunkod belongs to, or None when the code is no kommun's."""
    if municipality_code not in MUNICIPALITY_CODES:
        return None
    return next(c for c in COUNTIES if c.code == municipality_code[:2])
