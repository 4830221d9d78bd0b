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
    got = names(annotated, "Tom Hale had hoped the vote would turn. In March Hale carried Guam "
                           "and Puerto Rico, and little else.")
    assert not any("Puerto Rico" in n or "Guam" in n for n in got), got


def test_a_country_taken_to_court_stays_an_actor(annotated):
    got = names(annotated, "The company will take France to court over the fine.")
    assert any("France" in n for n in got), got


def test_names_listed_before_a_plural_noun_of_things_are_no_actors(annotated):
    got = names(annotated, "Anna Berg said members left the Seaview and Pine Ridge clubs last "
                           "year. Adams, Lake and Brown counties voted early.")
    assert not any(w in n for n in got for w in ("Seaview", "Pine Ridge", "Brown", "Adams")), got
    assert any("Anna Berg" == n for n in got), got


def test_names_listed_before_a_noun_of_people_stay(annotated):
    got = names(annotated, "Oxfam and Amnesty International officials met on Monday.")
    assert any("Amnesty International" in n for n in got), got


def test_a_force_yet_to_be_sent_is_no_actor(annotated):
    got = names(annotated, "She said she would send up to 5,000 British troops to the border. "
                           "The generals asked for more Army soldiers.")
    assert not any("soldiers" in n or "troops" in n for n in got), got


def test_people_killed_up_to_a_number_stay(annotated):
    got = names(annotated, "Gunmen killed up to 30 American soldiers on Sunday. More Syrian "
                           "protesters arrived in the square on Monday.")
    assert any("soldiers" in n for n in got), got
    assert any("protesters" in n for n in got), got


def test_two_names_paired_before_a_noun_are_no_actor(annotated):
    got = names(annotated, "Tom Hale leads Anna Berg in the state. A Hale-Berg race would draw "
                           "many voters.")
    assert not any("Hale-Berg" in n for n in got), got
    assert "Tom Hale" in got and "Anna Berg" in got, got


def test_a_hyphenated_maker_no_part_of_which_is_named_alone_stays(annotated):
    got = names(annotated, "Harley-Davidson motorcycles sold well, and Harley-Davidson said so.")
    assert any("Harley-Davidson" in n for n in got), got


def test_a_one_word_programme_name_is_no_body(annotated):
    got = names(annotated, "The ads attacked Olsencare and the new tax on sugar.")
    assert not any("Olsencare" in n for n in got), got


def test_an_acronym_with_its_own_indefinite_article_is_no_body(annotated):
    got = names(annotated, "The donors formed a super PAC last spring, Anna Berg said.")
    assert not any(n == "PAC" for n in got), got


def test_a_bodys_name_before_plural_contests_is_no_actor(annotated):
    got = names(annotated, "Gary Olsen won two Senate campaigns before the war. The Senate voted "
                           "on Monday.")
    assert not any("campaigns" in n for n in got), got
    assert "Senate" in got, got


def test_a_mission_to_a_country_is_a_place(annotated):
    got = names(annotated, "Anna Berg led a trade mission to Peru in May.")
    assert not any("Peru" in n for n in got), got


def test_a_headline_surname_the_report_also_writes_in_lower_case_stays(annotated):
    got = extract_actors(annotated("Rice Says Grain Deal Is Near.\n\nJane Rice, the trade "
                                   "minister, said the rice harvest was good."))
    assert any(m.start == 0 and m.name == "Jane Rice" for m in got), [(m.text, m.name) for m in got]


def test_two_bodies_paired_before_a_noun_stay(annotated):
    got = names(annotated, "Acme won the contract. The Acme-Air Force tanker deal was signed, the "
                           "Air Force said.")
    assert any("Acme" in n for n in got), got
