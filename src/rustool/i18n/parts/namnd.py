"""Messages of the nämnd's document: the ärende (RUS9xx), money, PDF and Word (issue 14)."""

from __future__ import annotations

SV = {
    # --- rules
    "RUS901": "Strategin har inget mål eller område `{id}` att bedöma.",
    "RUS902": "Ärendet har inget `förslag_till_beslut`; skriv varje beslutssats som en punkt "
    "i listan.",
    "RUS903": "{date} är inte ett av nämndens sammanträden i årshjulet (närmast: {nearest}).",
    "RUS904": "Målet `{id}` är redan bedömt på rad {first_line}; ett mål får en bedömning.",
    "RUS905": "`{value}` är ingen av strategins finansieringskällor ({known}).",
}

EN = {
    # --- rules
    "RUS901": "The strategy has no goal or area `{id}` to assess.",
    "RUS902": "The ärende has no `förslag_till_beslut`; write each proposed decision as an "
    "item of the list.",
    "RUS903": "{date} is not one of the nämnd's meetings in the årshjul (nearest: {nearest}).",
    "RUS904": "The goal `{id}` is already assessed on line {first_line}; a goal gets one "
    "assessment.",
    "RUS905": "`{value}` is none of the strategy's sources of funding ({known}).",
}
