"""Round 20, second wave (issue 14 items 1 and 3): a bare role anaphor ("the senator") stands for
the named person a reader takes it for: the subject of the main clause a clause conjoined to it
hangs on ("X replied ..., and the senator felt"), or the subject of the sentence right before
when it is its own sentence's main subject and that person the report's figure ("X spoke on
Monday. The senator said", X mentioned thrice); with no such person, or when another person of the report holds the role, it stays as it is. Sentences and
names made up."""

from __future__ import annotations

from actorkit import mention
from sitroom.extract.actors import extract_actors


def test_a_role_anaphor_in_a_conjoined_clause_is_the_main_clauses_subject(annotated):
    text = ("The debate in Dayton opened with a sharp exchange. Kendra Vaile answered that Tomas "
            "Brill had mocked her for weeks, and the senator finally felt she had to hit back.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name == "Kendra Vaile"


def test_a_role_anaphor_after_a_sentence_with_no_person_subject_is_left(annotated):
    text = ("Kendra Vaile answered that Tomas Brill had mocked her for weeks. Reporters waited "
            "outside the hall. The senator said she had to hit back.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name != "Kendra Vaile"


def test_a_role_anaphor_as_main_subject_is_the_subject_of_the_sentence_before(annotated):
    text = ("Kendra Vaile opened the debate in Dayton. Vaile spoke for an hour and she took "
            "questions. Vaile thanked the crowd. The senator said she would run again.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name == "Kendra Vaile"


def test_a_role_anaphor_whose_role_another_person_holds_is_left(annotated):
    text = ("Senator Lyle Ombrey watched from the front row. Kendra Vaile answered that Tomas "
            "Brill had mocked her for weeks, and the senator finally felt he had to step in.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "senator").name != "Kendra Vaile"
