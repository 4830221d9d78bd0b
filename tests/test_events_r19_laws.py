"""Round 19 (docs/judgements/events.md, "Round 19: rules from draw AA"): laws, bodies'
nouns, campaign money and court orders on records told as acts, a phrasal verb read by its
particle's sense, and an abstract quantity as the doer of a military act. Each beside an act of the same word that must stay
(hand-written sentences, none from a real report); every case that must go is an event
without the round's checks (``test_each_removed_case_is_an_event_without_the_round``)."""

from __future__ import annotations

from eventkit import removed_test, stays_test

from sitroom.extract import events_acts, events_filter, events_reporting

CASES = [
    # (id, text, trigger, stays)
    ("a law as doer: a law's common noun",
     "The new law imposed new sanctions on the banks of Norland.",
     "imposed new sanctions", False),
    ("a law as doer: a name the report calls an act elsewhere",
     "Marlow-Tenby bailed out the lenders and imposed new sanctions on the banks of Norland. "
     "Congress passed the Marlow-Tenby Act in 2010.",
     "imposed new sanctions", False),
    ("a body imposing sanctions stays",
     "Congress imposed new sanctions on the banks of Norland.",
     "imposed new sanctions", True),
    ("a person named like no law stays",
     "Governor Marlow imposed new sanctions on the banks of Norland.",
     "imposed new sanctions", True),
    ("a body's noun: the conference committee",
     "The Senate met with the House members of the conference committee on Monday.",
     "committee", False),
    ("the meeting with the committee's members stays",
     "The Senate met with the House members of the conference committee on Monday.",
     "met", True),
    ("campaign money: a firm's donation to a political committee",
     "Acme Holdings donated $90,000 to the Liberty Action PAC last spring.",
     "donated", False),
    ("campaign money: donations made",
     "Two firms made donations to Liberty Action PAC in March.",
     "made donations", False),
    ("troops contributed are no money and stay",
     "NATO allies contributed 2,000 troops to the mission in March.",
     "contributed", True),
    ("a state's donation stays",
     "Japan donated $10 million to the Red Cross for the victims of the flood.",
     "donated", True),
    ("records ordered released: the release of documents",
     "Judge Ann Cole ordered the release of the company's internal documents on Friday.",
     "ordered the release", False),
    ("records ordered released: that the records be released",
     "Judge Ann Cole ordered that the records of the company be released by Thursday.",
     "ordered", False),
    ("an order to release prisoners stays",
     "The Norland government ordered the release of 40 prisoners on Friday.",
     "ordered the release", True),
    ("a phrasal idiom: opened up to a reporter",
     "The veteran opened up to a reporter about his decision.",
     "opened", False),
    ("an abstract quantity as the doer of a move",
     "Norland and Vesta interest rates have moved in opposite directions seven times since "
     "the war.",
     "moved", False),
    ("states moving troops stay",
     "Norland and Vesta have moved troops to the border, according to officials.",
     "moved troops", True),
]

CHECKS = ("law_doer", "body_noun", "campaign_money", "records_released")


def _without_the_round(monkeypatch):
    monkeypatch.setattr(events_acts, "law_misfit", lambda adoc, c: None)
    particles = dict(events_reporting.reporting()["figurative_particles"])
    for verb in ("open", "wind", "wound"):
        particles.pop(verb)
    words = dict(events_reporting.reporting(), figurative_particles=particles)
    monkeypatch.setattr(events_reporting, "reporting", lambda: words)
    no_agent = dict(events_filter._no_agent())
    no_agent["non_agent_nouns"] = no_agent["non_agent_nouns"] - {
        "rate", "price", "odds", "market", "stock", "cost", "yield", "currency"}
    monkeypatch.setattr(events_filter, "_no_agent", lambda: no_agent)


test_an_act_of_the_picture_or_not = stays_test(CASES)
test_each_removed_case_is_an_event_without_the_round = removed_test(
    CASES, _without_the_round)


def test_each_check_has_a_reason_in_the_table():
    from sitroom.extract.events_laws import _LAWS
    assert [f.__name__ for f, _ in _LAWS] == list(CHECKS)
