"""A local HTTP server that answers like Kolada's API v3, for the tests (no internet).

It serves recorded-style answers in the documented shape (see docs/kolada.md):
``/v3/data/kpi/{kpi}/municipality/{areas}/year/{years}`` pages of at most ``per_page``
rows linked by ``next_page``, and ``/v3/kpi/{kpi}``. Some KPI ids misbehave on purpose:

- ``N99999`` does not exist (empty values, as Kolada answers for an unknown id);
- ``N00404`` answers 404, ``N00503`` always 503 (Retry-After: 0), ``N00429`` 429 once,
  ``N00430`` 429 asking for an hour's wait;
- ``N00600`` answers only after ``slow_seconds``;
- ``N00700`` answers a malformed body, ``N00701`` a gender Kolada does not have,
  ``N00702`` a next_page on another host, ``N00703`` a next_page back to itself.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Figures = dict[tuple[str, str, int], dict[str, float | None]]
"""(kpi, area, year) → {gender: value}."""

KPI_TITLES = {
    "N00401": "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv",
    "N07945": "Elbilar i trafik, andel av personbilar i trafik (%)",
    "N01982": "Invånare 25-64 år med eftergymnasial utbildning, andel (%)",
    "N00914": "Förvärvsarbetande invånare 20-64 år, andel (%)",
    "N07918": "Hushåll med tillgång till bredband om minst 1 Gbit/s, andel (%)",
    "N05402": "Valdeltagande i senaste regionval, andel (%)",
    "N00997": "Gini-koefficient, disponibel inkomst",
    "N03926": "Långtidsarbetslöshet 25-64 år, andel (%) av befolkningen",
}


def example_figures() -> Figures:
    """Figures for the examples' KPIs in Dalarna (0020) and Kronoberg (0007), 2015–2025,
    agreeing with every outcome and baseline the examples write by hand (so a fetch only
    fills in the missing years) and interpolated between them; Sweden (0000) is the
    county's figure plus one. 2025 is not yet reported (null). Illustrative numbers."""
    from pathlib import Path

    import yaml

    figures: Figures = {}
    examples = Path(__file__).resolve().parent.parent / "examples"
    for name in ("dalastrategin", "grona_kronoberg"):
        data = yaml.safe_load((examples / name / "strategi.yaml").read_text(encoding="utf-8"))
        area = "00" + data["region"]["länskod"]
        for goal in (g for a in data["områden"] for g in a["mål"]):
            for indicator in goal.get("indikatorer", []):
                if "kolada" not in indicator:
                    continue
                known = {m["år"]: float(m["värde"]) for m in indicator.get("utfall", [])}
                known.setdefault(indicator["baslinje"]["år"], indicator["baslinje"]["värde"])
                for year in range(2015, 2026):
                    total = None if year == 2025 else _interpolate(known, year)
                    kpi = indicator["kolada"]
                    figures[(kpi, area, year)] = _genders(total)
                    figures[(kpi, "0000", year)] = _genders(
                        None if total is None else round(total + 1, 3)
                    )
    return figures


def _interpolate(known: dict[int, float], year: int) -> float:
    if year in known:
        return known[year]
    before = [y for y in known if y < year]
    after = [y for y in known if y > year]
    if not before or not after:
        nearest = min(known, key=lambda y: abs(y - year))
        return known[nearest]
    a, b = max(before), min(after)
    return round(known[a] + (known[b] - known[a]) * (year - a) / (b - a), 3)


def _genders(total: float | None) -> dict[str, float | None]:
    if total is None:
        return {"T": None, "K": None, "M": None}
    return {"T": total, "K": round(total * 1.02, 3), "M": round(total * 0.98, 3)}


