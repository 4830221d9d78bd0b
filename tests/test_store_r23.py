"""Round 23: a full relink whose caller needs no picture (``analyze --relink``) writes each kind
of the picture as soon as the build is done with it, and each report's keys as they are made,
into a stage (``sitroom.store_stage``), then makes them the picture in one transaction: every
table the link writes holds the rows the in-memory relink writes."""

from __future__ import annotations


import pytest

import sitroom.link.picture as picture
from sitroom.link import incremental
from sitroom.store import Store
from test_speed_r22 import _store  # the generated reports stored as extracted (one home)

# every table a link writes, each in a fixed order (the write's random stamp left out)
TABLES = {
    "picture": "SELECT kind, id, pos, data, hash FROM picture ORDER BY kind, id",
    "picture_docs": "SELECT kind, id, doc, pos FROM picture_docs ORDER BY 1, 2, 3",
    "link_keys": "SELECT key, doc FROM link_keys ORDER BY 1, 2",
    "linked": "SELECT doc, version FROM linked ORDER BY 1",
    "state": "SELECT key, value FROM state WHERE key != 'picture_written' ORDER BY 1",
    "link_memo": "SELECT key, value FROM link_memo ORDER BY 1",
    "link_blocks": "SELECT key, labels FROM link_blocks ORDER BY 1",
}


@pytest.fixture(scope="module")
def generated():
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=40, seed=23)
    return docs, process_documents(docs)


def tables(store: Store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.conn.execute(q)] for t, q in TABLES.items()}


def test_a_staged_relink_writes_every_table_as_the_in_memory_relink(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs, extractions)
    (tmp_path / "b.db").write_bytes((tmp_path / "a.db").read_bytes())
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        whole, run_a = incremental.update(a, full=True)
        staged, run_b = incremental.update(b, full=True, picture=False)
        assert staged == {} and set(whole) == set(picture.KINDS)
        assert run_a.written == run_b.written == sum(map(len, whole.values()))
        assert not b.staging  # the stage is detached after the write
        ta, tb = tables(a), tables(b)
    assert all(ta[t] for t in ("picture", "picture_docs", "link_keys", "linked", "link_memo"))
    assert ta == tb


def test_a_staged_relink_over_a_linked_store_and_an_addition_after_it(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs[:38], extractions[:38])
    with Store(tmp_path / "a.db") as a:
        incremental.update(a)  # an old picture, keys and memos to replace
    (tmp_path / "b.db").write_bytes((tmp_path / "a.db").read_bytes())
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        incremental.update(a, full=True)
        incremental.update(b, full=True, picture=False)
        assert tables(a) == tables(b)
    for path in ("a.db", "b.db"):  # the next addition (a new process) gives the same rows
        _store(tmp_path / path, docs[38:], extractions[38:])
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        assert incremental.update(a)[1].mode == incremental.update(b)[1].mode == "incremental"
        assert tables(a) == tables(b)


def test_the_build_hands_each_kind_over_once_and_gives_the_same_records(generated, tmp_path):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs, extractions)
    with Store(tmp_path / "a.db") as a:
        rows, (texts, updates) = a.document_rows(), a.texts_and_updates()
        stored = a.extractions()
    whole = picture.build_picture(rows, stored, texts, updates)
    handed: list[tuple[str, list]] = []
    assert picture.build_picture(rows, stored, texts, updates,
                                 sink=lambda k, recs: handed.append((k, recs))) == {}
    assert sorted(k for k, _ in handed) == sorted(picture.KINDS)
    assert dict(handed) == whole
    assert list(whole) == list(picture.KINDS)
    # stories and places go before the events are built, quotes before the statements
    order = [k for k, _ in handed]
    assert order.index("places") < order.index("quotes") < order.index("events")


def test_a_failed_staged_write_leaves_the_stored_picture(generated, tmp_path, monkeypatch):
    docs, extractions = generated
    _store(tmp_path / "a.db", docs[:20], extractions[:20])
    with Store(tmp_path / "a.db") as a:
        incremental.update(a)
        before = tables(a)

        def broken(self, c, keys):
            c.execute("DELETE FROM main.picture")
            raise RuntimeError("disk gone")

        monkeypatch.setattr(Store, "put_staged", broken)
        with pytest.raises(RuntimeError):
            incremental.update(a, full=True, picture=False)
        assert not a.staging
        assert tables(a) == before


def test_a_staged_write_is_refused_with_changes_only(tmp_path):
    with Store(tmp_path / "a.db") as a, pytest.raises(ValueError):
        a.put_picture({}, changes_only=True, staged=True)


@pytest.mark.parametrize("keys", [
    {"d1": {"a", "b"}, "d2": {"b"}, "d3": {"c", "a"}},  # one component
    {"d1": {"a"}, "d2": {"b"}, "d3": {"a", "c"}},  # two
    {"d1": set(), "d2": set()},  # no key at all: each alone
    {"d1": {"x"}},
    {},
])
def test_staged_keys_give_the_component_flag_of_the_keys_held_whole(keys, tmp_path,
                                                                    monkeypatch):
    from types import SimpleNamespace

    from sitroom.link.partition import components

    monkeypatch.setattr(incremental, "doc_keys", lambda ex, copy_of, story: set(keys[ex.doc]))
    with Store(tmp_path / "a.db") as a:
        a.stage_open()
        keyed, whole = incremental._stage_keys(
            a, [SimpleNamespace(doc=d) for d in keys], {}, {})
        staged = sorted(map(tuple, a.conn.execute("SELECT key, doc FROM stage.link_keys")))
        a.stage_close()
    assert keyed == list(keys)
    assert whole == (bool(keys) and len(components(list(keys), keys).groups) == 1)
    assert staged == sorted((k, d) for d, ks in keys.items() for k in ks)
