"""The web app's background worker finds near copies through the store's LSH band keys
(``StoredNearDuplicates``): it loads no stored report at start-up or per new report, stores the
new report's band keys with it, and gives the same original the batch ingest gives."""

from __future__ import annotations

from sitroom.ingest.dedup import NearDuplicates
from sitroom.model import Document
from sitroom.store import Store
from sitroom.web.background import Background

BASE = ("Rebel fighters seized the airport of the northern city on Saturday after two days of "
        "fighting with government troops, a spokesman for the regional governor said. Flights "
        "were cancelled and residents were told to stay at home while the army regrouped. ")


def _doc(i: str, text: str) -> Document:
    return Document(id=i, text=text, content_hash="h" + i)


def _bands(store: Store, doc: str) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM dedup_bands WHERE doc=?", (doc,)).fetchone()[0]


def test_a_near_copy_added_by_the_app_finds_its_original_through_the_stored_bands(
        tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    other = "Voters in the capital elected a new mayor on Sunday in a quiet and orderly poll."
    with Store(db) as s:
        assert s.add_document(_doc("a", BASE * 2))
        assert s.add_document(_doc("b", other * 3))
    bg = Background(str(db), lambda s: None, None, 0.5)

    def loads_everything(self, ids=None):
        raise AssertionError("the whole documents table was read")

    monkeypatch.setattr(Store, "documents", loads_everything)
    bg._warm()
    assert bg.state["ready"]
    copy = BASE * 2 + "Updated with the governor's statement."
    assert bg.add(_doc("c", copy)) == (True, "a")
    fresh = "Floods closed the main road to the coast on Tuesday, officials said, " * 3
    assert bg.add(_doc("d", fresh)) == (True, None)
    assert bg.add(_doc("d", fresh)) == (False, None)  # same text: not stored twice
    monkeypatch.undo()
    with Store(db) as s:
        assert _bands(s, "c") > 0 and _bands(s, "d") > 0
        assert {r["id"]: r["copy_of"] for r in s.document_rows()} == {
            "a": None, "b": None, "c": "a", "d": None}
    # the same decisions as the in-memory index over the same texts in the same order
    near = NearDuplicates()
    assert [near.add(i, t) for i, t in [("a", BASE * 2), ("b", other * 3), ("c", copy),
                                        ("d", fresh)]] == [None, None, "a", None]


def test_the_app_fills_in_band_keys_of_a_store_made_before_them(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as s:
        s.add_document(_doc("a", BASE * 2))
        with s.transaction() as c:
            c.execute("DELETE FROM dedup_bands")
            c.execute("DELETE FROM state WHERE key='dedup_scheme'")
    bg = Background(str(db), lambda s: None, None, 0.5)
    bg._warm()
    with Store(db) as s:
        assert _bands(s, "a") > 0
    assert bg.add(_doc("c", BASE * 2 + "More.")) == (True, "a")

