"""The learned event filter's features (genre-neutral: syntax, arguments, certainty, actor
kinds, sentence shape) and its model file; the extract stage applies it, leaving modal and
present-tense acts (the guard) to the rules (round 10, second wave)."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import extract_events, rule_candidates
from sitroom.extract.events_filter import _model, features, learned_no_act, no_act_probability


def _cands(annotated, text):
    adoc = annotated(text, "2024-05-02")
    actors = extract_actors(adoc)
    return adoc, actors, rule_candidates(adoc, actors, (), ())


def test_features_name_syntax_arguments_and_shape_not_words(annotated):
    adoc, actors, cands = _cands(annotated, "Police arrested ten protesters in the capital.")
    (c,) = [c for c in cands if c.event.type == "COERCE"]
    f = features(adoc, c, actors)
    assert {"pos:VERB", "cert:asserted", "modal:False", "len:0", "subj:NOUN"} <= set(f)
    assert list(f) == sorted(set(f))


def test_a_modal_and_a_reporting_governor_are_features(annotated):
    adoc, actors, cands = _cands(annotated, "The Aldavian rebels said they would retreat.")
    (c,) = [c for c in cands if c.event.type == "CONCEDE"]
    f = set(features(adoc, c, actors))
    assert {"modal:would", "modal:True", "gov:report", "under_report"} <= f


def test_a_guarded_announced_retreat_is_kept_by_the_extract_stage(annotated):
    m = _model()
    assert 0.3 <= m["threshold"] <= 0.95 and "bias" in m["weights"]
    text = "The Aldavian army said it would withdraw its troops."
    adoc, actors, cands = _cands(annotated, text)
    (c,) = [c for c in cands if c.event.type == "CONCEDE"]
    p = no_act_probability(features(adoc, c, actors), m["weights"])
    assert "modal:True" in m["guard"] and p >= m["threshold"]
    assert not learned_no_act(adoc, c, actors)  # guarded: left to the rules
    assert [e.type for e in extract_events(adoc, actors, (), ())] == ["CONCEDE"]


def test_the_extract_stage_drops_what_the_filter_takes_for_no_act(annotated):
    adoc, actors, cands = _cands(annotated, "Police arrested ten protesters in the capital.")
    kept = [e.type for e in extract_events(adoc, actors, (), ())]
    assert kept == [c.event.type for c in cands if not learned_no_act(adoc, c, actors)]
    assert "COERCE" in kept


def test_tense_aspect_and_sentence_place_are_features(annotated):
    text = "The talks ended on Monday. The police had arrested ten protesters in the capital."
    adoc, actors, cands = _cands(annotated, text)
    (c,) = [c for c in cands if c.event.type == "COERCE"]
    f = set(features(adoc, c, actors))
    assert {"perfect", "sent:1", "morph:Tense=Past", "morph:VerbForm=Part"} <= f
    assert "progressive" not in f and "sent:0" not in f
    assert any(x.startswith("nea:") for x in f) and any(x.startswith("ner:") for x in f)


def test_a_past_act_in_the_first_sentence_is_not_perfect(annotated):
    adoc, actors, cands = _cands(annotated, "Police arrested ten protesters in the capital.")
    (c,) = [c for c in cands if c.event.type == "COERCE"]
    f = set(features(adoc, c, actors))
    assert {"sent:0", "morph:Tense=Past"} <= f and "perfect" not in f
