"""Round 21: round 20's blind draws AC and AD (with AC0 and AD0, the candidates of their
documents the learned filter removed) are label files of the learned event filter; round 21's
blind draw AE and every later draw stay kept out."""

from __future__ import annotations

from eventkit import assert_label_files_of_draws, assert_labelled_only_in, samples_of_a_table

from sitroom.training.events import draw_of, kept_out

AC = ("polnear_ac", "fnc1_ac")
AD = ("polnear_ad", "fnc1_ad")


def test_the_draws_ac_and_ad_are_label_files_of_campaign_news_and_fnc1_bodies():
    assert_label_files_of_draws(AC, {"AC", "AC0"})
    assert_label_files_of_draws(AD, {"AD", "AD0"})


def test_no_document_of_ac_or_ad_is_labelled_in_another_file():
    assert_labelled_only_in(AC)
    assert_labelled_only_in(AD)


def test_ac_and_ad_are_allowed_and_ae_and_every_later_draw_kept_out():
    assert not kept_out("AC") and not kept_out("AD0") and draw_of("AD0") == "AD"
    assert kept_out("AE") and kept_out("AE0") and kept_out("AF") and kept_out("BA")
    assert kept_out("AAA") and not kept_out("AB") and not kept_out("Z")


def test_a_table_of_ad_gives_labels_and_one_of_ae_none(tmp_path):
    assert samples_of_a_table(tmp_path, ("AC", "AD", "AE", "AF")) == ["AC", "AD"]
