"""Numbers as the report's readers write them: Swedish 1 234,5 and 12 %, English 1,234.5
and 12%."""

from __future__ import annotations

from typing import Any

_NBSP = "\u00a0"  # keeps 287 676 and 12 % on one line
MAX_DIGITS = 3


def number(value: Any, lang: str, digits: int | None = None) -> str:
    """``value`` with thousands grouped; ``digits`` decimals, or as many as it was written
    with (at most three) when None."""
    if value is None:
        return "–"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if digits is None:
        digits = decimals(float(value))
    # a whole number exactly, however large (the f format would go through a float)
    text = f"{value:,}" if isinstance(value, int) and digits == 0 else f"{value:,.{digits}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0.0"
    text = text.replace("-", "\u2212")  # a real minus sign
    if lang == "sv":
        text = text.replace(",", _NBSP).replace(".", ",")
    return text


def percent(share: Any, lang: str, digits: int = 0) -> str:
    """A share (0.25) as a percentage (25 %)."""
    if share is None:
        return "–"
    text = number(100 * share, lang, digits)
    return f"{text}{_NBSP}%" if lang == "sv" else f"{text}%"


def kronor(amount: Any, lang: str) -> str:
    if amount is None:
        return "–"
    text = number(amount, lang, 0)
    return f"{text}{_NBSP}kr" if lang == "sv" else f"SEK{_NBSP}{text}"


def decimals(value: float) -> int:
    """How many decimals ``value`` needs (at most three): 4.85 → 2, 52300.0 → 0."""
    text = repr(value)
    if "e" in text or "." not in text:
        return 0
    fraction = text.split(".", 1)[1].rstrip("0")
    return min(len(fraction), MAX_DIGITS)
