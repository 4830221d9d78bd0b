"""Round 16's exact trims of one addition: a report's claim texts keyed without ``repr``, the
picture's fingerprints in one pass; each gives what it replaced."""

from __future__ import annotations

from sitroom.link import agreement as ag


def test_a_reports_claim_texts_are_keyed_apart_whatever_they_hold():
    lists = [[], [""], ["", ""], ["a"], ["a", "b"], ["a\0b"], ["a", "\0b"], ["('a', 'b')"],
             ["j"], ["ja"], ["r"], ["a\0", "b"]]
    keys = [ag._texts_key(t) for t in lists]
    assert len(set(keys)) == len(lists)


def test_fingerprints_in_one_pass_are_those_of_each_record():
    from sitroom.store_pack import record_fingerprint, record_fingerprints

    records = [{"id": "e1", "docs": ["a", "b"], "n": 3, "x": None},
               {"kind": "corroborates", "from": "a", "to": "e1"}, {"id": "e1"}, {}]
    assert record_fingerprints(records) == [record_fingerprint(r) for r in records]
    # a value marshal cannot write (a dict subclass) is hashed by its JSON, in one pass too
    from collections import OrderedDict

    odd = [*records, {"id": "o", "extra": OrderedDict(a=1)}]
    got = record_fingerprints(odd)
    assert got == [record_fingerprint(r) for r in odd]
    assert got[-1] != record_fingerprint({"id": "o", "extra": {"a": 1}})  # tagged apart


def _generated(n: int, seed: int):
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=n, seed=seed)
    return docs, process_documents(docs)


def test_the_picture_never_reads_the_happenings():
    import dataclasses

    from sitroom.link.picture import build_picture

    docs, extractions = _generated(80, 11)
    assert sum(len(ex.happenings) for ex in extractions) > 50
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    texts = {d.id: d.text for d in docs}
    stripped = [dataclasses.replace(ex, happenings=()) for ex in extractions]
    whole = build_picture(rows, extractions, texts)
    assert whole == build_picture(rows, stripped, texts)
    assert len(whole["events"]) > 20


def test_a_packed_extraction_read_without_happenings_is_the_rest_of_it():
    import dataclasses

    from sitroom import store_pack
    from sitroom.model import to_dict

    _, extractions = _generated(12, 4)
    blobs = [store_pack.pack(to_dict(ex)) for ex in extractions]
    for blob, ex in zip(blobs, extractions):
        assert store_pack.unpack(blob) == ex
        assert store_pack.unpack(blob, happenings=False) == dataclasses.replace(ex, happenings=())
    # the kept decoded extractions of the link are not given to a whole read, nor the reverse
    lean = store_pack.extractions_of_rows(blobs, happenings=False)
    assert store_pack.extractions_of_rows(blobs) == extractions
    assert store_pack.extractions_of_rows(blobs, happenings=False) == lean
    assert any(ex.happenings for ex in extractions)
