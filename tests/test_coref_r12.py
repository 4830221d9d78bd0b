"""Round 12 of within-report coreference (issue 14 item 1): the first person of a quote, role
phrases of a named person, a body's title inside a person's phrase. Sentences made up."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def _of(actors, text, nth=0):
    hits = [a for a in actors if a.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[a.text for a in actors]}"
    return hits[nth]


def test_i_and_my_of_a_quote_are_its_speaker(annotated):
    actors = extract_actors(annotated(
        'Jane Roe said in a statement on Monday: "I will make my decision next week."'))
    assert _of(actors, "I").name == "Jane Roe"
    assert _of(actors, "my").name == "Jane Roe"


def test_i_of_a_quote_whose_speaker_comes_after(annotated):
    actors = extract_actors(annotated('"The thing I heard is odd," Mark Doe said.'))
    assert _of(actors, "I").name == "Mark Doe"
    assert _of(actors, "I").kind == "person"


def test_i_of_a_quote_through_a_pronoun_speaker(annotated):
    actors = extract_actors(annotated('Mark Doe spoke at length. He added: "And I was there."'))
    assert _of(actors, "I").name == "Mark Doe"


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
    assert _of(actors, "Jane Roe").kind == "person"
