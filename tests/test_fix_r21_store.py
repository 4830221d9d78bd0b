"""Round 21's review of the kept link state: a write always sets a new picture stamp (a
caller's stamp equal to the stored one is refused), nothing but ``put_picture`` writes the memo
tables, a store without fingerprints builds no row map, and a full relink takes nothing kept
of the event clustering's reports."""

from __future__ import annotations

import pytest

from sitroom.link import blockcache
from sitroom.store import Store
from sitroom.store_memo import MemoReads

from test_speed_r21 import _fields, _prepared_inputs, generated  # noqa: F401

PICTURE = {"actors": [{"id": "A1", "name": "Harbour Pilots Guild", "docs": ["d1"]},
                      {"id": "A2", "name": "Quillan Ferry Board", "docs": ["d1"]}]}


def test_a_stamp_equal_to_the_stored_one_is_refused_and_nothing_is_written(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.put_picture(PICTURE, stamp="s1")
        assert store.picture_stamp() == "s1"
        with pytest.raises(ValueError):
            store.put_picture({"actors": PICTURE["actors"][:1]}, stamp="s1")
        assert store.picture_stamp() == "s1" and store.picture("actors") == PICTURE["actors"]
        store.put_picture({"actors": PICTURE["actors"][:1]}, stamp="s2")  # a new one: written
        assert store.picture_stamp() == "s2" and len(store.picture("actors")) == 1


def test_a_write_without_a_stamp_sets_a_new_one(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.put_picture(PICTURE)
        first = store.picture_stamp()
        store.put_picture(PICTURE, changes_only=True)
        assert first is not None and store.picture_stamp() not in (None, first)


def test_only_put_picture_writes_the_memo_tables(tmp_path):
    assert not hasattr(Store, "put_link_blocks") and not hasattr(Store, "put_link_memo")
    with Store(tmp_path / "a.db") as store:
        store.put_picture(PICTURE, blocks={"b1": "[0, 1]"}, memo={"m1": "1"}, stamp="s1")
        assert store.link_blocks() == {"b1": "[0, 1]"} and store.link_memo(["m1"]) == {"m1": "1"}
        assert isinstance(store, MemoReads)


def test_a_store_without_fingerprints_builds_no_row_map(tmp_path, monkeypatch):
    given: list = []
    real = Store._put_kind

    def spy(self, c, kind, recs, old, changes_only, crowded=False, now=None):
        given.append(now)
        return real(self, c, kind, recs, old, changes_only, crowded, now)

    monkeypatch.setattr(Store, "_put_kind", spy)
    with Store(tmp_path / "a.db") as store:
        store.put_picture(PICTURE)
        assert given == [store.picture_rows["actors"]] and len(given[0]) == 2
        store.compact = False  # as a store that could not be given its hash columns
        store.put_picture(PICTURE, changes_only=True)
        assert given[1] is None and store.picture_rows is None


def test_a_full_relink_takes_nothing_kept_of_the_event_reports(generated, tmp_path,  # noqa: F811
                                                               monkeypatch):
    from sitroom.link import picture_events as pe

    args = _prepared_inputs(generated, tmp_path, monkeypatch)
    pe._KEPT = {}
    fresh = pe._Prepared(*args)
    assert len(fresh.mentions) > 20

    def spoil() -> None:  # kept entries that a link must not take
        pe._KEPT = {doc: (ex, key, []) for doc, (ex, key, _) in pe._KEPT.items()}

    spoil()
    with blockcache.memoising(blockcache.Memo(None)):  # as a full relink binds its memo
        full = pe._Prepared(*args)
    assert _fields(full) == _fields(fresh)
    spoil()
    with blockcache.memoising(blockcache.Memo(lambda keys: {})):  # an addition: kept taken
        assert pe._Prepared(*args).mentions == []
