"""The årshjul for people's calendars and walls: an iCalendar feed (RFC 5545) and an A3
poster (SVG or HTML), for a year or a mandate period, per audience."""
