"""`_overtaken` finds a stale statement's overtaking record through an index of its actors'
later records by the words of the awaited matter, and takes the first in overtaking order that
overtakes it: the same record as `agreement.overtaking` testing every later record of its
actors (docs/scale.md, "Round 11")."""

from __future__ import annotations

import random
from datetime import datetime, UTC

from sitroom.link import agreement as ag
from sitroom.link.picture_relations import _Clock, _overtaken
from sitroom.model import ActorMention, Extraction

CUES = ["has not yet responded to", "is expected to visit", "has yet to comment on",
        "plans to sign", "is due to address", "has still not reacted to"]
WORDS = ["the budget plan", "the harbour deal", "the flood relief", "the border talks",
         "reporters", "the new tariff", "the river bridge", "the council vote"]
VERBS = ["responded to", "visited", "commented on", "signed", "addressed", "reacted to",
         "declined to respond to", "spoke about", "criticised"]
ACTORS = ["Ana Ruiz", "Tomas Berg", "Lina Okafor"]


def _claim(i: int, rng: random.Random) -> tuple[dict, Extraction]:
    name = rng.choice(ACTORS)
    text = f"{name} {rng.choice(CUES)} {rng.choice(WORDS)} after the storm."
    doc = f"c{i}"
    ex = Extraction(doc=doc, actors=(ActorMention(doc, 0, len(name), 0, name, name, "person"),),
                    sentences=((0, len(text)),))
    ev = {"doc": doc, "start": 0, "end": len(text), "sent": 0, "text": text}
    rec = {"id": f"claim:{i}", "doc": doc, "text": text, "evidence": [ev],
           "source": {"kind": "author", "actor": None}}
    return rec, ex


def _quote(i: int, rng: random.Random, base: float) -> dict:
    name = rng.choice(ACTORS)
    text = f"We {rng.choice(VERBS)} {rng.choice(WORDS)} today."
    doc = f"q{i}"
    # equal times on purpose: ties are broken by the order listed
    return {"id": f"quote:{i}", "doc": doc, "speaker": "A_" + name, "cue": "said",
            "time": None, "text": text, "evidence": [{"doc": doc, "start": 0, "end": len(text)}],
            "_at": base + 3600 * rng.randint(0, 5)}


def test_the_indexed_search_finds_what_every_later_record_tested_finds():
    rng = random.Random(11)
    checked = overtaken = 0
    for _ in range(30):
        claims, exs = zip(*[_claim(i, rng) for i in range(6)])
        quotes = [_quote(i, rng, 1.7e9 + 86400) for i in range(25)]
        documents = [{"id": c["doc"], "outlet": "o", "published": "2023-11-14T22:13:20Z"}
                     for c in claims]
        documents += [{"id": q["doc"], "outlet": "p", "published":
                       datetime.fromtimestamp(q["_at"], UTC).isoformat()}
                      for q in quotes]
        clock = _Clock(documents, {})
        mention_actor = {(ex.doc, 0): "A_" + ex.actors[0].text for ex in exs}
        claims = [dict(c) for c in claims]
        links: list[dict] = []
        _overtaken(list(exs), claims, [], quotes, mention_actor, clock, links)
        later = [ag.Later(q["id"], q["speaker"], True, q["cue"], ag.when(q["time"]),
                          clock.at(q["doc"], 0), q["doc"], q["text"]) for q in quotes]
        for c, ex in zip(claims, exs):
            want = ag.overtaking(c["text"], {mention_actor[(ex.doc, 0)]},
                                 clock.at(c["doc"], 0), later)
            assert c["superseded_by"] == (want.id if want else None)
            checked += 1
            overtaken += want is not None
    assert checked == 180 and 0 < overtaken < checked  # both outcomes were exercised


def test_a_record_without_a_word_of_the_matter_never_overtakes():
    rng = random.Random(3)
    for _ in range(300):
        text = f"{rng.choice(ACTORS)} {rng.choice(CUES)} {rng.choice(WORDS)}."
        a = ag.awaiting(text, 1e9)
        if a is None or a.tokens() is None:
            continue
        summary = f"We {rng.choice(VERBS)} {rng.choice(WORDS)} today."
        c = ag.Later("r", "x", True, rng.choice(VERBS).split()[0], None, 2e9, "d", summary)
        held = ag._prefixes(summary) if a.matter else ag._stem_set(summary)
        if ag.overtakes(a, c):
            assert a.tokens() & held


def test_a_text_without_a_cue_word_is_not_stale_and_one_with_it_is_tested():
    assert not ag.stale("The minister visited the harbour on Monday.")
    assert ag.stale("The minister has not yet visited the harbour.")
    assert ag.stale("The minister plans to visit the harbour.")
    assert ag.stale("Le ministre — still not there — has yet to arrive.")  # not ASCII: the pattern
