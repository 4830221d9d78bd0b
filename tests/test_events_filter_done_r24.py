"""Round 24: the shapes of clear acts the round-23 ``done_act`` guard missed
(:mod:`sitroom.extract.events_filter_done`): a past the tagger read as a participle (an object
relative clause), an act of force told by a present participle on its doer's noun or by an
infinitive of purpose under one, and a nominal inquiry or suit whose doer is named in its own
phrase; and an act in words with a recipient told by a progressive. Each fires on a hand-written sentence (invented names) and not on a near case; without
the model file's word lists (the round's shapes switched off) the participle and nominal shapes
do not fire."""

from __future__ import annotations

import pytest

from eventkit import triggers

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates
from sitroom.extract.events_filter import FILTER_ENV, _words
from sitroom.extract.events_filter_done import _slipped_past, _speech_in_progress, done_act


def _candidate(annotated, text: str, trigger: str):
    adoc = annotated(text, "2023-06-24")
    hits = [c for c in rule_candidates(adoc, extract_actors(adoc), (), ())
            if c.event.trigger.startswith(trigger)]
    assert hits, [c.event.trigger for c in rule_candidates(adoc, extract_actors(adoc), (), ())]
    return adoc, hits[0]


def _done(annotated, text: str, trigger: str, words: bool = True) -> bool:
    adoc, c = _candidate(annotated, text, trigger)
    return done_act(adoc, c, _words()["modals"], _words() if words else None)


ARREST = "The court freed the opposition leader, whom the police arrested in May."
SNIPER = "A sniper targeting the convoy was seen."
RAIDS = "The two states have faced problems with rebels using boats to launch raids."
PROBE = "In addition to the Interpol probe, the inspector said his work is not done."
SUIT = "A lawsuit brought by the Ostravian Bar Association accuses the mayor."
AUDIT = "The auditors are investigating the mayor."


@pytest.mark.parametrize(("text", "trigger"), [
    (ARREST, "arrested"),  # an object relative clause the tagger reads as a participle
    (SNIPER, "targeting"),  # a present participle on its doer's noun, an act of force
    (RAIDS, "launch"),  # an infinitive of purpose under such a participle
    (PROBE, "probe"),  # a nominal inquiry whose doer is named in its phrase
    (SUIT, "lawsuit"),  # a suit with its doer in the "by" agent
    (AUDIT, "investigating"),  # an act in words in progress, with a recipient
])
def test_the_round_24_shapes_are_acts_told_as_done(annotated, text, trigger):
    assert _done(annotated, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    (SNIPER, "targeting"), (RAIDS, "launch"), (PROBE, "probe"), (SUIT, "lawsuit"),
    (AUDIT, "investigating"),
])
def test_without_the_word_lists_the_participle_and_nominal_shapes_do_not_fire(annotated, text,
                                                                             trigger):
    assert not _done(annotated, text, trigger, words=False)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Interpol may open an investigation into the smugglers.", "investigation"),  # a modal teller
    ("The army faced rebels preparing to launch raids.", "launch"),  # an intent, not force done
])
def test_near_cases_are_not_told_as_done(annotated, text, trigger):
    assert not _done(annotated, text, trigger)


def test_a_participle_with_a_by_agent_is_no_slipped_past(annotated):
    adoc, c = _candidate(annotated, ARREST, "arrested")
    assert _slipped_past(adoc, c.token)
    adoc, c = _candidate(annotated, "The court freed the opposition leader arrested by the "
                                     "police in May.", "arrested")
    assert not _slipped_past(adoc, c.token)


def test_a_progressive_of_force_is_no_act_in_words_in_progress(annotated):
    adoc, c = _candidate(annotated, AUDIT, "investigating")
    assert _speech_in_progress(adoc, c, _words())
    adoc, c = _candidate(annotated, "The soldiers are shelling the town.", "shelling")
    assert not _speech_in_progress(adoc, c, _words())


@pytest.mark.parametrize(("text", "trigger"), [
    (ARREST, "arrested"), (SNIPER, "targeting"), (RAIDS, "launch raids"),
    (AUDIT, "investigating"),
])
def test_the_balanced_filter_keeps_them(annotated, monkeypatch, text, trigger):
    monkeypatch.setenv(FILTER_ENV, "balanced")
    assert trigger in triggers(annotated, text)
