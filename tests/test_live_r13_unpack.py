"""Records of a packed extraction are built through their slots (``store_pack._maker``):
the same records as the classes' own constructors give, field by field, equal and hashing
equal, still frozen; a class with a ``__post_init__`` keeps its constructor."""

import dataclasses
import random

import pytest

from sitroom.model import ActorMention, Claim, EventMention, PlaceMention, Quote, TimeMention
from sitroom.store_pack import _MAKE, _NAMES, pack, unpack
from sitroom.model import to_dict

from test_store_compact import _ex

FAST = (ActorMention, PlaceMention, TimeMention, EventMention, Claim)


def _values(cls, rng: random.Random) -> list:
    pool = [None, 0, 3, -1, 2.5, "", "x", "a b", True, False, ("t",), [1, 2]]
    return [rng.choice(pool) for _ in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", FAST)
def test_made_records_equal_constructed_ones(cls):
    make = _MAKE[cls]
    assert make is not cls  # built through the slots
    rng = random.Random(13)
    for _ in range(200):
        values = _values(cls, rng)
        a, b = make(*values), cls(*values)
        assert type(a) is cls
        assert a == b and repr(a) == repr(b)
        assert [getattr(a, n) for n in _NAMES[cls]] == values
        try:
            assert hash(a) == hash(b)
        except TypeError:  # an unhashable value (a list): unhashable both ways
            with pytest.raises(TypeError):
                hash(b)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(a, _NAMES[cls][0], "changed")


def test_post_init_classes_keep_their_constructor():
    assert _MAKE[Quote] is Quote  # its __post_init__ turns JSON lists into tuples


def test_unpack_gives_the_extraction_packed():
    ex = _ex("d7")
    got = unpack(pack(to_dict(ex)))
    assert got == ex
    assert [type(r) for r in got.actors + got.events + got.claims] == \
        [type(r) for r in ex.actors + ex.events + ex.claims]
    empty = dataclasses.replace(ex, actors=(), events=(), claims=(), places=(), times=())
    assert unpack(pack(to_dict(empty))) == empty
