"""Round 17: the unlabelled owner of a named body ("The Kestrels' Norvex Corps", "The
Kestrels' label Norvex Corps") is a mention of an organisation; a common noun capitalised at a
sentence start, a noun of actors and a possessor of no named body are left alone.
Sentences and names made up."""

from __future__ import annotations

from actorkit import mention
from sitroom.extract.actors import extract_actors


def test_the_unlabelled_owner_of_a_named_body_is_a_mention(annotated):
    text = "The Kestrels' Norvex Corps has filed a lawsuit against Norvex Computer."
    owner = mention(extract_actors(annotated(text)), "Kestrels")
    assert owner.kind == "organisation" and owner.name == "Kestrels"


def test_the_owner_of_a_description_set_before_a_named_body_is_a_mention(annotated):
    text = "The Kestrels' label Norvex Corps lost its case against Norvex Computer on Monday."
    assert mention(extract_actors(annotated(text)), "Kestrels").kind == "organisation"


def test_a_word_the_report_also_writes_in_lower_case_is_no_owner(annotated):
    text = "Kestrels' Norvex Corps sued Norvex Computer. The kestrels' nests were found."
    assert not any(a.text == "Kestrels" for a in extract_actors(annotated(text)))


def test_the_owner_of_no_named_body_is_no_mention(annotated):
    text = "The Kestrels' new album sold well in Norvex on Monday."
    assert not any(a.text == "Kestrels" for a in extract_actors(annotated(text)))


def test_a_noun_of_actors_owning_a_named_body_is_no_new_name(annotated):
    text = "The Protesters' Norvex Corps has filed a lawsuit against Norvex Computer."
    assert not any(a.text.startswith("Protesters") for a in extract_actors(annotated(text)))
