"""Certainty of sentences and events from hedges, evidentials and negation (real parses)."""

from __future__ import annotations

import pytest

from sitroom.extract.certainty import Certainty, event_certainty, sentence_certainty


@pytest.mark.parametrize(
    "text, certainty, polarity, cue",
    [
        ("Troops captured the airport on Saturday.", "asserted", "positive", None),
        ("The rebels reportedly captured the city.", "reported", "positive", "reportedly"),
        ("There are unconfirmed reports that the general was arrested.", "unconfirmed",
         "positive", "unconfirmed reports"),
        ("It can be assumed that the convoy turned back.", "speculated", "positive", "can assumed"),
        ("It has been reported that the leader fled to the north.", "reported", "positive",
         "reported"),
        ("The ministry denied that troops had crossed the border.", "denied", "negative", "denied"),
        ("The army did not attack the town.", "denied", "negative", "not"),
        ("We can be 100% certain that the deal was made.", "asserted", "positive", "certain"),
        ("The mercenaries may have shot down a helicopter.", "speculated", "positive", "may"),
        ("According to officials, the troops withdrew.", "reported", "positive", "according to"),
        ("He allegedly ordered the strike.", "unconfirmed", "positive", "allegedly"),
        ("The spokesman rejected claims that the army had retreated.", "denied", "negative",
         "rejected"),
        ("The president has sought to balance the two factions.", "asserted", "positive", None),
        ("Analysts expect the talks to fail.", "speculated", "positive", "expect"),
    ],
)
def test_sentence_certainty(annotated, text, certainty, polarity, cue):
    c = sentence_certainty(annotated(text), 0)
    assert (c.certainty, c.polarity, c.cue) == (certainty, polarity, cue)
    assert -3.0 <= c.score <= 3.0


def test_scores_order_by_certainty(annotated):
    fact = sentence_certainty(annotated("Troops captured the airport."), 0)
    maybe = sentence_certainty(annotated("Troops might capture the airport."), 0)
    negated = sentence_certainty(annotated("Troops did not capture the airport."), 0)
    assert fact.score > maybe.score > negated.score
    assert negated.score < 0


def test_event_certainty_of_embedded_predicate(annotated):
    adoc = annotated("The governor said that rebels might attack the bridge.")
    attack = next(t.i for t in adoc.tokens if t.text == "attack")
    said = next(t.i for t in adoc.tokens if t.text == "said")
    assert event_certainty(adoc, attack).certainty == "speculated"
    assert event_certainty(adoc, attack).cue == "said might"
    assert event_certainty(adoc, said) == Certainty("asserted", "positive", 3.0, None)


def test_out_of_range(annotated):
    adoc = annotated("Troops captured the airport.")
    with pytest.raises(IndexError):
        event_certainty(adoc, 99)
    with pytest.raises(IndexError):
        sentence_certainty(adoc, 3)


def test_score_model_fits_and_predicts_in_range(annotated, tmp_path):
    from sitroom.extract import certainty as C
    from sitroom.training.factuality import fit_score_model

    adoc = annotated("Troops captured the airport. Troops might capture the port. "
                     "Troops did not capture the station.")
    verbs = [t.i for t in adoc.tokens if t.lemma == "capture"]
    out = tmp_path / "model.json"
    result = fit_score_model([(adoc, list(zip(verbs, [3.0, 1.0, -3.0])))], out, min_count=1,
                             iterations=3)
    assert result["n"] == 3 and result["features"] > 0 and out.exists()
    feats = C.features(adoc, verbs[1], C.rule_certainty(adoc, verbs[1]))
    assert "anc=capture" not in feats and any(f.startswith("depth=") for f in feats)


def test_context_features_of_negated_arguments_and_governors(annotated):
    from sitroom.extract import certainty as C

    adoc = annotated("No one claimed the attack. The minister declined to comment.")
    claimed = next(t.i for t in adoc.tokens if t.text == "claimed")
    comment = next(t.i for t in adoc.tokens if t.text == "comment")
    assert "subj_negq" in C.features(adoc, claimed, C.rule_certainty(adoc, claimed))
    feats = C.features(adoc, comment, C.rule_certainty(adoc, comment))
    assert "govcls=negimplxcomp" in feats and "gov=decline" in feats


def test_score_model_second_stage_sets_exactly_three(annotated, tmp_path, monkeypatch):
    import json

    from sitroom.extract import certainty as C
    from sitroom.training.factuality import fit_score_model

    adoc = annotated("Troops captured the airport. Troops might capture the port.")
    verbs = [t.i for t in adoc.tokens if t.lemma == "capture"]
    out = tmp_path / "model.json"
    fit_score_model([(adoc, list(zip(verbs, [3.0, 1.0])))], out, min_count=1, iterations=3)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["exact"]) == {"bias", "weights", "threshold", "floor"}
    # a hand-made model: base score 2.5 everywhere; the second stage says "exactly 3" for
    # verbs, only when the base score reaches the floor
    data = {"bias": 2.5, "weights": {},
            "exact": {"bias": 0.0, "weights": {"pos=VERB": 1.0}, "threshold": 0.5, "floor": 2.0}}
    out.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(C, "MODEL_PATH", out)
    C._score_model.cache_clear()
    try:
        assert C.event_certainty(adoc, verbs[0]).score == 3.0
        data["exact"]["floor"] = 2.6
        out.write_text(json.dumps(data), encoding="utf-8")
        C._score_model.cache_clear()
        assert C.event_certainty(adoc, verbs[0]).score == 2.5
    finally:
        C._score_model.cache_clear()


def test_path_features_name_the_governors_on_the_way_up(annotated):
    from sitroom.extract import certainty as C

    adoc = annotated("The minister said the army failed to capture the port.")
    capture = next(t.i for t in adoc.tokens if t.text == "capture")
    feats = C.features(adoc, capture, C.rule_certainty(adoc, capture))
    assert "dpath=xcomp" in feats and "xpath=xcomp:negimpl" in feats
    assert any(f.startswith("xpath=xcomp:negimpl>") and "report" in f for f in feats)


@pytest.mark.parametrize("text, cue", [
    ("Nobody attacked the convoy.", "nobody"),
    ("No country recognised the junta.", "no"),
    ("Not one of the officers joined the mutiny.", "not"),
])
def test_a_subject_that_is_no_one_denies(annotated, text, cue):
    c = sentence_certainty(annotated(text), 0)
    assert (c.certainty, c.polarity, c.cue) == ("denied", "negative", cue)


def test_not_all_is_no_denial(annotated):
    c = sentence_certainty(annotated("Not all of the claims were upheld."), 0)
    assert c.polarity == "positive"
