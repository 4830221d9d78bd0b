"""Round 17 (docs/judgements/events.md, "Round 17: rules from draws W and X"): positions
told as acts. A support not given is no refusal; an opinion or a proposal told with a verb of
saying that is no verb of demanding is no request; a stance verb of refusal whose object is a
thing (a bill, a war) is a position, no one rejected; what a call asks for (an infinitive reached
through a conjunct or a "for ... to" clause) is not done. Each beside an act of the same word
that must stay (hand-written sentences, none from a real report); every case that must go is
an event without the round's rules (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import rule_triggers, removed_test, stays_test

from sitroom.extract import events_acts
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates

CASES = [
    # (id, text, trigger, stays)
    ("withheld: a senator will not endorse a rival",
     "The senator announced that he will not endorse Dana Marsh for governor.",
     "endorse", False),
    ("withheld: would not support",
     "As the vote neared, Senator Lee Park would not support Ann Cole.",
     "support", False),
    ("a support given stays",
     "The senator endorsed Dana Marsh for governor on Monday.",
     "endorsed", True),
    ("a refusal of talks stays (not a support)",
     "The rebels will not meet the envoy of Zelenia.",
     "meet", True),
    ("opinion: a proposal with 'suggested ... should'",
     "Governor Ann Cole suggested that Zelenia should send more troops to the border.",
     "suggested", False),
    ("opinion: a declaration that they should beat a rival",
     "The candidate declared that his supporters should defeat Dana Marsh in the vote.",
     "declared", False),
    ("a demand with 'declared ... must' stays",
     "The ministry declared on Monday that Zelenia must lift its tariffs or face penalties.",
     "declared", True),
    ("a demand with 'said ... must' stays",
     "The minister said that Zelenia must release the prisoners.",
     "said", True),
    ("position: a party opposed it (a bill)",
     "Senate Democrats opposed it because it fell far short of the governor's request.",
     "opposed", False),
    ("position: a war which they opposed",
     "After the border war, which most Liberals opposed, the party split.",
     "opposed", False),
    ("asked: a conjunct of the infinitive of a call",
     "Senator Ann Cole calls on Norland to lead, step up fight against the Red Militia.",
     "step up fight", False),
    ("asked: a conjunct of the infinitive of an appeal",
     "The senator urged Norland to lead the coalition and step up its fight against the militia.",
     "step up its fight", False),
    ("asked: a 'for ... to' clause of a call",
     "The senator has called for the Red Militia's bases to be hit harder.",
     "hit", False),
    ("an act of its own clause after a call stays",
     "The senator urged Norland to lead the coalition, and the army attacked the militia.",
     "attacked", True),
    ("a party opposing a party stays",
     "The rebels opposed the army in the north for a decade.",
     "opposed", True),
]


def _without_the_round(monkeypatch):
    for name in ("withheld_support", "opinion_told", "position_on_thing", "request_content"):
        monkeypatch.setattr(events_acts, name, lambda adoc, c: False)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_a_call_resisted_is_a_refusal_not_a_position(annotated):
    from sitroom.extract.events_positions import position_on_thing
    text = "The senator has resisted calls from party leaders to drop out of the race."
    adoc = annotated(text, "2023-06-24")
    cands = [c for c in rule_candidates(adoc, extract_actors(adoc), (), ())
             if c.event.trigger == "resisted"]
    assert cands and not any(position_on_thing(adoc, c) for c in cands)


STRONGHOLDS = ("The senator has called for the Red Militia's strongholds in Zelenia and Norland "
               "to be hit even harder than they were hit by Ostland in airstrikes on Sunday night.")


def test_a_call_for_strongholds_to_be_hit_is_no_strike_but_the_strike_told_stays(annotated):
    assert rule_triggers(annotated, STRONGHOLDS).count("hit") == 1  # the strike by Ostland


def test_without_the_round_the_call_for_strongholds_to_be_hit_is_a_strike(annotated,
                                                                       monkeypatch):
    monkeypatch.setattr(events_acts, "request_content", lambda adoc, c: False)
    assert rule_triggers(annotated, STRONGHOLDS).count("hit") == 2
