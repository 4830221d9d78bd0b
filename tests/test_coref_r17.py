"""Round 17 (issue 14 items 1 and 3): a singular role phrase joins the one person the report
names in that role: "his boss" is the person whose role phrase ("his top aide, Y") the report
gives the possessor; a role phrase that runs on into role words the name's mention left out
("the civil rights leader and television host X") is X; an untagged division of a named body
("Acme Commercial Airplanes" after "Acme") is a mention, one entity with the body.
Sentences and names made up."""

from __future__ import annotations

from actorkit import chain_root, mention
from sitroom.extract.actors import extract_actors


def test_his_boss_is_the_person_whose_aide_the_possessor_is(annotated):
    text = ("Senator Ruth Galloway lost the primary. Her top aide, Dean Moritz, spoke to "
            "reporters on Tuesday. Moritz said his boss wanted a recount.")
    actors = extract_actors(annotated(text))
    boss = mention(actors, "his boss")
    assert boss.kind == "person" and boss.name == mention(actors, "Senator Ruth Galloway").name


def test_his_boss_stays_itself_when_the_report_gives_no_one_above_him(annotated):
    text = ("Dean Moritz spoke to reporters on Tuesday. Moritz said his boss wanted a recount. "
            "Senator Ruth Galloway lost the primary.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "his boss").name == "boss"


def test_a_role_phrase_runs_on_into_role_words_the_name_left_out(annotated):
    text = ("Kim Soto planned to leave Ohio late Monday. Following a breakfast with civil rights "
            "leader and television host Al Brenton, Soto is scheduled to appear on two shows.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "civil rights leader").name == "Al Brenton"


def test_a_role_phrase_and_a_plain_name_stay_two_persons(annotated):
    text = ("Kim Soto planned to leave Ohio late Monday. Following a breakfast with civil rights "
            "leader and Al Brenton, Soto is scheduled to appear on two shows.")
    actors = extract_actors(annotated(text))
    assert mention(actors, "civil rights leader").name == "civil rights leader"


def test_an_untagged_division_of_a_named_body_is_one_entity_with_it(annotated):
    text = ("Norvex Corp. said on Monday that sales rose. Norvex Commercial Airplanes delivered "
            "the final jet to Kestrel Airways in a ceremony.")
    actors = extract_actors(annotated(text))
    division = mention(actors, "Norvex Commercial Airplanes")
    assert division.kind == "organisation"
    assert chain_root(actors, division) is mention(actors, "Norvex Corp.")


def test_a_bodys_name_with_other_words_after_it_is_no_division(annotated):
    text = ("Norvex Corp. said on Monday that sales rose. Norvex Field saw the final jet built for "
            "Kestrel Airways take off.")
    actors = extract_actors(annotated(text))
    assert not any(a.text.startswith("Norvex Field") for a in actors)
