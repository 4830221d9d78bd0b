"""False actors of round 21's second wave: places of local news named like bodies
(``extract/actor_place_sites.py``), each with a case where the rule fires and one where it must
not:

* a town the gazetteer knows and the tagger makes a place somewhere in the report, none of
  whose mentions acts, is no actor wherever it is named ("closed in X", "X Mayor Name");
* a street, a highway or a facility ("X Drive", "Y Hospital") in a frame of place ("a
  neighbor on X Drive", "was taken to Y Hospital") is no actor;
* a hospital or a town that acts ("Y Hospital said", "X approved a budget") stays, and so does
  a name the report makes a person, and a name after "according to".

Sentences are made up. One table: a text, the names that must go, those that must stay and
those that must stay exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check

CASES = [
    ("a facility in a frame of place is no actor",
     "The driver, Ann Brody, was taken to Millbrook Hospital after the crash on Friday.",
     ("Millbrook Hospital",), ("Ann Brody",), ()),
    ("a facility that acts stays",
     "Millbrook Hospital said on Friday that the driver was in stable condition.",
     (), (), ("Millbrook Hospital",)),
    ("a town that never acts is no actor wherever it is named",
     "A fire broke out between Ocala and Dunnellon on Friday. It burned near Dunnellon, Fla., "
     "for hours.",
     ("Dunnellon",), (), ()),
    ("a town that acts stays",
     "Route 40 was closed in Dunnellon, Florida, on Friday. Dunnellon approved the repairs on "
     "Monday, Dunnellon Mayor Ray Moss said.",
     (), ("Ray Moss",), ("Dunnellon",)),
    ("a town a person's full name ends in stays",
     "The trail runs near Dunnellon, Fla. Dunnellon police said Ann Dunnellon found the dog.",
     (), (), ("Dunnellon", "Ann Dunnellon")),
    ("a facility after 'according to' stays",
     "Two patients were hurt, according to Millbrook Hospital.",
     (), ("Millbrook Hospital",), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_sites_go_and_bodies_that_act_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)
