"""Each report's dispute statements through the part memo (sitroom.link.disputes_memo): a
stored value is the computed one, a report whose inputs changed is computed again while the
others are read, and values of other code are never found."""

from __future__ import annotations

import pytest

from dispute_corpus import documents
from sitroom.link import blockcache
from sitroom.link.actors import resolve_actors
from sitroom.link.disputes import statements
from sitroom.link.disputes_memo import from_json, statements_memo, to_json
from sitroom.link.picture_relations import _Clock


@pytest.fixture(scope="module")
def inputs():
    from sitroom.pipeline import process_documents

    docs = documents()
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published} for d in docs]
    extractions = process_documents(docs)
    mention_actor = resolve_actors(extractions).mention_actor
    texts = {d.id: d.text for d in docs}
    story_of = {d.id: "story:a" for d in docs}
    return extractions, texts, _Clock(rows, {}), story_of, mention_actor


def _run(memo, inputs, story_of=None, record_of=None):
    extractions, texts, clock, stories, mention_actor = inputs
    with blockcache.memoising(memo):
        return statements_memo(extractions, texts, clock, story_of or stories, mention_actor,
                               record_of or {})


def _reading(first: blockcache.Memo, salt: str) -> blockcache.Memo:
    return blockcache.Memo(lambda ks: {k: first.used[k] for k in ks if k in first.used}, salt)


def test_stored_statements_are_the_computed_ones(inputs):
    extractions, texts, clock, story_of, mention_actor = inputs
    computed = statements(extractions, texts, clock, story_of, mention_actor, {})
    assert len(computed) > 5
    assert [from_json(to_json(s)) for s in computed] == computed
    first = blockcache.Memo(salt="v1")
    assert _run(first, inputs) == computed
    assert (first.hits, first.misses) == (0, len(extractions))
    again = _reading(first, "v1")
    assert _run(again, inputs) == computed
    assert (again.hits, again.misses) == (len(extractions), 0)


def test_a_report_whose_inputs_changed_is_computed_again(inputs):
    extractions, texts, clock, story_of, mention_actor = inputs
    first = blockcache.Memo(salt="v1")
    _run(first, inputs)
    doc = extractions[1].doc
    stories = dict(story_of, **{doc: "story:b"})
    sent = next(s.sent for s in statements([extractions[2]], texts, clock, story_of,
                                           mention_actor, {}))
    records = {(extractions[2].doc, sent): {"event:x"}}
    again = _reading(first, "v1")
    got = _run(again, inputs, stories, records)
    assert got == statements(extractions, texts, clock, stories, mention_actor, records)
    assert (again.hits, again.misses) == (len(extractions) - 2, 2)
    assert {s.story for s in got if s.doc == doc} == {"story:b"}
    assert any(s.records == frozenset({"event:x"}) for s in got)


def test_statements_of_other_code_are_not_found(inputs):
    first = blockcache.Memo(salt="v1")
    _run(first, inputs)
    other = _reading(first, "v2")
    _run(other, inputs)
    assert other.hits == 0 and other.misses == len(inputs[0])


def test_claim_features_read_from_the_memo_are_the_computed_ones():
    from sitroom.link.agreement import _claim_features, _claim_stems, denial, match_claims

    claims = [{"doc": d, "id": f"c{i}", "text": t, "polarity": "positive"} for i, (d, t) in
              enumerate([("a", "The ministry said 40 people were killed in the flood."),
                         ("a", "The governor denied that the dam had been sabotaged."),
                         ("b", "Officials said 40 people were killed in the flood."),
                         ("c", "Saboteurs damaged the dam, a former employee said.")])]
    computed = ([_claim_stems(c["text"]) for c in claims], [denial(c["text"]) for c in claims])
    first = blockcache.Memo(salt="v1")
    with blockcache.memoising(first):
        assert _claim_features(claims) == computed
        pairs = match_claims(claims)
    assert first.misses == 3  # one value per report
    again = _reading(first, "v1")
    changed = claims[:3] + [dict(claims[3], text="The dam was sabotaged, an employee said.")]
    with blockcache.memoising(again):
        assert _claim_features(claims) == computed
        assert match_claims(claims) == pairs
        assert _claim_features(changed)[0][3] == _claim_stems(changed[3]["text"])
    assert (again.hits, again.misses) == (3 + 3 + 2, 1)  # only the changed report computed