@dataclass
class Kolada:
    figures: Figures = field(default_factory=example_figures)
    per_page: int = 5
    slow_seconds: float = 3.0
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    delay: float = 0.0
    """Seconds every answer takes (to see how many requests are open at once)."""
    open_now: int = 0
    open_most: int = 0
    url: str = ""
    _once: set[str] = field(default_factory=set)

    def data_requests(self) -> list[str]:
        return [path for path, _ in self.requests if "/data/" in path]

    # --- answers

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(path)
        segments = parts.path.strip("/").split("/")
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if segments[:2] == ["v3", "kpi"] and len(segments) == 3:
            return self._kpi(segments[2])
        if segments[:3] == ["v3", "data", "kpi"] and len(segments) == 8:
            kpi, areas, years = segments[3], segments[5].split(","), segments[7].split(",")
            return self._data(path, kpi, areas, years, query)
        return 404, {}, b'{"error": "not found"}'

    def _kpi(self, kpi: str) -> tuple[int, dict[str, str], bytes]:
        values = []
        if kpi in KPI_TITLES:
            values = [{"id": kpi, "title": KPI_TITLES[kpi], "municipality_type": "A"}]
        return 200, {}, _json({"count": len(values), "values": values})

    def _data(
        self, path: str, kpi: str, areas: list[str], years: list[str], query: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if kpi == "N00404":
            return 404, {}, b"Not Found"
        if kpi == "N00503":
            return 503, {"Retry-After": "0"}, b"busy"
        if kpi == "N00430":
            return 429, {"Retry-After": "3600"}, b"come back in an hour"
        if kpi == "N00429" and kpi not in self._once:
            self._once.add(kpi)
            return 429, {"Retry-After": "0"}, b"slow down"
        if kpi == "N00600":
            time.sleep(self.slow_seconds)
        if kpi == "N00700":
            return 200, {}, b'{"values": [{"kpi": "N00700", "period": 20'
        rows = self._rows(kpi, areas, years)
        if kpi == "N00701":
            rows = [
                {
                    "kpi": kpi,
                    "municipality": areas[0],
                    "period": 2023,
                    "values": [{"gender": "X", "status": "", "value": 1.0, "count": 1}],
                }
            ]
        page = int(query.get("page", "1"))
        chunk = rows[(page - 1) * self.per_page : page * self.per_page]
        more = page * self.per_page < len(rows)
        base = path.split("?")[0]
        next_page = f"{self.url}{base}?page={page + 1}&per_page={self.per_page}" if more else None
        if kpi == "N00702":
            next_page = "http://elsewhere.invalid/v3/data/kpi/N00702?page=2"
        if kpi == "N00703":
            next_page = f"{self.url}{path}"
        body = {"count": len(chunk), "values": chunk, "next_page": next_page, "previous_page": None}
        return 200, {}, _json(body)

    def _rows(self, kpi: str, areas: list[str], years: list[str]) -> list[dict[str, Any]]:
        rows = []
        for area in areas:
            for year in years:
                genders = self.figures.get((kpi, area, int(year)))
                if genders is None:
                    continue
                # v3 writes period as a number; some answers (and v2) as text: both occur
                period: int | str = int(year) if int(year) % 2 else str(year)
                rows.append(
                    {
                        "kpi": kpi,
                        "municipality": area,
                        "period": period,
                        "values": [
                            {"gender": g, "status": "", "value": v, "count": 1}
                            for g, v in genders.items()
                        ],
                    }
                )
        return rows


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


@contextmanager
def serve(kolada: Kolada | None = None) -> Iterator[Kolada]:
    """Kolada on 127.0.0.1 (a free port) in a thread, for the duration of the block."""
    kolada = kolada or Kolada()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            kolada.requests.append((self.path, dict(self.headers)))
            with lock:
                kolada.open_now += 1
                kolada.open_most = max(kolada.open_most, kolada.open_now)
            time.sleep(kolada.delay)
            try:
                status, headers, body = kolada.answer(self.path)
            finally:
                with lock:
                    kolada.open_now -= 1
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up (a timeout test)
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that hung up (the timeout test) is no error of the server's

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    kolada.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield kolada
    finally:
        server.shutdown()
        server.server_close()
