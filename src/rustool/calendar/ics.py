"""The årshjul as an iCalendar feed (RFC 5545), written with the icalendar library.

Every entry is a VEVENT with a UID that stays the same from run to run and when its date
moves (the event's id, the year and its place that year), so a subscribed calendar updates
the entry instead of adding a second one. Days without a time are all-day events (DTSTART
as a DATE, DTEND the day after, as RFC 5545 §3.6.1 says); times are local to
Europe/Stockholm, whose VTIMEZONE is in the feed. An event with only `månad` spans its
months as one all-day entry, marked free (TRANSP) so it does not block anyone's days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import icalendar

from ..i18n import t
from . import text

if TYPE_CHECKING:
    from ..cycle.days import Occurrence

TIME_ZONE = "Europe/Stockholm"
DEFAULT_LENGTH = timedelta(hours=1)
"""A time without an end (`2026-02-18 13:00`) lasts an hour."""


def feed(
    entries: list[Occurrence], name: str, years: tuple[int, ...], today: date, lang: str
) -> bytes:
    """The feed as bytes (CRLF lines, folded at 75 octets, UTF-8)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//rustool//årshjul//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE)
    # DTSTAMP: when the feed was made; the day given (--today) keeps the output reproducible
    stamp = datetime.combine(today, time(0), tzinfo=UTC)
    for entry in entries:
        calendar.add_component(_event(entry, stamp, lang))
    calendar.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 1, 12, 31)
    )
    data: bytes = calendar.to_ical()
    return data


def _event(entry: Occurrence, stamp: datetime, lang: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    if entry.start is not None:
        zone = ZoneInfo(TIME_ZONE)
        start = datetime.combine(entry.first, entry.start, tzinfo=zone)
        end = datetime.combine(entry.first, entry.end, tzinfo=zone) if entry.end else None
        event.add("dtstart", start)
        event.add("dtend", end or start + DEFAULT_LENGTH)
    else:
        event.add("dtstart", entry.first)
        event.add("dtend", entry.last + timedelta(days=1))
    event.add("summary", text.title(entry, lang))
    event.add("description", text.description(entry, lang))
    if entry.event is not None:
        event.add("categories", [t(f"report.event_type.{entry.event.kind}", lang)])
        if entry.event.owner:
            event.add("contact", entry.event.owner)
    if not entry.dated:
        event.add("transp", "TRANSPARENT")
    return event
