"""Round 13, second wave (docs/judgements/events.md, "Round 13, second wave"; from the
structural wrong classes of the untouched draw S): the actor of an event is the doer of its
own clause, never the commenter nor the victim; a plan's term, an avoided act and an act said
to be a matter of time are not told as done. Each beside the act that must stay (hand-written
sentences).

Two tables: the actor (and where given the recipient) of one trigger; and whether a trigger
stays an event."""

from __future__ import annotations

import pytest

from eventkit import assert_stays, events_of, stays_table

ANY = object()
DOERS = [
    ("a participle after its doer, not the commenter",
     "Speaking about the recent riots and a gunman targeting two city police officers, the mayor "
     "said the town would recover.", "targeting", "gunman", ANY),
    ("a passive complement: no doer, its controller the victim",
     "She is a former mayor who survived being shot in the head.", "shot", None, "former mayor"),
    ("a shooting by its doer", "The rebels shot the mayor in the head on Sunday.", "shot",
     "rebels", ANY),
    ("an adjunct of having takes the noun before it",
     "The two states have faced problems with militants using tunnels to launch attacks.",
     "launch attacks", "militants", ANY),
    ("an adjunct of an act keeps the subject",
     "The soldiers attacked the village, killing ten farmers.", "killing", "soldiers", ANY),
    ("what was said is the police's act", "The senator said the police had shot the raiders.",
     "shot", "police", ANY),
]
TOLD = [
    ("a term of an agreement", "The agreement envisions returning refugees from Greece to "
     "Turkey.", "returning", False),
    ("a condition of a plan", "He explained his plan, which includes seizing money that migrants "
     "send home until the government agreed to make a payment to the United States.", "agreed",
     False),
    ("fighting until an agreement", "The rebels fought on until the government agreed to release "
     "the prisoners.", "agreed", True),
    ("careful not to", "Leaders were careful not to anger the senator by urging him to quit the "
     "race.", "urging", False),
    ("avoided", "The minister avoided criticizing the general in public.", "criticizing", False),
    ("urged", "Party leaders urged the senator to quit the race.", "urged", True),
    ("only a matter of time", "The governor's endorsement of the senator is only a matter of "
     "time.", "endorsement", False),
    ("an endorsement that came", "The governor's endorsement of the senator came on Monday.",
     "endorsement", True),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [c[1:] for c in DOERS],
                         ids=[c[0] for c in DOERS])
def test_the_actor_is_the_doer_of_the_acts_own_clause(annotated, text, trigger, actor,
                                                      recipient):
    evs = [e for e in events_of(annotated, text) if e.trigger == trigger]
    assert evs and evs[0].actor_text == actor, evs
    assert recipient is ANY or evs[0].recipient_text == recipient, evs


@stays_table(TOLD)
def test_an_act_not_told_as_done(annotated, text, trigger, stays):
    assert_stays(annotated, text, trigger, stays)


def test_an_act_in_a_tale_is_not_the_tellers(annotated):
    text = ("At the rally the senator told the crowd the story of a general halting raids in "
            "the desert by shooting the raiders.")
    assert all(e.actor_text != "senator" for e in events_of(annotated, text)
               if e.trigger == "shooting")
