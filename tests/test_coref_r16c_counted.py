"""A plural phrase of people with a number that counts the persons the report names right
beside it ("Jo Roe and Al Doe, two reporters"; "two lawmakers this year: Jo Roe and Al Doe")
is those persons, no actor of its own (round 16, third wave; issue 14 items 1 and 3) -- with
cases where the rule must not fire. Sentences are made up."""

from __future__ import annotations

from sitroom.extract.actor_base import Cand
from sitroom.extract.actor_roles_members import counted_named_members
from sitroom.extract.actors import extract_actors


def _texts(actors):
    return {a.text for a in actors}


def test_two_lawmakers_before_a_colon_and_two_names_is_no_actor(annotated):
    actors = extract_actors(annotated(
        'The fund has spent money on behalf of two other Democratic lawmakers this year: '
        'John Smith and Mary Jones.'))
    assert 'two other Democratic lawmakers' not in _texts(actors)
    assert {'John Smith', 'Mary Jones'} <= _texts(actors)


def test_three_lawmakers_before_a_colon_and_two_names_stays(annotated):
    actors = extract_actors(annotated(
        'The fund has spent money on behalf of three other Democratic lawmakers this year: '
        'John Smith and Mary Jones.'))
    assert 'three other Democratic lawmakers' in _texts(actors)


def _cands(adoc, group: str, names: list[str]) -> tuple[list[Cand], int]:
    """Hand-made candidates: the persons ``names`` and the group phrase ``group``."""
    toks = adoc.tokens

    def span(words: str) -> tuple[int, int]:
        ws = words.split()
        i = next(i for i in range(len(toks)) if [t.text for t in toks[i:i + len(ws)]] == ws)
        return i, i + len(ws)

    cands = []
    for n in names:
        s, e = span(n)
        cands.append(Cand(start=s, end=e, head=e - 1, kind='person', name=n))
    s, e = span(group)
    cands.append(Cand(start=s, end=e, head=e - 1, kind='group', name=group))
    return cands, len(cands) - 1


def test_two_names_then_a_comma_and_two_journalists_is_those_two(annotated):
    adoc = annotated('Why does the loan not even warrant a word from John Smith and Mary Jones, '
                     'two NBC journalists?')
    cands, k = _cands(adoc, 'two NBC journalists', ['John Smith', 'Mary Jones'])
    assert counted_named_members(adoc, cands, k)


def test_one_name_then_a_comma_and_two_journalists_is_not(annotated):
    adoc = annotated('Why does the loan not even warrant a word from John Smith, two NBC '
                     'journalists?')
    cands, k = _cands(adoc, 'two NBC journalists', ['John Smith'])
    assert not counted_named_members(adoc, cands, k)


def test_two_journalists_with_no_list_beside_them_is_not(annotated):
    adoc = annotated('Two NBC journalists said on Monday that the panel heard from John Smith '
                     'and Mary Jones.')
    cands, k = _cands(adoc, 'Two NBC journalists', ['John Smith', 'Mary Jones'])
    assert not counted_named_members(adoc, cands, k)
