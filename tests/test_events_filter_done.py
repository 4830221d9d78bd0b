"""Round 23: ``done_act`` (:mod:`sitroom.extract.events_filter_done`), the acts told as done in
the past with a party taking part, which a learned filter's guard may name: it fires on a finite
past verb, a past participle with a finite auxiliary or qualifying a noun, and a nominal act
told by such a verb; it does not fire on a future, a modal, a negation, an infinitive or a
present tense, nor on an act with no party the rules found."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates
from sitroom.extract.events_filter import _words
from sitroom.extract.events_filter_done import done_act


def _done(annotated, text: str, trigger: str) -> bool:
    adoc = annotated(text, "2023-06-24")
    actors = extract_actors(adoc)
    hits = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.trigger.startswith(trigger)]
    assert hits, [c.event.trigger for c in rule_candidates(adoc, actors, (), ())]
    return done_act(adoc, hits[0], _words()["modals"])


@pytest.mark.parametrize(("text", "trigger"), [
    ("The villagers protested against the new dam on Thursday.", "protested"),  # finite past
    ("The envoys met on Monday.", "met"),
    ("The garrison was shelled by the insurgents.", "shelled"),  # a passive, finite auxiliary
    ("A truce brokered by the envoy ended the fighting.", "brokered"),  # a participle on a noun
    ("The prosecutor opened investigations against 12 harbour officials.", "investigations"),
])
def test_an_act_told_as_done_in_the_past_is_done(annotated, text, trigger):
    assert _done(annotated, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The villagers will protest against the new dam.", "protest"),  # a future
    ("The villagers could protest against the new dam.", "protest"),  # a modal
    ("The villagers did not protest against the new dam.", "protest"),  # negated
    ("The villagers protest against the new dam every week.", "protest"),  # present tense
    ("The villagers plan to protest against the new dam.", "protest"),  # an infinitive
])
def test_an_act_not_told_as_done_in_the_past_is_not(annotated, text, trigger):
    adoc = annotated(text, "2023-06-24")
    actors = extract_actors(adoc)
    hits = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.trigger.startswith(trigger)]
    assert not any(done_act(adoc, c, _words()["modals"]) for c in hits)


def test_an_act_with_no_party_found_is_not(annotated):
    from dataclasses import replace

    adoc = annotated("The villagers protested against the new dam on Thursday.", "2023-06-24")
    actors = extract_actors(adoc)
    c = next(c for c in rule_candidates(adoc, actors, (), ()) if c.event.trigger == "protested")
    assert done_act(adoc, c, _words()["modals"])
    alone = replace(c, actor_span=None, recipient_span=None)
    assert not done_act(adoc, alone, _words()["modals"])
