"""False actors of round 24: places of local news by their frame, and page furniture of local
pages (issue 14 item 3). Each rule with a case where it fires and a near case where it must
not:

* a court's name as the object of "in" is a venue (``extract/actor_venues.court_venue``);
  a court that rules stays;
* a street's name after a house number is an address (``address``); one without a number
  is left to the other rules;
* a town modifying a noun of an incident is where it happened (``incident_town``); a town's
  police stay a body;
* a town the tagger makes a place, in a frame of place, does not act
  (``actor_place_sites.town_frame``); a town that approves a budget, or a state, is left alone;
* a one-word town tagged as a person after "to" is a place (``site_frame``) unless the report
  names a person with that word;
* a country owning a place noun ("X's Y province") is a place (``actor_filter_places.place_of``);
* "X Co. man" reads "X County" (``actor_place_frames.resident_town``);
* a name right before its e-mail address is a byline, and a dateline's dash may be a
  mis-decoded em dash (``extract/actor_page``).

Names of persons, courts, firms and papers are made up; the towns are ordinary towns the
gazetteer knows (the rules ask it)."""

from __future__ import annotations

import pytest

from actorkit import check, token_span
from sitroom.extract.actor_base import head_of


def _span(annotated, text, words):
    adoc = annotated(text)
    s, en = token_span(adoc, words)
    return adoc, s, en, head_of(adoc, s, en)


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Dana Whitcombe is scheduled to appear Thursday in Brandt County Superior Court.",
     "Brandt County Superior Court", True),
    ("The Brandt County Superior Court ruled on Monday that the search was legal.",
     "Brandt County Superior Court", False),
    ("The firm lost its case against Holm Records today in the High Court.", "High Court", False),
])
def test_court_venue(annotated, text, words, want):
    from sitroom.extract.actor_venues import court_venue
    adoc, s, en, head = _span(annotated, text, words)
    assert court_venue(adoc, s, en, head) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Cash was stolen during a burglary of Hollin Funeral Home, 412 Quarry St. in Opelika.",
     "Quarry St.", True),
    ("Residents of Quarry Street asked the council for new lights.", "Quarry Street", False),
])
def test_address(annotated, text, words, want):
    from sitroom.extract.actor_venues import address
    adoc, s, en, _ = _span(annotated, text, words)
    assert address(adoc, s, en) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Bail set for suspect in Opelika cocaine case. A judge set bail on Tuesday.", "Opelika", True),
    ("Opelika police arrested the suspect on Tuesday.", "Opelika", False),
])
def test_incident_town(annotated, text, words, want):
    from sitroom.extract.actor_venues import incident_town
    adoc, s, en, head = _span(annotated, text, words)
    assert incident_town(adoc, s, en, head) is want


@pytest.mark.parametrize(("text", "words", "want"), [
    ("Hal Marlow, director of Marlow's Funeral Home in Gallipolis, said he tried to help.",
     "Gallipolis", True),
    ("Gallipolis approved a new budget on Monday.", "Gallipolis", False),
    ("The plant closed in Ohio last year.", "Ohio", False),
])
def test_town_frame(annotated, text, words, want):
    from sitroom.extract.actor_place_sites import town_frame
    adoc, s, en, _ = _span(annotated, text, words)
    assert town_frame(adoc, s, en) is want


@pytest.mark.parametrize(("text", "want"), [
    ("The team is heading to the coast, and the fans are off to Tucson for the final game.", True),
    ("Coach Rita Tucson praised her players. The letter went to Tucson on Friday.", False),
])
def test_person_tagged_town_after_to(annotated, text, want):
    from sitroom.extract.actor_place_sites import site_frame
    adoc = annotated(text)
    i = max(t.i for t in adoc.tokens if t.text == "Tucson")
    assert site_frame(adoc, i, i + 1, i, "PERSON") is want


@pytest.mark.parametrize(("text", "want"), [
    ("Mira Castell was born in western Chile's Maule province in 1931.", True),
    ("Chile's army attacked the rebel camp on Monday.", False),
])
def test_country_owning_a_province(annotated, text, want):
    from sitroom.extract.actor_filter_places import place_of
    adoc, s, en, head = _span(annotated, text, "Chile")
    assert place_of(adoc, s, en, head, "GPE") is want


@pytest.mark.parametrize(("text", "want"), [
    ("Gallia Co. man dies in wreck on the highway.", True),
    ("Gallia Co. officials said the road would reopen.", False),
])
def test_county_abbreviation_before_a_resident_noun(annotated, text, want):
    from sitroom.extract.actor_place_frames import resident_town
    adoc, s, en, head = _span(annotated, text, "Gallia Co.")
    assert resident_town(adoc, s, en, head) is want


def test_email_byline_is_furniture(annotated):
    from sitroom.extract.actor_page import furniture_tokens
    text = ("Rural budget passes. Mara Lindqvist mlindqvist@example.com March 24, 2009 From "
            "Valley Ledger The county board approved the budget. Mara Lindqvist said it would pass.")
    adoc = annotated(text)
    taken = furniture_tokens(adoc)
    first = [t.i for t in adoc.tokens if t.text == "Lindqvist"]
    assert first[0] in taken and first[1] not in taken


def test_mis_decoded_dash_closes_a_dateline(annotated):
    from sitroom.extract.actor_page import dateline_tokens
    dated = annotated("OPELIKA, Ala. (AP) \x97 A troop ship docked in the river will travel north.")
    assert [t.i for t in dated.tokens if t.text == "OPELIKA"][0] in dateline_tokens(dated)
    plain = annotated("OPELIKA, Ala. is a city where a troop ship docked last week.")
    assert not dateline_tokens(plain)


def test_end_to_end_venues_go_and_a_ruling_court_stays(annotated):
    check(annotated,
          "Dana Whitcombe is scheduled to appear Thursday in Brandt County Superior Court. "
          "The Fenwick County Circuit Court ruled that the search was legal.",
          gone=("Brandt County",), stays=("Fenwick County",))
