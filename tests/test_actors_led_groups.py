"""A group named after its leader ("Olsen supporters", "the Olsen campaign", "Olsen's camp") is
an actor of its own, never the person it is named after; parses built by hand."""

from __future__ import annotations

from parsekit import parse

from sitroom.extract.actors import extract_actors


def _actors(*sentences: str) -> list[tuple[str, str, str, int | None]]:
    return [(a.text, a.name, a.kind, a.coref_of) for a in extract_actors(parse(*sentences))]


_FULL = """
    Karl    karl    PROPN NNP compound Olsen  B-PERSON
    Olsen   olsen   PROPN NNP nsubj    spoke  I-PERSON
    spoke   speak   VERB  VBD ROOT     -
    .       .       PUNCT .   punct    spoke
"""


def test_supporters_named_after_a_person_are_a_group_and_not_the_person():
    assert _actors(_FULL, """
        Olsen      olsen     PROPN NNP compound supporters B-ORG
        supporters supporter NOUN  NNS nsubj    protested
        protested  protest   VERB  VBD ROOT     -
        .          .         PUNCT .   punct    protested
    """) == [("Karl Olsen", "Karl Olsen", "person", None),
             ("Olsen supporters", "Olsen supporters", "group", None)]


def test_a_possessive_campaign_is_an_organisation_of_its_own():
    assert _actors(_FULL, """
        Olsen     olsen    PROPN NNP poss     campaign B-PERSON
        's        's       PART  POS case     Olsen
        campaign  campaign NOUN  NN  nsubj    denied
        denied    deny     VERB  VBD ROOT     -
        it        it       PRON  PRP dobj     denied
        .         .        PUNCT .   punct    denied
    """) == [("Karl Olsen", "Karl Olsen", "person", None),
             ("Olsen 's campaign", "Olsen campaign", "organisation", None)]


def test_one_supporter_in_the_singular_is_no_group_and_its_name_a_mention_of_the_person():
    assert _actors(_FULL, """
        Olsen     olsen     PROPN NNP compound supporter B-PERSON
        supporter supporter NOUN  NN  dobj     met
        met       meet      VERB  VBD ROOT     -
        .         .         PUNCT .   punct    met
    """) == [("Karl Olsen", "Karl Olsen", "person", None), ("Olsen", "Karl Olsen", "person", 0)]


def test_a_name_tagged_as_a_body_is_a_person_when_its_subject_has_her_own_pronoun():
    assert _actors("""
        Ann     ann     PROPN NNP compound Vidal  B-ORG
        Vidal   vidal   PROPN NNP nsubj    hurt   I-ORG
        hurt    hurt    VERB  VBD ROOT     -
        herself herself PRON  PRP dobj     hurt
        .       .       PUNCT .   punct    hurt
    """) == [("Ann Vidal", "Ann Vidal", "person", None)]


def test_a_possessive_after_a_body_is_no_sign_of_a_person():
    assert _actors("""
        Acme    acme    PROPN NNP compound Motors B-ORG
        Motors  motors  PROPN NNP nsubj    put    I-ORG
        put     put     VERB  VBD ROOT     -
        his     he      PRON  PRP$ poss    worth
        worth   worth   NOUN  NN  dobj     put
        .       .       PUNCT .   punct    put
    """) == [("Acme Motors", "Acme Motors", "organisation", None), ("his", "his", "unknown", None)]


def test_an_honorific_elsewhere_makes_a_name_tagged_as_a_body_a_person():
    assert _actors("""
        Ann     ann     PROPN NNP compound Vidal  B-ORG
        Vidal   vidal   PROPN NNP nsubj    spoke  I-ORG
        spoke   speak   VERB  VBD ROOT     -
        .       .       PUNCT .   punct    spoke
    """, """
        Ms.     ms.     PROPN NNP compound Vidal
        Vidal   vidal   PROPN NNP nsubj    left   B-PERSON
        left    leave   VERB  VBD ROOT     -
        .       .       PUNCT .   punct    left
    """) == [("Ann Vidal", "Ann Vidal", "person", None), ("Vidal", "Ann Vidal", "person", 0)]


def test_a_body_with_no_sign_of_a_person_stays_a_body():
    assert _actors("""
        Acme    acme    PROPN NNP compound Motors B-ORG
        Motors  motors  PROPN NNP nsubj    sold   I-ORG
        sold    sell    VERB  VBD ROOT     -
        its     its     PRON  PRP$ poss    plant
        plant   plant   NOUN  NN  dobj     sold
        .       .       PUNCT .   punct    sold
    """) == [("Acme Motors", "Acme Motors", "organisation", None),
             ("its", "Acme Motors", "organisation", 0)]
