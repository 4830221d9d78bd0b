"""Round 16's exact trims of one addition: the claim pairs of an addition extended from the
stored pairs of the claims before it (:mod:`sitroom.link.claims_delta`) are the pairs, kinds
and order :func:`sitroom.link.agreement.match_claims` finds over all of them."""

from __future__ import annotations

import random

from sitroom.link import agreement as ag
from sitroom.link import blockcache, claims_delta

SYLLABLES = ("ka", "lo", "mer", "tan", "vis", "ru", "pol", "den", "sa", "gor")
VERBS = ("said", "denied that", "confirmed", "reported", "rejected claims that")


def _claims(seed: int, n: int, width: int = 12) -> list[dict]:
    """``n`` made-up claims, three a report, those of one topic sharing words."""
    rng = random.Random(seed)
    vocabulary = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(120)})
    out = []
    for k in range(n):
        topic = rng.randrange(0, len(vocabulary) - width)
        words = rng.sample(vocabulary[topic:topic + width], rng.randint(5, 9))
        text = f"The {words[0]} {rng.choice(VERBS)} {' '.join(words[1:])}."
        out.append({"doc": f"d{k // 3}", "text": text,
                    "polarity": rng.choice(["positive", "positive", "negative"])})
    return out


def _order(claims: list[dict]) -> dict[str, int]:
    return {d: i for i, d in enumerate(dict.fromkeys(c["doc"] for c in claims))}


def _linked_twice(before: list[dict], after: list[dict]) -> tuple[list, blockcache.Memo]:
    """The pairs of ``after`` found by a link whose memo holds what a link of ``before``
    kept (as the store would give it back)."""
    first = blockcache.Memo()
    with blockcache.memoising(first):
        claims_delta.match_claims(before, _order(before))
    stored = dict(first.used)
    second = blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored})
    with blockcache.memoising(second):
        got = claims_delta.match_claims(after, _order(after))
    return got, second


def test_an_added_reports_pairs_extend_the_stored_ones_exactly():
    for seed in range(6):
        claims = _claims(seed, 450)
        # the last report's claims added, and a report's claims added in the middle of the
        # archive's order (a report ingested late with an earlier position is not the latest)
        for added in (claims[-3:], claims[:3]):
            before = [c for c in claims if c not in added]
            got, memo = _linked_twice(before, claims)
            assert got == ag.match_claims(claims)
    assert len(got) > 100 and {k for *_, k in got} >= {"agrees", "discusses"}


def test_the_extension_is_used_when_no_shared_stem_becomes_common():
    claims = _claims(3, 450)
    stems, denies = ag._claim_features(claims)
    old, new = list(range(len(claims) - 3)), [len(claims) - 3 + k for k in range(3)]
    prior = [list(p) for p in ag.match_claim_features([claims[i] for i in old],
                                                       [stems[i] for i in old],
                                                       [denies[i] for i in old])]
    got = claims_delta.extend(prior, claims, stems, denies, old, new)
    assert got == ag.match_claims(claims)


def test_a_stem_made_common_by_the_new_claims_falls_back_to_all_pairs():
    # every claim holds the same words: the new report's claims take their count over MAX_DF
    text = "The kalomer said tanvis rupol densa gorka lotan."
    claims = [{"doc": f"d{k}", "text": text, "polarity": "positive"}
              for k in range(ag.MAX_DF)]
    claims.append({"doc": "late", "text": text, "polarity": "positive"})
    stems, denies = ag._claim_features(claims)
    old, new = list(range(ag.MAX_DF)), [ag.MAX_DF]
    prior = [list(p) for p in ag.match_claim_features(claims[:-1], stems[:-1], denies[:-1])]
    assert prior  # below MAX_DF the old claims all agree
    assert claims_delta.extend(prior, claims, stems, denies, old, new) is None
    got, _ = _linked_twice(claims[:-1], claims)
    assert got == ag.match_claims(claims) == []


def test_the_pairs_of_an_unchanged_archive_are_read_not_extended():
    claims = _claims(5, 300)
    got, memo = _linked_twice(claims, claims)
    assert got == ag.match_claims(claims)
    assert memo.hits >= 1 and memo.misses == 0  # features and pairs all read


def test_the_stale_prefilter_finds_a_cue_word_exactly_where_a_test_per_word_does():
    rng = random.Random(7)
    pieces = ("not", "yet", "the", "Still", "far", "aset", "plan", "due", "troops", "x",
              "remained", "expect", "scheduled", "prepar", " ", "ing")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        low = text.lower()
        assert bool(ag._STALE_WORD.search(low)) == any(w in low for w in ag._STALE_WORDS)


def test_stale_statements_are_still_found_and_others_are_not():
    assert ag.stale("The ministry has still not responded to the request.")
    assert ag.stale("The convoy is expected to arrive on Monday.")
    assert not ag.stale("The convoy arrived on Monday.")


def test_the_pairs_are_keyed_by_each_claims_report_polarity_and_text():
    claims = _claims(9, 30)
    key = claims_delta.material(claims, list(range(30)))
    assert claims_delta.material([dict(c) for c in claims], list(range(30))) == key
    for field, value in (("doc", "elsewhere"), ("polarity", "negative"), ("text", "Other.")):
        changed = [dict(c) for c in claims]
        changed[4] = dict(changed[4], **{field: value + ("" if changed[4][field] != value
                                                          else "!")})
        assert claims_delta.material(changed, list(range(30))) != key
    # a field holding the separator is keyed by the JSON of the fields: still apart
    odd = [dict(c) for c in claims]
    odd[0]["text"], odd[1]["text"] = odd[0]["text"] + "\0" + odd[1]["text"], ""
    assert claims_delta.material(odd, list(range(30))) != key
    shifted = [dict(c) for c in claims]
    shifted[0]["doc"] += "\1"
    assert claims_delta.material(shifted, list(range(30))) not in (key, claims_delta.material(
        claims, list(range(30))))


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
