"""Round 21: the clear acts the learned event filter never judges (``clear_act``): a material act
of a named subject told as done, and an act in words between two named sides."""

from __future__ import annotations

import pytest
from eventkit import filter_features


@pytest.mark.parametrize(("text", "etype"), [
    ("Germany seized the border crossing on Monday.", "COERCE"),
    ("The army of Turkey attacked the village on Tuesday.", "ASSAULT"),
    ("NATO allies contributed 2,000 troops.", "AID"),
    ("Israel struck Gaza and seized weapons.", "COERCE"),
    ("Germany accused Poland of lying.", "ACCUSE"),
], ids=["named-state", "named-in-the-subject", "named-alliance", "coordinated-verb", "words-two-named"])
def test_a_clear_act_of_a_named_doer_is_guarded(annotated, text, etype):
    assert "clear_act" in filter_features(annotated, text, etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The rebels seized the airport.", "COERCE"),
    ("John Smith was arrested by police in Paris.", "COERCE"),
    ("Germany accused the neighbours of lying.", "ACCUSE"),
], ids=["no-name-in-the-subject", "passive-no-named-doer", "words-recipient-unnamed"])
def test_an_act_without_a_named_subject_or_named_sides_is_not_guarded(annotated, text, etype):
    assert "clear_act" not in filter_features(annotated, text, etype)


def test_the_guard_lists_are_data_of_the_model_file():
    from sitroom.extract.events_filter import _words

    w = _words()
    assert {"ASSAULT", "COERCE", "AID"} <= w["clear_material_types"]
    assert {"ACCUSE", "REQUEST", "THREATEN"} <= w["clear_verbal_types"]
    assert w["clear_doer_ents"] == {"PERSON", "ORG", "GPE", "NORP"}


@pytest.mark.parametrize("text", [
    "Germany did not seize the border crossing.",
    "Germany would seize the border crossing.",
    "Germany plans to seize the border crossing.",
], ids=["negated", "modal", "intended"])
def test_an_act_not_told_as_done_is_not_guarded(annotated, text):
    from sitroom.extract.actors import extract_actors
    from sitroom.extract.events import event_candidates
    from sitroom.extract.events_filter import _words
    from sitroom.extract.events_filter_guard import clear_act

    adoc = annotated(text, "2024-05-02")
    cands = [c for c in event_candidates(adoc, extract_actors(adoc), (), ())
             if c.event.trigger == "seize"]
    assert cands and not any(clear_act(adoc, c, _words()) for c in cands)
