"""False actors of round 13, second wave (tuned on the FNC-1 draw 1534): scraped script code, an
embedded post's footer and a logo's alt text, works (a survey, a guide) and laws, illnesses
and substances, a thing after a verb of naming, a letter's greeting and a product's feature --
each with a case that stays an actor. Sentences are made up."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_name_in_a_line_of_script_code_is_no_actor(annotated):
    got = names(annotated, "var shareVia = 'Norvale News'; PG.has('shareTop', { 'id': '12' });\n"
                           "Fisherman Tom Reilly survived the attack, police said.")
    assert not any("Norvale News" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_line_of_story_text_with_a_name_stays(annotated):
    got = names(annotated, "Norvale News reported that the fisherman, Tom Reilly, survived.")
    assert any("Norvale News" in n for n in got), got


def test_an_embedded_posts_footer_is_no_actor(annotated):
    got = names(annotated, "Jane Doe posted a picture of the stage.\nTwitter Ads info & Privacy\n"
                           "Jane Doe later deleted the post.")
    assert not any("Privacy" in n for n in got), got
    assert any("Doe" in n for n in got), got


def test_a_logos_alt_text_closing_a_line_is_no_actor(annotated):
    got = names(annotated, "Read more about the watch in our earlier story. Norvale Logo\n\n"
                           "Norvale said the watch will ship in April.")
    assert not any("Logo" in n for n in got), got
    assert any(n == "Norvale" for n in got), got


def test_a_survey_that_estimates_is_no_actor(annotated):
    got = names(annotated, "The National Household Spending Survey (NHSS) estimates that 3 "
                           "million people lacked cover, analyst Tom Reilly wrote.")
    assert not any("Survey" in n or n == "NHSS" for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_survey_office_that_speaks_stays(annotated):
    got = names(annotated, "The Northern Geological Survey said the quake struck at dawn.")
    assert any("Survey" in n for n in got), got


def test_a_guide_is_a_work(annotated):
    got = names(annotated, "His reply came straight from the Beginners Guide to Media Training, "
                           "said Tom Reilly.")
    assert not any("Guide" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_law_after_a_possessor_is_no_actor(annotated):
    got = names(annotated, "It is a country where the kingdom's Vellan Law is used, Tom Reilly "
                           "said.")
    assert not any("Law" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_person_named_law_stays(annotated):
    got = names(annotated, "The actor Jude Law said he would return to the stage.")
    assert any("Law" in n for n in got), got


def test_an_illness_is_no_actor(annotated):
    got = names(annotated, "Patients with Marrow Fibrosis Syndrome should see a doctor, Dr. "
                           "Ana Ruiz said.")
    assert not any("Syndrome" in n for n in got), got
    assert any("Ruiz" in n for n in got), got


def test_a_thing_after_a_verb_of_naming_is_no_actor(annotated):
    got = names(annotated, "This includes people with a rare disorder called Familial "
                           "Glycodemia, Dr. Ana Ruiz said.")
    assert not any("Glycodemia" in n for n in got), got
    assert any("Ruiz" in n for n in got), got


def test_a_group_after_a_verb_of_naming_stays(annotated):
    got = names(annotated, "A militia called the Northern Front attacked the town on Monday.")
    assert any("Northern Front" in n for n in got), got


def test_a_letters_greeting_is_no_actor(annotated):
    got = names(annotated, "The boy wrote to his teacher.\nDear Mr. Okafor,\nI will always "
                           "treat you the same way.")
    assert not any(n.startswith("Dear") for n in got), got


def test_a_product_feature_is_no_actor(annotated):
    got = names(annotated, "The sensors will bring Pressure Sense technology to the phone. "
                           "Pressure Sense will allow the watch to detect a firm touch, "
                           "Norvale said.")
    assert not any("Pressure Sense" in n for n in got), got
    assert any(n == "Norvale" for n in got), got


def test_a_maker_before_technology_that_speaks_stays(annotated):
    got = names(annotated, "The phone uses Norvale technology. Norvale said it would ship "
                           "the phone in May.")
    assert any(n == "Norvale" for n in got), got


def test_a_school_of_law_stays(annotated):
    got = names(annotated, "Students of the University of Illinois College of Law wrote to the "
                           "dean, and the University of Illinois College of Law said it would "
                           "reply.")
    assert any("College of Law" in n or "University of Vellan" in n for n in got), got
