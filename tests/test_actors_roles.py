"""Role phrases that stand for a person the report names (round 8): a descriptive definite
role after a paragraph about someone, an appositive role on a name the tagger left untagged, a
headline's bare role; and states as election districts, documents named like bodies."""

from __future__ import annotations

from dataclasses import replace

from parsekit import index, parse

from sitroom.extract.actors import extract_actors


def actors(annotated, text):
    return [(m.text, m.name, m.kind) for m in extract_actors(annotated(text))]


def test_a_descriptive_role_after_a_paragraph_about_someone_is_that_person(annotated):
    got = actors(annotated, "One of the authors of the study, Karl Olsen, said the plan had failed. "
                            "\u201cIt went the wrong way,\u201d said the former top aide to the governor.")
    role = [n for t, n, _ in got if t.endswith("top aide")]
    assert role == ["Karl Olsen"], got


def test_a_bare_title_after_a_paragraph_about_someone_stays_alone(annotated):
    got = actors(annotated, "Karl Olsen spoke at the hall on Monday. The minister left early.")
    assert ("minister", "minister", "person") in got, got


def test_an_appositive_role_on_an_untagged_name_is_that_name():
    adoc = parse("""
        Karl    karl    PROPN NNP compound Olsen
        Olsen   olsen   PROPN NNP nsubj    spoke
        ,       ,       PUNCT ,   punct    Olsen
        a       a       DET   DT  det      member
        faculty faculty NOUN  NN  compound member
        member  member  NOUN  NN  appos    Olsen
        ,       ,       PUNCT ,   punct    Olsen
        spoke   speak   VERB  VBD ROOT     -
        .       .       PUNCT .   punct    spoke
    """)
    start = index(adoc, "a")
    got = extract_actors(replace(adoc, noun_chunks=((0, 2), (start, start + 3))))
    assert [(m.text, m.name, m.kind) for m in got] == [("faculty member", "Karl Olsen", "person")]


def test_a_word_of_an_appositive_role_is_no_mention_of_its_own(annotated):
    got = actors(annotated, "Anna Berg, the former Acme CEO, made a surprise visit on Monday.")
    assert not any(t == "CEO" for t, _, _ in got), got
    assert any(n == "Anna Berg" and t.endswith("CEO") for t, n, _ in got), got


def test_a_state_that_flipped_is_an_election_district(annotated):
    got = actors(annotated, "But in 1992, Oregon flipped from Republican to Democratic.")
    assert not any("Oregon" in t for t, _, _ in got), got


def test_a_name_ending_in_statement_is_a_document(annotated):
    got = actors(annotated, "They honoured the signing of the Harbor Statement by young activists.")
    assert not any("Statement" in t for t, _, _ in got), got


def test_a_time_zone_named_in_full_is_no_body(annotated):
    got = actors(annotated, "The results came in late (all times Pacific Standard Time) on Tuesday.")
    assert not any("Standard Time" in t for t, _, _ in got), got


def test_a_headline_role_takes_the_name_of_the_body_s_person_titled_so(annotated):
    got = actors(annotated, "Dutch minister quits over budget.\n\n"
                            "Dutch Minister Anna Berg resigned on Thursday after a long dispute.")
    assert ("Dutch minister", "Anna Berg", "person") in got, got
