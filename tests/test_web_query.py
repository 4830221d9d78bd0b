"""Filtered views through the store's indexes give exactly what filtering the whole picture in
memory gives, for dates of every precision and time zone, undated events, actors named only by
text, outlets and stories."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.model import Document
from sitroom.store import INDEXES, Store
from sitroom.web import pages
from sitroom.web.background import Background
from sitroom.web.filters import FilterError, Filters, filter_picture
from sitroom.web.order import ordered
from sitroom.web.routes_picture import listing, listing_response
from sitroom.web.site import Site

DATES = (None, "2024", "2024-05", "2024-W19", "2024-05-06", "2024-05-07TEV",
         "2024-05-06T23:30-05:00", "2024-05-08T01:00+14:00", "2024-05-31", "2024-06-01",
         "9999-12-31", "0001-01-01", "2023-12-31T23:59Z", "2024-05-07 10:00", "2024-05-06TMO",
         "2024-05-08T23:59-12:00", "2024-05-05T22:00-14:00", "2024-02-30", "2024-05-06T25:00",
         "2024-5-6")
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
                    "summary": f"Event {i} said.", "quad_class": "verbal_conflict",
                    "superseded_by": SUPERSEDED.get(f"e{i}"),
                    "docs": [doc], "evidence": [{"doc": doc, "start": 0, "end": 1,
                                                 "text": f"Event {i} said."}]})
    return out


# what overtook what: an event by a later one (e1 by e3, on the same page; e4 by e40, on
# another), an event by a claim, a figure updated within an event (e5 from d5 over d0)
SUPERSEDED = {"e1": "e3", "e4": "e40", "e2": "c1"}
LINKS = [{"kind": "supersedes", "from": "e3", "to": "e1", "reason": "later report"},
         {"kind": "supersedes", "from": "e40", "to": "e4"},
         {"kind": "supersedes", "from": "c1", "to": "e2"},
         {"kind": "supersedes", "from": "e5", "to": "e5", "from_doc": "d5", "to_doc": "d0"},
         {"kind": "corroborates", "from": "d1", "to": "e7"}]


def quotes_and_claims():
    def ev(k):
        return [{"doc": f"d{k % 6}", "start": 0, "end": 1, "text": f"Report {k % 6}."}]
    quotes = [{"id": f"q{k}", "speaker": f"a:{k % 4}" if k % 3 else None,
               "speaker_text": "a Harbour Militia officer" if k % 3 == 0 else None,
               "text": f"Quote {k}.", "time": DATES[k % len(DATES)], "doc": f"d{k % 6}",
               "docs": [f"d{k % 6}"], "evidence": ev(k)} for k in range(12)]
    claims = [{"id": f"c{k}", "text": f"Claim {k}.", "certainty": ("asserted", "reported")[k % 2],
               "source": {"kind": "actor", "actor": f"a:{k % 4}" if k % 2 else None,
                          "text": "Actor 3" if k % 2 == 0 else None},
               "doc": f"d{k % 6}", "story": f"s{k % 3}", "evidence": ev(k)} for k in range(12)]
    return quotes, claims


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("query") / "q.db"
    evs = events()
    quotes, claims = quotes_and_claims()
    with Store(db) as s:
        for k in range(6):
            s.add_document(Document(id=f"d{k}", text=f"Report {k}.", content_hash=f"h{k}",
                                    outlet=OUTLETS[k % 3], published=DATES[k + 1]))
        s.put_picture({
            "events": evs,
            "timeline": [{"id": f"t{e['id']}", "event": e["id"], "date": e["date"],
                          "order": k + 1, "type": e["type"], "summary": e["summary"],
                          "docs": e["docs"], "evidence": e["evidence"]}
                         for k, e in enumerate(evs)],
            "actors": [{"id": f"a:{k}", "name": f"Actor {k}", "aliases": ["Harbour Militia"] if k == 2
                        else [], "docs": ["d0"]} for k in range(4)],
            "stories": [{"id": f"s{k}", "docs": [f"d{k}", f"d{k + 3}"]} for k in range(3)],
            "places": [], "quotes": quotes, "claims": claims, "links": LINKS, "framing": [],
        })
    yield Site(str(db), Background(str(db), lambda s: None, None, 0.5), None)


def test_the_store_has_the_filter_indexes(site):
    with Store(site.db_path) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        plan = " ".join(r[3] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT pos FROM picture WHERE kind='events' "
            "AND json_extract(data, '$.actor') IN ('a:1')"))
        outlet_plan = " ".join(r[3] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT pos FROM picture_docs INDEXED BY picture_docs_doc_pos "
            "WHERE doc IN ('d1', 'd2') AND kind='events'"))
        stale = s.conn.execute(
            "SELECT count(*) FROM picture_docs d JOIN picture p ON p.kind = d.kind AND p.id = d.id "
            "WHERE d.pos IS NOT p.pos").fetchone()[0]
    assert {"picture_actor_pos", "picture_recipient_pos", "picture_date_pos", "picture_named",
            "picture_odd_date", "picture_docs_doc_pos"} <= names and stale == 0
    assert len(INDEXES) == 5
    assert "INDEX picture_actor_pos" in plan
    assert "COVERING INDEX picture_docs_doc_pos" in outlet_plan, outlet_plan


filter_values = st.fixed_dictionaries({}, optional={
    "actor": st.sampled_from(["a:1", "a:3", "actor", "harbour", "militia", "nobody", "Actor 2"]),
    "outlet": st.sampled_from(["wire", "River Post", "none"]),
    "story": st.sampled_from(["s0", "s2", "s9"]),
    "type": st.sampled_from(["ASSAULT", "protest"]),
    "certainty": st.sampled_from(["asserted", "reported"]),
    "language": st.sampled_from(["en", "EN", "ru"]),
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
    for kind in ("events", "timeline", "actors", "quotes", "claims"):  # in the listings' order
        assert [r["id"] for r in site.filtered(f, kind)[1]] == [
            r["id"] for r in ordered(full, kind, expected[kind])], kind


pages_of = st.tuples(st.integers(0, 60), st.sampled_from([None, 1, 5, 40]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=filter_values, rows=pages_of)
def test_json_listings_splice_the_stored_text_of_exactly_the_listed_records(site, values, rows):
    try:
        f = Filters.of(**values)
    except FilterError:
        return
    for kind in ("events", "timeline", "actors", "quotes", "claims", "links", "stories"):
        response = listing_response(site, kind, f, rows)
        assert json.loads(response.body) == listing(site, kind, f, rows), kind
    assert site.stored_text(site.picture(), "events", [{"id": "e1"}]) is None  # not a record of it


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=filter_values, rows=pages_of)
def test_a_list_page_from_the_shown_rows_is_the_page_of_the_whole_picture(site, values, rows):
    """The events and timeline pages rendered from a view of the shown rows (lookups built
    once per picture) are, byte for byte, the pages rendered from the whole picture."""
    try:
        f = Filters.of(**values)
    except FilterError:
        return
    offset, limit = rows[0], rows[1] or pages.PAGE_ROWS
    for kind, render in (("events", pages.events_page), ("timeline", pages.timeline_page)):
        full, records = site.filtered(f, kind)
        shown = records[offset:offset + limit]
        pg = pages.Page(offset, limit, len(records), f"/{kind}", tuple(f.active().items()))
        whole = dict(full)
        whole[kind] = shown
        assert _rendered(render, full, pages.shown_picture(full, kind, shown), f, pg) == \
            _rendered(render, full, whole, f, pg), kind


def _rendered(render, *args):
    """The page, or the error rendering it raised (the timeline chart of dates at the ends of
    the calendar, 0001-01-01 and 9999-12-31, overflows either way)."""
    try:
        return render(*args)
    except OverflowError as exc:
        return repr(exc)


def test_the_pages_show_what_overtook_what(site):
    page = pages.events_page(site.picture(), pages.shown_picture(
        site.picture(), "events", site.picture()["events"][:8]), Filters())
    assert "earlier:" in page and "replaces" in page and "overtaken" in page


def test_a_store_without_the_indexes_is_filtered_in_memory(site, monkeypatch):
    import sqlite3

    from sitroom.web import site as site_module

    def missing(*args):
        raise sqlite3.OperationalError("no such index: picture_docs_doc_kind")

    monkeypatch.setattr(site_module, "candidate_events", missing)
    f = Filters.of(outlet="wire", since="2024-05-06")
    full = site.picture()
    assert [e["id"] for e in site.filtered(f, "events")[1]] == [
        e["id"] for e in ordered(full, "events", filter_picture(full, f)["events"])]


def _stale(store):
    return store.conn.execute(
        "SELECT count(*) FROM picture_docs d JOIN picture p ON p.kind = d.kind AND p.id = d.id "
        "WHERE d.pos IS NOT p.pos").fetchone()[0]


def _picture(ids):
    return {"events": [{"id": i, "docs": ["d0"], "evidence": [{"doc": "d1", "start": 0, "end": 1}]}
                       for i in ids], "quotes": [{"id": "q0", "doc": "d1"}]}


def test_picture_docs_positions_follow_every_write_of_the_picture(tmp_path):
    with Store(tmp_path / "p.db") as s:
        for k in range(2):
            s.add_document(Document(id=f"d{k}", text=f"Report {k}.", content_hash=f"h{k}"))
        s.put_picture(_picture(["e1", "e2", "e3"]))
        assert _stale(s) == 0
        s.put_picture(_picture(["e0", "e1", "e3", "e2"]), changes_only=True)  # positions move
        assert _stale(s) == 0
        with s.transaction() as c:  # a writer that moves a record itself
            c.execute("UPDATE picture SET pos = 9 WHERE kind='events' AND id='e3'")
        assert _stale(s) == 0
        with s.transaction() as c:  # or writes the documents of a record without positions
            c.execute("INSERT INTO picture_docs (kind, id, doc) VALUES ('quotes', 'q0', 'd0')")
        assert _stale(s) == 0
        pos = dict(s.conn.execute("SELECT id, pos FROM picture_docs WHERE doc='d0' AND kind='events'")
                   .fetchall())
        assert pos == {"e0": 0, "e1": 1, "e3": 9, "e2": 3}


def test_a_schema_6_store_gets_the_positions_of_its_picture_docs(tmp_path):
    db = tmp_path / "old.db"
    with Store(db) as s:
        s.add_document(Document(id="d0", text="Report.", content_hash="h0"))
        s.add_document(Document(id="d1", text="Report 1.", content_hash="h1"))
        s.put_picture(_picture(["e1", "e2"]))
        with s.transaction() as c:  # back to schema 6: no pos column, index or triggers
            for name in ("picture_docs_pos_ai", "picture_pos_au"):
                c.execute(f"DROP TRIGGER {name}")
            c.execute("DROP INDEX picture_docs_doc_pos")
            c.execute("ALTER TABLE picture_docs DROP COLUMN pos")
        s.conn.execute("PRAGMA user_version=6")
    with Store(db) as s:
        assert s.schema_version == 7 and _stale(s) == 0
        assert s.conn.execute("SELECT count(*) FROM picture_docs WHERE pos IS NULL").fetchone()[0] == 0
