"""Round 20 review of the pet rule (extract/actor_things.py, animal_names): a name is an
animal's only when the animal noun stands in apposition with it ("his cat, Tibbles,",
"Tibbles, the cat,"), after a word of naming ("a dog named Rex") or right before "the" and the
noun ("Tibbles the cat"); a comma that only closes a clause before "the dog" makes no pet of
the name before it. Sentences are made up."""

from __future__ import annotations

import pytest

from actorkit import check
from sitroom.extract.actor_things import animal_names

CASES = [
    ("a person before a comma closing a clause and 'the dog' stays",
     "When officers reached the home of Anna Berg, the dog bit one of them. Anna Berg said "
     "she was sorry.",
     (), ("Anna Berg",)),
    ("a town opening a sentence before a comma and 'the dog' stays",
     "In Springfield, the dog was rescued from the river on Monday. Springfield sued the owner "
     "a week later.",
     (), ("Springfield",)),
    ("a body before a comma closing a clause and 'the dog' stays",
     "At the Oslo Tribune, the dog was a favourite of the night staff. The Oslo Tribune said "
     "on Monday that it would keep him.",
     (), ("Oslo Tribune",)),
    ("a person after 'the dog' and a comma closing a clause stays",
     "After she fed the dog, Anna Berg left for work on Monday.",
     (), ("Anna Berg",)),
    ("a pet in apposition after the noun, closed by a comma, is no actor",
     "Anna Berg says her beloved cat, Tibbles, was hit by a van last week.",
     ("Tibbles",), ("Anna Berg",)),
    ("a pet with the noun in apposition after it, closed by a comma, is no actor",
     "Rex, the dog, bit the mailman on Monday, Anna Berg said.",
     ("Rex",), ("Anna Berg",)),
    ("a pet after a word of naming is no actor",
     "Anna Berg adopted a dog named Rex on Monday. Rex barked at the mayor.",
     ("Rex",), ("Anna Berg",)),
    ("a pet after the other words of naming in the data file is no actor",
     "Anna Berg adopted a dog dubbed Rex on Monday. Rex barked at the mayor.",
     ("Rex",), ("Anna Berg",)),
]


@pytest.mark.parametrize(("text", "pets", "people"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_animal_names_need_apposition_or_naming(annotated, text, pets, people):
    found = animal_names(annotated(text))
    assert set(pets) <= found, found
    assert not set(people) & found, found


# "Springfield sued" is no actor for other reasons (a town): the pet rule alone is tested above
ACTORS = [c for c in CASES if "Springfield" not in c[1]]


@pytest.mark.parametrize(("text", "pets", "people"), [c[1:] for c in ACTORS],
                         ids=[c[0] for c in ACTORS])
def test_a_pet_goes_and_the_people_and_places_stay_actors(annotated, text, pets, people):
    check(annotated, text, pets, people)
