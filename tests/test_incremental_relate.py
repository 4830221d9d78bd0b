"""Relating an event's sources by delta (sitroom.link.agreement_delta) gives what
agreement.relate gives: the scan of the old sources extended with a new report's sources equals
the scan of all of them, and the outlets, disputed flag and links emitted from a scan are
relate's, on random sources (times with ties and gaps, outlets shared, reports with two
sources, denials, clashing figures)."""

from __future__ import annotations

import random

from sitroom.link import agreement as ag
from sitroom.link import agreement_delta as delta
from sitroom.link import blockcache

TEXTS = (
    "Soldiers shelled the grain depot near the northern bridge on Tuesday.",
    "Soldiers shelled the grain depot near the northern bridge, killing 12 people.",
    "Soldiers shelled the grain depot near the northern bridge, killing 30 people.",
    "The army denied that soldiers shelled the grain depot near the northern bridge.",
    "Shelling hit the depot by the bridge overnight.",
)
HOUR = 3600.0


def random_sources(rng: random.Random, n: int) -> list[ag.Source]:
    docs = [f"d{i}" for i in range(max(2, n - rng.randint(0, 2)))]
    out = []
    for k in range(n):
        doc = docs[k] if k < len(docs) else rng.choice(docs)
        text = rng.choice(TEXTS)
        time = None if rng.random() < 0.1 else float(rng.choice((0, 1, 2, 5))) * HOUR
        out.append(ag.Source(doc, rng.choice(("o1", "o2", "o3", "o4")), time, text,
                             "denied" in text, {"doc": doc, "start": k, "text": text}))
    return out


def relate_of(sources: list[ag.Source]) -> tuple[dict, list]:
    rec: dict = {"id": "e1"}
    links: list = []
    ag.relate(rec, sources, links)
    return rec, links


def test_scan_and_emit_give_relate() -> None:
    rng = random.Random(7)
    for _ in range(300):
        sources = random_sources(rng, rng.randint(1, 9))
        rec: dict = {"id": "e1"}
        links: list = []
        order = delta.time_order(sources)
        delta.emit(rec, order, delta.scan(order), links)
        assert (rec, links) == relate_of(sources)


def test_extending_a_scan_equals_scanning_afresh() -> None:
    rng = random.Random(11)
    extended = 0
    for _ in range(400):
        sources = random_sources(rng, rng.randint(2, 10))
        latest = rng.choice(sorted({s.doc for s in sources}))
        old = [s for s in sources if s.doc != latest]
        if not old:
            continue
        order = delta.time_order(sources)
        new = {q for q, s in enumerate(order) if s.doc == latest}
        state = delta.extend(delta.scan(delta.time_order(old)), delta.time_order(old), order, new)
        if state is None:  # the new report's source comes first: scanned afresh
            assert 0 in new
            continue
        extended += 1
        assert state == delta.scan(order)
    assert extended > 200


def test_relate_all_through_the_memo_equals_relate() -> None:
    """A first link stores each event's scan; a second, with a report added to the events,
    extends the stored scans and gives relate's records and links."""
    rng = random.Random(3)
    events = [random_sources(rng, rng.randint(2, 8)) for _ in range(30)]
    store: dict[str, str] = {}

    def link(sources: list[list[ag.Source]]) -> tuple[list[dict], list, blockcache.Memo]:
        memo = blockcache.Memo(lambda keys: {k: store[k] for k in keys if k in store})
        recs: list[dict] = [{"id": f"e{i}"} for i in range(len(sources))]
        links: list = []
        order = {f"d{i}": i for i in range(20)} | {"new": 99}
        with blockcache.memoising(memo):
            delta.relate_all(recs, sources, order, links)
        store.update(memo.used)
        return recs, links, memo

    link(events)
    grown = [ss + [ag.Source("new", "o9", float(rng.choice((0, 3))) * HOUR, rng.choice(TEXTS),
                             False, {"doc": "new", "start": 0, "text": "x"})]
             for ss in events]
    recs, links, memo = link(grown)
    expected_recs, expected_links = [], []
    for i, ss in enumerate(grown):
        rec: dict = {"id": f"e{i}"}
        ag.relate(rec, ss, expected_links)
        expected_recs.append(rec)
    assert recs == expected_recs
    assert links == expected_links
    assert memo.hits >= 15  # the old scans were found and extended
