"""False actors of round 13 (tuned on the FNC-1 draw 1533): products (a service named with its
head noun, a name on a product noun its owner possesses, a multi-word name on a product noun with
an indefinite article, a name after a size, a line named after its maker), places that act as
no one (a country left or entered, a market a launch is limited to, "the town of X"), a
caption's label, a name ending in a preposition and "Editor's Note" -- each with a case that
stays an actor. Sentences are made up."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors


def names(annotated, text):
    return [m.name for m in extract_actors(annotated(text))]


def test_a_service_named_with_its_head_noun_is_no_actor(annotated):
    got = names(annotated, "Norvale is shutting down the Tunewave streaming music service that it "
                           "bought in March, its chief executive Ana Ruiz said.")
    assert not any("Tunewave" in n for n in got), got
    assert any("Ruiz" in n for n in got), got


def test_a_name_on_a_product_noun_its_owner_has_is_no_actor(annotated):
    got = names(annotated, "The sensor will feed readings into Norvale's PulseBook system, "
                           "analyst Tom Reilly wrote.")
    assert not any("PulseBook" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_maker_on_a_product_noun_with_an_article_stays(annotated):
    got = names(annotated, "Police said the thief used a Norvale phone. Norvale said it would "
                           "help the police.")
    assert any("Norvale" in n for n in got), got


def test_a_long_name_on_a_processor_is_no_actor(annotated):
    got = names(annotated, "The laptop will run a low-power Vextra Core Q processor, analyst "
                           "Tom Reilly wrote.")
    assert not any("Vextra" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_name_after_a_size_is_a_product(annotated):
    got = names(annotated, "Norvale will launch its new 13-inch Lumabook Slim this quarter, "
                           "analyst Tom Reilly said.")
    assert not any("Lumabook" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_a_line_named_after_its_maker_with_a_word_after_the_product_word(annotated):
    got = names(annotated, "Norvale said sales were strong. The watches come in three lines: "
                           "the Norvale Watch, the Norvale Watch Sport and the Norvale Watch Gold.")
    assert not any("Sport" in n or "Gold" in n for n in got), got
    assert any(n == "Norvale" for n in got), got


def test_a_country_left_or_entered_is_a_place(annotated):
    got = names(annotated, "The minister left Portugal without a deal. Two soldiers tried to "
                           "enter Canada on foot, police spokesman Dan Hale said.")
    assert not any("Portugal" in n or "Canada" in n for n in got), got
    assert any("Hale" in n for n in got), got


def test_a_country_that_leaves_stays(annotated):
    got = names(annotated, "Portugal left the talks on Monday, and Canada entered a new "
                           "agreement with Spain.")
    assert any("Portugal" in n for n in got), got
    assert any("Canada" in n for n in got), got


def test_a_market_a_launch_is_limited_to_is_a_place(annotated):
    got = names(annotated, "Analyst Tom Reilly expects a launch limited to Japan, followed by "
                           "Europe in later months.")
    assert not any("Japan" in n for n in got), got
    assert any("Reilly" in n for n in got), got


def test_the_town_of_a_name_is_a_place(annotated):
    got = names(annotated, "The commanders were wounded in the western town of Al Dawra, a "
                           "nurse told Maria Lopez.")
    assert not any("Dawra" in n for n in got), got
    assert any("Lopez" in n for n in got), got


def test_a_captions_label_is_no_actor(annotated):
    got = names(annotated, "Four men attacked a farmer near the village, police said.\n\n"
                           "Torment: Wei Chen, 41, lies in a hospital bed after the attack")
    assert "Torment" not in got, got
    assert any("Chen" in n for n in got), got


def test_a_headline_speaker_before_a_colon_stays(annotated):
    got = names(annotated, "Talks resumed on Monday.\n\nMarkovic: We will not give up the port\n\n"
                           "Markovic said the port was vital.")
    assert any("Markovic" in n for n in got), got


def test_a_name_ending_in_a_preposition_is_a_fragment(annotated):
    got = names(annotated, "Photographs of Riverton protests have spread online, Maria Lopez "
                           "said.")
    assert "Photographs of" not in got, got
    assert any("Lopez" in n for n in got), got


def test_editors_note_with_a_curly_apostrophe_is_furniture(annotated):
    got = names(annotated, "The girl wrote a letter before she died, her mother Ann Cole said.\n\n"
                           "Editor\u2019s Note: If you or someone you know needs help, please call "
                           "the helpline at any hour, day or night, every day of the year, free.")
    assert not any("Note" in n for n in got), got
    assert any("Cole" in n for n in got), got


def test_a_service_that_reports_stays(annotated):
    got = names(annotated, "The militants released a video of the killing, the Vigil monitoring "
                           "service reported.")
    assert any("Vigil" in n for n in got), got


def test_a_body_on_a_training_program_stays(annotated):
    got = names(annotated, "Two officers went missing during a DEA training program in Texas.")
    assert any("DEA" in n for n in got), got


def test_a_service_in_apposition_stays(annotated):
    got = names(annotated, "The militant group released a video showing the hostage Ian Grey, "
                           "the WATCHPOST monitoring service reported on Tuesday.")
    assert any("WATCHPOST" in n for n in got), got


def test_a_maker_named_on_its_devices_stays(annotated):
    got = names(annotated, "Norvale said on Monday that the new operating system for Norvale "
                           "mobile devices will ship in June.")
    assert any(n == "Norvale" for n in got), got


def test_a_town_named_again_is_still_a_place(annotated):
    got = names(annotated, "The commanders met in the western town of Al Dawra. After the Al Dawra "
                           "air strike, the wounded were driven away, a nurse told Maria Lopez.")
    assert not any("Dawra" in n for n in got), got
    assert any("Lopez" in n for n in got), got


def test_a_town_that_acts_stays(annotated):
    got = names(annotated, "Fighters entered the city of Marwan. Marwan's council said it "
                           "would resist, the mayor Tarek Aziz said.")
    assert any("Marwan" in n for n in got), got
    assert any("Aziz" in n for n in got), got
