"""False actors of round 17 (a rule for a class of the PolNeAR draw 1545 that recurs in earlier
draws): the name of an event that the tagger labels a body, modifying a noun of an event after
it ("his final X address", "the X soccer tournament") -- with the cases that stay actors: a
person ("a Smith address"), a body that acts, a body before a noun that is no event. Sentences
are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, token_span as _span
from sitroom.extract.actor_named_events import event_of_noun

CASES = [
    ('a speech named like a body, modifying "address", is no actor',
     'In his final State of the Nation address, the governor listed the new schools.',
     ('State of the Nation',), ('governor',), ()),
    ('a contest named like a body, with a common noun between it and "tournament", is no actor',
     'The team lost the final of the Copa Brasilia soccer tournament on Sunday.',
     ('Copa Brasilia',), (), ()),
    ('a body that acts stays',
     'The State Department said on Monday that the talks would resume.',
     (), ('State Department',), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_a_name_before_a_noun_of_an_event_is_an_event(annotated):
    adoc = annotated('Crowds gathered for the annual Rio Carnaval festival on Friday.')
    s, en = _span(adoc, 'Rio Carnaval')
    assert event_of_noun(adoc, s, en, 'ORG')


def test_a_person_of_the_report_before_address_is_left_alone(annotated):
    adoc = annotated('Jane Moreau spoke for an hour. Aides planned a Moreau address for the '
                     'stadium on Friday.')
    s, en = _span(adoc, 'Moreau address')
    assert not event_of_noun(adoc, s, s + 1, 'ORG')
    assert not event_of_noun(adoc, s, s + 1, 'PERSON')


def test_a_body_before_a_noun_that_is_no_event_is_left_alone(annotated):
    adoc = annotated('The Acme Corporation headquarters closed on Friday.')
    s, en = _span(adoc, 'Acme Corporation')
    assert not event_of_noun(adoc, s, en, 'ORG')
