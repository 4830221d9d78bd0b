"""False actors of round 14 (tuned on the FNC-1 draw 1535): page furniture (a source line, a
syndication line "appeared at", a picture credit in round brackets, a video's teaser line, a
share button), code names, product lines ("iX"), a place before ", Y-based" and a town a thing
comes from -- each with a case that stays an actor. Sentences are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, names

CASES = [
    ('a source line in brackets is no actor',
     'Tom Reilly said the watch will ship in April.\n\nRead more in the full article here.  '
     '[Attribution: Digital Trends. Thanks to reader Sam K. for the tip.]',
     ('Digital Trends',), ('Reilly',), ()),
    ('an outlet that reports stays',
     'Digital Trends reported that the watch will ship in April.',
     (), ('Digital Trends',), ()),
    ('a syndication line appeared at is no actor',
     'Tom Reilly said the phone was easier to hold.\n\nThis article originally appeared at Digital '
     'Trends. Copyright 2014. Follow Digital Trends on Twitter.',
     ('Digital Trends',), ('Reilly',), ()),
    ('a picture credit in round brackets is no actor',
     'A vigil was held in the main square of Lyon on Friday (Picture: Reuters) The police union '
     'confirmed the death on Thursday.',
     ('Reuters',), (), ()),
    ('an agency that reports stays',
     'Reuters reported that the police union confirmed the death.',
     (), ('Reuters',), ()),
    ('a videos teaser line is no actor',
     'The families have made peace, an officer said.\n\nWatch Tom Reilly\'s proposal to a '
     'stranger:\n\nVideo loading',
     ('Reilly',), (), ()),
    ('a line opening with watch in story text stays',
     'Watch the skies tonight, Tom Reilly told reporters on Monday.',
     (), ('Reilly',), ()),
    ('a share button is no actor',
     'The girl was arrested on Friday.\n\nSAVE & SHARE\n\nEMAILPRINT\n\nThe girl, whose name is '
     'known to Digital Trends, said she would appeal.',
     ('SAVE',), ('Digital Trends',), ()),
    ('a code name is no actor',
     'Thousands of staff will be hit in the overhaul, code-named Project Lantern, Digital Trends '
     'reported. Project Lantern will take two years.',
     ('Project Lantern',), ('Digital Trends',), ()),
    ('a person after a code name stays',
     'The agent, code-named Falcon, told the court he had met the minister.',
     (), ('Falcon',), ()),
    ('a product line is no actor',
     'Sales of iPhones rose sharply in May, and Digital Trends said the iPad will follow.',
     ('iPhone', 'iPad'), ('Digital Trends',), ()),
    ('a body shaped like a product line that speaks stays',
     'iRobot said it would cut 200 jobs, and iRobot shares fell.',
     (), ('iRobot',), ()),
    ('a place before a based company is no actor',
     'Jane Roe, a lawyer for BlackBerry, the Waterloo, Ontario-based company, said it would cut '
     'jobs.',
     ('Waterloo',), ('BlackBerry',), ()),
    ('a person before a based role stays',
     'Tom Reilly, a Boston-based analyst, said the phone would sell well.',
     (), ('Reilly',), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_town_a_delegation_comes_from_is_no_actor(annotated):
    got = names(annotated, 'The delegation from Ferguson arrived on Monday, Tom Reilly said.')
    assert 'Ferguson' not in got and 'Tom Reilly' in got, got


def test_a_person_named_like_the_town_stays(annotated):
    got = names(annotated, 'Tom Ferguson wrote to the mayor, and a letter from Ferguson came on '
                           'Monday.')
    assert 'Tom Ferguson' in got, got
