"""Round 19: round 18's blind draw AA (with AA0, the candidates of its documents the learned
filter removed) is a label file of the learned event filter; AB and every later draw stay kept
out; the filter reads a named or party doer's act in words."""

from __future__ import annotations

from eventkit import (
    assert_label_files_of_draws,
    assert_labelled_only_in,
    filter_features,
    samples_of_a_table,
)

from sitroom.training.events import draw_of, kept_out

AA = ("polnear_aa", "fnc1_aa")


def test_the_draw_aa_is_a_label_file_of_campaign_news_and_fnc1_bodies():
    assert_label_files_of_draws(AA, {"AA", "AA0"})


def test_no_document_of_aa_is_labelled_in_another_file():
    assert_labelled_only_in(AA)


def test_aa_is_allowed_and_every_draw_after_the_last_labelled_kept_out():
    # round 20: AB is a label file too (tests/test_events_model_r20.py); AC and later stay out
    assert not kept_out("AA") and not kept_out("AA0") and draw_of("AA0") == "AA"
    assert kept_out("AE") and kept_out("AE0") and kept_out("AZ") and kept_out("BA")
    assert kept_out("AAA") and not kept_out("Z") and not kept_out("Y")


def test_a_table_of_aa_gives_labels_and_one_of_a_later_draw_none(tmp_path):
    assert samples_of_a_table(tmp_path, ("AA", "AE", "BA")) == ["AA"]


def _feats(annotated, text, etype):
    return {f for f in filter_features(annotated, text, etype) if f.startswith("party:")}


def test_a_named_doers_act_in_words_is_a_feature(annotated):
    assert _feats(annotated, "Chile accused Peru of spying on its navy.", "ACCUSE") == {
        "party:verbal_conflict"}


def test_an_unnamed_doers_act_in_words_or_a_material_act_is_no_act_in_words(annotated):
    assert _feats(annotated, "Someone accused the guards of spying on the navy.", "ACCUSE") == set()
    assert "party:verbal_conflict" not in _feats(
        annotated, "The rebels withdrew their fighters from the town.", "RETREAT")


def test_a_fit_equal_to_the_shipped_model_has_no_difference_and_another_threshold_one():
    from sitroom.training.events import model_differences

    shipped = {"threshold": 0.5, "l2": 10.0, "guard": ["modal:True"], "min_R_recall": 0.85,
               "labelled": 9, "target": "W (no act)", "weights": {"bias": -1.0, "quoted": 0.5},
               "words": {"modals": ["would"]}}
    fitted = {k: v for k, v in shipped.items() if k != "words"}
    assert model_differences(fitted, shipped) == []
    assert len(model_differences({**fitted, "threshold": 0.45}, shipped)) == 1
    assert model_differences({**fitted, "weights": {"bias": -1.0}}, shipped) == [
        "weight quoted: fitted None, shipped 0.5"]
