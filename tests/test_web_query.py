"""Filtered views through the store's indexes give exactly what filtering the whole picture in
memory gives, for dates of every precision and time zone, undated events, actors named only by
text, outlets and stories."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.model import Document
from sitroom.store import INDEXES, Store
from sitroom.web.background import Background
from sitroom.web.filters import FilterError, Filters, filter_picture
from sitroom.web.site import Site

DATES = (None, "2024", "2024-05", "2024-W19", "2024-05-06", "2024-05-07TEV",
         "2024-05-06T23:30-05:00", "2024-05-08T01:00+14:00", "2024-05-31", "2024-06-01",
         "9999-12-31", "0001-01-01", "2023-12-31T23:59Z", "2024-05-07 10:00", "2024-05-06TMO",
         "2024-05-08T23:59-12:00", "2024-05-05T22:00-14:00")
OUTLETS = ("Wire", "River Post", None)


def events():
    out = []
    for i, date in enumerate(DATES * 3):
        doc = f"d{i % 6}"
        out.append({"id": f"e{i}", "type": ("ASSAULT", "PROTEST")[i % 2],
                    "actor": f"a:{i % 4}" if i % 5 else None, "recipient": f"a:{(i + 1) % 4}",
                    "actor_text": "the Harbour Militia" if i % 7 == 0 else None,
                    "recipient_text": None, "place": None, "date": date,
                    "certainty": ("asserted", "reported")[i % 2], "story": f"s{i % 3}",
                    "docs": [doc], "evidence": [{"doc": doc, "start": 0, "end": 1}]})
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("query") / "q.db"
    evs = events()
    with Store(db) as s:
        for k in range(6):
            s.add_document(Document(id=f"d{k}", text=f"Report {k}.", content_hash=f"h{k}",
                                    outlet=OUTLETS[k % 3], published=DATES[k + 1]))
        s.put_picture({
            "events": evs,
            "timeline": [{"id": f"t{e['id']}", "event": e["id"], "date": e["date"],
                          "docs": e["docs"]} for e in evs],
            "actors": [{"id": f"a:{k}", "name": f"Actor {k}", "aliases": ["Harbour Militia"] if k == 2
                        else [], "docs": ["d0"]} for k in range(4)],
            "stories": [{"id": f"s{k}", "docs": [f"d{k}", f"d{k + 3}"]} for k in range(3)],
            "places": [], "quotes": [], "claims": [], "links": [], "framing": [],
        })
    yield Site(str(db), Background(str(db), lambda s: None, None, 0.5), None)


def test_the_store_has_the_filter_indexes(site):
    with Store(site.db_path) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        plan = " ".join(r[3] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT pos FROM picture WHERE kind='events' "
            "AND json_extract(data, '$.actor') IN ('a:1')"))
    assert {"picture_actor_pos", "picture_recipient_pos", "picture_date_pos", "picture_named",
            "picture_odd_date"} <= names and len(INDEXES) == 5
    assert "INDEX picture_actor_pos" in plan


filter_values = st.fixed_dictionaries({}, optional={
    "actor": st.sampled_from(["a:1", "a:3", "actor", "harbour", "militia", "nobody", "Actor 2"]),
    "outlet": st.sampled_from(["wire", "River Post", "none"]),
    "story": st.sampled_from(["s0", "s2", "s9"]),
    "type": st.sampled_from(["ASSAULT", "protest"]),
    "since": st.sampled_from([d for d in DATES if d] + ["2024-05-07", "2024-05-06T12:00",
                                                          "2024-05-07T23:00+10:00"]),
    "until": st.sampled_from([d for d in DATES if d] + ["2024-05-07", "2024-05-06T12:00",
                                                          "2024-05-06T01:00-10:00"]),
})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=filter_values)
def test_indexed_filtering_equals_filtering_the_whole_picture(site, values):
    try:
        f = Filters.of(**values)
    except FilterError:
        return
    full = site.picture()
    expected = filter_picture(full, f)
    for kind in ("events", "timeline", "actors", "quotes", "claims"):
        assert [r["id"] for r in site.filtered(f, kind)[1]] == [r["id"] for r in expected[kind]], kind
