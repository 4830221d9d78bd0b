"""The store's derived columns (sitroom.store_pack): extractions read from their packed form
equal those read from their JSON; picture rows compared by hash give the rows a full write
gives; a store without the columns (an older sitroom's) is opened, filled in and read."""

import json
import sqlite3

from sitroom.model import (ActorMention, Claim, Document, EventMention, Extraction, Happening,
                           PlaceMention, Quote, TimeMention, from_dict)
from sitroom.store import Store
from sitroom.store_pack import LAYOUT, record_hash, unpack
from storekit import picture_rows


def _doc(i: str) -> Document:
    return Document(id=i, text="The council met on Monday and agreed a truce, an aide said.",
                    content_hash="h-" + i, outlet="Wire", published="2024-05-01")


def _ex(i: str) -> Extraction:
    return Extraction(
        doc=i,
        actors=(ActorMention(i, 4, 11, 0, "council", "council", "organisation"),
                ActorMention(i, 49, 56, 0, "an aide", "aide", "person", role="aide",
                             coref_of=None)),
        places=(PlaceMention(i, 0, 3, 0, "Tmp", "Tmpville", 1.5, -2.25, "XX", "city", 7, 900),),
        times=(TimeMention(i, 19, 25, 0, "Monday", "DATE", "2024-04-29", "day", mod="BEFORE"),),
        events=(EventMention(i, 30, 36, 0, "agreed", "AGREE", quad_class="verbal_cooperation",
                             actor=0, place=0, time=0, date="2024-04-29", historical=True,
                             sentence_text="The council met on Monday and agreed a truce."),),
        quotes=(Quote(i, 0, 46, 0, "The council met", "an aide", 1, "said", 57, 61, 49, 56,
                      kind="indirect", spans=((0, 15), (20, 46))),),
        claims=(Claim(i, 0, 46, 0, "The council met", "reported", score=1.5,
                      source_kind="anonymous", source=1, cue="said"),),
        sentences=((0, 62),),
        happenings=(Happening(i, 30, 36, 0, "agreed", "agree", "verb", args=((4, 11), (39, 44)),
                              actors=(0,), roles=("agent", "recipient"), date="2024-04-29",
                              date_source="governing"),))


def _store(path, n: int = 2) -> Store:
    s = Store(path)
    for k in range(n):
        s.add_document(_doc(f"d{k}"))
        s.put_extraction(_ex(f"d{k}"), "v1", [(0, 62, "The council met.")])
    return s


def test_packed_extractions_read_back_as_from_their_json(tmp_path):
    with _store(tmp_path / "a.db") as s:
        assert s.compact
        rows = s.conn.execute("SELECT packed, data FROM extractions ORDER BY doc").fetchall()
        assert all(r[0].startswith(LAYOUT) for r in rows)
        from_json = [from_dict(Extraction, json.loads(r[1])) for r in rows]
        assert [unpack(r[0]) for r in rows] == from_json == [_ex("d0"), _ex("d1")]
        assert s.extractions() == from_json
        assert s.extractions_of(["d1", "d0"]) == from_json
        q = s.extractions()[0].quotes[0]
        assert q.spans == ((0, 15), (20, 46)) and isinstance(q.spans[0], tuple)
        assert s.extractions()[0].happenings[0].args == ((4, 11), (39, 44))
        assert s.extractions()[0].happenings[0].roles == ("agent", "recipient")


def test_a_packed_form_of_another_layout_is_not_used(tmp_path):
    with _store(tmp_path / "a.db") as s:
        s.conn.execute("UPDATE extractions SET packed = x'00112233445566778899' WHERE doc='d0'")
        assert unpack(b"\x00" * 12) is None
        assert s.extractions() == [_ex("d0"), _ex("d1")]


def _picture(n: int, changed: int = -1) -> dict:
    events = [{"id": f"e{k}", "docs": ["d0"] if k % 2 else ["d1"],
               "label": "changed" if k == changed else "same"} for k in range(n)]
    return {"events": events, "actors": [{"id": "a1", "evidence": [{"doc": "d0"}]}]}


def test_changes_compared_by_hash_give_the_rows_of_a_full_write(tmp_path):
    new = _picture(6, changed=4)
    new["events"][1:1] = [{"id": "e9", "docs": ["d0", "d1"]}, {"id": "e8", "docs": []}]
    del new["events"][4]  # e2 is gone; e1, e3 and e5 move down
    with _store(tmp_path / "full.db") as full, _store(tmp_path / "inc.db") as inc:
        full.put_picture(new)
        inc.put_picture(_picture(6))
        counts = inc.put_picture(new, changes_only=True)
        assert picture_rows(inc) == picture_rows(full)
        # e9, e8 and e4 changed, e1, e3, e5 moved: written; e0 and a1 stay; e2 deleted
        assert counts == {"written": 6, "deleted": 1}
        assert all(r[4] == record_hash(r[3]) for r in picture_rows(inc)[0])
        assert inc.picture("events") == new["events"]


def test_a_row_without_a_hash_is_rewritten(tmp_path):
    with _store(tmp_path / "a.db") as s:
        s.put_picture(_picture(3))
        s.conn.execute("UPDATE picture SET hash = NULL WHERE id = 'e1'")  # an older writer's
        counts = s.put_picture(_picture(3), changes_only=True)
        assert counts == {"written": 1, "deleted": 0}
        assert all(r[4] == record_hash(r[3]) for r in picture_rows(s)[0])


def test_a_store_without_the_columns_is_opened_and_filled_in(tmp_path):
    path = tmp_path / "old.db"
    with _store(path) as s:
        s.put_picture(_picture(3))
        want = picture_rows(s)
    conn = sqlite3.connect(path)  # as an older sitroom left it: no derived columns
    conn.execute("ALTER TABLE extractions DROP COLUMN packed")
    conn.execute("ALTER TABLE picture DROP COLUMN hash")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.compact
        assert picture_rows(s) == want  # hashes filled in from the stored JSON
        packed = [r[0] for r in s.conn.execute("SELECT packed FROM extractions ORDER BY doc")]
        assert [unpack(p) for p in packed] == s.extractions() == [_ex("d0"), _ex("d1")]
        assert s.put_picture(_picture(3), changes_only=True)["written"] == 0
