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
     'Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported the '
     'governor, Tom Reilly said.',
     ('Indiana', 'Michigan', 'Ohio', 'Pennsylvania'), ('Tom Reilly',), ()),
    ('states listed after a colon on the noun states are places',
     'These are states Democrats do not usually win anymore: Kansas, Nebraska, Idaho, Tom Reilly '
     'said.',
     ('Kansas', 'Nebraska', 'Idaho'), ('Tom Reilly',), ()),
    ('a building named by its last word is a place',
     'Jane Roe was seen entering Larkin Tower on Monday, and the monument encompasses the Larkin '
     'Inn in Boston, Tom Reilly said.',
     ('Larkin Tower', 'Larkin Inn'), ('Jane Roe', 'Tom Reilly'), ()),
    ('a tower that speaks stays',
     'The Larkin Tower said on Monday it would close in May.',
     (), ('Larkin Tower',), ()),
    ('states that act as governments stay',
     'Ohio and Michigan sued the agency, Tom Reilly said.',
     (), ('Ohio', 'Michigan'), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)
