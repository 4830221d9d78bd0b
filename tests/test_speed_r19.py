"""Round 19's exact trim of one addition: a packed extraction holds its happenings as a blob of
their own, decoded only when asked for; a form packed before (happenings inline) is still
read, and either gives the extraction its JSON gives."""

from __future__ import annotations

import dataclasses
import json
import marshal
import random

import pytest

from sitroom import store_pack
from sitroom.model import Extraction, from_dict, to_dict
from sitroom.store import Store


def _flat_pack(data: dict) -> bytes:
    """The packed form as written before round 19: the happenings' rows inline."""
    value = [data["doc"], data.get("sentences", [])]
    for name, cls in store_pack._PARTS:
        keys = store_pack._NAMES[cls]
        value.append([[r[k] for k in keys] for r in data.get(name, ())])
    return store_pack.FLAT_LAYOUT + marshal.dumps(value)


def _generated(n: int, seed: int):
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=n, seed=seed)
    return docs, process_documents(docs)


@pytest.fixture(scope="module")
def generated():
    docs, extractions = _generated(16, 19)
    assert sum(len(ex.happenings) for ex in extractions) > 10
    return docs, extractions


def test_both_layouts_give_the_extraction_its_json_gives(generated):
    _, extractions = generated
    for ex in extractions:
        data = to_dict(ex)
        from_json = from_dict(Extraction, json.loads(json.dumps(data)))
        nested, flat = store_pack.pack(data), _flat_pack(data)
        assert nested.startswith(store_pack.LAYOUT) and flat.startswith(store_pack.FLAT_LAYOUT)
        assert store_pack.LAYOUT != store_pack.FLAT_LAYOUT
        for blob in (nested, flat):
            assert store_pack.unpack(blob) == from_json == ex
            assert store_pack.unpack(blob, happenings=False) == dataclasses.replace(
                ex, happenings=())


def test_the_happenings_blob_is_not_decoded_when_not_asked_for(generated):
    _, extractions = generated
    ex = next(e for e in extractions if e.happenings)
    tag = len(store_pack.LAYOUT)
    value = marshal.loads(store_pack.pack(to_dict(ex))[tag:])
    assert marshal.loads(value[-1]) and isinstance(value[-1], bytes)
    value[-1] = b"\xff not marshal"  # the link stage never reads it: a bad blob goes unseen
    broken = store_pack.LAYOUT + marshal.dumps(value)
    assert store_pack.unpack(broken, happenings=False) == dataclasses.replace(ex, happenings=())
    with pytest.raises(ValueError):
        store_pack.unpack(broken)


def test_a_store_holding_both_layouts_reads_every_extraction(tmp_path, generated):
    docs, extractions = generated
    rng = random.Random(19)
    flat_docs = {ex.doc for ex in extractions if rng.random() < 0.5}
    assert 0 < len(flat_docs) < len(extractions)
    with Store(tmp_path / "a.db") as s:
        for d, ex in zip(docs, extractions):
            s.add_document(d)
            s.put_extraction(ex, "v1", [])
        tags = {r[0][:len(store_pack.LAYOUT)] for r in s.conn.execute(
            "SELECT packed FROM extractions")}
        assert tags == {store_pack.LAYOUT}  # written now: nested
        for doc, data in s.conn.execute("SELECT doc, data FROM extractions").fetchall():
            if doc in flat_docs:  # as a store packed before round 19 holds them
                s.conn.execute("UPDATE extractions SET packed=? WHERE doc=?",
                               (_flat_pack(json.loads(data)), doc))
        lean = [dataclasses.replace(ex, happenings=()) for ex in extractions]
        assert s.extractions() == extractions
        assert s.extractions(keep=True, happenings=False) == lean
        assert s.extractions_of([ex.doc for ex in extractions]) == extractions
        # neither layout is read from the JSON (the column read is the packed one)
        column = s._extraction_column()
        kinds = {type(r[0]) for r in s.conn.execute(
            f"SELECT {column} FROM extractions e JOIN documents d ON d.id = e.doc")}
        assert kinds == {bytes}


def test_a_packed_form_of_neither_layout_is_read_from_its_json(tmp_path, generated):
    docs, extractions = generated
    with Store(tmp_path / "a.db") as s:
        for d, ex in zip(docs[:3], extractions[:3]):
            s.add_document(d)
            s.put_extraction(ex, "v1", [])
        other = b"\x01" * len(store_pack.LAYOUT) + marshal.dumps([])
        s.conn.execute("UPDATE extractions SET packed=? WHERE doc=?", (other, docs[1].id))
        assert store_pack.unpack(other) is None
        assert s.extractions() == extractions[:3]
