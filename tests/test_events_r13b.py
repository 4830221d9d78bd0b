"""Round 13, second wave (docs/judgements/events.md, "Round 13, second wave"; from the
structural wrong classes of the untouched draw S): the actor of an event is the doer of its
own clause, never the commenter nor the victim; a plan's term, an avoided act and an act said
to be a matter of time are not told as done. Each beside the act that must stay (hand-written
sentences)."""

from __future__ import annotations

from eventkit import events_of, triggers


def _by_trigger(annotated, text, trigger):
    return [e for e in events_of(annotated, text) if e.trigger == trigger]


def test_a_participle_after_its_doer_keeps_the_doer_not_the_commenter(annotated):
    evs = _by_trigger(annotated, "Speaking about the recent riots and a gunman targeting two "
                      "city police officers, the mayor said the town would recover.", "targeting")
    assert evs and evs[0].actor_text == "gunman"


def test_a_passive_complement_has_no_doer_and_its_controller_is_the_victim(annotated):
    evs = _by_trigger(annotated, "She is a former mayor who survived being shot in the head.",
                      "shot")
    assert evs and evs[0].actor_text is None and evs[0].recipient_text == "former mayor"
    evs = _by_trigger(annotated, "The rebels shot the mayor in the head on Sunday.", "shot")
    assert evs and evs[0].actor_text == "rebels"


def test_an_adjunct_of_having_takes_the_noun_before_it(annotated):
    evs = _by_trigger(annotated, "The two states have faced problems with militants using "
                      "tunnels to launch attacks.", "launch attacks")
    assert evs and evs[0].actor_text == "militants"


def test_an_adjunct_of_an_act_keeps_the_subject(annotated):
    evs = _by_trigger(annotated, "The soldiers attacked the village, killing ten farmers.",
                      "killing")
    assert evs and evs[0].actor_text == "soldiers"


def test_a_term_of_a_plan_is_not_done(annotated):
    assert "returning" not in triggers(
        annotated, "The agreement envisions returning refugees from Greece to Turkey.")
    assert "agreed" not in triggers(
        annotated, "He explained his plan, which includes seizing money that migrants send "
        "home until the government agreed to make a payment to the United States.")
    assert "agreed" in triggers(
        annotated, "The rebels fought on until the government agreed to release the prisoners.")


def test_an_avoided_act_is_not_done(annotated):
    assert "urging" not in triggers(
        annotated, "Leaders were careful not to anger the senator by urging him to quit the race.")
    assert "criticizing" not in triggers(
        annotated, "The minister avoided criticizing the general in public.")
    assert "urged" in triggers(annotated, "Party leaders urged the senator to quit the race.")


def test_an_act_said_to_be_a_matter_of_time_is_not_done(annotated):
    assert "endorsement" not in triggers(
        annotated, "The governor's endorsement of the senator is only a matter of time.")
    assert "endorsement" in triggers(
        annotated, "The governor's endorsement of the senator came on Monday.")


def test_an_act_in_a_tale_is_not_the_tellers(annotated):
    text = ("At the rally the senator told the crowd the story of a general halting raids in "
            "the desert by shooting the raiders.")
    assert all(e.actor_text != "senator" for e in _by_trigger(annotated, text, "shooting"))
    evs = _by_trigger(annotated, "The senator said the police had shot the raiders.", "shot")
    assert evs and evs[0].actor_text == "police"
