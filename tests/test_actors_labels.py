"""Names that label a time, a unit, a page, a slogan, a product or a small place; signatures."""

from __future__ import annotations

import pytest

from sitroom.extract.actor_labels import (slogan, small_place, state_code, unit_or_page, won_district,
                                        word_or_belief)
from sitroom.extract.actor_page import signature_lines
from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_name_alone_closing_a_letter_is_a_signature():
    text = ("Readers respond to the tuition debate.\n\n"
            "Colleges should refund students who never got the training they paid for.\n\n"
            "Tamsin Quarrell.\n\n"
            "Every campus ought to publish its job placement figures.\n\n"
            "Odile Brancaster.")
    got = [text[a:b] for a, b in signature_lines(text)]
    assert got == ["Tamsin Quarrell.", "Odile Brancaster."], got


def test_a_name_alone_that_the_report_names_again_is_no_signature():
    text = ("The mayor spoke first.\n\nHelga Brandvold.\n\n"
            "Brandvold then told the council the budget was balanced.")
    assert signature_lines(text) == []


def test_a_signature_names_no_actor(annotated):
    text = ("Readers respond to the tuition debate.\n\n"
            "Colleges should refund students who never got the training they paid for.\n\n"
            "Tamsin Quarrell.\n\n"
            "Every campus ought to publish its job placement figures.")
    got = names(annotated, text)
    assert not any("Quarrell" in n for n in got), got


@pytest.mark.parametrize("text, word", [
    ("She was the state's first black senator since Reconstruction, the paper said.",
     "Reconstruction"),
    ("Temperatures rose by 3.6 degrees Fahrenheit over the century, the agency said.",
     "Fahrenheit"),
    ("He had been reading a long piece on the budget talks on A10 when the editor called.",
     "A10"),
    ("The protesters gathered at Main and Broad Streets before the march began.",
     "Broad Streets"),
    ("The crowd took selfies at Joey's Cafe before the rally.", "Joey"),
    ("The organizer covered the armed Dalton Ranch standoff for a local station.",
     "Dalton Ranch"),
    ("\"It's called America First!\" the candidate told the crowd in the arena.",
     "America First"),
    ("The admiral smiled, popping a Coca-Cola as he sat on a couch in his office.",
     "Coca-Cola"),
    ("\"We needed a better candidate,\" said Air Force 1st Lt. Tyler Brannigan.",
     "Air Force 1st"),
    ("\"Meh,\" wrote one reader under the story about the budget.", "Meh"),
    ("The cleric spoke at length about Islam and its history at the mosque.", "Islam"),
    ("The crowd was chanting \"U-S-A! U-S-A!\" as the candidate spoke.", "U-S-A"),
])
def test_a_label_is_no_actor(annotated, text, word):
    got = names(annotated, text)
    assert not any(n == word or word in n.split() or n in word.split() for n in got), got


def test_a_state_code_after_a_town_is_no_actor(annotated):
    got = names(annotated, "Mr. Kasich spoke at a college in Berea, OH after the vote.")
    assert "OH" not in got, got


def test_a_state_code_as_a_modifier_is_no_actor(annotated):
    got = names(annotated, "The campaign was taunted for losing to a nutty VT socialist.")
    assert "VT" not in got, got


def test_a_body_called_so_by_a_person_stays(annotated):
    got = names(annotated, "A charity called Harbor Light said it would feed the families.")
    assert any("Harbor Light" in n for n in got), got


def test_a_body_that_calls_itself_so_is_no_slogan(annotated):
    adoc = annotated("The video came from a group that calls itself Harbor Light Media.")
    media = next(t.i for t in adoc.tokens if t.text == "Media")
    assert not slogan(adoc, media)
    adoc = annotated("\"It's called America First!\" the candidate told the crowd.")
    first = next(t.i for t in adoc.tokens if t.text == "First")
    assert slogan(adoc, first)


def test_a_body_with_a_determiner_after_since_stays(annotated):
    got = names(annotated, "Trade has grown since the European Union lowered its tariffs.")
    assert any("European Union" in n for n in got), got


def test_a_drive_back_to_a_state_is_a_place(annotated):
    got = names(annotated, "During his drive back to Georgia after the rally, Mr. Sexon "
                           "reflected on the speech.")
    assert not any("Georgia" in n for n in got), got


def test_a_body_that_visits_is_an_actor_but_the_headquarters_visited_is_a_place(annotated):
    got = extract_actors(annotated(
        "The senator spent the week visiting the campaign's headquarters in Denver."))
    assert not any("headquarters" in m.text for m in got), [m.text for m in got]


def test_a_state_won_in_an_election_is_a_place(annotated):
    got = names(annotated, "The governor said he expected to win Ohio and carry Michigan in "
                           "November.")
    assert not any(n in ("Ohio", "Michigan") or "Ohio" in n for n in got), got


def test_a_state_that_acts_stays(annotated):
    got = names(annotated, "Ohio eliminated early voting last year, the court said.")
    assert any("Ohio" in n for n in got), got


def _span(adoc, text):
    """Token range of the first occurrence of ``text`` in ``adoc``."""
    a = adoc.text.index(text)
    b = a + len(text)
    toks = [t.i for t in adoc.tokens if a <= t.idx < b]
    return toks[0], toks[-1] + 1


def test_the_rules_by_their_parse(annotated):
    adoc = annotated("Temperatures rose by 3.6 degrees Fahrenheit, and the paper ran it on A10.")
    assert unit_or_page(adoc, *_span(adoc, "Fahrenheit"))
    assert unit_or_page(adoc, *_span(adoc, "A10"))
    assert not unit_or_page(adoc, *_span(adoc, "Temperatures"))
    adoc = annotated("The marchers stopped at Main and Broad Streets before noon.")
    s, en = _span(adoc, "Broad Streets")
    assert small_place(adoc, s, en, en - 1)
    adoc = annotated("The crowd kept chanting U-S-A at the rally.")
    assert word_or_belief(adoc, *_span(adoc, "U-S-A"))
    assert not word_or_belief(adoc, *_span(adoc, "crowd"))
    adoc = annotated("He spoke at a college in Berea, OH on Tuesday about Ohio.")
    s, en = _span(adoc, "OH ")
    assert state_code(adoc, s, en, s)
    s, en = _span(adoc, "Ohio")
    assert not state_code(adoc, s, en, s)


def test_a_state_won_by_its_parse(annotated):
    adoc = annotated("The governor expects to win Ohio in November.")
    s, en = _span(adoc, "Ohio")
    assert won_district(adoc, s, en, s)
    adoc = annotated("Ohio eliminated early voting last year.")
    s, en = _span(adoc, "Ohio")
    assert not won_district(adoc, s, en, s)
