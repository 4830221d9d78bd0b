from datetime import UTC, date, datetime, timedelta, timezone

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from sitroom import timeval


def test_every_precision_has_its_interval():
    cases = {
        "2023": ("2023-01-01T00:00:00+00:00", "2024-01-01T00:00:00+00:00", "year"),
        "199": ("1990-01-01T00:00:00+00:00", "2000-01-01T00:00:00+00:00", "decade"),
        "19": ("1900-01-01T00:00:00+00:00", "2000-01-01T00:00:00+00:00", "century"),
        "2023-06": ("2023-06-01T00:00:00+00:00", "2023-07-01T00:00:00+00:00", "month"),
        "2023-Q4": ("2023-10-01T00:00:00+00:00", "2024-01-01T00:00:00+00:00", "quarter"),
        "2023-H1": ("2023-01-01T00:00:00+00:00", "2023-07-01T00:00:00+00:00", "half"),
        "2023-WI": ("2023-12-01T00:00:00+00:00", "2024-03-01T00:00:00+00:00", "season"),
        "2023-W25": ("2023-06-19T00:00:00+00:00", "2023-06-26T00:00:00+00:00", "week"),
        "2023-W25-WE": ("2023-06-24T00:00:00+00:00", "2023-06-26T00:00:00+00:00", "weekend"),
        "2023-06-24": ("2023-06-24T00:00:00+00:00", "2023-06-25T00:00:00+00:00", "day"),
        "2023-06-24TEV": ("2023-06-24T17:00:00+00:00", "2023-06-25T00:00:00+00:00", "part_of_day"),
        "2023-06-24TNI": ("2023-06-24T20:00:00+00:00", "2023-06-25T06:00:00+00:00", "part_of_day"),
        "2023-06-24T05": ("2023-06-24T05:00:00+00:00", "2023-06-24T06:00:00+00:00", "hour"),
        "2023-06-24T05:37+01:00": ("2023-06-24T04:37:00+00:00", "2023-06-24T04:38:00+00:00",
                                   "minute"),
        "2023-06-24T05:37:10Z": ("2023-06-24T05:37:10+00:00", "2023-06-24T05:37:11+00:00",
                                 "second"),
        "2023-06-23/2023-06-24TMO": ("2023-06-23T00:00:00+00:00", "2023-06-24T12:00:00+00:00",
                                     "interval"),
    }
    for value, expected in cases.items():
        s = timeval.parse(value)
        assert (s.start.isoformat(), s.end.isoformat(), s.precision) == expected, value


def test_values_without_a_span_are_none():
    for v in (None, "", "P2W", "PAST_REF", "XXXX-06", "2023-13", "2023-02-30", "2023-06-24TZZ",
              "2023-Q5", "0000", "2023-06-25/2023-06-24", "soon"):
        assert timeval.parse(v) is None, v
        assert timeval.iso_fields(v) == {"start": None, "end": None, "precision": None}


def test_a_value_without_zone_is_read_in_the_zone_given():
    moscow = timezone(timedelta(hours=3))
    s = timeval.parse("2023-06-24TMO", moscow)
    assert s.start == datetime(2023, 6, 24, 1, tzinfo=UTC)


def test_compare_says_before_overlap_after():
    assert timeval.compare("2023-06-24TMO", "2023-06-24TEV") == -1
    assert timeval.compare("2023-06-24TEV", "2023-06-24TMO") == 1
    assert timeval.compare("2023-06", "2023-06-24T05:37+03:00") == 0
    assert timeval.compare("2023-06-24T23:30-02:00", "2023-06-25") == 0  # 01:30 UTC on the 25th
    assert timeval.compare("2023", "PAST_REF") is None


def test_words_read_as_an_analyst_would():
    assert timeval.words("2023-06-24TEV") == "24 Jun 2023, evening"
    assert timeval.words("2023-W25") == "19-25 Jun 2023"
    assert timeval.words("2023-06-24T05:37+01:00") == "24 Jun 2023 05:37 +01:00"
    assert timeval.words("2023-06") == "Jun 2023"
    assert timeval.words("2023-SU") == "summer 2023"
    assert timeval.words("199") == "the 1990s"
    assert timeval.words("19") == "the 20th century"
    assert timeval.words(None) == "undated"
    assert timeval.words("PAST_REF") == "PAST_REF"


def test_one_part_of_day_table_from_data():
    table = timeval.parts_of_day()
    assert set(table) == {"MO", "MI", "AF", "EV", "NI", "DT"}
    assert all(0 <= p["start"] < p["end"] <= 36 and p["words"] for p in table.values())


_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
_zones = st.integers(min_value=-12 * 4, max_value=14 * 4).map(
    lambda q: timezone(timedelta(minutes=15 * q)))


