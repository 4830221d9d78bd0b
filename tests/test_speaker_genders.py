"""The gender of a report's persons, as the quote stage reads it from the text (built by hand)."""

from __future__ import annotations

from parsekit import parse

from sitroom.extract.actors import extract_actors
from sitroom.extract.quote_speakers import person_genders


def test_a_gendered_noun_in_apposition_tells_the_persons_gender():
    adoc = parse("""
        Ann      ann      PROPN NNP compound Lee      B-PERSON
        Lee      lee      PROPN NNP nsubj    spoke    I-PERSON
        ,        ,        PUNCT ,   punct    Lee
        his      his      PRON  PRP$ poss    daughter
        daughter daughter NOUN  NN  appos    Lee
        ,        ,        PUNCT ,   punct    Lee
        spoke    speak    VERB  VBD ROOT     -
        .        .        PUNCT .   punct    spoke
    """)
    genders = person_genders(adoc, tuple(extract_actors(adoc)))
    assert genders["ann lee"] == "f" and genders["lee"] == "f"
