"""False actors of round 10 (tuned on the PolNeAR draws 1528 and 1529): the bracketed short
form of a law, places won in a vote, names listed before a plural noun of things, and forces
yet to be sent -- each with a case that stays an actor."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_the_short_form_of_a_law_in_brackets_is_no_body(annotated):
    got = names(annotated, "Ms. Lind vowed to defend the Clean Water Act (CWA) against efforts "
                           "to repeal it. She said the CWA works.")
    assert not any("CWA" in n for n in got), got
    assert any("Lind" in n for n in got), got


def test_a_bracketed_short_form_of_a_body_stays(annotated):
    got = names(annotated, "The Environmental Protection Agency (EPA) said on Monday that the "
                           "EPA would appeal.")
    assert any("Environmental Protection Agency" in n or n == "EPA" for n in got), got


def test_a_territory_won_in_a_vote_is_no_actor(annotated):
    got = names(annotated, "Tom Hale had hoped the vote would turn. He has only won Minnesota "
                           "and Puerto Rico so far.")
    assert not any("Puerto Rico" in n or "Minnesota" in n for n in got), got


def test_a_country_taken_to_court_stays_an_actor(annotated):
    got = names(annotated, "The company will take France to court over the fine.")
    assert any("France" in n for n in got), got


def test_names_listed_before_a_plural_noun_of_things_are_no_actors(annotated):
    got = names(annotated, "Anna Berg faced losses after the closures of the Seaview and Pine "
                           "Ridge clubs. The Hamilton, Lake and Stark counties all voted early.")
    assert not any(w in n for n in got for w in ("Seaview", "Pine Ridge", "Stark")), got
    assert any("Anna Berg" == n for n in got), got


def test_names_listed_before_a_noun_of_people_stay(annotated):
    got = names(annotated, "Oxfam and Amnesty International officials met on Monday.")
    assert any("Amnesty International" in n for n in got), got


def test_a_force_yet_to_be_sent_is_no_actor(annotated):
    got = names(annotated, "He said he would deploy up to 30,000 American soldiers in the region. "
                           "Candidates proclaimed a need for more Special Operations troops.")
    assert not any("soldiers" in n or "troops" in n for n in got), got


def test_people_killed_up_to_a_number_stay(annotated):
    got = names(annotated, "Gunmen killed up to 30 American soldiers on Sunday. More Syrian "
                           "protesters arrived in the square on Monday.")
    assert any("soldiers" in n for n in got), got
    assert any("protesters" in n for n in got), got
