"""A cluster's parts read from the part memo are the parts computing gives: the memo key holds
everything the split reads of the cluster's mentions, so a cluster whose mentions changed in
any of those fields (a date, an actor's name, a statement's words or language) is split again;
the other helpers of the event step give what they gave before."""

from __future__ import annotations

import random
from dataclasses import replace

from sitroom.link import blockcache
from sitroom.link.coref import MentionFeatures, _mention_doc_texts, _texts_of
from sitroom.link.picture_base import _Mention
from sitroom.link.picture_events import _linked
from sitroom.link.picture_merge import _Compat, _refine, _refine_material
from sitroom.model import EventMention, Extraction

NAMES = {"n1": "Northern Brigade", "n2": "Northern Brigade Command", "b": "Harbour Council",
         "c": "Valley Farmers Union"}
TYPES = ("ASSAULT", "COERCE", "AID", "ACCUSE", "DEMAND", "RETREAT")
SENTENCES = ("The council accused the brigade of shelling the bridge.",
             "The union demanded wages for the farmers.",
             "The brigade accused the council of blocking the harbour road.",
             "Troops moved on the bridge.")


def mention(rng: random.Random, i: int) -> _Mention:
    sentence = rng.choice(SENTENCES)
    kind = rng.choice(TYPES)
    trigger = {"ACCUSE": "accused", "DEMAND": "demanded"}.get(kind, "moved")
    date = rng.choice([None, "2026-03-01", "2026-03-02"])
    e = EventMention(doc=f"d{i % 5}", start=10 * i, end=10 * i + 4, sent=i, trigger=trigger,
                     type=kind, date=date, date_source="text" if date else "publication",
                     sentence_text=sentence)
    actors = [*NAMES, None]
    return _Mention(Extraction(doc=f"d{i % 5}"), e, rng.choice(actors), rng.choice(actors), None)


def split(clusters: list[dict], compatible: _Compat) -> list[list[tuple[str, int]]]:
    return [[(m.ex.doc, m.event.start) for m in c["mentions"]] for c in _refine(clusters,
                                                                                compatible)]


def test_parts_read_from_the_memo_are_the_computed_parts():
    rng = random.Random(7)
    clusters = [{"mentions": [mention(rng, 40 * k + i) for i in range(rng.randint(1, 30))],
                 "docs": []} for k in range(12)]
    compatible = _Compat(NAMES, lambda m: "fr" if m.event.start % 3 == 0 else "en")
    want = split(clusters, compatible)  # no memo: computed
    assert any(len(c["mentions"]) > len(p) for c, p in zip(clusters, want))  # something split
    stored: dict[str, str] = {}
    first = blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored})
    with blockcache.memoising(first):
        assert split(clusters, compatible) == want
    assert first.hits == 0 and first.misses == sum(len(c["mentions"]) > 1 for c in clusters)
    stored.update(first.used)
    again = blockcache.Memo(lambda keys: {k: stored[k] for k in keys if k in stored})
    with blockcache.memoising(again):
        assert split(clusters, compatible) == want
    assert again.misses == 0 and again.hits == first.misses


def test_the_memo_key_changes_with_every_input_the_split_reads():
    rng = random.Random(3)
    ms = [mention(rng, i) for i in range(6)]
    ms[0] = ms[0]._replace(event=replace(ms[0].event, type="ACCUSE", trigger="accused"))
    compatible = _Compat(NAMES)
    base = _refine_material(ms, compatible)
    e0 = ms[0].event
    variants = [
        [ms[0]._replace(actor="b" if ms[0].actor != "b" else "c"), *ms[1:]],
        [ms[0]._replace(event=replace(e0, date="2026-04-09", date_source="text")), *ms[1:]],
        [ms[0]._replace(event=replace(e0, sentence_text="The council accused nobody.")),
         *ms[1:]],
        list(reversed(ms)),
    ]
    for v in variants:
        assert _refine_material(v, compatible) != base
    renamed = _Compat({**NAMES, **{a: "Coastal Guard" for a in NAMES}})
    assert any(m.actor or m.recipient for m in ms)
    assert _refine_material(ms, renamed) != base  # an actor's name decides a clash
    in_french = _Compat(NAMES, lambda m: "fr")
    assert _refine_material(ms, in_french) != base  # a statement's language decides its tail


def test_linked_groups_mentions_sharing_a_sentence_or_a_name_word():
    rng = random.Random(1)
    ms = [mention(rng, i) for i in range(8)]
    words = [frozenset({"harbour"}), frozenset(), frozenset({"bridge"}), frozenset({"harbour"}),
             frozenset({"bridge", "valley"}), frozenset(), frozenset({"valley"}), frozenset()]
    got = _linked(list(range(8)), ms, words)
    assert got == [[0, 3], [1], [2, 4, 6], [5], [7]]
    assert _linked([4], ms, words) == [[4]]


def test_the_texts_of_the_mentions_are_the_given_ones_else_their_sentences():
    feats = [MentionFeatures(key=str(i), doc=f"d{i % 3}", topic="t", trigger="moved",
                             lemma="move", sentence=f"Sentence {i}.") for i in range(7)]
    given = {"d1": "The whole of report one.", "d9": "not among the mentions"}
    want = _mention_doc_texts(feats)
    want.update({d: t for d, t in given.items() if d in want})
    got = _texts_of(feats, given)
    assert got == want and list(got) == list(want)
    assert _texts_of(feats, None) == _mention_doc_texts(feats)
