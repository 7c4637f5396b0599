"""rustool calendar: the årshjul as an iCalendar feed, read back by two independent parsers
(icalendar, which wrote it, and ical, which shares no code with it) and held to RFC 5545's
required properties by a small checker of its own; and the A3 poster."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from .conftest import DALARNA, KRONOBERG, TODAY
from .golden import assert_golden


def feed(cli, root: Path, *args: str) -> bytes:
    result = cli("calendar", root, "--today", TODAY, *args)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


# --------------------------------------------------------------- RFC 5545, checked by hand


def unfold(data: bytes) -> list[str]:
    """Content lines (RFC 5545 §3.1): CRLF-separated, each at most 75 octets, folded lines
    continued by a leading space or tab."""
    assert data.endswith(b"\r\n")
    raw = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in raw), "bare LF or CR"
    assert all(len(line) <= 75 for line in raw), "a line longer than 75 octets"
    lines: list[str] = []
    for line in raw:
        if line[:1] in (b" ", b"\t"):
            lines[-1] += line[1:].decode("utf-8")
        else:
            lines.append(line.decode("utf-8"))
    return lines


def components(lines: list[str]) -> list[tuple[str, dict[str, list[str]]]]:
    """(name, {property: [lines]}) for every component, nested ones flattened."""
    stack: list[tuple[str, dict[str, list[str]]]] = []
    done = []
    for line in lines:
        name, _, value = line.partition(":")
        prop = name.split(";")[0].upper()
        if prop == "BEGIN":
            stack.append((value, {}))
        elif prop == "END":
            assert stack and stack[-1][0] == value, f"END:{value} without its BEGIN"
            done.append(stack.pop())
        else:
            assert stack, f"a property outside any component: {line}"
            stack[-1][1].setdefault(prop, []).append(line)
    assert not stack, "a component never ends"
    return done


def check_rfc5545(data: bytes) -> int:
    """The properties RFC 5545 requires (§3.4, §3.6.1, §3.6.5, §3.8.3.1), once each where it
    says so; returns the number of events."""
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    found = components(lines)
    calendar = [props for name, props in found if name == "VCALENDAR"]
    assert len(calendar) == 1
    assert len(calendar[0]["PRODID"]) == 1 and calendar[0]["VERSION"] == ["VERSION:2.0"]
    zones = {p["TZID"][0].split(":", 1)[1] for n, p in found if n == "VTIMEZONE"}
    for name, props in found:
        if name in ("STANDARD", "DAYLIGHT"):
            for prop in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
                assert len(props.get(prop, [])) == 1, (name, prop)
    events = [props for name, props in found if name == "VEVENT"]
    uids = []
    for props in events:
        for prop in ("UID", "DTSTAMP", "DTSTART"):
            assert len(props.get(prop, [])) == 1, (prop, props)
        assert not ("DTEND" in props and "DURATION" in props)
        uids.append(props["UID"][0])
        assert props["DTSTAMP"][0].endswith("Z")  # UTC, as §3.8.7.2 requires
        start, end = props["DTSTART"][0], props["DTEND"][0]
        for line in (start, end):
            tzid = re.search(r";TZID=([^;:]+)", line)
            assert tzid is None or tzid.group(1) in zones, f"no VTIMEZONE for {line}"
        all_day = ";VALUE=DATE:" in start
        assert all_day == (";VALUE=DATE:" in end), "DTSTART and DTEND of different types"
        assert end.split(":")[-1] > start.split(":")[-1], "an event that ends before it starts"
    assert len(uids) == len(set(uids)), "two events with one UID"
    return len(events)


# --------------------------------------------------------------- the feeds


@pytest.mark.parametrize("root", [DALARNA, KRONOBERG], ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_feed_parses_in_two_parsers_and_keeps_to_rfc5545(cli, root, lang):
    data = feed(cli, root, "--år", "2026", "--lang", lang)
    count = check_rfc5545(data)
    assert count > 15
    first = icalendar.Calendar.from_ical(data)
    mine = [(str(e["UID"]), str(e["SUMMARY"])) for e in first.walk("VEVENT")]
    second = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    theirs = [(e.uid, e.summary) for e in second.events]
    assert len(mine) == count and sorted(mine) == sorted(theirs)
    assert all(e.dtstart.year == 2026 for e in second.events)


def test_dates_times_and_texts_as_written(cli):
    data = feed(cli, DALARNA, "--år", "2026")
    events = {e.uid: e for e in IcsCalendarStream.calendar_from_ics(data.decode()).events}
    dalating = events["H07-2026@dalastrategin-arshjul.rustool"]  # 2026-05-20 09:00-16:00
    assert isinstance(dalating.dtstart, datetime)
    assert dalating.dtstart.isoformat() == "2026-05-20T09:00:00+02:00"
    assert dalating.dtend.isoformat() == "2026-05-20T16:00:00+02:00"
    report = events["H02-2026@dalastrategin-arshjul.rustool"]  # datum: 2026-02-18
    assert (report.dtstart, report.dtend) == (date(2026, 2, 18), date(2026, 2, 19))
    assert "Ansvarig: Enheten för kunskap och analys" in report.description
    assert "Regeringskansliet" in report.description
    tertial = [u for u in events if u.startswith("H08-2026")]
    assert sorted(tertial) == [
        "H08-2026-2@dalastrategin-arshjul.rustool",
        "H08-2026-3@dalastrategin-arshjul.rustool",
        "H08-2026@dalastrategin-arshjul.rustool",
    ]
    assert events["H08-2026-3@dalastrategin-arshjul.rustool"].summary.startswith("Senast: ")
    assert events["H08-2026-3@dalastrategin-arshjul.rustool"].dtstart == date(2026, 9, 10)
    villkor = events["H01-2026@dalastrategin-arshjul.rustool"]  # only `månad: 1`
    assert (villkor.dtstart, villkor.dtend) == (date(2026, 1, 1), date(2026, 2, 1))
    meetings = [e for u, e in events.items() if u.startswith("sammanträde-2026")]
    assert len(meetings) == 8
    assert meetings[0].summary == "Regionala utvecklingsnämnden – sammanträde"
    english = feed(cli, DALARNA, "--år", "2026", "--lang", "en").decode()
    assert "SUMMARY:Deadline: Tertialuppföljning" in english
    assert "Responsible: Enheten för kunskap och analys" in english.replace("\r\n ", "")


def test_uid_stays_when_the_date_moves_and_output_is_reproducible(cli, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    before = feed(cli, root, "--år", "2026")
    assert feed(cli, root, "--år", "2026") == before
    wheel = root / "arshjul.yaml"
    wheel.write_text(
        wheel.read_text("utf-8").replace("datum: 2026-02-18", "datum: 2026-02-25"), "utf-8"
    )
    after = feed(cli, root, "--år", "2026")
    uid = "UID:H02-2026@dalastrategin-arshjul.rustool"
    assert uid in before.decode() and uid in after.decode()
    assert "20260225" in after.decode() and after != before


def test_each_audience_its_own_feed(cli):
    internal = feed(cli, DALARNA, "--år", "2026", "--publik", "intern").decode()
    uids = re.findall(r"UID:(\S+)", internal)
    assert uids and all("forvaltningens-arshjul" in u for u in uids)
    external = feed(cli, DALARNA, "--år", "2026", "--publik", "extern").decode()
    assert "forvaltningens-arshjul" not in external
    municipalities = feed(cli, DALARNA, "--år", "2026", "--målgrupp", "länets kommuner")
    calendar = icalendar.Calendar.from_ical(municipalities)
    events = list(calendar.walk("VEVENT"))
    assert events and all("Länets kommuner" in str(e["DESCRIPTION"]) for e in events)


def test_a_mandate_period(cli):
    data = feed(cli, KRONOBERG, "--år", "2026", "--mandatperiod")
    check_rfc5545(data)
    years = {e.dtstart.year for e in IcsCalendarStream.calendar_from_ics(data.decode()).events}
    assert years == {2023, 2024, 2025, 2026}
    # H11, the aktualitetsprövning, belongs to mandate year 2 only
    assert re.findall(r"UID:(H11-\d+)", data.decode()) == ["H11-2024"]


def test_bad_options_and_a_broken_workspace(cli, tmp_path):
    unknown = cli("calendar", DALARNA, "--målgrupp", "Länets komuner")
    assert unknown.exit_code == 2 and "Länets kommuner" in unknown.output
    assert cli("calendar", DALARNA, "--publik", "alla").exit_code == 2
    assert cli("calendar", DALARNA, "-o", tmp_path / "x.pdf").exit_code == 2
    assert not (tmp_path / "x.pdf").exists()
    root = tmp_path / "ws"
    shutil.copytree(DALARNA, root)
    wheel = root / "arshjul.yaml"
    wheel.write_text(wheel.read_text("utf-8").replace("senast: 04-15", "senast: 04-31"), "utf-8")
    broken = cli("calendar", root, "-o", tmp_path / "hjul.ics", "--today", TODAY)
    assert broken.exit_code == 1 and "RUS103" in broken.output
    assert not (tmp_path / "hjul.ics").exists()


def test_golden_feed(cli):
    data = feed(cli, KRONOBERG, "--år", "2026")
    assert b"\r\n" in data
    assert_golden("calendar/grona_kronoberg.2026.ics", data.decode("utf-8").replace("\r\n", "\n"))


# --------------------------------------------------------------- the poster


@pytest.mark.parametrize("root", [DALARNA, KRONOBERG], ids=lambda p: p.name)
def test_poster_names_every_entry(cli, root, tmp_path):
    out = tmp_path / "hjul.svg"
    result = cli("calendar", root, "--år", "2026", "-o", out, "--today", TODAY)
    assert result.exit_code == 0, result.output
    svg = ET.parse(out).getroot()
    assert svg.get("width") == "420mm" and svg.get("height") == "297mm"
    texts = " ".join("".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    titles = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}title"))
    ics = icalendar.Calendar.from_ical(feed(cli, root, "--år", "2026"))
    for event in ics.walk("VEVENT"):
        assert str(event["SUMMARY"]) in titles  # the full name, on hover
        assert str(event["SUMMARY"])[:20] in texts  # and on paper, cut if long
    months = ["Januari", "Februari", "Mars", "December"]
    assert all(m in texts for m in months)
