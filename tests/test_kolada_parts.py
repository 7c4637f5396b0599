"""The Kolada package's parts on their own: reading answers, the cache, ids."""

from __future__ import annotations

import contextlib
import json
import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rustool.kolada.cache import Cache, cache_folder
from rustool.kolada.client import _retry_after
from rustool.kolada.ids import is_kpi_id, kpi_suggestion
from rustool.kolada.problem import KoladaProblem
from rustool.kolada.response import parse_data, parse_kpi

AREAS = frozenset({"0020", "0000"})


def page(*rows: dict, **extra: object) -> bytes:
    return json.dumps({"count": len(rows), "values": list(rows), **extra}).encode()


def row(period: object = 2023, value: object = 80.9, gender: object = "T") -> dict:
    return {
        "kpi": "N00914",
        "municipality": "0020",
        "period": period,
        "values": [{"gender": gender, "status": "", "value": value, "count": 1}],
    }


def test_a_page_in_the_documented_shape():
    body = page(row(2022, 80.1), row("2023", None), next_page="https://x/v3/next")
    parsed = parse_data(body, "N00914", AREAS)
    assert [(p.year, p.value) for p in parsed.points] == [(2022, 80.1), (2023, None)]
    assert parsed.next == "https://x/v3/next"
    assert parse_data(page(row(), next_url="u"), "N00914", AREAS).next == "u"
    assert parse_data(page(row(), next_page=None), "N00914", AREAS).next is None


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (b"\xff\xfe", "kolada.bad.encoding"),
        (b"{", "kolada.bad.json"),
        (b'{"values": [{"value": NaN}]}', "kolada.bad.json"),
        (b"[]", "kolada.bad.not_object"),
        (b'{"values": {}}', "kolada.bad.list"),
        (b"[" * 100_000, "kolada.bad.json"),
        (page("row"), "kolada.bad.object"),
        (page({**row(), "kpi": "N00915"}), "kolada.bad.other_kpi"),
        (page({**row(), "municipality": "2080"}), "kolada.bad.other_area"),
        (page(row(period="20x3")), "kolada.bad.year"),
        (page(row(period="２０２３")), "kolada.bad.year"),
        (page(row(period=True)), "kolada.bad.year"),
        (page(row(gender="X")), "kolada.bad.gender"),
        (page(row(value=True)), "kolada.bad.number"),
        (page(row(value="80,9")), "kolada.bad.number"),
        (page(row(value=1e300)), "kolada.bad.number"),
        (page(row(), next_page=3), "kolada.bad.text"),
    ],
)
def test_an_answer_not_as_documented_is_a_problem(body, key):
    with pytest.raises(KoladaProblem) as caught:
        parse_data(body, "N00914", AREAS)
    assert caught.value.key == key


def test_a_value_from_the_answer_is_shown_safely():
    with pytest.raises(KoladaProblem) as caught:
        parse_data(page(row(gender="\x1b[31m\u202eX")), "N00914", AREAS)
    shown = caught.value.fields["value"]
    assert "\x1b" not in shown and "\u202e" not in shown


@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_never_crash(body):
    with contextlib.suppress(KoladaProblem):
        parse_data(body, "N00914", AREAS)


def test_kpi_metadata_says_whether_kolada_knows_the_kpi():
    assert parse_kpi(page({"id": "N00914", "title": "x"}), "N00914")
    assert not parse_kpi(page(), "N99999")


def test_retry_after_as_seconds_or_a_date():
    assert _retry_after("120") == 120
    assert _retry_after(None) is None and _retry_after("soon") is None
    later = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 20 < (_retry_after(later) or 0) <= 31


def test_kpi_ids():
    assert is_kpi_id("N00914") and is_kpi_id("U07801")
    assert not is_kpi_id("N914") and not is_kpi_id("n00914") and not is_kpi_id("N009140")
    assert kpi_suggestion("n914") == "N00914"
    assert kpi_suggestion(" N00914 ") == "N00914"
    assert kpi_suggestion("N00914") is None and kpi_suggestion("Kolada") is None


# --- the cache


def test_the_cache_is_private_keyed_by_url_and_expires(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = cache_folder()
    assert folder == tmp_path / "rustool" / "kolada"
    assert folder.stat().st_mode & 0o777 == 0o700
    cache = Cache(folder)
    cache.put("http://k/a", b'{"values": []}')
    assert cache.get("http://k/a") == b'{"values": []}'
    assert cache.get("http://k/b") is None
    entry = next(folder.iterdir())
    assert entry.stat().st_mode & 0o777 == 0o600
    os.utime(entry, (time.time() - 13 * 3600,) * 2)
    assert cache.get("http://k/a") is None  # older than twelve hours


def test_a_cache_folder_others_may_write_to_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "rustool" / "kolada"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert cache_folder() is None
    folder.chmod(0o700)
    assert cache_folder() == folder


def test_a_cache_entry_that_is_not_ours_is_ignored(tmp_path):
    cache = Cache(tmp_path)
    cache.put("http://k/a", b"{}")
    entry = next(tmp_path.iterdir())
    entry.write_text(json.dumps({"url": "http://k/other", "body": "{}"}))
    assert cache.get("http://k/a") is None
    entry.write_text("not json")
    assert cache.get("http://k/a") is None
    assert Cache(None).get("http://k/a") is None
