"""Role phrases of a named person that were actors of their own (round 15, second wave; issue
14: "a role noun or appositive joins the person the report names in that role, and only that
person"): a singular "the" + modifier + noun of people ("the Republican candidate") joins the
person the sentence before is about, and a plural predicate "some of the X" of persons the
report names is no one new -- each with a case where the rule must not fire. Sentences are
made up."""

from __future__ import annotations

import pytest

from actorkit import chain_root, check, mention
from sitroom.extract.actors import extract_actors


JOINS = [  # (the report, the role phrase, the person it joins)
    pytest.param('Tom Reilly said on Monday that the plan would fail. The Republican candidate '
                 'then left for a rally in the north.', 'Republican candidate', 'Tom Reilly',
                 id='the person the sentence before is about'),
    pytest.param('Tom Reilly spoke in Dayton on Monday. “We will win because I said so,” Reilly '
                 'said.\n\nThe Republican candidate then left for a rally in the north.',
                 'Republican candidate', 'Tom Reilly', id='the speaker of the quote before'),
    pytest.param('Jane Roe faced new questions on Monday. Police were already investigating the '
                 'Democratic candidate over her donations.', 'Democratic candidate', 'Jane Roe',
                 id='the only person in focus'),
]


@pytest.mark.parametrize("text, phrase, person", JOINS)
def test_the_party_candidate_joins_the_named_person(annotated, text, phrase, person):
    actors = extract_actors(annotated(text))
    m = mention(actors, phrase)
    assert m.kind == 'person'
    assert chain_root(actors, m).name == person


def test_the_party_candidate_with_no_one_named_before_stays_a_group(annotated):
    actors = extract_actors(annotated(
        'The storm closed the roads on Monday. The Republican candidate then left for a rally '
        'in the north.'))
    m = mention(actors, 'Republican candidate')
    assert m.coref_of is None and m.name == 'Republican candidate'


def test_a_bare_candidate_without_a_modifier_joins_no_one(annotated):
    actors = extract_actors(annotated(
        'Tom Reilly said on Monday that the plan would fail. The candidate then left for a '
        'rally in the north.'))
    hits = [a for a in actors if a.text.endswith('candidate')]
    assert all(chain_root(actors, a).name != 'Tom Reilly' for a in hits)


def test_plural_candidates_stay_a_group(annotated):
    actors = extract_actors(annotated(
        'Tom Reilly said on Monday that the plan would fail. The Republican candidates then '
        'left for a rally in the north.'))
    m = mention(actors, 'Republican candidates')
    assert m.kind == 'group' and m.name == 'Republican candidates'


def test_a_predicate_some_of_the_candidates_is_no_one_new(annotated):
    check(annotated,
          'Jane Roe and Tom Reilly have become some of the least known candidates in Ohio, Mark '
          'Doe said.',
          gone=('candidates',), stays=('Jane Roe', 'Tom Reilly', 'Mark Doe'))


def test_a_predicate_one_of_the_lawyers_is_no_one_new(annotated):
    check(annotated, 'Jane Roe is one of the best lawyers in Chicago, Mark Doe said.',
          gone=('lawyers',), stays=('Jane Roe', 'Mark Doe'))


def test_a_predicate_among_the_candidates_is_no_one_new(annotated):
    check(annotated, 'Jane Roe and Tom Reilly are among the least known candidates in Ohio.',
          gone=('candidates',), stays=('Jane Roe', 'Tom Reilly'))


def test_some_of_the_candidates_as_a_subject_stay(annotated):
    check(annotated, 'Some of the candidates in Ohio said on Monday that the plan would fail.',
          stays=('candidates in Ohio',))


def test_people_after_of_under_a_predicate_noun_stay(annotated):
    check(annotated, 'The choice will be the responsibility of the voters in Ohio, Mark Doe said.',
          stays=('voters in Ohio', 'Mark Doe'))


def test_the_party_candidate_does_not_join_the_aide_who_speaks_of_it(annotated):
    # the aide is the subject of the verb the phrase hangs below: someone else
    actors = extract_actors(annotated(
        'The senator’s campaign claimed a victory on Monday.\n\nA top strategist, Tom Reilly, '
        'told reporters that however the Republican candidate does, the race will go on.'))
    m = mention(actors, 'Republican candidate')
    assert chain_root(actors, m).name != 'Tom Reilly'
