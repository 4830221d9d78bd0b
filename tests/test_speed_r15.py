"""Round 15's exact speed-ups of one addition give what the former code gave:

- the reports calling an actor by its bare surname are counted once per (actor, surname)
  (``actors._called``) instead of walking every use again for each surname-only entity;
- a packed extraction's happenings are built by filling their fields
  (``store_pack._happening``), equal to what ``happening_from_dict`` builds from the same row.
"""

import dataclasses
import json
import random

import pytest

from sitroom.link.actors import _called
from sitroom.model import Happening, happening_from_dict, to_dict
from sitroom.store_pack import _NAMES, _happening, pack, unpack

from test_store_compact import _ex


def _former_count(docs: dict[int, set[str]], root: int, surname: str) -> int:
    return sum(1 for d in docs.get(root, ()) if d.endswith("\0" + surname))


def test_surname_uses_counted_once_equal_the_former_walk():
    rng = random.Random(15)
    names = ["doe", "roe", "do", "oe", "smith", "e", "mith", "ith"]
    for _ in range(50):
        docs: dict[int, set[str]] = {}
        for root in range(rng.randint(0, 6)):
            docs[root] = {f"r{rng.randint(0, 30)}\0{rng.choice(names)}"
                          for _ in range(rng.randint(0, 12))}
        called = _called(docs)
        for root in range(8):  # roots without uses too
            for surname in names + ["x"]:
                assert called[root, surname] == _former_count(docs, root, surname)


def test_a_surname_ending_another_is_not_counted_for_it():
    # "mith" is the end of "smith", but a report calling the actor "Smith" does not call it
    # "Mith": only whole surnames count
    called = _called({0: {"a\0smith", "b\0smith", "c\0mith"}})
    assert called[0, "smith"] == 2 and called[0, "mith"] == 1 and called[0, "ith"] == 0


def _random_happening(rng: random.Random) -> Happening:
    n = rng.randint(0, 3)
    return Happening(
        doc=rng.choice(["d1", "d2"]), start=rng.randint(0, 90), end=rng.randint(0, 99),
        sent=rng.randint(0, 4), trigger=rng.choice(["met", "signed", "talks"]),
        lemma=rng.choice(["meet", "sign", "talk"]), kind=rng.choice(["verb", "nominal"]),
        args=tuple((rng.randint(0, 50), rng.randint(50, 99)) for _ in range(n)),
        actors=tuple(rng.randint(0, 5) for _ in range(rng.randint(0, 2))),
        date=rng.choice([None, "2024-05-01"]), date_precision=rng.choice([None, "day"]),
        date_source=rng.choice(["none", "governing"]),
        roles=tuple(rng.choice(["agent", "patient"]) for _ in range(rng.choice([0, n]))))


def test_packed_happenings_equal_those_built_from_their_dict():
    rng = random.Random(7)
    for _ in range(200):
        h = _random_happening(rng)
        row = json.loads(json.dumps([getattr(h, n) for n in _NAMES[Happening]]))  # lists
        former = happening_from_dict(dict(zip(_NAMES[Happening], row)))
        made = _happening(list(row))
        assert type(made) is Happening
        assert made == former == h
        assert repr(made) == repr(former) and hash(made) == hash(former)
        assert vars(made) == vars(former) and list(vars(made)) == list(vars(former))
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.lemma = "changed"  # type: ignore[misc]


def test_unpacked_extraction_keeps_its_happenings_as_tuples():
    ex = _ex("d15")
    got = unpack(pack(to_dict(ex)))
    assert got == ex
    h = got.happenings[0]
    assert h.args == ((4, 11), (39, 44)) and type(h.args[0]) is tuple
    assert h.actors == (0,) and h.roles == ("agent", "recipient")
