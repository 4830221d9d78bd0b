"""The picture written by changes (rows keyed by content, compared by fingerprint, unchanged
rows only moved) gives exactly the rows of a full write: ``sitroom.store.Store.put_picture``."""

from __future__ import annotations

import random
import sqlite3
import sys
from collections import OrderedDict

import sitroom.store as store_module
from sitroom.store import Store
from sitroom.store_pack import record_fingerprint, record_hash, row_ids
from storekit import picture_rows


def _link(kind: str, a: str, b: str, doc: str = "d0", **more) -> dict:
    return {"kind": kind, "from": a, "to": b, "evidence": [{"doc": doc}], **more}


def _links(n: int) -> list[dict]:
    out = [_link("corroborates", f"d{k}", f"event:{k % 7}", doc=f"d{k}") for k in range(n)]
    out.append(_link("corroborates", "d1", "event:1", doc="d2"))  # the same pair again
    out.sort(key=lambda x: (x["kind"], x["from"], x["to"]))
    return out


def _same_as_full(tmp_path, first: dict, then: dict, name: str = "x") -> dict[str, int]:
    with Store(tmp_path / f"{name}-full.db") as full, Store(tmp_path / f"{name}-inc.db") as inc:
        full.put_picture(then)
        inc.put_picture(first)
        counts = inc.put_picture(then, changes_only=True)
        assert picture_rows(inc) == picture_rows(full)
        for kind, recs in then.items():
            assert inc.picture(kind) == recs
    return counts


def test_links_are_keyed_by_what_they_relate_not_by_their_place():
    links = _links(4)
    ids = row_ids(links)
    assert len(set(ids)) == len(ids)
    assert "corroborates:d1>event:1#2" in ids
    assert row_ids([{"kind": "x", "from": "n", "to": "m"}, *links])[1:] == ids
    assert row_ids([{"id": "e2"}, {"id": 7}, {"name": "no key"}]) == ["e2", "7", "#2"]


def test_a_link_inserted_first_moves_the_others_without_encoding_them(tmp_path, monkeypatch):
    first = {"links": _links(30), "events": [{"id": "e1", "docs": ["d0"]}]}
    then = {"links": [_link("contradicts", "a", "b"), *_links(30)],
            "events": [{"id": "e1", "docs": ["d0"]}]}
    encoded: list[dict] = []
    real = store_module._encode

    def counting(r):
        encoded.append(r)
        return real(r)

    with Store(tmp_path / "a.db") as s:
        s.put_picture(first)
        monkeypatch.setattr(store_module, "_encode", counting)
        counts = s.put_picture(then, changes_only=True)
    assert encoded == [then["links"][0]]  # the one new record; the 31 others only moved
    assert counts == {"written": 32, "deleted": 0}
    assert _same_as_full(tmp_path, first, then) == counts


def test_removed_changed_and_swapped_records_give_the_rows_of_a_full_write(tmp_path):
    first = {"links": _links(20), "events": [{"id": f"e{k}", "docs": [f"d{k}"]} for k in range(6)]}
    removed = {"links": _links(20)[3:], "events": first["events"][2:]}
    assert _same_as_full(tmp_path, first, removed, "removed") == {"written": 22, "deleted": 5}
    swapped = {"links": _links(20), "events": [first["events"][k] for k in (1, 0, 2, 5, 4, 3)]}
    swapped["events"][2] = {"id": "e2", "docs": ["d2", "d9"]}
    assert _same_as_full(tmp_path, first, swapped, "swapped") == {"written": 5, "deleted": 0}


def test_random_edits_written_as_changes_give_the_rows_of_a_full_write(tmp_path):
    rng = random.Random(7)
    pool = [_link(rng.choice(["corroborates", "supersedes"]), f"d{rng.randrange(9)}",
                  f"event:{rng.randrange(9)}", doc=f"d{rng.randrange(5)}", n=k) for k in range(60)]
    with Store(tmp_path / "inc.db") as inc:
        for trial in range(25):
            links = sorted(rng.sample(pool, rng.randrange(0, 40)),
                           key=lambda x: (x["kind"], x["from"], x["to"]))
            events = [{"id": f"e{k}", "docs": [f"d{rng.randrange(3)}"]}
                      for k in rng.sample(range(12), rng.randrange(0, 12))]
            picture = {"links": links, "events": events}
            inc.put_picture(picture, changes_only=True)
            with Store(tmp_path / f"full{trial}.db") as full:
                full.put_picture(picture)
                assert picture_rows(inc) == picture_rows(full)


def test_rows_sharing_a_position_are_moved_by_key(tmp_path):
    first = {"links": _links(10)}
    with Store(tmp_path / "a.db") as s:
        s.put_picture(first)
        s.conn.execute("UPDATE picture SET pos = 3 WHERE pos = 4")  # as a foreign writer left it
        then = {"links": [_link("contradicts", "a", "b"), *_links(10)]}
        s.put_picture(then, changes_only=True)
        with Store(tmp_path / "full.db") as full:
            full.put_picture(then)
            assert picture_rows(s) == picture_rows(full)


def test_fingerprints_depend_on_values_only():
    a = {"id": sys.intern("event:k1"), "docs": ["d1", "d1"], "score": 0.5, "seen": True}
    b = {"id": "".join(["event:", "k1"]), "docs": ["d" + "1", "".join(["d", "1"])],
         "score": 0.5, "seen": True}
    assert record_fingerprint(a) == record_fingerprint(b)
    assert record_fingerprint(a) != record_fingerprint({**a, "seen": 1})
    assert record_fingerprint(a) != record_fingerprint({**a, "score": 0.25})
    assert record_hash('{"id": "event:k1", "docs": ["d1", "d1"], "score": 0.5, "seen": true}') \
        == record_fingerprint(a)
    odd = OrderedDict(a)  # not marshal's: hashed by its JSON
    assert record_fingerprint(odd) != record_fingerprint(a)
    assert record_fingerprint(odd) == record_fingerprint(OrderedDict(b))


def test_a_store_with_the_older_hashes_is_rewritten_once(tmp_path):
    path = tmp_path / "old.db"
    pic = {"links": _links(5), "events": [{"id": "e1", "docs": ["d0"]}]}
    with Store(path) as s:
        s.put_picture(pic)
    conn = sqlite3.connect(path)  # hashes of the JSON and positional link keys, as before
    conn.execute("UPDATE picture SET hash = x'00', id = CAST(pos AS TEXT) WHERE kind = 'links'")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.put_picture(pic, changes_only=True) == {"written": 6, "deleted": 6}
        assert s.put_picture(pic, changes_only=True) == {"written": 0, "deleted": 0}
        assert s.picture("links") == pic["links"]
