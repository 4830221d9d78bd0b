"""Records of a packed extraction are built through their slots (``store_pack._maker``):
the same records as the classes' own constructors give, field by field, equal and hashing
equal, still frozen; a class with a ``__post_init__`` keeps its constructor."""

import dataclasses
import random

import pytest

from sitroom.model import ActorMention, Claim, EventMention, PlaceMention, Quote, TimeMention
from sitroom.store_pack import _MAKE, _NAMES, SHARED_LEN, pack, unpack
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
    # its __post_init__ turns JSON lists into tuples: the maker calls the class itself
    make = _MAKE[Quote]
    values = ["d1", 0, 9, 0, "it was", "she", 2, "said", None, None, None, None, None,
              "direct", None, [[0, 4], [6, 9]]]
    got = make(*values)
    assert type(got) is Quote and got == Quote(*values)
    assert got.spans == ((0, 4), (6, 9))


def test_short_strings_are_shared_across_reports():
    # two reports decoded apart hold one copy of each short string (a kind, a name, the
    # report's id), and keep their long texts as they were
    long = "a b " * (SHARED_LEN // 4 + 1)
    a = ActorMention("".join(["d", "9"]), 0, 3, 0, "".join(["Al", "ex"]), "Alex",
                     "".join(["per", "son"]), None, None)
    b = dataclasses.replace(a, text="".join(["Al", "ex"]), kind="".join(["pers", "on"]),
                            doc="".join(["d9"]))
    ea = unpack(pack(to_dict(dataclasses.replace(_ex("d9"), actors=(a,)))))
    eb = unpack(pack(to_dict(dataclasses.replace(_ex("d9"), actors=(b,)))))
    assert ea.actors[0] == a and eb.actors[0] == b
    assert ea.actors[0].kind is eb.actors[0].kind
    assert ea.actors[0].text is eb.actors[0].text
    la = unpack(pack(to_dict(dataclasses.replace(_ex("d9"), actors=(
        dataclasses.replace(a, text="".join([long])),)))))
    lb = unpack(pack(to_dict(dataclasses.replace(_ex("d9"), actors=(
        dataclasses.replace(a, text="".join([long])),)))))
    assert la.actors[0].text == lb.actors[0].text
    assert la.actors[0].text is not lb.actors[0].text


def test_unpack_gives_the_extraction_packed():
    ex = _ex("d7")
    got = unpack(pack(to_dict(ex)))
    assert got == ex
    assert [type(r) for r in got.actors + got.events + got.claims] == \
        [type(r) for r in ex.actors + ex.events + ex.claims]
    empty = dataclasses.replace(ex, actors=(), events=(), claims=(), places=(), times=())
    assert unpack(pack(to_dict(empty))) == empty
