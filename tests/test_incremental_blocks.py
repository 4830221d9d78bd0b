"""Event-coreference blocks remembered between links (sitroom.link.blockcache): a remembered
block gives exactly the clusters computing it gives, a block whose input changed is computed
again, and adding a report to a linked store reuses the blocks it does not touch while the
picture stays the one a full relink writes."""

from __future__ import annotations

from conftest import EXAMPLES
from test_incremental import rows
from sitroom.link import blockcache
from sitroom.link.blockcache import BlockCache
from sitroom.link.coref import MentionFeatures, cluster_events
from sitroom.link.incremental import update
from sitroom.bench import generate_reports
from sitroom.pipeline import analyze, extraction_version, ingest, process_documents
from sitroom.store import Store

KANDAHAR = "Gunmen killed 12 people in Kandahar on Monday, police said."


def _mentions(killing_sentence: str) -> list[MentionFeatures]:
    return [
        MentionFeatures("a1", "A", "x", "killed", "kill", KANDAHAR, places=("Kandahar",)),
        MentionFeatures("b1", "B", "x", "killing", "killing", killing_sentence,
                        places=("Kandahar",)),
        MentionFeatures("a2", "A", "x", "said", "say", KANDAHAR),
        MentionFeatures("c1", "C", "y", "elected", "elect",
                        "Voters in Norway elected a new parliament on Sunday.", places=("Norway",)),
        MentionFeatures("d1", "D", "y", "voted", "vote",
                        "Norwegians voted for a new parliament on Sunday.", places=("Norway",)),
    ]


def test_remembered_blocks_give_the_clusters_computed_ones_give():
    ms = _mentions("The killing of 12 people in Kandahar on Monday shocked the country.")
    plain = cluster_events(ms)
    with blockcache.using(BlockCache()) as first:
        assert cluster_events(ms) == plain
    assert (first.hits, first.misses) == (0, 2)  # topics x and y
    with blockcache.using(BlockCache(first.used)) as second:
        assert cluster_events(ms) == plain
    assert (second.hits, second.misses) == (2, 0)
    assert second.used == first.used


def test_a_block_whose_mentions_changed_is_computed_again_and_the_others_are_not():
    before = _mentions("The killing of 12 people in Kandahar on Monday shocked the country.")
    with blockcache.using(BlockCache()) as first:
        cluster_events(before)
    after = _mentions("Parliament in Kandahar debated a budget on Monday.")
    plain = cluster_events(after)
    with blockcache.using(BlockCache(first.used)) as second:
        assert cluster_events(after) == plain
    # topic x (one sentence changed) computed, topic y (unchanged) remembered
    assert (second.hits, second.misses) == (1, 1)
    assert second.used.keys() != first.used.keys()
    with blockcache.using(BlockCache(first.used, reuse=False)) as fresh:
        cluster_events(before)
    assert (fresh.hits, fresh.misses) == (0, 2)  # a full relink computes every block


def test_a_report_added_to_a_linked_store_reuses_blocks_and_gives_the_full_relink(tmp_path):
    # 40 generated reports: several stories, so the new report touches only some blocks
    docs = generate_reports(n=40, seed=3)
    extractions = process_documents(docs)
    version = extraction_version()
    with Store(tmp_path / "inc.db") as inc, Store(tmp_path / "full.db") as full:
        for d, ex in zip(docs[:-1], extractions[:-1]):
            inc.add_document(d)
            inc.put_extraction(ex, version, [])
        first = update(inc)[1]
        assert first.blocks_reused == 0 and first.blocks_computed > 1
        assert len(inc.link_blocks()) == first.blocks_computed
        inc.add_document(docs[-1])
        inc.put_extraction(extractions[-1], version, [])
        added = update(inc)[1]
        assert added.new == 1
        assert added.blocks_reused > 0
        assert added.blocks_computed < first.blocks_computed
        # the other parts (body and place look-ups, tones, outlet terms, relations of
        # events): the new report's own are computed, the rest read
        # a fresh store has no memo: what the first run reuses are parts of equal keys met
        # twice within the run (two events deciding the same thing), computed once
        assert first.parts_computed > first.parts_reused and first.parts_computed > 0
        assert added.parts_reused > added.parts_computed > 0
        for d, ex in zip(docs, extractions):
            full.add_document(d)
            full.put_extraction(ex, version, [])
        relink = update(full, full=True)[1]
        assert relink.blocks_reused == 0
        assert rows(inc) == rows(full)
        # the cache keeps exactly the blocks of the current picture
        assert len(inc.link_blocks()) == added.blocks_reused + added.blocks_computed


def test_blocks_of_other_link_code_are_not_reused(tmp_path):
    files = sorted((EXAMPLES / "reports").iterdir())[:4]
    with Store(tmp_path / "s.db") as store:
        ingest(store, files, meta=EXAMPLES / "meta.json")
        analyze(store)
        with store.transaction() as c:
            c.execute("UPDATE state SET value='other' WHERE key='link_version'")
        _, run = update(store)
        assert run.blocks_reused == 0 and run.blocks_computed > 0


def test_the_part_memo_gives_what_computing_gives_and_forgets_other_code():
    calls = []

    def compute(i):
        calls.append(i)
        return {"n": i, "pairs": [["a", 0.1 + i]]}

    first = blockcache.Memo(salt="v1")
    assert first.values("k", ["x", "y"], compute) == [{"n": 0, "pairs": [["a", 0.1]]},
                                                      {"n": 1, "pairs": [["a", 1.1]]}]
    stored = dict(first.used)
    again = blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored}, "v1")
    assert again.values("k", ["y", "z"], compute) == [{"n": 1, "pairs": [["a", 1.1]]},
                                                      {"n": 1, "pairs": [["a", 1.1]]}]
    assert calls == [0, 1, 1] and (again.hits, again.misses) == (1, 1)
    other = blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored}, "v2")
    other.values("k", ["x"], compute)
    assert other.misses == 1  # values of other code are never found


def test_stories_and_outlet_terms_read_from_the_memo_are_the_computed_ones():
    from sitroom.link.framing import _distinctive_terms
    from sitroom.link.stories import assign_stories

    texts = {"a": "Flooding closed the river port of Ruse on Monday.",
             "b": "The river port of Ruse stayed closed by flooding on Tuesday.",
             "c": "A new parliament was elected in Norway on Sunday.",
             "d": "Norway's voters elected a parliament on Sunday, officials said.",
             "e": "The port of Ruse reopened as the flooding eased."}
    docs = [{"id": d, "published": f"2024-05-0{i + 1}"} for i, d in enumerate(texts)]
    outlet_of = {d: ("Wire" if i % 2 else "Gazette") for i, d in enumerate(texts)}
    terms = {"a": ["P_1"], "b": ["P_1"], "c": ["P_2"], "d": ["P_2"], "e": ["P_1"]}

    def linked(memo, n, terms):
        with blockcache.memoising(memo):
            return (assign_stories(docs[:n], texts, terms=terms),
                    _distinctive_terms({d: outlet_of[d] for d in list(texts)[:n]}, texts))

    first = blockcache.Memo(salt="s")
    linked(first, 4, terms)
    for changed in (terms, dict(terms, b=["P_1", "A_x"])):  # b's terms changed: chain breaks
        again = blockcache.Memo(lambda ks: {k: first.used[k] for k in ks if k in first.used}, "s")
        assert linked(again, 5, changed) == (assign_stories(docs, texts, terms=changed),
                                             _distinctive_terms(outlet_of, texts))
        assert again.hits >= 1
