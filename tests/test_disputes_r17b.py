"""Round 17, second part: a person's state told both ways by two reports ("the cyclist was
not injured" against "the cyclist suffered minor injuries", "the captain is alive" against
"the captain was killed"), and a stated plan reversed by its actor ("walked back her pledge to
withdraw" against "will withdraw"). Sentences and reports written for these tests (generic names), with
controls that must stay unlinked."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_conditions import clash, conditions
from sitroom.link.disputes_plans import outcomes_of, plans
from test_disputes_r14 import assert_links_of_class


def _states(sentence: str) -> list[tuple[str, set[str]]]:
    return [(c.state, set(c.who)) for c in conditions(sentence)]


@pytest.mark.parametrize("sentence, state, who", [
    ("The cyclist was not injured in the crash on the ring road.", "unhurt", "cyclist"),
    ("The cyclist wasn't hurt when the van struck the barrier.", "unhurt", "cyclist"),
    ("The cyclist escaped injury when the van struck the barrier.", "unhurt", "cyclist"),
    ("The cyclist, whose name was not released, suffered only minor injuries.", "injured",
     "cyclist"),
    ("The 31-year-old cyclist was taken to hospital with minor injuries.", "injured", "cyclist"),
    ("Captain Ilse Varga is alive and well, her ship's owner said.", "unhurt", "varga"),
    ("Captain Ilse Varga was killed when the tug capsized.", "dead", "varga"),
    ("Captain Ilse Varga survived the capsizing.", "alive", "varga"),
    ("Captain Ilse Varga did not die in the capsizing, her crew said.", "alive", "varga"),
])
def test_a_persons_state_is_read(sentence, state, who):
    assert any(s == state and who in w for s, w in _states(sentence)), _states(sentence)


@pytest.mark.parametrize("sentence", [
    "The cyclist was not seriously injured in the crash.",      # agrees with either side
    "The cyclist escaped serious injury in the crash.",
    "Two cyclists were killed on the ring road.",               # counted: no one person
    "Dozens of people were injured when the stand collapsed.",
    "It is unclear whether Captain Ilse Varga was killed.",     # a question, no statement
    "Captain Ilse Varga may have been killed in the capsizing.",
    "The owner denied reports that Captain Ilse Varga was killed.",  # the state is denied
    "The owner did not say that Captain Ilse Varga was killed.",     # another negation
    "The storm hurt the harbour's trade all winter.",           # no person told
])
def test_no_persons_state_where_none_is_told(sentence):
    assert _states(sentence) == []


def test_only_states_that_cannot_both_hold_clash():
    unhurt = conditions("The cyclist was not injured in the crash.")[0]
    injured = conditions("The cyclist suffered minor injuries in the crash.")[0]
    dead = conditions("The cyclist was killed in the crash.")[0]
    other = conditions("The driver suffered minor injuries in the crash.")[0]
    assert clash(unhurt, injured) and clash(unhurt, dead)
    assert not clash(injured, dead)  # wounded, then died: both can hold
    assert not clash(unhurt, other)  # another person


CLASSES = {
    "one person not injured against injured": ("contradicts", [
        ("c1a", "North Wire", "2026-10-05T08:00:00Z",
         "A lorry hit the tram at Oster on Monday. The tram driver was not injured, the "
         "operator said."),
        ("c1b", "Lake Times", "2026-10-05T09:00:00Z",
         "A lorry hit the tram at Oster on Monday. The tram driver suffered minor injuries and "
         "was treated at the scene.")]),
    "one person alive against killed": ("contradicts", [
        ("c2a", "North Wire", "2026-10-05T08:00:00Z",
         "The tug Marlow capsized off Brenna. Captain Ilse Varga is alive, the owner said."),
        ("c2b", "Lake Times", "2026-10-05T09:00:00Z",
         "The tug Marlow capsized off Brenna. Captain Ilse Varga was killed when it went "
         "down.")]),
    "two people, one unhurt and one injured": (None, [
        ("c3a", "North Wire", "2026-10-05T08:00:00Z",
         "A lorry hit the tram at Oster on Monday. The tram driver was not injured, the "
         "operator said."),
        ("c3b", "Lake Times", "2026-10-05T09:00:00Z",
         "A lorry hit the tram at Oster on Monday. The lorry's passenger suffered minor "
         "injuries.")]),
    "not seriously injured against minor injuries": (None, [
        ("c4a", "North Wire", "2026-10-05T08:00:00Z",
         "A lorry hit the tram at Oster on Monday. The tram driver was not seriously injured, "
         "the operator said."),
        ("c4b", "Lake Times", "2026-10-05T09:00:00Z",
         "A lorry hit the tram at Oster on Monday. The tram driver suffered minor injuries and "
         "was treated at the scene.")]),
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_round17_persons_states(name):
    assert_links_of_class(*CLASSES[name])


@pytest.mark.parametrize("sentence, act", [
    ("The premier walked back his pledge to withdraw from the fisheries pact.", "withdraw"),
    ("The dockers' union abandoned its plan to strike on Monday.", "strike"),
    ("The mayor reversed her decision to visit the flooded valley.", "visit"),
])
def test_a_stated_plan_reversed_by_its_actor(sentence, act):
    assert outcomes_of(sentence).get(act) == "reversed"
    assert act not in plans(sentence)  # reversed, no plan


@pytest.mark.parametrize("sentence, act", [
    ("The dockers' union has not abandoned its plan to strike on Monday.", "strike"),
    ("The dockers' union dropped two demands and will strike on Monday.", "strike"),
    ("The premier walked back to the hall to withdraw his motion.", "withdraw"),
])
def test_no_plan_reversed_where_none_is_told(sentence, act):
    assert outcomes_of(sentence).get(act) != "reversed"


PLANS = {
    "a pledge walked back against the pledge told": ("contradicts", [
        ("r1a", "North Wire", "2026-10-06T08:00:00Z",
         "Premier Odile Brask will withdraw Halvik from the fisheries pact, her aides said."),
        ("r1b", "Lake Times", "2026-10-06T08:20:00Z",
         "Premier Odile Brask walked back her pledge to withdraw Halvik from the fisheries "
         "pact, her aides said.")]),
    "the pledge told again against the pledge": (None, [
        ("r2a", "North Wire", "2026-10-06T08:00:00Z",
         "Premier Odile Brask will withdraw Halvik from the fisheries pact, her aides said."),
        ("r2b", "Lake Times", "2026-10-06T08:20:00Z",
         "Premier Odile Brask still plans to withdraw Halvik from the fisheries pact, her "
         "aides said.")]),
}


@pytest.mark.parametrize("name", list(PLANS))
def test_round17_plans_reversed(name):
    assert_links_of_class(*PLANS[name])


def test_a_person_told_by_a_pronoun_is_no_one_person():
    told = conditions("The lawyers said he had told the girl that her mother was alive.")
    dead = conditions("The girl's mother drowned; the mother was killed when the boat sank.")
    assert not any(clash(a, b) for a in told for b in dead)


@pytest.mark.parametrize("sentence", [
    "A dozen nurses have been killed in the district, the union said.",  # counted
    "The mayor fears the ferryman will be killed by the smugglers.",      # a state to come
    "The widow picked up her dead husband's rifle.",                     # no state of the widow
    "Ferryman Dead Rumours Not True",                                    # 'dead' attributive
])
def test_no_persons_state_counted_to_come_or_attributive(sentence):
    assert _states(sentence) == []
