"""The län and kommuner table: complete, consistent, and as DOMAIN.md lists Dalarna and
Kronoberg."""

from __future__ import annotations

from collections import Counter

import pytest

from rustool.sweden import COUNTIES, MUNICIPALITIES, county_of, find_county, suggest_county

DALARNA = {
    "Vansbro": "2021", "Malung-Sälen": "2023", "Gagnef": "2026", "Leksand": "2029",
    "Rättvik": "2031", "Orsa": "2034", "Älvdalen": "2039", "Smedjebacken": "2061",
    "Mora": "2062", "Falun": "2080", "Borlänge": "2081", "Säter": "2082",
    "Hedemora": "2083", "Avesta": "2084", "Ludvika": "2085",
}  # fmt: skip
KRONOBERG = {
    "Uppvidinge": "0760", "Lessebo": "0761", "Tingsryd": "0763", "Alvesta": "0764",
    "Älmhult": "0765", "Markaryd": "0767", "Växjö": "0780", "Ljungby": "0781",
}  # fmt: skip
# how many kommuner each län has (SCB); 290 in all
SIZES = {
    "01": 26, "03": 8, "04": 9, "05": 13, "06": 13, "07": 8, "08": 12, "09": 1, "10": 5,
    "12": 33, "13": 6, "14": 49, "17": 16, "18": 12, "19": 10, "20": 15, "21": 10,
    "22": 7, "23": 8, "24": 15, "25": 14,
}  # fmt: skip


def test_21_counties_with_domain_codes():
    assert [c.code for c in COUNTIES] == list(SIZES)
    assert find_county("Dalarna").code == "20"
    assert find_county("Kronoberg").code == "07"


def test_290_municipalities_unique_and_in_their_county():
    codes = [code for code, _ in MUNICIPALITIES]
    assert len(codes) == 290 == len(set(codes))
    assert len({name for _, name in MUNICIPALITIES}) == 290
    assert Counter(code[:2] for code in codes) == SIZES
    assert all(len(code) == 4 and code.isdigit() for code in codes)


@pytest.mark.parametrize(("county", "expected"), [("20", DALARNA), ("07", KRONOBERG)])
def test_domain_lists(county, expected):
    found = find_county(county)
    assert found is not None
    assert dict((name, code) for code, name in found.municipalities) == expected


@pytest.mark.parametrize(
    "text", ["dalarna", "DALARNA", "20", "Dalarnas län", "Region Dalarna", " dalarna "]
)
def test_county_found_by_any_name(text):
    assert find_county(text).region == "Region Dalarna"


def test_folded_names_and_aliases():
    assert find_county("Varmland").code == "17"
    assert find_county("Sörmland").code == "04"
    assert find_county("Västra Götalandsregionen").code == "14"
    assert find_county("Jämtland Härjedalen").code == "23"
    assert find_county("Lappland") is None
    assert suggest_county("Dalrna") == "Dalarna"


def test_county_of_a_municipality():
    assert county_of("2080").name == "Dalarna"
    assert county_of("0780").name == "Kronoberg"
    assert county_of("2099") is None
    assert county_of("20") is None
