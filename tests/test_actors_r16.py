"""False actors of round 16 (rules for classes that recur in the PolNeAR draw 1541 and earlier
draws): an office held, in apposition with the object of "as" ("her long record as a mayor,
secretary of Commerce and a tireless envoy"), and a term of office named after a person of the
report however the tagger labels the name ("a Reilly presidency") -- each with a case that
stays an actor. Sentences are made up.

One table: a text, the names that must go, those that must stay and those that must stay
exactly as written (tests/actorkit.py)."""

from __future__ import annotations

import pytest

from actorkit import check, names
from sitroom.extract.actor_filters import office, quality_of_person

CASES = [
    ('an office in apposition with the object of as is no actor',
     'Tom Reilly praised her long record as a mayor, secretary of Commerce and a tireless envoy.',
     ('secretary',), ('Tom Reilly',), ()),
    ('an office coordinated after the object of as is no actor, as before',
     'Tom Reilly served as chairman and chief executive of the bank until May.',
     ('chief executive', 'chairman'), ('Tom Reilly',), ()),
    ('a secretary who speaks stays',
     'The secretary of state said on Monday that the talks would go on.',
     (), ('secretary',), ()),
    ('a term of office named after a person of the report is no body',
     'Jane Roe said that only the voters could prevent the calamity of a Reilly presidency. '
     'Tom Reilly did not answer.',
     ('presidency',), ('Jane Roe', 'Tom Reilly'), ()),
    ('a presidency that speaks, named after no person, stays',
     'The Egyptian presidency said on Monday that the talks would go on.',
     (), ('presidency',), ()),
]


@pytest.mark.parametrize(("text", "gone", "stays", "exact"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_false_actors_go_and_real_ones_stay(annotated, text, gone, stays, exact):
    check(annotated, text, gone, stays, exact)


def test_an_office_in_apposition_with_the_object_of_as_is_an_office(annotated):
    adoc = annotated('Tom Reilly praised her long record as a mayor, secretary of Commerce and '
                     'a tireless envoy.')
    head = next(t.i for t in adoc.tokens if t.text == 'secretary')
    assert adoc.tokens[head].dep == 'appos'  # the parse this rule is about
    assert office(adoc, head)


def test_a_role_in_apposition_with_a_subject_is_no_office(annotated):
    adoc = annotated('Tom Reilly, the secretary of state, said on Monday that the talks would '
                     'go on.')
    head = next(t.i for t in adoc.tokens if t.text == 'secretary')
    assert not office(adoc, head)


def test_a_presidency_named_after_a_body_is_no_term_of_a_person(annotated):
    adoc = annotated('The Acme presidency said on Monday that the talks would go on.')
    head = next(t.i for t in adoc.tokens if t.text == 'presidency')
    assert not quality_of_person(adoc, head)
    assert any('presidency' in n for n in names(annotated, 'The Acme presidency said on Monday '
                                                'that the talks would go on.'))
