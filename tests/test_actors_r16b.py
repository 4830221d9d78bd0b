"""False actors of round 16's second wave (rules for classes of the PolNeAR draw 1542 that recur
in earlier draws): a town written before a comma and the country or state it lies in ("include
X, Honduras;") whatever the tagger labels it, a dateline whose city is written in capitals of
two words ("SIOUX FALLS, South Dakota, May 3 (UPI) —"), and one capitalised common noun that
opens a sentence or a quotation and is written with a capital nowhere else -- each with a case
that stays an actor. Sentences are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check
from sitroom.extract.actor_base import ACTOR_NOUN_LEMMAS
from sitroom.extract.actor_cues import opening_common_noun, town_before_region, town_tokens

CASES = [
    ('a town before its country is a place, whatever the tagger labels it',
     'Her tour stops include Santa Ana, El Salvador, and Ciudad Juarez, Mexico.',
     ('Ciudad Juarez',), (), ()),
    ('a town in a list of towns and countries is a place',
     'The cities on the list include San Pedro Sula, Honduras; Tegucigalpa, Honduras; and '
     'Acapulco, Mexico.',
     ('San Pedro Sula',), (), ()),
    ('a person before a comma and a country stays',
     'The group counted Mateo Alvarez, Honduras, and Luis Pena, Guatemala, among its founders.',
     (), ('Mateo Alvarez', 'Luis Pena'), ()),
    ('countries in a list stay',
     'Honduras, Guatemala and Mexico signed the pact on Monday.',
     (), ('Honduras', 'Guatemala', 'Mexico'), ()),
    ('a state in a list stays though a town shares its name',
     'China, Japan and South Korea signed the pact on Monday.',
     (), ('China', 'Japan'), ()),
    ('a dateline whose city is two words in capitals is no actor',
     'Flood warnings went up.\n\nSIOUX FALLS, South Dakota, May 3 (UPI) — The mayor said on '
     'Monday that the river would crest.',
     ('SIOUX', 'FALLS'), ('mayor',), ()),
    ('a body in capitals opening a sentence with no dash stays',
     'Flood warnings went up.\n\nFEMA, the agency that handles disasters, said on Monday that '
     'the river would crest soon.',
     (), ('FEMA',), ()),
    ('a common noun opening a quotation is no actor',
     'The senator spoke in the afternoon.\n\n"Vetting is one part of it," the senator said.',
     ('Vetting',), ('senator',), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def _at(adoc, word):
    return next(t.i for t in adoc.tokens if t.text == word)


def test_a_town_before_its_country_is_found_and_a_person_before_one_is_not(annotated):
    adoc = annotated('Her tour stops include Santa Ana, El Salvador, and Ciudad Juarez, Mexico.')
    s = _at(adoc, 'Ciudad')
    assert adoc.tokens[s].ent_type == 'PERSON'  # the tagging this rule is about
    assert town_before_region(adoc, s, s + 2)
    assert set(range(s, s + 2)) <= town_tokens(adoc)
    other = annotated('The group counted Mateo Alvarez, Honduras, and Luis Pena, Guatemala, '
                      'among its founders.')
    s = _at(other, 'Mateo')
    assert not town_before_region(other, s, s + 2)


def test_a_town_must_lie_in_the_region_after_it(annotated):
    adoc = annotated('Her tour stops include Ciudad Juarez, Honduras, and Santa Ana, Mexico.')
    s = _at(adoc, 'Ciudad')
    assert not town_before_region(adoc, s, s + 2)  # no such town in Honduras


def test_a_common_noun_opening_a_sentence_is_a_word(annotated):
    adoc = annotated('The senator spoke in the afternoon.\n\n"Vetting takes time," the senator said.')
    i = _at(adoc, 'Vetting')
    assert adoc.tokens[i].tag == 'NN'  # the tagging this rule is about
    assert opening_common_noun(adoc, i, i + 1, ACTOR_NOUN_LEMMAS)


def test_a_word_written_with_its_capital_inside_a_sentence_too_is_no_common_noun(annotated):
    adoc = annotated('The senator spoke in the afternoon.\n\n"Vetting takes time," the senator '
                     'said. She praised the Vetting Board for its work.')
    i = _at(adoc, 'Vetting')
    assert adoc.tokens[i].tag == 'NN'
    assert not opening_common_noun(adoc, i, i + 1, ACTOR_NOUN_LEMMAS)
