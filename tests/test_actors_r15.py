"""False actors of round 15 (rules for classes that recur in the PolNeAR draw 1537 and earlier
draws): a brand the report names only as the modifier of goods ("the X software", "Y cameras")
a US state listed as an example of election districts ("the Rust Belt states A, X and B",
"states they no longer win: X, Y") and a building named by its last word ("X Inn", "Y Tower")
that is no subject -- each with a case that stays an actor. Sentences are made
up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check
from sitroom.extract.actor_things import listed_state

CASES = [
    ('a brand named only as the modifier of software is no actor',
     'Tom Reilly said the campaign relied on the Blackbaud software to reach donors.',
     ('Blackbaud',), ('Tom Reilly',), ()),
    ('a brand named only as the modifier of cameras is no actor',
     'The union compared the image quality of Nikon cameras, Tom Reilly said.',
     ('Nikon',), ('Tom Reilly',), ()),
    ('a maker the report also names as a body stays',
     'A spokesman for Salesforce said the Salesforce software had been used by the campaign.',
     (), ('Salesforce',), ()),
    ('a maker that speaks stays',
     'Microsoft said on Monday that the Microsoft software had been used by the campaign.',
     (), ('Microsoft',), ()),
    ('states listed after the noun states are places',
     'In the 1992 race the farm states Iowa, Kansas and Missouri each backed the senator, Tom '
     'Reilly said.',
     ('Iowa', 'Kansas', 'Missouri'), ('Tom Reilly',), ()),
    ('states listed after the noun states as subjects of a verb of backing are places',
     'Tom Reilly said that two decades ago the prairie states Iowa, Nebraska and Kansas all '
     'voted for the senator.',
     ('Iowa', 'Nebraska', 'Kansas'), ('Tom Reilly',), ()),
    ('states listed after a colon on the noun states are places',
     'These are states Democrats do not usually win anymore: Kansas, Nebraska, Idaho, Tom Reilly '
     'said.',
     ('Kansas', 'Nebraska', 'Idaho'), ('Tom Reilly',), ()),
    ('a building named by its last word is a place',
     'Police watched Jane Roe walk into Larkin Tower late on Monday, and the park around it also '
     'holds the old Larkin Inn near Boston, Tom Reilly said.',
     ('Larkin Tower', 'Larkin Inn'), ('Jane Roe', 'Tom Reilly'), ()),
    ('a tower that speaks stays',
     'The Larkin Tower said on Monday it would close in May.',
     (), ('Larkin Tower',), ()),
    ('states that act as governments stay',
     'Ohio and Michigan sued the agency, Tom Reilly said.',
     (), ('Ohio', 'Michigan'), ()),
    ('a state acting after a clause that closes on the noun states stays',
     'Unlike most other states, Ohio sued the agency on Monday, Tom Reilly said.',
     (), ('Ohio',), ()),
    ('states listed after the noun states and a comma stay',
     'Among the states, Texas and Ohio filed suit against the agency, Tom Reilly said.',
     (), ('Texas', 'Ohio'), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_states_listed_after_the_noun_states_that_sue_are_no_listed_districts(annotated):
    # the subject is the noun the list is in apposition with, and "sue" is no verb of backing
    adoc = annotated('The border states Texas and Arizona sued the agency on Monday, Tom Reilly '
                     'said.')
    texas = next(e for e in adoc.ents if adoc.span_text(e.start, e.end) == 'Texas')
    assert not listed_state(adoc, texas.start, texas.end)


def test_states_listed_after_the_noun_states_that_vote_are_listed_districts(annotated):
    adoc = annotated('Tom Reilly said that two decades ago the prairie states Iowa, Nebraska and '
                     'Kansas all voted for the senator.')
    iowa = next(e for e in adoc.ents if adoc.span_text(e.start, e.end) == 'Iowa')
    assert listed_state(adoc, iowa.start, iowa.end)
