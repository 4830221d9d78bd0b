"""Round 20, second wave (issue 14 items 1 and 3): a role anaphor that is the subject of a clause
conjoined to its sentence's main clause ("X replied ..., and the senator felt") stands for the
named person who is the main clause's subject; with no such person, or when another person of
the report holds the role, it stays as it is. Sentences and names made up."""

from __future__ import annotations

from actorkit import mention
from sitroom.extract.actors import extract_actors


def test_a_role_anaphor_in_a_conjoined_clause_is_the_main_clauses_subject(annotated):
    text = ("The debate in Dayton opened with a sharp exchange. Kendra Vaile answered that Tomas "
            "Brill had mocked her for weeks, and the senator finally felt she had to hit back.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name == "Kendra Vaile"


def test_a_role_anaphor_as_the_main_clauses_own_subject_is_left(annotated):
    text = ("The debate in Dayton opened with a sharp exchange. Kendra Vaile answered that Tomas "
            "Brill had mocked her for weeks. Later the senator said she had to hit back.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name != "Kendra Vaile"


def test_a_role_anaphor_whose_role_another_person_holds_is_left(annotated):
    text = ("Senator Lyle Ombrey watched from the front row. Kendra Vaile answered that Tomas "
            "Brill had mocked her for weeks, and the senator finally felt he had to step in.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name != "Kendra Vaile"

