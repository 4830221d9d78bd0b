"""Round 18's exact trim of one addition: whether a claim is stale is kept with its stems in
the part memo (``agreement.claim_features``) and handed to ``_overtaken``, which no longer
tests every claim's text; each path gives what the plain test gives."""

from __future__ import annotations

import random

from sitroom.link import agreement as ag
from sitroom.link import blockcache

_PARTS = (["The council", "The minister", "Le ministre", "Troops", "The mayor"],
          ["has not yet", "has still not", "plans to", "is expected to", "is due to", "said it would",
           "denied that it would", "was set to", "visited", "so far has not"],
          ["visit the harbour.", "respond.", "enter the town on Monday.", "comment — été.", ""])


def _reader(stored: dict[str, str]):
    return lambda keys: {k: stored[k] for k in keys if k in stored}


def _claims(seed: int, n: int) -> list[dict]:
    rnd = random.Random(seed)
    return [{"doc": f"d{rnd.randrange(6)}", "id": f"c{i}", "polarity": "positive",
             "text": " ".join(rnd.choice(part) for part in _PARTS).strip()}
            for i in range(n)]


def test_stale_flags_of_the_memo_are_the_plain_test_computed_and_read():
    for seed in range(20):
        claims = _claims(seed, 30)
        plain = [ag.stale(c["text"]) for c in claims]
        first = blockcache.Memo(salt="v")
        with blockcache.memoising(first):
            stems, denies, stales = ag.claim_features(claims)
        assert stales == plain
        assert (stems, denies) == ag._claim_features(claims)  # the same without a memo
        again = blockcache.Memo(_reader(first.used), salt="v")
        with blockcache.memoising(again):
            assert ag.claim_features(claims) == (stems, denies, stales)
        assert again.misses == 0 and again.hits > 0  # read, not computed
    flags = [ag.stale(c["text"]) for c in _claims(0, 30)]
    assert any(flags) and not all(flags)  # both cases met


def _generated(n: int, seed: int):
    from sitroom.bench import generate_reports
    from sitroom.pipeline import process_documents

    docs = generate_reports(n=n, seed=seed)
    return docs, process_documents(docs)


def test_overtaken_with_the_kept_stale_flags_gives_the_links_it_tests_alone():
    import copy

    from sitroom.link.actors import resolve_actors
    from sitroom.link.picture_base import _Texts
    from sitroom.link.picture_records import _claims, _quotes
    from sitroom.link.picture_relations import _Clock, _overtaken, _relate_claims

    docs, extractions = _generated(60, 5)
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    T = _Texts({d.id: d.text for d in docs}, extractions)
    res = resolve_actors(extractions)
    claims = _claims(extractions, res.mention_actor, T)
    quotes = _quotes(extractions, res.mention_actor, T)
    # a stale claim of an actor overtaken by a later quote of the same actor: written here
    clock = _Clock(rows, {})
    links: list[dict] = []
    flags = _relate_claims(claims, clock, links)
    assert flags == [ag.stale(c["text"]) for c in claims] and any(flags)
    given, alone = copy.deepcopy(claims), copy.deepcopy(claims)
    links_given: list[dict] = []
    links_alone: list[dict] = []
    _overtaken(extractions, given, [], quotes, res.mention_actor, clock, links_given, flags)
    _overtaken(extractions, alone, [], quotes, res.mention_actor, clock, links_alone)
    assert given == alone and links_given == links_alone
    # flags of another list (not one per claim) are not trusted: tested afresh
    wrong: list[dict] = []
    _overtaken(extractions, copy.deepcopy(claims), [], quotes, res.mention_actor, clock, wrong,
               flags[:-1])
    assert wrong == links_alone


def test_the_picture_is_the_one_the_plain_stale_test_gives():
    import sitroom.link.picture as picture
    from sitroom.link.picture import build_picture

    docs, extractions = _generated(80, 11)
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    texts = {d.id: d.text for d in docs}
    kept = build_picture(rows, extractions, texts)
    plain = picture._overtaken

    def without_flags(*args):
        return plain(*args[:7])

    picture._overtaken = without_flags
    try:
        assert build_picture(rows, extractions, texts) == kept
    finally:
        picture._overtaken = plain
    assert len(kept["claims"]) > 100


def test_claim_pairs_skipping_claims_met_fewer_times_than_needed_are_every_candidates():
    from test_live_r12_claims import SYLLABLES, VERBS, _by_every_candidate

    for seed in range(6):
        rng = random.Random(100 + seed)
        vocabulary = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(90)})
        claims = []
        for k in range(300):
            topic = rng.randrange(0, len(vocabulary) - 10)
            # short claims too (fewer rare stems than MIN_SHARED: never a pair)
            words = rng.sample(vocabulary[topic:topic + 10], rng.randint(2, 8))
            claims.append({"doc": f"d{k // 3}", "text": f"The {words[0]} {rng.choice(VERBS)} "
                                                        f"{' '.join(words[1:])}.",
                           "polarity": rng.choice(["positive", "negative"])})
        got = ag.match_claims(claims)
        assert got == _by_every_candidate(claims)
        assert got  # pairs are made


def test_a_claim_met_through_too_few_rare_stems_has_no_candidate_and_enough_has():
    base = "The governor confirmed the harbour bridge reopened after repairs"
    few = [{"doc": "a", "text": base, "polarity": "positive"},
           {"doc": "b", "text": "The governor confirmed the harbour closed", "polarity": "positive"}]
    assert ag.match_claims(few) == []  # two or three rare stems shared: below MIN_SHARED
    many = [few[0], {"doc": "b", "text": base + " on Monday", "polarity": "positive"}]
    assert ag.match_claims(many) == [(0, 1, "agrees")]
