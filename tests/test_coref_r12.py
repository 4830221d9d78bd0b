"""Round 12 of within-report coreference (issue 14 item 1): the first person of a quote, role
phrases of a named person, a body's title inside a person's phrase. Sentences made up."""

from __future__ import annotations

from actorkit import mention
from sitroom.extract.actors import extract_actors


def test_i_and_my_of_a_quote_are_its_speaker(annotated):
    actors = extract_actors(annotated(
        'Jane Roe said in a statement on Monday: "I will make my decision next week."'))
    assert mention(actors, "I").name == "Jane Roe"
    assert mention(actors, "my").name == "Jane Roe"


def test_i_of_a_quote_whose_speaker_comes_after(annotated):
    actors = extract_actors(annotated('"The thing I heard is odd," Mark Doe said.'))
    assert mention(actors, "I").name == "Mark Doe"
    assert mention(actors, "I").kind == "person"


def test_i_of_a_quote_through_a_pronoun_speaker(annotated):
    actors = extract_actors(annotated('Mark Doe spoke at length. He added: "And I was there."'))
    assert mention(actors, "I").name == "Mark Doe"


def test_i_of_a_letter_quoted_whole_is_its_author(annotated):
    actors = extract_actors(annotated(
        "Mark Doe's letter to the board leaked online.\n\n"
        '"While I greatly appreciate you informing me, I will not stay."'))
    assert {a.name for a in actors if a.text in ("I", "me")} == {"Mark Doe"}


def test_i_of_a_quote_with_no_person_speaker_is_no_mention(annotated):
    actors = extract_actors(annotated('The sign on the door read: "I will be back soon."'))
    assert all(a.text != "I" for a in actors)


def test_i_outside_a_quote_is_no_mention(annotated):
    actors = extract_actors(annotated("I met Jane Roe in the city last week."))
    assert all(a.text != "I" for a in actors)
    assert mention(actors, "Jane Roe").kind == "person"


def test_a_role_phrase_before_an_honorific_and_name_is_that_person(annotated):
    actors = extract_actors(annotated(
        "The plane was greeted by guests, including the Prime Minister of Wakanda, Mr. Lee Hong,"
        " at the airport. In his speech, the Prime Minister applauded the airline."))
    # the first is the whole role phrase, "Prime Minister of Wakanda" (round 16)
    roles = [a for a in actors if a.text.startswith("Prime Minister")]
    assert len(roles) == 2
    assert {a.name for a in roles} == {"Lee Hong"}


def test_a_later_role_noun_joins_the_person_an_appositive_gave_the_role(annotated):
    actors = extract_actors(annotated(
        "Jo Roe, the chief executive of Acme, spoke on Monday. Later the chief executive left."))
    assert {a.name for a in actors if a.text == "chief executive"} == {"Jo Roe"}


def test_a_lower_case_post_before_the_name_is_the_persons_not_the_bodys(annotated):
    actors = extract_actors(annotated(
        "Northwind Airlines unveiled the plane. Northwind Airlines chief executive Noel Forgeard"
        " said he was proud."))
    person = mention(actors, "chief executive Noel Forgeard")
    assert person.kind == "person" and person.role == "chief executive"
    assert person.name == "Noel Forgeard"
    # the body named before the post keeps a mention of its own
    assert any(a.text == "Northwind Airlines" and a.end < person.start for a in actors)


def test_a_headline_possessive_role_is_the_person_the_body_gives_it(annotated):
    actors = extract_actors(annotated(
        "Wakanda's transport minister tells airlines not to buy planes\n\n"
        "Jusman Syafii Djamal, minister of transport for Wakanda, has recommended that airlines"
        " should not buy planes."))
    assert mention(actors, "Wakanda's transport minister").name == "Jusman Syafii Djamal"


def test_its_of_a_named_thing_subject_is_no_actor(annotated):
    actors = extract_actors(annotated(
        "The new phone is rumored to replace the Zeta 5c model. The 5c has been Acme Corp.'s"
        " budget model since its release in September 2013."))
    assert all(a.text != "its" for a in actors)


def test_its_under_a_common_noun_subject_still_names_the_body(annotated):
    actors = extract_actors(annotated("Acme Corp. said the deal would double its sales."))
    assert mention(actors, "its").name == "Acme Corp."


def test_a_body_named_in_a_title_before_a_name_is_a_mention_of_its_own(annotated):
    actors = extract_actors(annotated(
        "Emails went to Secretary of the Air Force James Roche: he agreed. The Air Force said no."))
    person = mention(actors, "James Roche")
    assert person.kind == "person" and person.role == "Secretary of the Air Force"
    bodies = [a for a in actors if a.text == "Air Force"]
    assert len(bodies) == 2 and bodies[0].end < person.start
    assert mention(actors, "he").name == "James Roche"
