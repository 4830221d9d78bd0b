"""A record changed in place has its ``picture_docs`` rows brought to its reports by their
difference (``sitroom.store._docs_changed``): the rows are exactly those of a full write,
whatever reports it gains or loses and wherever it moves."""

from __future__ import annotations

import random

from sitroom.store import Store
from storekit import picture_rows


def test_records_of_many_reports_changed_in_place_give_the_rows_of_a_full_write(tmp_path):
    rng = random.Random(12)
    with Store(tmp_path / "inc.db") as inc:
        for trial in range(30):
            actors = [{"id": f"a{k}", "docs": sorted(rng.sample([f"d{j}" for j in range(40)],
                                                                rng.randrange(0, 30))),
                       "mentions": rng.randrange(3)}
                      for k in rng.sample(range(15), rng.randrange(1, 15))]
            events = [{"id": f"e{k}", "docs": [f"d{rng.randrange(4)}"],
                       "evidence": [{"doc": f"d{rng.randrange(40)}"} for _ in range(3)]}
                      for k in rng.sample(range(10), rng.randrange(0, 10))]
            picture = {"actors": actors, "events": events}
            counts = inc.put_picture(picture, changes_only=True)
            with Store(tmp_path / f"full{trial}.db") as full:
                full.put_picture(picture)
                assert picture_rows(inc) == picture_rows(full)
            assert counts["written"] <= len(actors) + len(events)


def test_a_record_gaining_one_report_keeps_its_other_rows(tmp_path):
    many = [f"d{j:03}" for j in range(200)]
    with Store(tmp_path / "inc.db") as inc:
        inc.put_picture({"actors": [{"id": "a", "docs": many}]})
        before = dict(inc.conn.execute(
            "SELECT doc, rowid FROM picture_docs WHERE kind='actors' AND id='a'").fetchall())
        inc.put_picture({"actors": [{"id": "b", "docs": ["d000"]},
                                    {"id": "a", "docs": [*many[1:], "d999"]}]},
                        changes_only=True)
        after = dict(inc.conn.execute(
            "SELECT doc, rowid FROM picture_docs WHERE kind='actors' AND id='a'").fetchall())
        assert {d: r for d, r in after.items() if d in before} == \
            {d: r for d, r in before.items() if d in after}  # kept rows not rewritten
        assert set(after) == set(many[1:]) | {"d999"}
        assert {p for (p,) in inc.conn.execute(
            "SELECT pos FROM picture_docs WHERE kind='actors' AND id='a'")} == {1}
