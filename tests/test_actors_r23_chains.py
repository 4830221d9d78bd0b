"""Round 23, within a report: a describing role phrase ("the Ohio senator") is the person whose
mention writes that title before the name ("Ohio Sen. Tom Rellick"), even when an appositive
gives the person another role (E40); a headline's bare surname takes the body's one full name
of it only when the body names that person before writing the surname alone (E42, first
half). Names and sentences are made up."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors

TITLED = """Democrats say they have a new weapon: Victor Haldane.

Ohio Sen. Tom Rellick, chairman of the party's campaign committee, said having Haldane at the \
top of the ticket puts seats at risk. He derided efforts by some candidates to keep their distance.

That is an argument voters are likely to hear in ads this fall tying them to Haldane's most \
provocative declarations.

The Ohio senator with a distinctive beard just might be the luckiest politician in America. He \
chairs the committee in a good year."""


def _by_text(actors, text, nth=0):
    return [m for m in actors if m.text == text][nth]


def test_a_role_phrase_is_the_person_titled_so_before_the_name(annotated):
    actors = extract_actors(annotated(TITLED))
    assert _by_text(actors, "Ohio senator").name == "Tom Rellick"
    he = [m for m in actors if m.text == "He" and m.start > TITLED.index("The Ohio senator")]
    assert he and he[0].name == "Tom Rellick"


def test_a_role_phrase_no_title_of_the_report_holds_is_not_given_to_the_titled_person(annotated):
    text = TITLED.replace("The Ohio senator", "The Ohio governor")
    actors = extract_actors(annotated(text))
    governor = [m for m in actors if "governor" in m.text]
    assert all(m.name != "Tom Rellick" for m in governor)


HUSBAND = """Rellick Says He Will Run Again.

President Rellick said on Monday that he would run again. Mr. Rellick spoke in the capital.

His wife, Anna Rellick, joined him on the stage."""


def test_a_headline_surname_the_body_writes_alone_first_is_not_the_later_full_name(annotated):
    actors = extract_actors(annotated(HUSBAND))
    assert actors[0].text == "Rellick" and actors[0].name == "Rellick"
    assert _by_text(actors, "President Rellick").name == "Rellick"
    assert _by_text(actors, "Anna Rellick").coref_of is None


def test_a_headline_surname_the_body_names_in_full_first_is_that_person(annotated):
    text = """Rellick Says She Will Run.

Anna Rellick said on Monday that she would run for the seat. Her husband watched."""
    actors = extract_actors(annotated(text))
    assert actors[0].text == "Rellick" and actors[0].name == "Anna Rellick"
