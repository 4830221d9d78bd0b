"""The picture's timeline (``link.picture_records._timeline``) orders dates by the first day
of the interval they cover (``link.timeline.date_sort_key``), not by their spelling."""

from sitroom.link.picture_records import _timeline

DOCS = {"a": {"published": "2015-01-15T09:00:00"}, "b": {"published": "2015-01-16"},
        "n": {"published": None}}


def _ev(eid, date, doc="a", start=0, historical=False):
    return {"id": eid, "date": date, "date_precision": None, "date_source": None,
            "historical": historical, "type": "other", "summary": eid, "docs": [doc],
            "evidence": [{"doc": doc, "start": start, "end": start + 1, "text": "x", "sent": 0}]}


def _order(events):
    return [t["event"] for t in _timeline(events, DOCS)]


def test_week_before_the_days_it_precedes():
    # "2015-W02" (5-11 January) is before 15 January, though it spells later as a string
    assert _order([_ev("day", "2015-01-15"), _ev("week", "2015-W02")]) == ["week", "day"]


def test_season_quarter_month_and_year_by_first_day_coarser_first():
    events = [_ev("dec", "2015-12"), _ev("summer", "2015-SU"), _ev("q3", "2015-Q3"),
              _ev("year", "2015"), _ev("july", "2015-07"), _ev("june1", "2015-06-01")]
    assert _order(events) == ["year", "summer", "june1", "q3", "july", "dec"]


def test_event_without_its_own_date_stands_at_its_report_day():
    events = [_ev("next_day", "2015-01-16"), _ev("undated", None, doc="a"),
              _ev("week", "2015-W02"), _ev("same_day", "2015-01-15")]
    assert _order(events) == ["week", "same_day", "undated", "next_day"]


def test_event_with_no_day_at_all_comes_last():
    events = [_ev("none", None, doc="n"), _ev("ref", "PAST_REF", doc="n"),
              _ev("later", "2016-03")]
    assert _order(events)[0] == "later"
    assert set(_order(events)[1:]) == {"none", "ref"}


def test_ties_keep_report_then_offset_order_whatever_the_input_order():
    events = [_ev("b0", "2015-01-10", doc="b", start=0), _ev("a9", "2015-01-10", doc="a", start=9),
              _ev("a2", "2015-01-10", doc="a", start=2)]
    assert _order(events) == ["a2", "a9", "b0"]
    assert _order(list(reversed(events))) == ["a2", "a9", "b0"]


def test_history_still_after_the_crisis_own_events():
    events = [_ev("old", "1999", historical=True), _ev("now", "2015-W02")]
    assert _order(events) == ["now", "old"]


def test_timeline_order_numbers_follow_the_sorted_order():
    tl = _timeline([_ev("day", "2015-01-15"), _ev("week", "2015-W02")], DOCS)
    assert [(t["order"], t["id"], t["date"]) for t in tl] == [(1, "t1", "2015-W02"),
                                                            (2, "t2", "2015-01-15")]
