"""Round 20: round 19's blind draw AB (with AB0, the candidates of its documents the learned
filter removed) is a label file of the learned event filter; round 20's blind draw AC and every
later draw stay kept out."""

from __future__ import annotations

from eventkit import assert_label_files_of_draws, assert_labelled_only_in, samples_of_a_table

from sitroom.training.events import draw_of, kept_out

AB = ("polnear_ab", "fnc1_ab")


def test_the_draw_ab_is_a_label_file_of_campaign_news_and_fnc1_bodies():
    assert_label_files_of_draws(AB, {"AB", "AB0"})


def test_no_document_of_ab_is_labelled_in_another_file():
    assert_labelled_only_in(AB)


def test_ab_is_allowed_and_ac_and_every_later_draw_kept_out():
    assert not kept_out("AB") and not kept_out("AB0") and draw_of("AB0") == "AB"
    assert kept_out("AE") and kept_out("AE0") and kept_out("AF") and kept_out("BA")  # round 21: AC, AD labels
    assert kept_out("AAA") and not kept_out("AA") and not kept_out("Z")


def test_a_table_of_ab_gives_labels_and_one_of_ac_none(tmp_path):
    assert samples_of_a_table(tmp_path, ("AB", "AE", "AF")) == ["AB"]


def test_the_filter_is_fitted_on_the_coarse_features_and_the_intercept_alone():
    from sitroom.training.events import coarse

    fine = ["bias", "actor:person", "quad:material_conflict", "neg", "quoted", "modal:True",
            "modal:would", "lemma:attack", "type:ASSAULT", "len:2", "sent:0", "ent:GPE",
            "dep:ROOT", "morph:Tense=Past", "morph:VerbForm=Fin"]
    assert coarse(fine) == ["bias", "actor:person", "quad:material_conflict", "neg", "quoted",
                            "modal:True", "morph:Tense=Past"]


def test_a_fit_on_labelled_events_weighs_no_word_or_position():
    import numpy as np

    from sitroom.training.events import coarse, fit

    rows = [["bias", "quoted", "len:1", "lemma:say"], ["bias", "neg", "len:2", "lemma:hit"]] * 6
    w = fit([coarse(r) for r in rows], np.array([1, 0] * 6))
    assert set(w) == {"bias", "quoted", "neg"} and w["quoted"] > 0 > w["neg"]
