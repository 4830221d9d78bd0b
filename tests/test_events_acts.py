"""Acts and mentions of acts: the classes of non-events found by judging events drawn
from real news (docs/judgements/events.md), each on hand-made sentences, with the act
beside it that must stay."""

from __future__ import annotations

from eventkit import events_of, triggers
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import act_candidates
from sitroom.extract.events_acts import verbal_attack


def test_a_purpose_or_a_pressure_is_no_act_but_a_managed_withdrawal_is(annotated):
    assert "back" not in triggers(annotated, "The senator faced pressure from donors to back "
                                             "the governor.")
    assert "withdraw" in triggers(annotated, "The rebels managed to withdraw their fighters from the town.")


def test_a_forecast_is_no_act(annotated):
    assert "visit" not in triggers(annotated, "The president is expected to visit Chile "
                                              "next week.")


def test_a_wish_is_no_act(annotated):
    assert "push" not in triggers(annotated, "He hopes that his successor will push for "
                                             "the same goals.")


def test_releasing_a_video_is_no_release_but_releasing_prisoners_is(annotated):
    assert "released" not in triggers(annotated, "The lawyers released the video to the "
                                                 "newspaper on Friday.")
    evs = events_of(annotated, "The junta released the prisoners on Friday.")
    assert [(e.type, e.mode) for e in evs if e.trigger == "released"] == [("RETREAT", "release")]


def test_defending_a_remark_is_no_support(annotated):
    assert "defended" not in triggers(annotated, "The mayor defended the remark on Sunday.")


def test_an_attack_in_words_is_an_accusation(annotated):
    evs = events_of(annotated, "The governor attacked her rival for his record on taxes.")
    assert [(e.type, e.mode) for e in evs if e.trigger == "attacked"] == [
        ("ACCUSE", "disapprove")]
    evs = events_of(annotated, "Rebel fighters attacked the town of Alvor on Monday.")
    assert [e.type for e in evs if e.trigger == "attacked"] == ["ASSAULT"]


def test_an_inverted_question_in_a_quotation_is_no_act(annotated):
    assert "help" not in triggers(annotated, 'The mayor wrote: "Did the governor help the '
                                             'smugglers (look at the records)')


def test_a_habit_of_people_in_general_is_no_act(annotated):
    assert "help" not in triggers(annotated, "He thinks that the more you help wealthy people, "
                                             "the better off everyone is.")


def test_as_promised_is_no_act(annotated):
    assert "promised" not in triggers(annotated, "He proposed dropping the tax as promised.")


def test_advice_is_no_threat_but_a_warning_of_force_is(annotated):
    assert "warned" not in triggers(annotated, "Last month, the agency warned state officials "
                                               "to boost their security.")
    evs = events_of(annotated, "The army warned that it would shell the town.")
    assert "THREATEN" in [e.type for e in evs]


def test_a_supposition_is_not_asserted(annotated):
    text = "Say the neighbour demanded that Chile pay for the wall."
    assert events_of(annotated, text) == ()  # a supposition is no event of the picture
    adoc = annotated(text, "2023-06-24")
    evs = [c.event for c in act_candidates(adoc, extract_actors(adoc), (), ())]
    assert evs and all(e.certainty == "speculated" for e in evs)


def test_a_reporting_verb_over_an_opinion_with_should_is_no_request(annotated):
    evs = events_of(annotated, '"Voters should not lose their right to vote," he said.')
    assert "REQUEST" not in [e.type for e in evs]
    evs = events_of(annotated, "The minister said that Iran must release the sailors.")
    assert "REQUEST" in [e.type for e in evs]


def test_victims_shot_by_police_keep_the_police_as_actor(annotated):
    evs = events_of(annotated, "He is one of 707 people shot and killed by police this year.")
    assert {e.actor_text for e in evs if e.trigger in ("shot", "killed")} == {"police"}
    evs = events_of(annotated, "Scott was shot and killed by a police officer on Friday.")
    assert [e.actor_text for e in evs if e.trigger == "shot"] == ["police officer"]


def test_a_month_or_a_name_is_no_trigger(annotated):
    assert triggers(annotated, "The council, which in March imposed sanctions on the junta, "
                               "met again.").count("March") == 0


def test_a_capacity_is_no_act_but_her_pleading_is(annotated):
    assert "sending" not in triggers(annotated, "The council's powers include sending in "
                                                "peacekeepers.")


def test_a_figurative_battle_is_no_assault_but_a_state_war_is(annotated):
    assert "battle" not in triggers(annotated, "The senator acknowledged their uphill battle.")
    evs = events_of(annotated, "Russia's war against Ukraine entered its third year.")
    assert "ASSAULT" in [e.type for e in evs]


def test_the_owner_of_an_assassination_is_its_victim(annotated):
    evs = events_of(annotated, "He met the gunman around the time of Governor Alvarez's "
                               "assassination.")
    e = [e for e in evs if e.trigger == "assassination"]
    assert all(x.actor_text != "Governor Alvarez" for x in e)


def test_asking_a_question_is_no_request_but_asking_someone_to_act_is(annotated):
    assert "asked" not in triggers(annotated, "The host asked the senator about her emails.")
    evs = events_of(annotated, "The mayor asked the governor to send troops.")
    assert "REQUEST" in [e.type for e in evs]


def test_a_population_that_exploded_is_no_explosion(annotated):
    assert "exploded" not in triggers(annotated, "The prison population has exploded since "
                                                 "1972.")


def test_released_from_house_arrest_is_a_release(annotated):
    evs = events_of(annotated, "The leader visited the capital six years after she was "
                               "released from house arrest.")
    assert [(e.type, e.mode) for e in evs if e.trigger == "released"] == [("RETREAT", "release")]


def test_they_attacked_a_ship_is_no_attack_in_words_but_she_attacked_him_is(annotated):
    adoc = annotated("In 2000, they attacked the destroyer, killing 17 sailors.", "2023-06-24")
    words = [t.text for t in adoc.tokens]
    v, a, r = words.index("attacked"), words.index("they"), words.index("destroyer")
    assert not verbal_attack(adoc, v, None, a, r)
    adoc = annotated("She attacked him on television.", "2023-06-24")
    assert verbal_attack(adoc, 1, None, 0, 2)


def test_tweets_targeting_a_person_are_words(annotated):
    evs = events_of(annotated, "The senator's tweets targeting the actress were unhinged.")
    assert "ASSAULT" not in [e.type for e in evs]


def test_declining_to_comment_and_a_speech_to_students_are_no_acts(annotated):
    assert "declined" not in triggers(annotated, "Through a spokesman, the governor declined "
                                                 "to comment.")
    assert "Speaking" not in triggers(annotated, "Speaking to students in Lisbon, the "
                                                 "minister defended the budget.")
    evs = events_of(annotated, "The minister spoke with Chinese officials on Monday.")
    assert "CONSULT" in [e.type for e in evs]
