"""Round 12 (docs/judgements/events.md, "Round 12"; from the wrong events of the untouched
draws P and Q): the sense of a verb of force read from its object and its doer, an impulse
yielded to, a manner criticised, an interview with a writer, an imperative figure of speech
after a quote mark, a building before a nominal event; each beside the act that must stay.

One table: a sentence, the trigger that must not be an event, or (last column True) the trigger
that must stay one."""

from __future__ import annotations

import pytest

from eventkit import events_of, triggers

CASES = [
    ("an abstract object is a figure",
     "The senator held a rally on Monday, striking a populist tone.", "striking", False),
    ("a note struck", "The governor struck many of the same notes.", "struck", False),
    ("themes hit", "The party hit themes of fairness in its speech.", "hit", False),
    ("a town struck stays", "Rebel fighters struck the town on Monday.", "struck", True),
    ("a circumstance is no doer", "A new crisis strikes the capital.", "strikes", False),
    ("districts hit by imports",
     "Voters in the districts hit by cheap imports chose the mayor.", "hit", False),
    ("a town hit by fighters stays", "The town was hit by rebel fighters on Monday.", "hit", True),
    ("an impulse yielded to", "The ministers yielded to the old temptation of power.",
     "yielded", False),
    ("a manner criticised", "The senator complained about the dour tone of the debate.",
     "complained", False),
    ("a writer interviewing",
     "On the plane he spoke with senior writer John Smith about the budget.", "spoke", False),
    ("a quoted imperative",
     "The candidate posted a photo, writing \"Allow me to help the reporter.\"", "Allow", False),
    ("a claim refuted under a governing verb",
     "The governor continued to refute a newspaper story about his record.", "refute", False),
    ("a request refused stays", "The governor refused the request of the union.", "refused",
     True),
    ("a welcome under would",
     "The minister said he would welcome the participation of the neighbours.", "welcome",
     False),
    ("a welcome given stays", "The minister welcomed the delegation of the neighbouring state.",
     "welcomed", True),
]


@pytest.mark.parametrize(("text", "trigger", "stays"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_sense_decides_whether_a_verb_is_an_event(annotated, text, trigger, stays):
    assert (trigger in triggers(annotated, text)) is stays


def test_a_protested_organisation_is_no_protester(annotated):
    evs = events_of(annotated, "Thousands joined the World Trade Organization protests in 2005.")
    assert all(e.actor_text != "World Trade Organization" for e in evs)
