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
