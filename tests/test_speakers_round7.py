"""Quote speakers, seventh round: pronouns through earlier pronouns, cleaner gender votes,
headlines ``Name Speaks ‘…’`` and surnames the tagger left out (hand-made texts)."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.quotes import extract_quotes, person_genders

from speakerkit import name as _name
from speakerkit import quote as _quote


def test_she_said_reaches_her_person_through_earlier_pronouns_of_hers(annotated):
    adoc = annotated("Ann Carter moved to the city in 1990. She taught music at a small school. "
                     "She retired last year. The school closed in May. Its building was sold.\n\n"
                     "“I miss the children every single day,” she said.")
    actors, q = _quote(adoc, "I miss")
    assert _name(actors, q.speaker) == "Ann Carter"


def test_a_pronoun_in_a_relative_clause_of_another_noun_tells_no_gender(annotated):
    adoc = annotated("Ann Carter waved at the nominee, who began his speech at once.")
    genders = person_genders(adoc, extract_actors(adoc))
    assert genders.get("ann carter") != "m"


def test_a_pronoun_governing_the_name_tells_not_its_gender(annotated):
    adoc = annotated("Ann Carter watched at home.\n\n“It is over,” she said of the race, in which "
                     "she was sure Tom Hale would win.")
    genders = person_genders(adoc, extract_actors(adoc))
    assert genders.get("tom hale") != "f" and genders.get("hale") != "f"


def test_the_object_of_a_verb_whose_subject_is_the_name_tells_not_its_gender(annotated):
    adoc = annotated("Senator Ann Carter scolded him at the hearing on Tuesday.")
    genders = person_genders(adoc, extract_actors(adoc))
    assert genders.get("ann carter") != "m"


def test_a_headline_name_speaks_quote_gives_the_name_the_quoted_words(annotated):
    adoc = annotated("Mary Jones Speaks ‘Directly To Young Voters’ After Debate.\n\n"
                     "Mary Jones spoke on Tuesday about the debate in Denver.")
    actors, q = _quote(adoc, "Directly To")
    assert q.speaker_text == "Mary Jones" and _name(actors, q.speaker) == "Mary Jones"
    assert q.kind == "direct"


def test_a_headline_of_a_body_doing_something_quoted_is_no_quote(annotated):
    adoc = annotated("Senate Passes ‘Clean Water For All’ Bill.\n\nThe Senate voted on Monday.")
    actors = extract_actors(adoc)
    assert not [q for q in extract_quotes(adoc, actors) if q.text.startswith("Clean Water")]


def test_a_surname_the_tagger_left_out_is_the_person_the_report_names():
    from sitroom.extract.quote_speakers import _is_person, resolve_speaker
    from sitroom.model import ActorMention
    from parsekit import index, parse

    adoc = parse("""
        Oz       Oz       PROPN NNP  poss   advice
        ’s       ’s       PART  POS  case   Oz
        advice   advice   NOUN  NN   nsubj  earned
        earned   earn     VERB  VBD  ROOT   -
        him      he       PRON  PRP  dative earned
        praise   praise   NOUN  NN   dobj   earned
        .        .        PUNCT .    punct  earned
    """, """
        He       he       PRON  PRP  nsubj  said
        said     say      VERB  VBD  ROOT   -
        so       so       ADV   RB   advmod said
        .        .        PUNCT .    punct  said
    """)
    oz = adoc.tokens[index(adoc, "Oz")].idx
    actors = (ActorMention("t", len(adoc.text) + 10, len(adoc.text) + 16, 9, "Dr. Oz", "Oz",
                           "person"),)
    assert _is_person(adoc, actors, index(adoc, "Oz"))
    assert not _is_person(adoc, (), index(adoc, "Oz"))  # no person of that name: no person
    assert resolve_speaker(adoc, actors, index(adoc, "He")) == 0
    assert oz == 0
