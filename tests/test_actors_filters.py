"""What is named like an actor but is none: headlines, things, words, places by construction."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_title_case_headline_with_a_full_stop_keeps_only_names_of_the_body(annotated):
    text = ("Lawmakers Slam Absurd Double Standard Jones And Acme Face.\n\n"
            "Senator Paul Jones spoke on Monday. Jones said the plan was fair.")
    got = extract_actors(annotated(text))
    in_headline = [m.name for m in got if m.start < text.index("\n")]
    assert in_headline == ["Paul Jones"], in_headline  # "Standard Jones" cut to the person


def test_a_line_listing_names_is_no_headline(annotated):
    text = ("The council thanked its volunteers.\n\n"
            "Maria Kowalski, Tomas Brandt and Ingrid Solberg.\n\n"
            "The meeting ended at noon.")
    got = names(annotated, text)
    assert "Maria Kowalski" in got and "Ingrid Solberg" in got, got


@pytest.mark.parametrize("text, thing", [
    ("Police said the hallucinogen Zorvex was found in the car.", "Zorvex"),
    ("The court cited Harlan v. Whitcombe in its ruling.", "Harlan"),
    ("The judges recalled the Pemberton case of 1857.", "Pemberton"),
    ("Senators debated the Clean Rivers Act on Tuesday.", "Clean Rivers Act"),
    ("The troupe is performing a popular play called \"The Sons of Marlow\" in the capital.",
     "The Sons of Marlow"),
])
def test_a_named_thing_is_no_actor(annotated, text, thing):
    assert not any(thing in n or n in thing for n in names(annotated, text)), names(annotated, text)


def test_a_capitalised_verb_tagged_as_a_name_is_no_actor(annotated):
    got = names(annotated, "Conceding that the talks had failed, the minister left early.")
    assert "Conceding" not in got, got


@pytest.mark.parametrize("text, place", [
    ("The senator returned from a trip to Norway on Friday.", "Norway"),
    ("The charity was based in Nairobi, Kenya, and raised money abroad.", "Kenya"),
])
def test_a_place_by_its_construction_is_no_actor(annotated, text, place):
    got = names(annotated, text)
    assert not any(place in n for n in got), got


def test_a_country_in_a_list_of_countries_still_acts(annotated):
    got = names(annotated, "Norway, Sweden and Finland signed the agreement on Monday.")
    assert any("Sweden" in n for n in got), got


@pytest.mark.parametrize("text, office", [
    ("Marta Lind served as general chairman of the party until 1997.", "chairman"),
    ("If she is elected president, the rules will change.", "president"),
    ("Whoever wins, the next president will face a divided Congress.", "president"),
    ("I was shaking my head when the minister spoke.", "head"),
])
def test_an_office_held_or_a_holder_to_come_is_no_actor(annotated, text, office):
    got = [m.text for m in extract_actors(annotated(text))]
    assert not any(office in t for t in got), got


def test_a_role_that_acts_is_still_an_actor(annotated):
    got = [m.text for m in extract_actors(annotated(
        "The head of the union said the president would sign the bill."))]
    assert "head" in got and "president" in got, got


@pytest.mark.parametrize("furniture", [
    "Contributing: Jane Doe and Mark Lee, Daily Courier.",
    "Jane Doe contributed.",
    "Facebook/Jane Doe.",
    "Jane Doe via Getty Images.",
])
def test_contributor_and_credit_lines_name_no_actor(annotated, furniture):
    text = f"Soldiers left the base on Monday.\n\n{furniture}\n\nThe army said it would respond."
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any("Doe" in n or "Lee" in n for n in got), got


def test_an_author_biography_closing_the_report_names_no_actor(annotated):
    text = ("The council voted to close the plant on Monday.\n\n"
            "Jane Doe is a columnist for the Daily Courier and a fellow at the Civic Institute.")
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any("Doe" in n for n in got), got


def test_a_pollster_after_a_slash_stays_an_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "A new CNN/ORC poll showed the senator ahead by four points."))]
    assert "ORC" in got, got


def test_a_people_named_as_what_someone_is_is_no_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "Most of the refugees are Sunni Muslims, the ministry said."))]
    assert not any("Muslims" in n for n in got), got


def test_a_platform_where_something_was_posted_is_a_medium(annotated):
    got = [m.name for m in extract_actors(annotated(
        "The governor kept up his campaign on Twitter and Instagram all week."))]
    assert "Instagram" not in got and "Twitter" not in got, got


def test_a_body_named_only_as_a_modifier_of_a_thing_is_no_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "She received the Harbor Light award on Friday. Voters cited Census Bureau data."))]
    assert not any("Harbor Light" in n for n in got), got


def test_a_body_named_elsewhere_stays_an_actor_as_a_modifier(annotated):
    text = "Northwind Aviation said on Monday it would cut jobs. Northwind Aviation jets were grounded."
    got = [m.text for m in extract_actors(annotated(text))]
    assert got.count("Northwind Aviation") == 2, got


def test_a_long_reporting_credit_line_names_no_actor(annotated):
    text = ("Soldiers left the base on Monday.\n\n(Additional reporting by Jane Doe and Mark Lee "
            "in Oslo, Ann Berg and Tom Hall in Bergen; Writing by Eva Lund; Editing by Per Moe, "
            "Kari Dahl and Ole Rud.)")
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(w in n for n in got for w in ("Doe", "Berg", "Lund", "Moe", "Rud")), got


def test_a_scraped_comment_bar_names_no_actor(annotated):
    text = ("The debate ended late. | Jane DoeFlagShareLikeReplyMark Lee 5ptsmoderatorFeatured"
            "February 6, 2016 9:12PMA Late Night | The senator said he was pleased.")
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any("Doe" in n or "Lee" in n for n in got), got


@pytest.mark.parametrize("text, word", [
    ("The rally drew pro-Lindqvist farmers from the north.", "Lindqvist"),
    ("Nostalgia for a happier, Netflix-free age is growing.", "Netflix"),
])
def test_a_name_glued_into_an_adjective_is_no_actor(annotated, text, word):
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(n == word or n == f"pro-{word}" or n.startswith(f"{word}-") for n in got), got


def test_a_hyphenated_given_name_stays_a_person(annotated):
    got = [m.name for m in extract_actors(annotated(
        "Secretary-General Ban Ki-moon met Kim Jong-un in Pyongyang on Friday."))]
    assert any("Ki-moon" in n for n in got), got


@pytest.mark.parametrize("text, place", [
    ("Police secured the Orchid nightclub after the shooting.", "Orchid"),
    ("Officials in the counties of Brevard and Volusia ordered an evacuation.", "Volusia"),
    ("He is weighing a presidential run as an Independent, aides said.", "Independent"),
])
def test_a_place_or_label_by_its_construction_is_no_actor(annotated, text, place):
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(place in n for n in got), got


def test_a_source_credited_in_brackets_names_no_actor(annotated):
    text = "The senator won the vote on Monday. [Jane Doe, Daily Courier]\n\nThe count went on."
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any("Doe" in n for n in got), got


def test_a_closing_biography_without_an_article_names_no_actor(annotated):
    text = "The council voted to close the plant.\n\nJane Doe is editor of the opinion page."
    assert not any("Doe" in m.name for m in extract_actors(annotated(text)))


def test_a_closing_paragraph_that_is_no_biography_keeps_its_actors(annotated):
    text = ("The council voted to close the plant.\n\n"
            "It was at the hearing that Mayor Jane Doe, the author of the plan, spoke.")
    assert any("Jane Doe" in m.name for m in extract_actors(annotated(text)))


def test_a_suffix_alone_or_a_glued_word_is_no_actor(annotated):
    got = [m.text for m in extract_actors(annotated(
        "His father, Brent Olafsen, Jr. was a writer. The crowd cheered as the senator wroteMaria Lind a note."))]
    assert "Jr." not in got and not any(t.startswith("wrote") for t in got), got


def test_an_indefinite_role_in_a_general_statement_is_no_one(annotated):
    got = [m.text for m in extract_actors(annotated(
        "The candidate said a president must be ready on the first day."))]
    assert "president" not in got, got


def test_a_state_owning_its_primary_is_a_place(annotated):
    got = [m.name for m in extract_actors(annotated(
        "The senator hopes to win Minnesota's caucuses next week."))]
    assert not any("Minnesota" in n for n in got), got


@pytest.mark.parametrize("text, office", [
    ("Groups pointed to her record as the nation's top diplomat to question her judgment.", "diplomat"),
    ("She said that if elected president she would sign the bill.", "president"),
])
def test_an_office_after_as_or_elected_is_no_actor(annotated, text, office):
    got = [m.text for m in extract_actors(annotated(text))]
    assert not any(office in t for t in got), got


def test_a_quality_or_term_of_a_person_is_no_body(annotated):
    got = [m.text for m in extract_actors(annotated(
        "Critics attacked Mr. Lind's leadership, and voters judged her presidency harshly."))]
    assert not any("leadership" in t or "presidency" in t for t in got), got


def test_a_one_word_name_used_only_as_an_adjective_is_no_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "Officials failed to discover a Salafist cell in the capital."))]
    assert "Salafist" not in got, got


@pytest.mark.parametrize("text, word", [
    ("Horrifying news tonight. #Marlowton is trending, she wrote.", "Marlowton"),
    ("He held town halls in Manchester and Londonderry on Monday.", "Londonderry"),
    ("Both candidates visited Wilmington, the state's biggest city, on Saturday.", "Wilmington"),
    ("Residents fled before superstorm Idalia reached the coast.", "Idalia"),
])
def test_hashtags_shouting_and_places_in_lists_are_no_actors(annotated, text, word):
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(word in n for n in got), got


@pytest.mark.parametrize("text, word", [
    ("He took a chilled bottle of Marlowe from the freezer.", "Marlowe"),
    ("On Twitter, the governor called the plan a disgrace.", "Twitter"),
    ("The platform is irrelevant once a new president takes office.", "president"),
    ("We want a person at the head of the party who can win.", "head"),
])
def test_things_media_and_positions_are_no_actors(annotated, text, word):
    got = [m.text for m in extract_actors(annotated(text))]
    assert not any(word in t for t in got), got


def test_a_line_inviting_readers_to_follow_someone_names_no_actor(annotated):
    text = "The council voted on Monday.\n\nFollow Jane Doe on Twitter @janedoe."
    assert not any("Doe" in m.name for m in extract_actors(annotated(text)))


@pytest.mark.parametrize("line", ["Getty.", "Jane Doe/HuffPost.", "Video Transcript:"])
def test_a_credit_or_label_line_names_no_actor(annotated, line):
    text = f"The council voted on Monday.\n\n{line}\n\nThe mayor said the vote was fair."
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(w in n for n in got for w in ("Getty", "Doe", "Transcript")), got


def test_a_capitalised_lead_in_and_a_title_case_lead_in_keep_only_body_names(annotated):
    text = ("Senator Paul Jones spoke on Monday.\n\n"
            "EVEN HIS OLD BOSS THINKS HE IS WRONG — The head of the Harbor Union said so.\n\n"
            "Veto Power Impedes Peace Efforts: Jones wants the council to act.")
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(n.isupper() for n in got) and "Veto Power Impedes Peace Efforts" not in got, got


def test_a_title_case_line_with_a_preposition_is_a_headline(annotated):
    text = ("Small Steps Toward College Savings.\n\n"
            "Parents put away a little money each month, the report said.")
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any("College Savings" in n for n in got), got


def test_a_capitalised_dateline_up_to_a_dash_is_no_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "MIDWAY ATOLL - The president flew to the island on Thursday."))]
    assert not any("MIDWAY" in n for n in got), got


@pytest.mark.parametrize("text, word", [
    ("He made a brief appearance at the county party headquarters on Friday.", "headquarters"),
    ("The bill was the Every Child Learns Act, as it was called.", "Act"),
    ("The average taxpaying worker pays more than the rich.", "worker"),
])
def test_buildings_laws_and_averages_are_no_actors(annotated, text, word):
    got = [m.text for m in extract_actors(annotated(text))]
    assert not any(word in t for t in got), got


def test_a_demonym_tagged_as_a_body_acts_only_as_a_plural(annotated):
    got = [m.name for m in extract_actors(annotated("On the Azerbaijani side of the border, a market opened."))]
    assert "Azerbaijani" not in got, got


def test_a_case_name_is_no_actor_but_a_contest_keeps_its_people(annotated):
    got = [m.name for m in extract_actors(annotated(
        "Lawyers cited Whole Women's Health v. Hellerstedt. The Lind vs. Moreau debate drew crowds."))]
    assert not any("Whole Women" in n for n in got), got


@pytest.mark.parametrize("text, place", [
    ("Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach oppose the plan.", "Indian Shores"),
    ("Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach oppose the plan.", "Ponte Vedra"),
    ("Ferguson, Missouri, has a higher crime rate than many cities, he claimed.", "Ferguson"),
])
def test_a_home_town_and_a_described_town_are_places(annotated, text, place):
    got = [m.name for m in extract_actors(annotated(text))]
    assert not any(place in n for n in got), got


def test_a_name_with_a_lower_case_possessive_inside_is_no_actor(annotated):
    got = [m.name for m in extract_actors(annotated(
        "The committee gave Trump its Tree of Life award in the early 1980s."))]
    assert not any("its Tree" in n for n in got), got


def test_a_party_tag_a_time_zone_and_an_event_are_no_actors(annotated):
    text = ("Her niece, state Del. Marta Price (D-Newport News), shouted to the crowd. "
            "Sen. Tom Lane (R-Utah) agreed. The show airs from 6:00 a.m. to 9:00 a.m. Eastern. "
            "She addressed the National Teachers Symposium on Friday.")
    assert names(annotated, text) == ["Her", "Marta Price", "Tom Lane", "She"]
