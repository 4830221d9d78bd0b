"""Round 22: a full relink frees the build's inputs before it writes the picture (the decoded
extractions and the event mentions made of them are not kept for a next link), and writes its
key rows and memo rows as SQLite takes them; the picture, the key rows and the memos are those
written before, and an addition after a full relink finds the memos that relink wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitroom.link.picture_events as pe
import sitroom.store_pack as sp
from sitroom.link import incremental
from sitroom.link.partition import doc_keys
from sitroom.pipeline import extraction_version
from sitroom.store import Store

from test_incremental import rows


@pytest.fixture(scope="module")
def generated():
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=26, seed=22)
    return docs, process_documents(docs)


def _store(path: Path, docs, extractions) -> None:
    with Store(path) as store:
        for d, ex in zip(docs, extractions):
            store.add_document(d)
            store.put_extraction(ex, extraction_version(), [])


def _keys(store: Store) -> list[tuple[str, str]]:
    return [tuple(r) for r in store.conn.execute("SELECT key, doc FROM link_keys ORDER BY 1, 2")]


def test_a_full_relink_keeps_no_decoded_extraction_nor_event_mention(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs, extractions)
    with Store(tmp_path / "a.db") as store:
        incremental.update(store, full=True)
        assert sp._decoded == {} and sp._digests == {}
        assert pe._KEPT == {}


def test_an_incremental_link_still_keeps_them(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs[:24], extractions[:24])
    with Store(tmp_path / "a.db") as store:
        incremental.update(store)
        assert len(sp._decoded) == 24
        assert pe._KEPT and all(ex is sp._decoded[sp.content_digest(ex)]
                                for ex, _, _ in pe._KEPT.values())


def test_an_addition_after_a_full_relink_finds_its_memos_and_gives_its_rows(generated,
                                                                          tmp_path):
    docs, extractions = generated
    live, fresh = tmp_path / "live.db", tmp_path / "fresh.db"
    _store(live, docs[:24], extractions[:24])
    with Store(live) as store:
        incremental.update(store, full=True)  # nothing decoded kept in this process
    _store(live, docs[24:], extractions[24:])
    fresh.write_bytes(live.read_bytes())
    with Store(live) as store:
        run = incremental.update(store)[1]
    assert run.mode == "incremental" and run.new == 2
    assert run.parts_reused > 0 and run.blocks_reused > 0  # the same memo keys as decoded
    with Store(fresh) as store:
        incremental.update(store, full=True)
    with Store(live) as a, Store(fresh) as b:
        assert rows(a) == rows(b)
        assert _keys(a) == _keys(b)


def test_the_key_rows_are_every_reports_keys_and_replace_its_old_ones(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs[:3], extractions[:3])
    with Store(tmp_path / "a.db") as store:
        incremental.update(store, full=True)
        want = sorted((k, ex.doc) for ex in extractions[:3] for k in doc_keys(
            ex, None, dict(store.conn.execute(
                "SELECT json_extract(data, '$.from'), json_extract(data, '$.to') FROM picture "
                "WHERE kind='links' AND json_extract(data, '$.kind')='same_story'"))
            .get(ex.doc)))
        assert _keys(store) == want
        store.put_picture({}, keys={docs[0].id: {"k:one", "k:two"}})
        assert [r for r in _keys(store) if r[1] == docs[0].id] == [("k:one", docs[0].id),
                                                                   ("k:two", docs[0].id)]
        assert [r for r in _keys(store) if r[1] != docs[0].id] == [
            r for r in want if r[1] != docs[0].id]


def test_the_memo_table_holds_exactly_the_values_used(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.put_picture({}, memo={"a": "1", "b": "2"})
        store.put_picture({}, memo={"b": "2", "c": "3"})
        assert [tuple(r) for r in store.conn.execute(
            "SELECT key, value FROM link_memo ORDER BY key")] == [("b", "2"), ("c", "3")]
