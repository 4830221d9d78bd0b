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


def test_one_supporter_in_the_singular_is_neither_a_group_nor_the_person():
    assert _actors(_FULL, """
        Olsen     olsen     PROPN NNP compound supporter B-PERSON
        supporter supporter NOUN  NN  dobj     met
        met       meet      VERB  VBD ROOT     -
        .         .         PUNCT .   punct    met
    """) == [("Karl Olsen", "Karl Olsen", "person", None)]
