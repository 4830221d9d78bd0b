"""The ninth round of act rules (docs/judgements/events.md, from draw L, one judging
standard): each class of non-event on hand-made sentences, with the act beside it that must
stay."""

from __future__ import annotations

from eventkit import events_of as events, triggers


def test_a_pledge_with_no_one_on_the_other_side_is_no_agreement(annotated):
    assert "promised" not in triggers(
        annotated, "The governor promised a country of new opportunities.")
    assert "pledging" not in triggers(
        annotated, "The senator is pledging to win many hundreds of delegates.")


def test_a_call_for_a_policy_is_no_request_but_a_call_on_someone_is(annotated):
    assert not any("call" in t for t in triggers(
        annotated, "The senator has repeatedly called for the files to be made public."))
    assert "urged" in triggers(annotated, "The senator urged the army to stop the shelling.")


def test_a_forecast_is_no_act(annotated):
    assert "sit" not in triggers(
        annotated, "The governor says he\u2019d sit the minister down and talk to him.")


def test_the_support_of_voters_is_no_event(annotated):
    assert "backed" not in triggers(
        annotated, "Suburban voters mostly backed the senator in the primary.")
    assert "backed" in triggers(
        annotated, "The governor backed the senator in a statement on Monday.")


def test_thanks_are_courtesy(annotated):
    assert "thanking" not in triggers(
        annotated, "The senator is thanking his supporters at a rally in the capital.")


def test_one_person_capturing_a_state_wins_a_contest(annotated):
    assert "captured" not in triggers(annotated, "Senator Jane Doe has captured Texas and Ohio.")
    assert "captured" in triggers(
        annotated, "The rebels captured the town of Springfield after a battle with troops.")


def test_the_accused_is_no_actor_of_an_acquittal(annotated):
    text = "John Smith was acquitted of murder in 2013."
    assert not any(e.trigger == "acquitted" and e.actor_text == "John Smith"
                   for e in events(annotated, text))


def test_a_verbal_attack_launched_by_a_person_is_words(annotated):
    evs = events(annotated, "Senator Jane Doe launched a fierce attack on Governor John Smith.")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_a_contracted_had_is_no_forecast(annotated):
    assert "endorsed" in triggers(
        annotated, "The mayor, who\u2019d previously endorsed Governor John Smith, spoke on Monday.")
