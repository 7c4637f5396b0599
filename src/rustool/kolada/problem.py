"""What can go wrong talking to Kolada, as data: a message key and its fields."""

from __future__ import annotations


class KoladaProblem(Exception):
    """The network, an HTTP status or an answer not as documented; ``key`` names the
    message (kolada.net.*, kolada.http.*, kolada.bad.*), ``fields`` fill it. The KPI and
    the address asked are added by the caller that knows them."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key, self.fields = key, fields


def shown(value: object, limit: int = 40) -> str:
    """A value from an answer, safe to print: cut short, quoted, every character that is
    not printable ASCII escaped (no terminal escape or direction override gets through)."""
    import json

    text = value if isinstance(value, str) else json.dumps(value)
    return json.dumps(text[:limit] + ("…" if len(text) > limit else ""))
