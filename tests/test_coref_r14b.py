"""Round 14, second wave (issue 14 items 1 and 2): epithets are not names ("Crooked Jane Doe"
is Jane Doe), and within-report classes left by the first wave. Sentences and names made up."""

from __future__ import annotations

import pytest

from sitroom.extract.actor_coref_epithets import EPITHETS
from actorkit import chain_root, mention
from sitroom.extract.actors import extract_actors


def _named(a):
    return a.text[:1].isupper()  # a name, not "he", "it" nor "the president"


def _persons(actors):
    return [a for a in actors if a.kind == "person" and _named(a)]


@pytest.mark.parametrize("text, name", [
    # a listed epithet inside the tagger's person name
    ("Jane Doreen Mallow spoke in Dayton on Monday. Critics call her Crooked Jane Mallow. "
     "Crooked Jane Mallow said nothing.", "Jane Mallow"),
    # a listed epithet the tagger left before the name (it was read as a title)
    ("The president mocked Crazy Bernie Vollmer. Bernie Vollmer laughed it off.", "Bernie Vollmer"),
    # the shape rule: a capitalised adjective before a full name written without it too
    ("Supporters chanted for Fearless Jane Mallow. Jane Mallow thanked them on Friday.",
     "Jane Mallow"),
    ("Voters rejected Reckless Mark Tolliver in May. Mark Tolliver conceded.", "Mark Tolliver"),
])
def test_an_epithet_is_no_part_of_the_name_nor_a_role(annotated, text, name):
    actors = extract_actors(annotated(text))
    people = _persons(actors)
    assert people and all(a.name == name for a in people), [(a.text, a.name) for a in people]
    assert all(a.role is None or a.role.lower().rstrip("'") not in EPITHETS for a in people)
    assert len({id(chain_root(actors, a)) for a in people}) == 1


def test_an_epithet_before_a_name_tagged_as_a_body_gives_the_person(annotated):
    actors = extract_actors(annotated("Honest Abe Carver spoke. Abe Carver is a lawyer."))
    assert {(a.name, a.kind) for a in actors if _named(a)} == {("Abe Carver", "person")}


def test_an_epithet_that_cut_the_name_gives_the_whole_person(annotated):
    actors = extract_actors(annotated(
        "Senator Mark Tolliver spoke on Monday. The president attacked Crooked Mark Tolliver "
        "again on Tuesday."))
    assert not [a for a in actors if a.kind == "organisation"]
    tolliver = [a for a in _persons(actors) if a.name == "Mark Tolliver"]
    assert len(tolliver) == 2 and chain_root(actors, tolliver[1]) is tolliver[0]


def test_an_epithet_of_a_body_is_dropped_when_the_body_is_named_without_it(annotated):
    actors = extract_actors(annotated(
        "The Failing Acme Times ran the story. The Acme Times said it stood by it."))
    assert {a.name for a in actors if _named(a)} == {"Acme Times"}


def test_a_given_name_with_an_adjective_ending_stays_when_it_names_someone_else(annotated):
    # "Sterling" is also the given name of another person of the report: no epithet
    actors = extract_actors(annotated(
        "Sterling Mark Tolliver spoke first. Sterling Tolliver is his father."))
    assert any("Sterling" in a.name for a in actors)


def test_the_us_company_is_not_the_body_the_report_places_elsewhere(annotated):
    actors = extract_actors(annotated(
        "European plane maker Zentair Group won an order from Kalvo Airways on Monday. In 2004, "
        "Zentair Group sold more planes than Morlock Aviation for the first time, raising "
        "questions whether the US company had lost its grip on the market."))
    us = mention(actors, "US company")
    assert us.name == "Morlock Aviation" and chain_root(actors, us).text == "Morlock Aviation"


def test_the_french_company_skips_the_body_placed_in_another_country(annotated):
    actors = extract_actors(annotated(
        "Morlock Aviation, the American firm, lost an order to Zentair Group on Monday. Zentair "
        "Group said the French company would deliver the jets in May."))
    french = [a for a in actors if a.text.endswith("French company")]
    assert french and all(chain_root(actors, a).name.startswith("Zentair") for a in french)


def test_the_us_company_with_no_body_before_it_stays_alone(annotated):
    actors = extract_actors(annotated("The US company said demand had fallen on Monday."))
    assert all(a.coref_of is None for a in actors)


def test_their_takes_the_nearest_body_of_its_sentence(annotated):
    actors = extract_actors(annotated(
        "The Kestrel Audit Office upheld Morlock Aviation's protest, though not all of their claims "
        "were upheld."))
    assert mention(actors, "their").name == "Morlock Aviation"


def test_the_body_of_an_appositive_role_stays_its_own_actor(annotated):
    # a role's mention spanning the whole appositive took the body's mention into the person
    # (tried in round 14 and left out: the body became the spokeswoman)
    actors = extract_actors(annotated(
        "Shares of Vantor Corp rose on Monday. Jane Roe, a spokeswoman for the Kestrel Audit "
        "Office, told reporters the plant was ready."))
    # since round 16 the role's mention is the whole phrase ("spokeswoman for the Kestrel
    # Audit Office"), the body's own mention inside it
    body = [a for a in actors if a.text == "Kestrel Audit Office"]
    assert body and all(a.kind != "person" and a.name != "Jane Roe" for a in body)
