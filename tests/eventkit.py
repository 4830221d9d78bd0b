"""Events of one hand-written sentence or paragraph, for the event tests: the real small spaCy
pipeline (through the ``annotated`` fixture), the shipped actor and event extractors, dated
2023-06-24 and with no places or quotes."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events, rule_candidates


def events_of(annotated, text):
    adoc = annotated(text, "2023-06-24")
    return extract_events(adoc, extract_actors(adoc), (), ())


def triggers(annotated, text):
    return [e.trigger for e in events_of(annotated, text)]


def rule_triggers(annotated, text):
    """The triggers of the rule candidates (before the learned filter's hook)."""
    adoc = annotated(text, "2023-06-24")
    return [c.event.trigger for c in rule_candidates(adoc, extract_actors(adoc), (), ())]


def stays_table(cases):
    """Parametrise a test over ``cases`` of (id, text, trigger, stays)."""
    return pytest.mark.parametrize(("text", "trigger", "stays"), [c[1:] for c in cases],
                                   ids=[c[0] for c in cases])


def assert_stays(annotated, text, trigger, stays):
    """The act of ``trigger`` is an event of the picture exactly when ``stays``."""
    found = triggers(annotated, text)
    assert (trigger in found) is stays, found


def stays_test(cases):
    """The test that each act of ``cases`` (id, text, trigger, stays) is an event of the picture
    exactly when it stays; a test module binds it to its test's name."""
    @stays_table(cases)
    def test_an_act_of_the_picture_or_not(annotated, text, trigger, stays):
        assert_stays(annotated, text, trigger, stays)
    return test_an_act_of_the_picture_or_not


def removed_test(cases, without_the_round, found=rule_triggers):
    """The test that each case of ``cases`` that must go is still an event (a trigger of
    ``found``) once ``without_the_round(monkeypatch)`` has switched the round's checks off."""
    removed = [c for c in cases if not c[3]]

    @pytest.mark.parametrize(("text", "trigger"), [c[1:3] for c in removed],
                             ids=[c[0] for c in removed])
    def test_each_removed_case_is_an_event_without_the_round(annotated, monkeypatch, text,
                                                             trigger):
        without_the_round(monkeypatch)
        assert trigger in found(annotated, text)
    return test_each_removed_case_is_an_event_without_the_round
