"""Round 18: the judged draws W, X and Z (with the filter-removed candidates W0, X0, Z0 of their
documents) are labels of the learned event filter; the blind draw AA and every later one are
kept out; the filter reads which participants are named."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates
from sitroom.extract.events_filter import features
from sitroom.training.events import (
    FNC1_SOURCES,
    KEPT_OUT,
    SOURCES,
    _table_rows,
    draw_of,
    kept_out,
    label_file,
    read_labels,
)

WXZ = ("polnear_wxz", "fnc1_wxz")


def test_the_draws_w_x_and_z_are_label_files_of_campaign_news_and_fnc1_bodies():
    assert ("polnear_wxz", "campaign") in SOURCES and ("fnc1_wxz", "other") in SOURCES
    assert "fnc1_wxz" in FNC1_SOURCES
    pol, fnc = (read_labels(label_file(s)) for s in WXZ)
    assert {r["sample"] for r in pol + fnc} == {"W", "W0", "X", "X0", "Z", "Z0"}
    assert all(r["article"].startswith("fnc1-") for r in fnc)
    assert not any(r["article"].startswith("fnc1-") for r in pol)
    assert all(r["start"] < r["end"] and r["label"] in ("R", "P", "W") for r in pol + fnc)


def test_no_document_of_w_x_or_z_is_labelled_in_another_file():
    mine = {r["article"] for s in WXZ for r in read_labels(label_file(s))}
    other = {r["article"] for src, _ in SOURCES if src not in WXZ
             for r in read_labels(label_file(src))}
    assert mine and not mine & other


def test_the_later_blind_draws_are_kept_out_but_z_and_w0_are_not():
    # round 19: AA is a label file (tests/test_events_model_r19.py); AB and later stay out
    assert not KEPT_OUT and kept_out("AB") and kept_out("BA")
    assert not kept_out("Z") and not kept_out("W0") and not kept_out("I0") and not kept_out("Y")


def test_a_later_blind_draw_section_gives_no_label_row(tmp_path):
    row = ("| 1 | paper_2016-03-04_a-march | 30-36 | COERCE | police | seized | crowd | asserted "
           "| R | an act |")
    md = tmp_path / "events.md"
    md.write_text(f"## Untouched draw Z\n\n{row}\n\n## Untouched draw AB\n\n{row}\n\n"
                  f"## Untouched draw AA\n\n{row}\n", encoding="utf-8")
    assert [s for s, _ in _table_rows(md, r"## Sample ([A-Z]+\d?)\b")] == ["Z", "AA"]  # round 19


def test_the_removed_candidates_of_a_draw_are_held_out_with_the_draw():
    assert draw_of("W0") == "W" and draw_of("Z0") == "Z" and draw_of("W") == "W"
    assert draw_of("fnc1-51") == "fnc1-51" and draw_of("ecbplus-40") == "ecbplus-40"


def _named(annotated, text, etype):
    adoc = annotated(text, "2024-05-02")
    actors = extract_actors(adoc)
    (c,) = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.type == etype]
    return {f for f in features(adoc, c, actors) if f.startswith("named:")}


def test_an_act_of_one_named_party_on_another_has_both_sides_named(annotated):
    assert _named(annotated, "Chile accused Peru of spying on its navy.", "ACCUSE") == {
        "named:actor", "named:recipient", "named:both"}


def test_an_act_of_unnamed_sides_has_no_named_side(annotated):
    assert _named(annotated, "The rebels withdrew their fighters from the town.",
                  "RETREAT") == {"named:none"}


def _feats(annotated, text, etype):
    adoc = annotated(text, "2024-05-02")
    actors = extract_actors(adoc)
    (c,) = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.type == etype]
    return adoc, actors, c, set(features(adoc, c, actors))


def test_a_material_act_of_a_party_doer_is_left_to_the_rules(annotated):
    from sitroom.training.events import GUARD, _probs

    f = _feats(annotated, "The rebels managed to withdraw their fighters from the town.",
               "RETREAT")[3]
    assert "party:material" in f and "party:material" in GUARD
    assert _probs([sorted(f)], {"bias": 30.0}, GUARD)[0] == 0.0  # kept whatever the weights


def test_a_word_act_or_an_unnamed_doer_is_no_guarded_material_act(annotated):
    assert "party:material" not in _feats(annotated, "Chile accused Peru of spying on its navy.",
                                          "ACCUSE")[3]
    assert "party:material" not in _feats(annotated, "He shot the two guards at the gate.",
                                          "ASSAULT")[3]


def test_the_refit_is_not_shipped_and_the_extract_stage_keeps_round_10s_model():
    from sitroom.extract.events_filter import _model
    from sitroom.training.events import SHIP

    m = _model()
    assert not SHIP and "party:material" not in m["guard"] and m["threshold"] == 0.525
