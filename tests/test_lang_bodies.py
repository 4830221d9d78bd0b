"""Bodies of the state named by common nouns meet across languages (sitroom.lang.bodies):
one concept from the general table, of one country (named, else the report's)."""

from __future__ import annotations

import pytest

from sitroom.annotate import annotate
from sitroom.extract import extract
from sitroom.lang.bodies import body_keys, find, match
from sitroom.model import Document


@pytest.mark.parametrize("name, concept, country", [
    ("Defence Ministry", "defence_ministry", None),
    ("the Ministry of Defence's", "defence_ministry", None),
    ("Министерство обороны", "defence_ministry", None),
    ("Министерством обороны Польши", "defence_ministry", "PL"),
    ("Міністерство оборони", "defence_ministry", None),
    ("ministère de la Défense", "defence_ministry", None),
    ("Генштаба", "general_staff", None),
    ("état-major", "general_staff", None),
    ("ministère de l'Intérieur", "interior_ministry", None),
    ("Security Service of Ukraine", "security_service", "UA"),
    ("Romanian Interior Ministry", "interior_ministry", "RO"),
    ("national security council in Warsaw", "national_security_council", "PL"),
])
def test_common_noun_bodies_are_one_concept_in_every_language(name, concept, country):
    assert match(name) == (concept, country)


@pytest.mark.parametrize("name", ["Federal Security Service", "UN Security Council",
                                  "European Central Bank", "Harbour Security Group",
                                  "ministre de la Défense", "Defence Minister"])
def test_proper_names_and_office_holders_are_no_body_of_the_table(name):
    assert match(name) is None


def test_a_body_takes_its_reports_country_or_the_one_its_concept_has():
    keys = body_keys([["Defence Ministry"], ["Министерство обороны"], ["ministère de la Défense"],
                      ["Defence Ministry"], ["General Staff"]], ["PL", "PL", None, "CZ", None])
    assert keys[0] == keys[1] == "body:defence_ministry:PL"
    assert keys[3] == "body:defence_ministry:CZ"  # another country's ministry stays apart
    assert keys[2] == "body:defence_ministry:"  # two countries: no guess
    assert keys[4] == "body:general_staff:"


def test_spans_of_bodies_skip_articles_and_hyphens():
    assert find(["Le", "ministère", "de", "la", "Défense", "dément"]) == [(1, 5)]
    assert find(["Міністерства", "оборони", "відкидає"]) == [(0, 2)]
    assert find(["l'", "état", "-", "major", "a"]) == [(1, 4)]


def test_a_body_the_recogniser_missed_becomes_an_actor():
    ex = extract(next(annotate([Document(
        id="uk", text="Міністерство оборони відкидає звинувачення у затримці зарплат.",
        language="uk")])))
    assert [(a.text, a.kind) for a in ex.actors] == [("Міністерство оборони", "organisation")]


def test_a_french_title_before_a_name_leaves_the_name_the_participant():
    ex = extract(next(annotate([Document(
        id="fr", text="Le général Pavel Marek, commandant de la brigade, a affirmé qu'il "
                      "resterait.", language="fr")])))
    assert "Pavel Marek" in {a.name for a in ex.actors if a.kind == "person"}
