"""False actors of round 13 (tuned on the FNC-1 draw 1533): products (a service named with its
head noun, a name on a product noun its owner possesses, a multi-word name on a product noun with
an indefinite article, a name after a size, a line named after its maker), places that act as
no one (a country left or entered, a market a launch is limited to, "the town of X"), a
caption's label, a name ending in a preposition and "Editor's Note" -- each with a case that
stays an actor. Sentences are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, names

CASES = [
    ('a service named with its head noun is no actor',
     'Norvale is shutting down the Tunewave streaming music service that it bought in March, '
     'its chief executive Ana Ruiz said.',
     ('Tunewave',), ('Ruiz',), ()),
    ('a name on a product noun its owner has is no actor',
     "The sensor will feed readings into Norvale's PulseBook system, analyst Tom Reilly wrote.",
     ('PulseBook',), ('Reilly',), ()),
    ('a maker on a product noun with an article stays',
     'Police said the thief used a Norvale phone. Norvale said it would help the police.',
     (), ('Norvale',), ()),
    ('a long name on a processor is no actor',
     'The laptop will run a low-power Vextra Core Q processor, analyst Tom Reilly wrote.',
     ('Vextra',), ('Reilly',), ()),
    ('a name after a size is a product',
     'Norvale will launch its new 13-inch Lumabook Slim this quarter, analyst Tom Reilly said.',
     ('Lumabook',), ('Reilly',), ()),
    ('a line named after its maker with a word after the product word',
     'Norvale said sales were strong. The watches come in three lines: the Norvale Watch, the '
     'Norvale Watch Sport and the Norvale Watch Gold.',
     ('Sport', 'Gold'), (), ('Norvale',)),
    ('a country left or entered is a place',
     'The minister left Portugal without a deal. Two soldiers tried to enter Canada on foot, '
     'police spokesman Dan Hale said.',
     ('Portugal', 'Canada'), ('Hale',), ()),
    ('a country that leaves stays',
     'Portugal left the talks on Monday, and Canada entered a new agreement with Spain.',
     (), ('Portugal', 'Canada'), ()),
    ('a market a launch is limited to is a place',
     'Analyst Tom Reilly expects a launch limited to Japan, followed by Europe in later '
     'months.',
     ('Japan',), ('Reilly',), ()),
    ('the town of a name is a place',
     'The commanders were wounded in the western town of Al Dawra, a nurse told Maria Lopez.',
     ('Dawra',), ('Lopez',), ()),
    ('a captions label is no actor',
     'Four men attacked a farmer near the village, police said.\n\nTorment: Wei Chen, 41, lies '
     'in a hospital bed after the attack',
     ('Torment',), ('Chen',), ()),
    ('a headline speaker before a colon stays',
     'Talks resumed on Monday.\n\nMarkovic: We will not give up the port\n\nMarkovic said the port'
     ' was vital.',
     (), ('Markovic',), ()),
    ('editors note with a curly apostrophe is furniture',
     'The girl wrote a letter before she died, her mother Ann Cole said.\n\nEditor’s Note: If '
     'you or someone you know needs help, please call the helpline at any hour, day or night, '
     'every day of the year, free.',
     ('Note',), ('Cole',), ()),
    ('a service that reports stays',
     'The militants released a video of the killing, the Vigil monitoring service reported.',
     (), ('Vigil',), ()),
    ('a body on a training program stays',
     'Two officers went missing during a DEA training program in Texas.',
     (), ('DEA',), ()),
    ('a service in apposition stays',
     'The militant group released a video showing the hostage Ian Grey, the WATCHPOST '
     'monitoring service reported on Tuesday.',
     (), ('WATCHPOST',), ()),
    ('a maker named on its devices stays',
     'Norvale said on Monday that the new operating system for Norvale mobile devices will '
     'ship in June.',
     (), (), ('Norvale',)),
    ('a town named again is still a place',
     'The commanders met in the western town of Al Dawra. After the Al Dawra air strike, the '
     'wounded were driven away, a nurse told Maria Lopez.',
     ('Dawra',), ('Lopez',), ()),
    ('a town that acts stays',
     "Fighters entered the city of Marwan. Marwan's council said it would resist, the mayor "
     'Tarek Aziz said.',
     (), ('Marwan', 'Aziz'), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_name_ending_in_a_preposition_is_a_fragment(annotated):
    got = names(annotated, "Photographs of Riverton protests have spread online, Maria Lopez "
                           "said.")
    assert "Photographs of" not in got, got  # the fragment alone; the longer span stays
    assert any("Lopez" in n for n in got), got
