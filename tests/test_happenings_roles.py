"""Each happening's argument roles from the dependency parse (extract/happenings.py,
``Happening.roles``), and their use by link/actor_timeline.py ``participants``. Sentences written by hand."""

from __future__ import annotations

import dataclasses

import pytest

from sitroom.extract import extract
from sitroom.link.actor_timeline import participants
from sitroom.model import Extraction, from_dict, to_dict


def _roles(ex: Extraction, text: str, trigger: str) -> dict[str, str]:
    h = next(h for h in ex.happenings if h.trigger == trigger)
    assert len(h.roles) == len(h.args)
    return {text[s:e]: role for (s, e), role in zip(h.args, h.roles)}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Ana Vell met the envoy in Tarn on Monday.", "met",
     {"Vell": "agent", "envoy": "patient"}),
    ("Ana Vell was arrested by the police on Monday.", "arrested",
     {"Vell": "patient", "police": "agent"}),
    ("Ana Vell handed the keys to Ivo Marr on Monday.", "handed",
     {"Vell": "agent", "keys": "patient", "Marr": "recipient"}),
    ("Ana Vell talked with Ivo Marr on Monday.", "talked", {"Vell": "agent", "Marr": "partner"}),
    ("Ana Vell bought grain from Ivo Marr on Monday.", "bought",
     {"Vell": "agent", "Marr": "source"}),
    ("Tarn Bank said on Monday it would get rid of the fees.", "rid", {"it": "agent"}),
    ("The agency, operating in a free country, angered the ministers on Monday.", "operating",
     {"agency": "agent"}),
])
def test_the_parse_gives_each_argument_its_role(annotated, text, trigger, expected):
    ex = extract(annotated(text, "2024-03-06"))
    got = _roles(ex, text, trigger)
    assert {k: got.get(k) for k in expected} == expected


def test_an_object_that_controls_the_subject_leaves_the_inherited_subject_no_role(annotated):
    text = "Ana Vell persuaded Ivo Marr to leave the council on Monday."
    ex = extract(annotated(text, "2024-03-06"))
    got = _roles(ex, text, "leave")
    assert got.get("Vell", "participant") == "participant"  # the act is Marr's, not Vell's
    text = "Ed Marr called on Ana Vell to apologize for the remark."
    ex = extract(annotated(text, "2024-03-06"))
    assert _roles(ex, text, "apologize").get("Marr", "participant") == "participant"


def test_participants_use_the_stored_roles(annotated):
    text = "Ana Vell was arrested by the police on Monday."
    ex = extract(annotated(text, "2024-03-06"))
    h = next(h for h in ex.happenings if h.trigger == "arrested")
    stored = {p.name: p.role for p in participants(ex, h, text)}
    assert sorted(stored.values()) == ["agent", "patient"]
    assert stored == {"Vell": "patient", "the police": "agent"}
    # without text the stored roles still hold
    assert {p.role for p in participants(ex, h, "")} == {"patient", "agent"}
    old = dataclasses.replace(h, roles=())  # no role stored: every argument a participant
    assert {p.role for p in participants(ex, old, text)} == {"participant"}


def test_roles_survive_the_store_round_trip(annotated):
    text = "Ana Vell handed the keys to Ivo Marr on Monday."
    ex = extract(annotated(text, "2024-03-06"))
    back = from_dict(Extraction, to_dict(ex))
    assert back.happenings == ex.happenings and any(h.roles for h in back.happenings)
    old = to_dict(ex)
    for h in old["happenings"]:
        del h["roles"]  # stored by an older version
    assert all(h.roles == () for h in from_dict(Extraction, old).happenings)
