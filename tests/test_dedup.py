"""Near-duplicates: containment as well as resemblance; band keys kept in the store."""

from __future__ import annotations

import random

from sitroom.ingest import dedup
from sitroom.ingest.dedup import NearDuplicates

WORDS = ["army", "city", "council", "minister", "port", "strike", "talks", "rebels", "harbour", "ship", "fuel", "price", "road", "bridge", "court", "trial", "vote", "police", "crowd", "school", "hospital", "train", "border", "envoy"]


def article(seed: int, n: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(n))


def test_a_copy_cut_at_60_percent_or_edited_one_word_in_twenty_is_a_copy():
    text = article(1)
    words = text.split()
    cut = " ".join(words[: int(len(words) * 0.6)])
    edited = " ".join("changed" if i % 20 == 7 else w for i, w in enumerate(words))
    near = NearDuplicates()
    assert near.add("orig", text) is None
    assert near.add("cut", cut) == "orig"
    assert near.add("edited", edited) == "orig"
    assert near.add("other", article(2)) is None


def test_a_quoted_sentence_or_a_short_snippet_is_not_a_copy():
    text = article(3)
    near = NearDuplicates()
    near.add("orig", text)
    assert near.add("snippet", " ".join(text.split()[:30])) is None  # under a quarter of it


def test_labelled_pairs_mix_copies_and_same_topic_articles(tmp_path):
    from sitroom.eval.dedup import _features, labelled_pairs, score

    for topic in (1, 2):
        d = tmp_path / str(topic)
        d.mkdir()
        for n in range(3):
            toks = "".join(f'<token t_id="{i}">{w}</token>\n'
                           for i, w in enumerate(article(topic * 10 + n, 120).split()))
            (d / f"{topic}_{n}ecb.xml").write_text(f"<Document>{toks}</Document>")
    pairs = labelled_pairs(tmp_path)
    assert {how for *_, gold, how in pairs if gold} == {
        "cut 40%", "cut 60%", "cut 80%", "lead cut", "1 word in 20", "1 word in 10",
        "cut 60% + 1 in 20"}
    assert sum(1 for p in pairs if p[4] == "same topic") == 6
    s = score(_features(pairs, dedup.SHINGLE), dedup.RESEMBLANCE, dedup.CONTAINMENT)
    assert s["recall"] >= 0.95 and s["precision"] == 1.0