def _values(d: date) -> list[str]:
    y, w, _ = d.isocalendar()
    return [f"{d.year}", f"{d.year // 10}", f"{d.year:04d}-{d.month:02d}",
            f"{d.year}-Q{(d.month - 1) // 3 + 1}", f"{y}-W{w:02d}", d.isoformat()]


@given(_days)
def test_coarser_values_contain_the_day(d):
    day = timeval.parse(d.isoformat())
    for v in _values(d):
        s = timeval.parse(v)
        assert s.start <= day.start and day.end <= s.end, v
        assert timeval.compare(v, d.isoformat()) == 0


@given(_days, st.sampled_from(sorted(timeval.parts_of_day())), _zones)
def test_every_span_is_utc_nonempty_and_pandas_reads_it(d, part, zone):
    for v in _values(d) + [f"{d.isoformat()}T{part}", f"{d.isoformat()}T13:05"]:
        s = timeval.parse(v, zone)
        assert s.start < s.end
        assert s.start.utcoffset() == timedelta(0) == s.end.utcoffset()
        stamps = pd.to_datetime([s.iso()["start"], s.iso()["end"]], utc=True)
        assert stamps[0] == pd.Timestamp(s.start) and stamps[1] == pd.Timestamp(s.end)


@given(_days, _days)
def test_compare_is_antisymmetric_and_agrees_with_calendar_order(a, b):
    c = timeval.compare(a.isoformat(), b.isoformat())
    assert c == (a > b) - (a < b)
    assert timeval.compare(b.isoformat(), a.isoformat()) == -c


@given(_days, st.integers(0, 23), st.integers(0, 59), _zones)
def test_a_zoned_time_is_the_same_instant_in_utc(d, h, mi, zone):
    local = datetime(d.year, d.month, d.day, h, mi, tzinfo=zone)
    s = timeval.parse(local.isoformat(timespec="minutes"))
    assert s.start == local and s.precision == "minute"


def test_unix_seconds_keep_the_writers_offset():
    assert timeval.zoned("1773425112", "2026-03-13T20:05:12") == "2026-03-13T20:05:12+02:00"
    assert timeval.zoned(1773425112) == "2026-03-13T18:05:12+00:00"
    assert timeval.zoned("soon", "2026-03-13T20:05:12") is None


def test_days_are_on_the_writers_calendar():
    from datetime import date

    assert timeval.days("2023-06-24T23:30+03:00") == (date(2023, 6, 24), date(2023, 6, 24))
    assert timeval.days("2023-06-24TNI") == (date(2023, 6, 24), date(2023, 6, 24))
    assert timeval.days("2023-W25") == (date(2023, 6, 19), date(2023, 6, 25))
    assert timeval.days("2023-W25-WE") == (date(2023, 6, 24), date(2023, 6, 25))
    assert timeval.days("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert timeval.days("2004-XX-XX") == (date(2004, 1, 1), date(2004, 12, 31))
    assert timeval.days("2023-06-XX") == (date(2023, 6, 1), date(2023, 6, 30))
    assert timeval.days("XXXX-06") is None and timeval.days("P2W") is None


def test_the_old_date_readers_are_timeval():
    from sitroom.extract.time_calc import interval
    from sitroom.link.agreement import when
    from sitroom.report_text import PART_NAMES, date_span, parse_date

    assert interval("2023-Q2") == timeval.days("2023-Q2")
    assert when("2023-06-24T05:37+01:00") == timeval.timestamp("2023-06-24T05:37+01:00") == (
        timeval.parse("2023-06-24T04:37Z").start.timestamp())
    assert parse_date("2023-06-24TEV").hour == timeval.parts_of_day()["EV"]["start"]
    lo, hi = date_span("9999-12-31")  # the calendar's last day still has a span
    assert (lo.isoformat(), hi.date().isoformat()) == ("9999-12-31T00:00:00", "9999-12-31")
    assert PART_NAMES == {k: v["words"] for k, v in timeval.parts_of_day().items()}


def test_allowed_hours_of_a_dated_mention():
    day = timeval.allowed_hours("2023-06-24")
    evening = timeval.allowed_hours("2023-06-24TEV")
    clock = timeval.allowed_hours("2023-06-24T05:37")
    stamp = timeval.allowed_hours("2023-06-24T05:37", from_entry=True)
    assert day is not None and evening is not None and clock is not None and stamp is not None
    assert day[1] - day[0] == 24
    ev = timeval.parts_of_day()["EV"]
    assert (evening[0] - day[0], evening[1] - day[0]) == (ev["start"] - 1, ev["end"] + 1)
    assert round(clock[1] - clock[0], 6) == 2
    assert stamp[0] == day[0] and round(stamp[1] - day[0], 4) == round(6 + 37 / 60, 4)
    assert timeval.allowed_hours("2023-06") is None and timeval.allowed_hours(None) is None
