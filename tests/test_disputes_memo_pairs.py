"""Statement pairs kept in the part memo (sitroom.link.disputes_pairs): a link that reads the
last link's pairs judges only the pairs holding a statement after the ones it shares with it,
and its links are those :func:`compare` gives judging every pair."""

from __future__ import annotations

import pytest

from dispute_corpus import documents
from sitroom.link import blockcache
from sitroom.link.actors import resolve_actors
from sitroom.link.disputes import compare, statement_id
from sitroom.link.disputes_memo import statements_kept
from sitroom.link.disputes_pairs import chain, compare_kept, judged
from sitroom.link.picture_relations import _Clock


@pytest.fixture(scope="module")
def inputs():
    from sitroom.pipeline import process_documents

    docs = documents()
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published} for d in docs]
    extractions = process_documents(docs)
    return (extractions, {d.id: d.text for d in docs}, _Clock(rows, {}),
            resolve_actors(extractions).mention_actor)


def _target(s):
    return statement_id(s.doc, s.start, s.end)


def _link(memo, inputs, upto, story_of=None):
    extractions, texts, clock, mention_actor = inputs
    stories = story_of or {ex.doc: "story:a" for ex in extractions}
    with blockcache.memoising(memo):
        stmts, parts = statements_kept(extractions[:upto], texts, clock, stories,
                                       mention_actor, {})
        return stmts, compare_kept(stmts, _target, parts)


def _reading(last: blockcache.Memo) -> blockcache.Memo:
    return blockcache.Memo(lambda ks: {k: last.used[k] for k in ks if k in last.used}, "v1")



def test_a_link_of_every_pair_gives_the_links_of_compare(inputs):
    first = blockcache.Memo(salt="v1")
    stmts, links = _link(first, inputs, None)
    assert len(links) >= 5
    assert links == compare(stmts, _target)
    entries = judged(stmts, 0)
    assert entries is not None and len(entries) >= len(links)
    assert entries == sorted(entries, key=lambda e: (e[0], e[1], e[2], e[3]))


def test_a_report_added_judges_only_its_pairs(inputs, monkeypatch):
    n = len(inputs[0])
    first = blockcache.Memo(salt="v1")
    _link(first, inputs, n - 1)
    import sitroom.link.disputes_pairs as pairs

    olds: list[int] = []
    real = pairs.judged

    def spy(stmts, old):
        olds.append(old)
        return real(stmts, old)

    monkeypatch.setattr(pairs, "judged", spy)
    again = _reading(first)
    stmts, links = _link(again, inputs, n)
    last_doc = inputs[0][-1].doc
    assert olds == [sum(1 for s in stmts if s.doc != last_doc)] and olds[0] > 0
    assert links == compare(stmts, _target)
    assert any(last_doc in (e["doc"] for e in ln["evidence"]) for ln in links)
    olds.clear()  # the same statements again: every pair read, none judged
    stmts, links = _link(_reading(again), inputs, n)
    assert olds == [] and links == compare(stmts, _target)


def test_a_changed_report_before_others_judges_the_pairs_after_it(inputs):
    extractions = inputs[0]
    first = blockcache.Memo(salt="v1")
    _link(first, inputs, None)
    stories = {ex.doc: "story:a" for ex in extractions}
    stories[extractions[1].doc] = "story:b"  # the second report's statements change
    stmts, links = _link(_reading(first), inputs, None, stories)
    assert links == compare(stmts, _target)
    assert all(s.story == "story:b" for s in stmts if s.doc == extractions[1].doc)


def test_no_memo_judges_every_pair(inputs):
    extractions, texts, clock, mention_actor = inputs
    stmts, parts = statements_kept(extractions, texts, clock,
                                   {ex.doc: "story:a" for ex in extractions}, mention_actor, {})
    assert parts is None
    assert compare_kept(stmts, _target, parts) == compare(stmts, _target)


def test_chain_tells_the_statements_before_the_first_computed_report():
    whole, prefix, n = chain([("a", 2, False), ("b", 3, False), ("c", 1, True), ("d", 4, False)])
    assert n == 5 and prefix != whole
    assert chain([("a", 2, False), ("b", 3, False)])[0] == prefix
    assert chain([("a", 2, False)])[0] == chain([("a", 2, False)])[1]
