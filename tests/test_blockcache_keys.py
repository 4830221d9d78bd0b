"""A block's key (link/blockcache.block_key) is a hash of exactly what its clusters depend on:
equal blocks give equal keys whatever their objects, and every field of every mention, the
order of the mentions and the text of each report change it."""

from __future__ import annotations

import dataclasses

from sitroom.link.blockcache import block_key
from sitroom.link.coref import MentionFeatures


def _block() -> list[MentionFeatures]:
    return [
        MentionFeatures(key="0", doc="d1", topic="s|c", trigger="seized", lemma="seized",
                        sentence="Troops seized the 'old' bridge.", actors=("Army",),
                        places=("Bridgetown",), date="2024-03-01", type="ASSAULT"),
        MentionFeatures(key="1", doc="d2", topic="s|c", trigger="took", lemma="took",
                        sentence="The army took the bridge on Friday.", date=None, type=None),
    ]


TEXTS = {"d1": "Troops seized the 'old' bridge.", "d2": "The army took the bridge on Friday."}


def test_equal_blocks_have_equal_keys_whatever_their_objects():
    a, b = _block(), [dataclasses.replace(m, sentence="".join(list(m.sentence)))
                      for m in _block()]
    assert block_key(a, TEXTS, "model", 0.5) == block_key(b, TEXTS, "model", 0.5)


def test_every_field_order_text_model_and_threshold_change_the_key():
    base = block_key(_block(), TEXTS, "model", 0.5)
    changed = {
        f.name: dataclasses.replace(_block()[0], **{f.name: (
            ("Navy",) if f.name in ("actors", "places") else "x")})
        for f in dataclasses.fields(MentionFeatures)}
    keys = {name: block_key([m, _block()[1]], TEXTS, "model", 0.5) for name, m in changed.items()}
    assert base not in keys.values() and len(set(keys.values())) == len(keys)
    assert block_key(_block()[::-1], TEXTS, "model", 0.5) != base
    assert block_key(_block(), {**TEXTS, "d2": "Other text."}, "model", 0.5) != base
    assert block_key(_block(), TEXTS, "other model", 0.5) != base
    assert block_key(_block(), TEXTS, "model", 0.6) != base


def test_field_boundaries_are_kept():
    # values that would run together when joined ("a" + "b" / "ab" + "") give other keys
    one, two = _block()[1], _block()[1]
    one = dataclasses.replace(one, trigger="ab", lemma="")
    two = dataclasses.replace(two, trigger="a", lemma="b")
    assert block_key([one], TEXTS, "m", 0.5) != block_key([two], TEXTS, "m", 0.5)
