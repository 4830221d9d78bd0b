"""The web's filter indexes are partial, over event rows alone; a store with the indexes of
before (over every row) gets them replaced once when opened, and the web's queries read
either definition."""

import sqlite3

from sitroom.store import INDEXES, Store
from sitroom.web.filters import Filters, filter_kinds
from sitroom.web.query import candidate_events

OLD = (  # the definitions of before round 10's second part
    "CREATE INDEX picture_actor_pos ON picture(kind, json_extract(data, '$.actor'), pos)",
    "CREATE INDEX picture_recipient_pos ON picture(kind, json_extract(data, '$.recipient'), pos)",
    "CREATE INDEX picture_date_pos ON picture(kind, json_extract(data, '$.date'), pos)",
    "CREATE INDEX picture_named ON picture(kind, pos) WHERE json_extract(data, '$.actor_text') "
    "IS NOT NULL OR json_extract(data, '$.recipient_text') IS NOT NULL",
    "CREATE INDEX picture_odd_date ON picture(kind, pos) WHERE length(json_extract(data, "
    "'$.date')) < 10 OR instr(json_extract(data, '$.date'), 'W') > 0 OR (length(json_extract("
    "data, '$.date')) > 10 AND substr(json_extract(data, '$.date'), 11, 1) <> 'T')",
)

PICTURE = {
    "actors": [{"id": "a:1", "name": "Harbour Militia"}, {"id": "a:2", "name": "Port Office"}],
    "events": [
        {"id": "e1", "actor": "a:1", "recipient": "a:2", "date": "2024-03-01", "docs": ["d1"]},
        {"id": "e2", "actor": "a:2", "date": "2024-03-05T10:00", "docs": ["d2"]},
        {"id": "e3", "actor_text": "a harbour militia", "date": "March 2024", "docs": ["d1"]},
        {"id": "e4", "actor": "a:2", "date": "2024-W10", "docs": ["d2"]},
    ],
    "links": [{"kind": "same_story", "from": "e1", "to": "e2", "actor": "a:1",
               "date": "2024-03-01"}],
}


FILTERS = ({"actor": "harbour"}, {"actor": "a:2"}, {"since": "2024-03-04"},
           {"until": "2024-03-02"})


def _definitions(path) -> dict[str, str]:
    with sqlite3.connect(path) as c:
        return {n: s for n, s in c.execute("SELECT name, sql FROM sqlite_master "
                                           "WHERE type='index' AND name LIKE 'picture_%'")}


def _queries(conn: sqlite3.Connection) -> tuple[list[str], ...]:
    out = []
    for filters in FILTERS:
        got = candidate_events(conn, PICTURE, Filters(**filters))
        assert got is not None
        out.append([e["id"] for e in got[0]])
    return tuple(out)


def test_the_filter_indexes_cover_events_alone_and_older_ones_are_replaced(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as s:
        s.put_picture(PICTURE)
    new = _definitions(db)
    assert all("kind='events'" in new[stmt.split()[5]] for stmt in INDEXES)
    with Store(db) as s:
        expected = _queries(s.conn)
    assert expected == (["e1", "e3"], ["e1", "e2", "e4"], ["e2", "e4"], ["e1"])
    assert list(expected) == [[e["id"] for e in filter_kinds(PICTURE, Filters(**f), ("events",),
                                                            None)["events"]] for f in FILTERS]
    with sqlite3.connect(db) as c:  # the store of before: indexes over every row
        for stmt in INDEXES:
            c.execute(f"DROP INDEX {stmt.split()[5]}")
        for stmt in OLD:
            c.execute(stmt)
        assert _queries(c) == expected  # a store that cannot be written: the old indexes
    assert _definitions(db)["picture_named"] == OLD[3]
    with Store(db) as s:  # opened: replaced, once
        assert _queries(s.conn) == expected
        assert s._stale_indexes() == []
    assert _definitions(db) == new
