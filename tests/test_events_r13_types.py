"""Round 13 (issue 15 items 1-2; docs/judgements/event_types.md): the PLOVER type of acts of
words, from the type-wrong events of the judged real-news draws; each rule beside the act of
force (or the refusal) that must keep its type. Hand-written sentences.

One table: a sentence, a trigger and what it must be: a (type, mode) pair, a type (any mode),
or None (no event of that trigger)."""

from __future__ import annotations

import pytest

from eventkit import events_of

WORDS = ("ACCUSE", "disapprove")
CASES = [
    ("a weapon word as topic", "The governor hit her rival on guns at the debate.", "hit", WORDS),
    ("attacks on a record", "Senator Mary Dunne stepped up her attacks on the mayor's record.",
     "stepped up her attacks", WORDS),
    ("attacks on a fitness", "The Dunne campaign's attacks on the mayor's fitness for office "
     "grew.", "attacks", WORDS),
    ("a base attacked with rockets", "Rebels attacked the army base with rockets.", "attacked",
     "ASSAULT"),
    ("an instrument of force", "The girl attacked the man with acid on Monday.", "attacked",
     "ASSAULT"),
    ("a barrage of insults", "The senator attacked the governor with a barrage of insults.",
     "attacked", WORDS),
    ("a retort between named people", "Tom Brandt fired back at Ann Colby on Twitter.", "fired",
     WORDS),
    ("soldiers firing back", "Soldiers fired back at the rebels near the border.", "fired",
     "ASSAULT"),
    ("calling out", "The mayor called out the governor for his remarks.", "called", WORDS),
    ("an allegation rejected", "The minister rejected the allegation that he had lied.",
     "rejected", None),
    ("an offer rejected", "The government rejected the rebels' offer of talks.", "rejected",
     "REJECT"),
    ("expelled from talks", "The party expelled the mayor from the talks.", "expelled",
     ("SANCTION", "expel")),
    ("expelled from a country", "The government expelled the journalist from the country.",
     "expelled", "COERCE"),
    ("immunity granted", "The prosecutor granted immunity to the aide.", "granted immunity",
     "CONCEDE"),
    ("a deal cut", "The senator cut a deal with the governor.", "cut a deal", ("AGREE", None)),
    ("a deal struck", "The agreement the senator struck with the governor collapsed.", "struck",
     "AGREE"),
    ("aid cut", "The army cut aid to the rebels.", "cut aid", "SANCTION"),
    ("a town struck", "Rebels struck the town on Monday.", "struck", "ASSAULT"),
    ("findings brushed off", "The mayor brushed off the findings of the inquiry.", "brushed",
     None),
    ("one named person targeting another", "Ann Colby targeted Tom Brandt in a speech on Monday.",
     "targeted", WORDS),
    ("a car bomb targeting", "Rebels targeted Governor Tom Brandt with a car bomb.", "targeted",
     "ASSAULT"),
    ("gun laws", "The mayor attacked the governor over gun laws.", "attacked", WORDS),
    ("guns and rockets", "Rebels attacked the town with guns and rockets.", "attacked", "ASSAULT"),
    ("air strikes targeting a group", "US air strikes targeted Isis near the town.", "targeted",
     "ASSAULT"),
    ("protection granted to refugees", "The government granted protection to the refugees.",
     "granted", "AID"),
]


def typed(annotated, text):
    return {e.trigger: (e.type, e.mode) for e in events_of(annotated, text)}


@pytest.mark.parametrize(("text", "trigger", "want"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_type_of_an_act_of_words_or_force(annotated, text, trigger, want):
    got = typed(annotated, text).get(trigger)
    if want is None or isinstance(want, tuple):
        assert got == want, typed(annotated, text)
    else:
        assert got is not None and got[0] == want, typed(annotated, text)


@pytest.mark.parametrize("text", ["The spokesman rejected the notion that the party was divided.",
                                  "The mayor dismissed the report as false."])
def test_a_claim_rejected_or_dismissed_is_no_event(annotated, text):
    assert typed(annotated, text) == {}


def test_calling_out_troops_mobilises(annotated):
    assert ("MOBILIZE", "troops") in typed(annotated,
                                           "The president called out the National Guard.").values()


def test_aid_granted_is_no_concession_and_findings_brushed_off_no_refusal(annotated):
    got = typed(annotated, "The government granted aid to the flood victims.")
    assert got and all(t[0] != "CONCEDE" for t in got.values())
    got = typed(annotated, "The mayor brushed off the findings of the inquiry.")
    assert all(t[0] != "REJECT" for t in got.values())


def test_protection_from_prosecution_granted_is_a_concession(annotated):
    got = typed(annotated, "The prosecutors granted protection from prosecution to the aide.")
    assert ("CONCEDE", None) in got.values()
