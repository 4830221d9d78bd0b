"""Round 23: the guard features ``clear_act``, ``party_act`` and ``done_act`` (a walk of the
parse and the actor chains per candidate) are computed only when the model the extract stage
applies reads them: the round-10 default model reads none, the precise model guards on them.
The trainer computes every feature."""

from __future__ import annotations

import sitroom.extract.events_filter_done as done_module
import sitroom.extract.events_filter_guard as guard_module
import sitroom.extract.events_filter_party as party_module
from eventkit import triggers
from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates
from sitroom.extract.events_filter import (
    FILTER_ENV, GUARD_FEATURES, _model, active_model, features, learned_no_act, model_reads,
    no_act_probability,
)

TEXT = ("Troops of Freedonia shelled the border town on Monday. "
        "Supporters rallied outside the courthouse. The council rejected the plan.")


def _boom(*_args, **_kwargs):
    raise AssertionError("a guard feature the active model does not read was computed")


def test_the_default_model_reads_no_guard_feature_and_the_precise_one_both(monkeypatch):
    assert model_reads(_model()) == frozenset()
    monkeypatch.setenv(FILTER_ENV, "precise")
    assert {"clear_act", "party_act"} <= model_reads(active_model()) <= set(GUARD_FEATURES)


def test_the_default_mode_does_not_compute_the_unused_guard_features(annotated, monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    adoc = annotated(TEXT, "2023-06-24")
    actors = extract_actors(adoc)
    cands = rule_candidates(adoc, actors, (), ())
    assert cands
    monkeypatch.setattr(guard_module, "clear_act", _boom)
    monkeypatch.setattr(party_module, "party_act", _boom)
    monkeypatch.setattr(done_module, "done_act", _boom)
    for c in cands:  # no AssertionError: no walk ran
        learned_no_act(adoc, c, actors)


def test_the_precise_mode_still_computes_them(annotated, monkeypatch):
    monkeypatch.setenv(FILTER_ENV, "precise")
    adoc = annotated(TEXT, "2023-06-24")
    actors = extract_actors(adoc)
    cands = rule_candidates(adoc, actors, (), ())
    monkeypatch.setattr(guard_module, "clear_act", _boom)
    try:
        for c in cands:
            learned_no_act(adoc, c, actors)
    except AssertionError:
        return
    raise AssertionError("the precise mode did not compute clear_act")


def test_the_default_decision_is_unchanged_by_leaving_them_out(annotated, monkeypatch):
    monkeypatch.delenv(FILTER_ENV, raising=False)
    adoc = annotated(TEXT, "2023-06-24")
    actors = extract_actors(adoc)
    m = _model()
    for c in rule_candidates(adoc, actors, (), ()):
        full = set(features(adoc, c, actors))
        lean = set(features(adoc, c, actors, model_reads(m)))
        assert lean == full - set(GUARD_FEATURES)
        drop_full = not (full & set(m["guard"])) and no_act_probability(
            tuple(sorted(full)), m["weights"]) >= m["threshold"]
        drop_lean = not (lean & set(m["guard"])) and no_act_probability(
            tuple(sorted(lean)), m["weights"]) >= m["threshold"]
        assert drop_full == drop_lean
    assert "rallied" in triggers(annotated, "Supporters rallied outside the courthouse.")
