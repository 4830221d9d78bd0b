"""Round 17, second wave (docs/judgements/events.md, "Round 17, second wave: ..."): a
conference, phone or press call is the form of a meeting, no request; a call on someone to
act stays a request (hand-written sentences, none from a real report)."""

from __future__ import annotations

import pytest
from eventkit import rule_triggers

from sitroom.extract import events_acts
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import event_candidates
from sitroom.extract.events_conduct import meeting_call

CONFERENCE = "Ann Cole, the senator, spoke on a conference call with Dana Marsh on Monday."
APPEAL = "Senator Ann Cole renewed her call for Norland to withdraw its troops from Zelenia."


@pytest.mark.parametrize(("text", "fires"), [(CONFERENCE, True), (APPEAL, False)],
                         ids=["a conference call is a meeting's form",
                              "a call for a withdrawal is a request"])
def test_a_conference_call_is_no_request(annotated, text, fires):
    adoc = annotated(text, "2023-06-24")
    calls = [c for c in event_candidates(adoc, extract_actors(adoc), (), ())
             if c.event.type == "REQUEST" and "call" in c.event.trigger]
    assert calls and any(meeting_call(adoc, c) for c in calls) == fires


def test_a_call_for_a_withdrawal_stays_an_event(annotated):
    assert "renewed her call" in rule_triggers(annotated, APPEAL)


def test_the_conference_call_is_no_act_but_the_check_alone_removes_it(annotated, monkeypatch):
    adoc = annotated(CONFERENCE, "2023-06-24")
    calls = [c for c in event_candidates(adoc, extract_actors(adoc), (), ())
             if c.event.type == "REQUEST" and "call" in c.event.trigger]
    assert calls and all(events_acts.not_an_act(adoc, c) == "call" for c in calls)
    monkeypatch.setattr(events_acts, "meeting_call", lambda adoc, c: False)
    assert all(events_acts.not_an_act(adoc, c) is None for c in calls)
