"""The fourth round of act rules (docs/judgements/events.md, from samples E and F): each
class of non-event on hand-made sentences, with the act beside it that must stay."""

from __future__ import annotations

from eventkit import events_of, triggers


def test_a_thing_that_allows_and_letting_someone_think_are_no_acts(annotated):
    assert "allows" not in triggers(annotated, "The visa program allows investors to buy "
                                               "residency.")
    assert "allowed" not in triggers(annotated, "The governor allowed her staff to think "
                                                "that she was well.")
    assert "allowed" in triggers(annotated, "The army allowed the refugees to cross the "
                                            "border on Monday.")


def test_fighting_an_abstraction_is_no_combat(annotated):
    assert "fighting" not in triggers(annotated, "The mayor is fighting corruption in the "
                                                 "city council.")
    assert "fought" in triggers(annotated, "The army fought the rebels near the border.")


def test_examining_a_statement_is_no_investigation(annotated):
    assert "examined" not in triggers(annotated, "The fact checkers examined the senator's "
                                                 "statement on Monday.")
    assert "investigating" in triggers(annotated, "The prosecutors are investigating the "
                                                  "governor.")


def test_warning_about_dangers_is_advice(annotated):
    assert "warned" not in triggers(annotated, "The president warned his supporters about "
                                               "the dangers of complacency.")


def test_refraining_from_an_attack_is_no_attack(annotated):
    assert "attacking" not in triggers(annotated, "The moderator asked the candidates to "
                                                  "refrain from attacking their opponents.")


def test_a_business_takeover_is_no_seizure(annotated):
    assert "took" not in triggers(annotated, "The mining firm took over the obligations of "
                                             "a bankrupt rival.")
    evs = events_of(annotated, "The rebels took over the airport on Monday.")
    assert [e.type for e in evs if e.trigger == "took"] == ["COERCE"]


def test_a_good_deal_of_work_is_no_agreement(annotated):
    assert "deal" not in triggers(annotated, "The company has completed a good deal of "
                                             "cleanup work.")


def test_a_performance_delivered_is_no_aid(annotated):
    assert "delivered" not in triggers(annotated, "Nobody liked the speech the senator "
                                                  "delivered on Monday.")


def test_an_opinion_that_something_should_happen_is_no_demand(annotated):
    assert "thinks" not in triggers(annotated, "The mayor said that she thinks the video "
                                               "should be released.")


def test_met_with_opposition_is_no_meeting_but_met_with_a_minister_is(annotated):
    assert "met" not in triggers(annotated, "The plan of the government has been met with "
                                            "opposition.")
    assert "met" in triggers(annotated, "The president met with the foreign minister on "
                                        "Monday.")


def test_discussing_is_a_consultation_with_a_partner(annotated):
    assert "discussed" not in triggers(annotated, "The governor discussed his plans for the "
                                                  "schools at a rally.")
    assert "discussed" in triggers(annotated, "The two presidents discussed the border "
                                              "dispute on Monday.")


def test_an_unresolved_object_pronoun_stays_the_recipient(annotated):
    evs = events_of(annotated, "The senator scolded him on Monday.")
    assert [e.recipient_text for e in evs if e.trigger == "scolded"] == ["him"]


def test_beating_a_rival_in_an_election_is_no_assault(annotated):
    assert "crushed" not in triggers(annotated, "The senator crushed the governor in the "
                                                "state primary.")
    assert "beat" not in triggers(annotated, "You are not going to beat Maria Lopez by "
                                             "attacking her husband.")
    evs = events_of(annotated, "Soldiers beat the protesters in the square on Monday.")
    assert [e.type for e in evs if e.trigger == "beat"] == ["ASSAULT"]


def test_a_rally_of_one_candidate_is_no_protest(annotated):
    assert "rally" not in triggers(annotated, "The senator opened a rally in Rochester on "
                                              "Tuesday.")


def test_harm_to_people_in_general_is_no_event(annotated):
    assert "kill" not in triggers(annotated, "Other groups also kill people in mass "
                                             "shootings.")
    evs = events_of(annotated, "The gunmen killed 12 people in the market on Monday.")
    assert [e.type for e in evs if e.trigger == "killed"] == ["ASSAULT"]


def test_a_dateline_taken_for_the_subject_is_no_thing_that_agrees(annotated):
    evs = events_of(annotated, "ALVOR, Portugal (XNA) — Mutinous soldiers of the 4th Brigade "
                               "agreed on Saturday evening to end their march on the capital, "
                               "the presidency said.")
    assert [e.type for e in evs if e.trigger == "agreed"] == ["AGREE"]
