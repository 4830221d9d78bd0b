"""The grouped test of a part's verbal tails (``picture_merge._Part._tails_fit``) decides as
the pairwise rule ``crosslingual.tails_agree`` against every tail of the part."""

from __future__ import annotations

import random

from sitroom.link import crosslingual as xl
from sitroom.link.picture_merge import _Compat, _Part


def _tail(rng: random.Random) -> xl.Tail:
    words = frozenset(rng.sample("abcdefgh", rng.randint(0, 3)))
    neutral = frozenset(rng.sample(["A_x", "P_y", "N_3", "T_Z"], rng.randint(0, 2)))
    return xl.Tail(rng.choice(["en", "en", "ru", "de"]), words, neutral)


def test_grouped_tails_decide_as_pairwise() -> None:
    rng = random.Random(7)
    decided = set()
    for _ in range(3000):
        part = _Part(_Compat({}))
        tails = [_tail(rng) for _ in range(rng.randint(0, 6))]
        for t in tails:
            part.tails.append(t)
            part._words_in[t.language].append(t.words)
            part._neutral_in[t.language].append(t.neutral)
        new = _tail(rng)
        expected = all(xl.tails_agree(t, new) for t in tails)
        assert part._tails_fit(new) == expected
        decided.add(expected)
    assert decided == {True, False}
