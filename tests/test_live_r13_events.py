"""The event step's round-13 shortcuts give what they replaced: ``_merge_across`` reading each
mention's name words as ``_Prepared`` made them joins the clusters it joined making them
itself, and a cluster's refine material (the part memo's key) is the same text for equal
mentions made apart (a memo written by one process is found by the next) and differs when a
mention does."""

from __future__ import annotations

import random
from dataclasses import replace

from sitroom.link.picture_base import _Mention, _name_sets
from sitroom.link.picture_merge import _Compat, _merge_across, _refine_material
from sitroom.model import EventMention, Extraction

from test_incremental_events_refine import NAMES, mention

WORDS = ("harbour", "bridge", "valley", "council", "brigade", "union", "north")


def _mentions(rng: random.Random, n: int) -> list[_Mention]:
    out = []
    for i in range(n):
        e = EventMention(doc=f"d{i % 7}", start=i, end=i + 3, sent=i % 4, trigger="moved",
                         type=rng.choice(("ASSAULT", "COERCE", "AID")),
                         date=rng.choice(("2026-03-01", "2026-03-02", None)),
                         historical=rng.random() < 0.1)
        out.append(_Mention(Extraction(doc=e.doc), e, rng.choice([*NAMES, None]), None,
                            rng.choice(["p1", "p2", None])))
    return out


def test_merge_across_with_the_prepared_name_words_joins_the_same_clusters():
    for seed in range(20):
        rng = random.Random(seed)
        ms = _mentions(rng, 60)
        name_sets = [_name_sets({" ".join(rng.sample(WORDS, 2)) for _ in range(rng.randint(0, 3))})
                     for _ in ms]
        name_words = [frozenset().union(*s) for s in name_sets]
        place_words = [frozenset(rng.sample(WORDS, rng.randint(0, 2))) for _ in ms]
        clusters = [{"mentions": [m], "docs": [m.ex.doc]} for m in ms]

        def parts(got: list[dict]) -> list[list[int]]:
            return [[m.event.start for m in c["mentions"]] for c in got]

        made = _merge_across([{k: list(v) for k, v in c.items()} for c in clusters], name_sets, place_words, ms)
        read = _merge_across(clusters, name_sets, place_words, ms, name_words)
        assert parts(made) == parts(read)
        assert [c["docs"] for c in made] == [c["docs"] for c in read]
        if seed == 0:
            assert len(made) < len(clusters)  # something was joined


def test_refine_material_is_equal_for_equal_mentions_and_differs_for_changed_ones():
    rng = random.Random(5)
    ms = [mention(rng, i) for i in range(12)]
    twins = [m._replace(event=replace(m.event, trigger="".join(m.event.trigger))) for m in ms]
    compatible = _Compat(NAMES)
    base = _refine_material(ms, compatible)
    assert isinstance(base, str) and base == _refine_material(twins, compatible)
    e0 = ms[0].event
    assert _refine_material([ms[0]._replace(event=replace(e0, date="2026-05-05")), *ms[1:]],
                            compatible) != base
    assert _refine_material(ms[:-1], compatible) != base
