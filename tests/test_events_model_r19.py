"""Round 19: round 18's blind draw AA (with AA0, the candidates of its documents the learned
filter removed) is a label file of the learned event filter; AB and every later draw stay kept
out; the filter reads a named or party doer's act in words."""

from __future__ import annotations

from sitroom.extract.actors import extract_actors
from sitroom.extract.events import rule_candidates
from sitroom.extract.events_filter import features
from sitroom.training.events import (
    FNC1_SOURCES,
    SOURCES,
    _table_rows,
    draw_of,
    kept_out,
    label_file,
    read_labels,
)

AA = ("polnear_aa", "fnc1_aa")


def test_the_draw_aa_is_a_label_file_of_campaign_news_and_fnc1_bodies():
    assert ("polnear_aa", "campaign") in SOURCES and ("fnc1_aa", "other") in SOURCES
    assert "fnc1_aa" in FNC1_SOURCES
    pol, fnc = (read_labels(label_file(s)) for s in AA)
    assert {r["sample"] for r in pol + fnc} == {"AA", "AA0"}
    assert all(r["article"].startswith("fnc1-") for r in fnc)
    assert not any(r["article"].startswith("fnc1-") for r in pol)
    assert all(r["start"] < r["end"] and r["label"] in ("R", "P", "W") for r in pol + fnc)


def test_no_document_of_aa_is_labelled_in_another_file():
    mine = {r["article"] for s in AA for r in read_labels(label_file(s))}
    other = {r["article"] for src, _ in SOURCES if src not in AA
             for r in read_labels(label_file(src))}
    assert mine and not mine & other


def test_aa_is_allowed_and_ab_and_every_later_draw_kept_out():
    assert not kept_out("AA") and not kept_out("AA0") and draw_of("AA0") == "AA"
    assert kept_out("AB") and kept_out("AB0") and kept_out("AZ") and kept_out("BA")
    assert kept_out("AAA") and not kept_out("Z") and not kept_out("Y")


def test_a_table_of_aa_gives_labels_and_one_of_ab_none(tmp_path):
    row = ("| 1 | paper_2016-03-04_a-march | 30-36 | COERCE | police | seized | crowd | asserted "
           "| R | an act |")
    md = tmp_path / "events.md"
    md.write_text(f"## Untouched draw AA\n\n{row}\n\n## Untouched draw AB\n\n{row}\n\n"
                  f"## Untouched draw BA\n\n{row}\n", encoding="utf-8")
    assert [s for s, _ in _table_rows(md, r"## Sample ([A-Z]+\d?)\b")] == ["AA"]


def _feats(annotated, text, etype):
    adoc = annotated(text, "2024-05-02")
    actors = extract_actors(adoc)
    (c,) = [c for c in rule_candidates(adoc, actors, (), ()) if c.event.type == etype]
    return {f for f in features(adoc, c, actors) if f.startswith("party:")}


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
