"""Round 17, second wave (docs/judgements/events.md, "Round 17, second wave: ..."): an
office's routine, a call's form and pledges told as acts. A conference call is no request; a court or an office releasing records or money
releases no one; a speaker's "said he would ..." is a pledge, not done. Each beside an act of
the same word that must stay (hand-written sentences, none from a real report); every case
that must go is an event without the wave's rules
(``test_each_removed_case_is_an_event_without_the_wave``)."""

from __future__ import annotations

import pytest
from eventkit import assert_stays, rule_triggers, stays_table

from sitroom.extract import events_acts
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import event_candidates
from sitroom.extract.events_conduct import meeting_call

CASES = [
    # (id, text, trigger, stays)
    ("a call on a state to act stays",
     "Senator Ann Cole renewed her call for Norland to withdraw its troops from Zelenia.",
     "renewed her call", True),
    ("records: a judge ordered the release of documents",
     "Judge Dana Marsh ordered the release of internal documents of the company.",
     "ordered the release", False),
    ("records: a governor freed up state funds",
     "Governor Ann Cole has freed up $20 million in state funds to fight the outbreak.",
     "freed", False),
    ("a release of prisoners stays",
     "The Zelenian army released forty prisoners to Norland on Monday.",
     "released", True),
    ("pledge: a candidate said he would cancel the deal",
     "Dana Marsh spoke in Ostland. He also said during his campaign that he would cancel the "
     "deal and has often called the treaty a fraud.",
     "cancel the deal", False),
    ("an act told as done in a said clause stays",
     "The minister said that Zelenia had released forty prisoners to Norland.",
     "released", True),
    ("a state's stated intent ('it would') stays",
     "Zelenia spoke in Ostland. It also said on Monday that it would cancel the deal and has "
     "often called the treaty a fraud.",
     "cancel the deal", True),
]


@stays_table(CASES)
def test_an_act_of_the_picture_or_not(annotated, text, trigger, stays):
    assert_stays(annotated, text, trigger, stays)


@pytest.mark.parametrize(("text", "trigger"), [c[1:3] for c in CASES if not c[3]],
                         ids=[c[0] for c in CASES if not c[3]])
def test_each_removed_case_is_an_event_without_the_wave(annotated, monkeypatch, text, trigger):
    for name in ("meeting_call", "records_released", "pledge"):
        monkeypatch.setattr(events_acts, name, lambda adoc, c: False)
    assert trigger in rule_triggers(annotated, text)


@pytest.mark.parametrize(("text", "fires"), [
    ("Ann Cole, the senator, spoke on a conference call with Dana Marsh on Monday.", True),
    ("Senator Ann Cole renewed her call for Norland to withdraw its troops.", False),
], ids=["a conference call is a meeting's form", "a call for a withdrawal is a request"])
def test_a_conference_call_is_no_request(annotated, text, fires):
    adoc = annotated(text, "2023-06-24")
    calls = [c for c in event_candidates(adoc, extract_actors(adoc), (), ())
             if c.event.type == "REQUEST" and "call" in c.event.trigger]
    assert calls and any(meeting_call(adoc, c) for c in calls) == fires
