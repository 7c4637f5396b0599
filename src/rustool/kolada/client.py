"""Kolada over HTTP (httpx), as a good network citizen.

Every request names rustool and its version (User-Agent), has a deadline, and is read up
to a limit; at most ``in_flight`` are open at once. An answer of 429 or 5xx is tried again
a few times, after Retry-After when Kolada says how long (within ``max_wait``), else with a
doubling pause. Paging follows `next_page` only on Kolada's own host, at most
``max_pages`` pages, and never the same page twice. Answers are kept in the cache (see
cache.py) unless ``refresh``.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

from .. import __version__
from .cache import Cache
from .problem import KoladaProblem
from .response import Point, parse_data, parse_kpi

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
YEARS_PER_REQUEST = 25
"""Kolada refuses longer lists of years in one request."""


@dataclass(frozen=True, slots=True)
class Settings:
    base_url: str
    timeout: float = 30.0
    """Seconds one request may take in all, from connecting to the last byte."""
    retries: int = 3
    backoff: float = 0.5
    max_wait: float = 60.0
    max_pages: int = 50
    max_bytes: int = 16 * 1024 * 1024
    in_flight: int = 4
    refresh: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """One KPI for some areas and years."""

    kpi: str
    areas: tuple[str, ...]
    years: tuple[int, ...]


@dataclass(slots=True)
class Answer:
    kpi: str
    points: list[Point] = field(default_factory=list)
    known: bool = True
    """False when Kolada answers that it has no such KPI."""
    problem: KoladaProblem | None = None
    url: str = ""


def fetch(queries: Iterable[Query], settings: Settings, cache: Cache) -> list[Answer]:
    """Every query's answer, in order; a query that failed carries its problem."""
    return asyncio.run(_fetch_all(list(queries), settings, cache))


async def _fetch_all(queries: list[Query], settings: Settings, cache: Cache) -> list[Answer]:
    headers = {"User-Agent": f"rustool/{__version__}", "Accept": "application/json"}
    limits = httpx.Limits(
        max_connections=settings.in_flight, max_keepalive_connections=settings.in_flight
    )
    async with httpx.AsyncClient(
        headers=headers,
        timeout=httpx.Timeout(settings.timeout),
        limits=limits,
        follow_redirects=False,
    ) as http:
        session = _Session(http, settings, cache, asyncio.Semaphore(settings.in_flight))
        return list(await asyncio.gather(*(session.answer(q) for q in queries)))


class _Session:
    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: Settings,
        cache: Cache,
        slots: asyncio.Semaphore,
    ) -> None:
        self.http, self.settings, self.cache, self.slots = http, settings, cache, slots
        self.base = httpx.URL(settings.base_url.rstrip("/") + "/")

    async def answer(self, query: Query) -> Answer:
        answer = Answer(query.kpi)
        try:
            for years in _chunks(query.years, YEARS_PER_REQUEST):
                answer.url = self._data_url(query, years)
                answer.points += await self._pages(answer.url, query)
            if not any(p.value is not None for p in answer.points):
                answer.url = str(self.base.join(f"kpi/{query.kpi}"))
                answer.known = parse_kpi(await self._get(answer.url), query.kpi)
        except KoladaProblem as problem:
            answer.problem = problem
        return answer

    def _data_url(self, query: Query, years: tuple[int, ...]) -> str:
        areas = ",".join(query.areas)
        span = ",".join(str(y) for y in years)
        return str(self.base.join(f"data/kpi/{query.kpi}/municipality/{areas}/year/{span}"))

    async def _pages(self, url: str, query: Query) -> list[Point]:
        points: list[Point] = []
        seen: set[str] = set()
        next_url: str | None = url
        while next_url is not None:
            if next_url in seen:
                raise KoladaProblem("kolada.bad.page_loop")
            if len(seen) >= self.settings.max_pages:
                raise KoladaProblem("kolada.bad.too_many_pages", limit=self.settings.max_pages)
            seen.add(next_url)
            page = parse_data(await self._get(next_url), query.kpi, frozenset(query.areas))
            points += page.points
            next_url = self._next(next_url, page.next)
        return points

    def _next(self, current: str, target: str | None) -> str | None:
        """The next page's address, resolved against this one; only on Kolada's host."""
        if target is None:
            return None
        try:
            url = httpx.URL(current).join(target)
        except (httpx.InvalidURL, ValueError):
            raise KoladaProblem("kolada.bad.next_page") from None
        if (url.scheme, url.host, url.port) != (self.base.scheme, self.base.host, self.base.port):
            raise KoladaProblem("kolada.bad.other_host", host=url.host[:80])
        return str(url)

    async def _get(self, url: str) -> bytes:
        if not self.settings.refresh:
            cached = self.cache.get(url)
            if cached is not None:
                return cached
        attempt = 0
        while True:
            status, body, wait = await self._attempt(url, attempt)
            if status == 200:
                self.cache.put(url, body)
                return body
            if status not in RETRY_STATUSES or attempt >= self.settings.retries:
                raise KoladaProblem("kolada.http.status", status=status)
            if wait > self.settings.max_wait:
                raise KoladaProblem("kolada.http.wait", status=status, seconds=round(wait))
            await asyncio.sleep(wait)
            attempt += 1

    async def _attempt(self, url: str, attempt: int) -> tuple[int, bytes, float]:
        """(status, body, seconds to wait before trying again)."""
        settings = self.settings
        async with self.slots:
            try:
                async with asyncio.timeout(settings.timeout):
                    return await self._read(url, attempt)
            except TimeoutError:
                raise KoladaProblem("kolada.net.timeout", seconds=settings.timeout) from None
            except httpx.TimeoutException:
                raise KoladaProblem("kolada.net.timeout", seconds=settings.timeout) from None
            except httpx.ConnectError as exc:
                raise KoladaProblem("kolada.net.connect", reason=_reason(exc)) from None
            except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                if attempt < settings.retries:  # the connection dropped: as a 503
                    return 503, b"", settings.backoff * 2**attempt
                raise KoladaProblem("kolada.net.broken", reason=_reason(exc)) from None
            except httpx.HTTPError as exc:
                raise KoladaProblem("kolada.net.other", reason=_reason(exc)) from None

    async def _read(self, url: str, attempt: int) -> tuple[int, bytes, float]:
        limit = self.settings.max_bytes
        async with self.http.stream("GET", url) as response:
            if response.status_code != 200:
                wait = _retry_after(response.headers.get("Retry-After"))
                return (
                    response.status_code,
                    b"",
                    (wait if wait is not None else self.settings.backoff * 2**attempt),
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise KoladaProblem("kolada.bad.too_large", limit_mb=limit // 2**20)
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise KoladaProblem("kolada.bad.too_large", limit_mb=limit // 2**20)
                chunks.append(chunk)
            return 200, b"".join(chunks), 0.0


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds, or as an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _reason(exc: Exception) -> str:
    """The library's reason, which may quote the server's bytes: only printable text."""
    text = str(exc) or type(exc).__name__
    return "".join(c if c.isprintable() else "?" for c in text[:200])


def _chunks(years: tuple[int, ...], size: int) -> list[tuple[int, ...]]:
    return [years[i : i + size] for i in range(0, len(years), size)]
