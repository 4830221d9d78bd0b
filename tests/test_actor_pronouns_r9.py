"""Round 9 pronoun resolution (issue 14, item 1): a pronoun takes an earlier pronoun of its
own class that is already resolved ("He mocked X. He praised Y": the first "He"'s person),
never a person an honorific gives the other gender ("Mrs. Berg ... He"), and never the
person its own verb takes as object ("he accused Lund": not Lund). Parses built by hand."""

from __future__ import annotations

from parsekit import parse

from sitroom.extract.actors import extract_actors

OLSEN_SPOKE = """
    Karl   karl   PROPN NNP compound Olsen B-PERSON
    Olsen  olsen  PROPN NNP nsubj    spoke I-PERSON
    spoke  speak  VERB  VBD ROOT     -
    .      .      PUNCT .   punct    spoke
"""


def _names_of(actors, text):
    return [a.name for a in actors if a.text == text]


def test_a_pronoun_subject_follows_the_resolved_pronoun_subject_before_it():
    adoc = parse(OLSEN_SPOKE, """
        He     he     PRON  PRP nsubj    mocked
        mocked mock   VERB  VBD ROOT     -
        Anna   anna   PROPN NNP compound Berg   B-PERSON
        Berg   berg   PROPN NNP dobj     mocked I-PERSON
        .      .      PUNCT .   punct    mocked
    """, """
        He      he      PRON  PRP nsubj    praised
        praised praise  VERB  VBD ROOT     -
        Tom     tom     PROPN NNP compound Lund    B-PERSON
        Lund    lund    PROPN NNP dobj     praised I-PERSON
        .       .       PUNCT .   punct    praised
    """)
    actors = extract_actors(adoc)
    assert _names_of(actors, "He") == ["Karl Olsen", "Karl Olsen"]


def test_a_second_pronoun_of_one_sentence_is_the_first_ones_person_not_its_object():
    adoc = parse(OLSEN_SPOKE, """
        He         he        PRON  PRP nsubj    criticized
        criticized criticize VERB  VBD ROOT     -
        Anna       anna      PROPN NNP compound Berg       B-PERSON
        Berg       berg      PROPN NNP dobj     criticized I-PERSON
        when       when      SCONJ WRB advmod   left
        he         he        PRON  PRP nsubj    left
        left       leave     VERB  VBD advcl    criticized
        .          .         PUNCT .   punct    criticized
    """)
    actors = extract_actors(adoc)
    assert _names_of(actors, "he") == ["Karl Olsen"]


def test_a_pronoun_of_the_other_gender_than_an_honorific_passes_over_that_person():
    adoc = parse(OLSEN_SPOKE, """
        Mrs.     mrs.     PROPN NNP compound Berg     O
        Berg     berg     PROPN NNP nsubj    answered B-PERSON
        answered answer   VERB  VBD ROOT     -
        .        .        PUNCT .   punct    answered
    """, """
        He     he     PRON  PRP nsubj    left
        left   leave  VERB  VBD ROOT     -
        .      .      PUNCT .   punct    left
    """, """
        She    she    PRON  PRP nsubj    stayed
        stayed stay   VERB  VBD ROOT     -
        .      .      PUNCT .   punct    stayed
    """)
    actors = extract_actors(adoc)
    assert _names_of(actors, "He") == ["Karl Olsen"]
    assert _names_of(actors, "She") == ["Berg"]


def test_a_pronoun_subject_is_not_the_person_its_own_verb_names_as_object():
    adoc = parse(OLSEN_SPOKE, """
        Tom    tom    PROPN NNP compound Lund B-PERSON
        Lund   lund   PROPN NNP nsubj    lied I-PERSON
        lied   lie    VERB  VBD ROOT     -
        .      .      PUNCT .   punct    lied
    """, """
        He      he      PRON  PRP nsubj    accused
        accused accuse  VERB  VBD ROOT     -
        Lund    lund    PROPN NNP dobj     accused B-PERSON
        .       .       PUNCT .   punct    accused
    """)
    actors = extract_actors(adoc)
    assert _names_of(actors, "He") == ["Karl Olsen"]
    assert _names_of(actors, "Lund") == ["Tom Lund"]
