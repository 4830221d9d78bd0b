"""Round 18: the judged draws W, X and Z (with the filter-removed candidates W0, X0, Z0 of their
documents) are labels of the learned event filter; the blind draw AA and every later one are
kept out; the filter reads which participants are named."""

from __future__ import annotations

from eventkit import (
    assert_label_files_of_draws,
    assert_labelled_only_in,
    filter_features,
    samples_of_a_table,
)

from sitroom.training.events import KEPT_OUT, draw_of, kept_out

WXZ = ("polnear_wxz", "fnc1_wxz")


def test_the_draws_w_x_and_z_are_label_files_of_campaign_news_and_fnc1_bodies():
    assert_label_files_of_draws(WXZ, {"W", "W0", "X", "X0", "Z", "Z0"})


def test_no_document_of_w_x_or_z_is_labelled_in_another_file():
    assert_labelled_only_in(WXZ)


def test_the_later_blind_draws_are_kept_out_but_z_and_w0_are_not():
    # round 19: AA is a label file (tests/test_events_model_r19.py); AB and later stay out
    assert not KEPT_OUT and kept_out("AE") and kept_out("BA")  # round 21: AC, AD labels
    assert not kept_out("Z") and not kept_out("W0") and not kept_out("I0") and not kept_out("Y")


def test_a_later_blind_draw_section_gives_no_label_row(tmp_path):
    assert samples_of_a_table(tmp_path, ("Z", "AE", "AA")) == ["Z", "AA"]  # rounds 19-21


def test_the_removed_candidates_of_a_draw_are_held_out_with_the_draw():
    assert draw_of("W0") == "W" and draw_of("Z0") == "Z" and draw_of("W") == "W"
    assert draw_of("fnc1-51") == "fnc1-51" and draw_of("ecbplus-40") == "ecbplus-40"


def _named(annotated, text, etype):
    return {f for f in filter_features(annotated, text, etype) if f.startswith("named:")}


def test_an_act_of_one_named_party_on_another_has_both_sides_named(annotated):
    assert _named(annotated, "Chile accused Peru of spying on its navy.", "ACCUSE") == {
        "named:actor", "named:recipient", "named:both"}


def test_an_act_of_unnamed_sides_has_no_named_side(annotated):
    assert _named(annotated, "The rebels withdrew their fighters from the town.",
                  "RETREAT") == {"named:none"}


def test_a_material_act_of_a_party_doer_is_left_to_the_rules(annotated):
    from sitroom.training.events import GUARDS, _probs

    # round 21: the trainer's guard is round 21's clear acts; round 18's is kept by name
    GUARD = GUARDS["no modal, no present tense, no material act of a named or party doer"]
    f = filter_features(annotated, "The rebels managed to withdraw their fighters from the "
                        "town.", "RETREAT")
    assert "party:material" in f and "party:material" in GUARD
    assert _probs([sorted(f)], {"bias": 30.0}, GUARD)[0] == 0.0  # kept whatever the weights


def test_a_word_act_or_an_unnamed_doer_is_no_guarded_material_act(annotated):
    assert "party:material" not in filter_features(
        annotated, "Chile accused Peru of spying on its navy.", "ACCUSE")
    assert "party:material" not in filter_features(
        annotated, "He shot the two guards at the gate.", "ASSAULT")


def test_the_refit_is_not_shipped_and_the_extract_stage_keeps_round_10s_model():
    from sitroom.extract.events_filter import _model
    from sitroom.training.events import SHIP

    m = _model()
    assert not SHIP and "party:material" not in m["guard"] and m["threshold"] == 0.525
