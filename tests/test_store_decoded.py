"""Extractions decoded once per process (sitroom.store_pack.extractions_of_rows): a second
read gives the very objects of the first for unchanged rows and decodes only what changed;
the statements' memo key stands on the digest of the stored form (docs/scale.md, "Round 11")."""

import dataclasses

from sitroom.link.disputes_memo import report_inputs
from sitroom.link.picture_relations import _Clock
from sitroom.pipeline import extraction_version
from sitroom.store import Store
from sitroom.store_pack import content_digest

from test_store_compact import _doc, _ex


def test_a_second_read_decodes_only_the_changed_extraction(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in ("a", "b", "c"):
            store.add_document(_doc(i))
            store.put_extraction(_ex(i), extraction_version(), [])
        first = store.extractions(keep=True)
        assert first == [_ex(i) for i in ("a", "b", "c")]
        again = store.extractions(keep=True)
        assert all(x is y for x, y in zip(first, again))  # not decoded again
        changed = dataclasses.replace(_ex("b"), sentences=((0, 30), (31, 62)))
        store.put_extraction(changed, extraction_version(), [])
        third = store.extractions(keep=True)
        assert third[0] is first[0] and third[2] is first[2]
        assert third[1] is not first[1] and third[1] == changed
        assert content_digest(third[1]) != content_digest(first[1])
        assert content_digest(_ex("a")) is None  # not read from a store: no digest
        plain = store.extractions()  # not kept: decoded afresh, the kept ones left as they were
        assert plain == third and plain[0] is not first[0] and content_digest(plain[0]) is None
        assert store.extractions(keep=True)[0] is first[0]


def test_the_statement_inputs_change_with_the_stored_extraction(tmp_path):
    clock = _Clock([{"id": "a", "outlet": "Wire", "published": "2024-05-01"}], {})
    with Store(tmp_path / "s.db") as store:
        store.add_document(_doc("a"))
        store.put_extraction(_ex("a"), extraction_version(), [])
        (ex,) = store.extractions(keep=True)
        key = report_inputs(ex, "t", clock, None, {}, [])
        assert report_inputs(ex, "t", clock, None, {("a", 0): "A1"}, []) != key
        assert report_inputs(ex, "t", clock, "s1", {}, []) != key
        store.put_extraction(dataclasses.replace(_ex("a"), sentences=((0, 30),)),
                             extraction_version(), [])
        (changed,) = store.extractions(keep=True)
        assert report_inputs(changed, "t", clock, None, {}, []) != key
        # made elsewhere (no digest): keyed by its fields, which differ too
        assert report_inputs(_ex("a"), "t", clock, None, {}, []) != report_inputs(
            dataclasses.replace(_ex("a"), sentences=((0, 30),)), "t", clock, None, {}, [])
