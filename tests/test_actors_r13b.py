"""False actors of round 13, second wave (tuned on the FNC-1 draw 1534): scraped script code, an
embedded post's footer and a logo's alt text, works (a survey, a guide) and laws, illnesses
and substances, a thing after a verb of naming, a letter's greeting and a product's feature --
each with a case that stays an actor. Sentences are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check

CASES = [
    ('a name in a line of script code is no actor',
     "var shareVia = 'Norvale News'; PG.has('shareTop', { 'id': '12' });\nFisherman Tom Reilly "
     'survived the attack, police said.',
     ('Norvale News',), ('Reilly',), ()),
    ('a line of story text with a name stays',
     'Norvale News reported that the fisherman, Tom Reilly, survived.',
     (), ('Norvale News',), ()),
    ('an embedded posts footer is no actor',
     'Jane Doe posted a picture of the stage.\nTwitter Ads info & Privacy\nJane Doe later '
     'deleted the post.',
     ('Privacy',), ('Doe',), ()),
    ('a logos alt text closing a line is no actor',
     'Read more about the watch in our earlier story. Norvale Logo\n\nNorvale said the watch '
     'will ship in April.',
     ('Logo',), (), ('Norvale',)),
    ('a survey that estimates is no actor',
     'The National Household Spending Survey (NHSS) estimates that 3 million people lacked '
     'cover, analyst Tom Reilly wrote.',
     ('Survey', 'NHSS'), ('Reilly',), ()),
    ('a survey office that speaks stays',
     'The Northern Geological Survey said the quake struck at dawn.',
     (), ('Survey',), ()),
    ('a guide is a work',
     'His reply came straight from the Beginners Guide to Media Training, said Tom Reilly.',
     ('Guide',), ('Reilly',), ()),
    ('a law after a possessor is no actor',
     "It is a country where the kingdom's Vellan Law is used, Tom Reilly said.",
     ('Law',), ('Reilly',), ()),
    ('a person named law stays',
     'The actor Jude Law said he would return to the stage.',
     (), ('Law',), ()),
    ('an illness is no actor',
     'Patients with Marrow Fibrosis Syndrome should see a doctor, Dr. Ana Ruiz said.',
     ('Syndrome',), ('Ruiz',), ()),
    ('a thing after a verb of naming is no actor',
     'This includes people with a rare disorder called Familial Glycodemia, Dr. Ana Ruiz said.',
     ('Glycodemia',), ('Ruiz',), ()),
    ('a group after a verb of naming stays',
     'A militia called the Northern Front attacked the town on Monday.',
     (), ('Northern Front',), ()),
    ('a letters greeting is no actor',
     'The boy wrote to his teacher.\nDear Mr. Okafor,\nI will always treat you the same way.',
     ('Dear',), (), ()),
    ('a product feature is no actor',
     'The sensors will bring Pressure Sense technology to the phone. Pressure Sense will allow'
     ' the watch to detect a firm touch, Norvale said.',
     ('Pressure Sense',), (), ('Norvale',)),
    ('a maker before technology that speaks stays',
     'The phone uses Norvale technology. Norvale said it would ship the phone in May.',
     (), (), ('Norvale',)),
    ('a school of law stays',
     'Students of the University of Illinois College of Law wrote to the dean, and the '
     'University of Illinois College of Law said it would reply.',
     (), ('College of Law',), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)
