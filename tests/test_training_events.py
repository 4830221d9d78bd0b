"""The learned event filter's labels of every draw and genre (round 10): rows of the offset
tables resolved to article names, labels joined to the pool, figures per genre on held-out
data, and the documents of another genre read with their publication day."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sitroom.eval.events import genre_documents
from sitroom.training.events import (
    GUARDS,
    KEPT_OUT,
    cross_validate,
    evaluate_filter,
    join,
    table_labels,
)

TABLE = """# judged

## Sample C (seed 2)

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-01-02_rebels-sei | 10-16 | COERCE | rebels | seized | town | asserted | R | a town seized |
| 2 | paper_2016-01-02_rebels-sei | 40-47 | REJECT | they | refused |  | asserted | W -> P | judged again |
| 3 | paper_2016 | 50-57 | AGREE | he | agreed |  | asserted | R | prefix of two articles |

## Sample L (seed 9)

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason | after |
|---|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-03-04_a-march | 5-11 | PROTEST | crowd | march |  | asserted | W | a figure of speech | removed |
"""

ARTICLES = ["paper_2016-01-02_rebels-seize-a-town", "paper_2016-03-04_a-march-of-words"]


def test_offset_tables_give_every_judged_row_with_its_full_article_name(tmp_path):
    md = tmp_path / "events.md"
    md.write_text(TABLE, encoding="utf-8")
    rows = table_labels(md, ARTICLES)
    assert [(r["sample"], r["n"], r["article"], r["start"], r["end"], r["label"]) for r in rows] == [
        ("C", 1, ARTICLES[0], 10, 16, "R"),
        ("C", 2, ARTICLES[0], 40, 47, "P"),  # the last verdict
        ("L", 1, ARTICLES[1], 5, 11, "W"),  # a removed event keeps its label
    ]  # row 3: its prefix names two articles, left out


def test_the_untouched_draw_is_never_a_training_label(tmp_path):
    md = tmp_path / "events.md"
    kept_out = sorted(KEPT_OUT)[0] if KEPT_OUT else "AE"  # round 21: none named, AE on
    md.write_text(TABLE + f"""
## Sample {kept_out} (the untouched measure)

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-03-04_a-march | 20-26 | ASSAULT | police | beat | crowd | asserted | R | an act |

## Untouched draw {kept_out}

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-03-04_a-march | 30-36 | COERCE | police | seized | crowd | asserted | R | an act |
""", encoding="utf-8")
    assert [r["sample"] for r in table_labels(md, ARTICLES)] == ["C", "C", "L"]


def test_the_judged_draws_are_training_labels_and_a_later_blind_draw_is_kept_out(tmp_path):
    assert KEPT_OUT == frozenset()  # round 18: W, X and Z are labels; round 19: AA too
    md = tmp_path / "events.md"
    md.write_text(TABLE + """
## Untouched draw Q

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-03-04_a-march | 30-36 | COERCE | police | seized | crowd | asserted | R | an act |

## Untouched draw AB

(no table yet: judged in parallel)
""", encoding="utf-8")
    assert [r["sample"] for r in table_labels(md, ARTICLES)] == ["C", "C", "L", "Q"]


def test_join_keeps_labelled_events_and_the_last_label_wins():
    events = [{"article": "a", "start": 1, "end": 4, "features": ["x"]},
              {"article": "a", "start": 9, "end": 12, "features": ["y"]}]
    rows = [{"article": "a", "start": 1, "end": 4, "label": "W"},
            {"article": "a", "start": 1, "end": 4, "label": "R"},  # judged again later
            {"article": "b", "start": 1, "end": 4, "label": "W"}]  # no longer extracted
    got = join(events, rows, "other")
    assert [(e["start"], e["label"], e["genre"]) for e in got] == [(1, "R", "other")]


def _synthetic(genre: str, n_articles: int, seed: int) -> list[dict]:
    """Events whose feature "cue" marks most wrong ones: a filter should learn it."""
    rng = np.random.default_rng(seed)
    out = []
    for a in range(n_articles):
        for k in range(6):
            label = "RPW"[(a + k) % 3]
            cue = label == "W" and rng.random() < 0.8 or label != "W" and rng.random() < 0.05
            feats = ["bias", "cue" if cue else "plain", f"noise:{rng.integers(3)}"]
            out.append({"article": f"{genre}-{a}", "start": k, "end": k + 1,
                        "features": feats, "label": label, "genre": genre})
    return out


def test_a_cue_of_wrong_events_beats_the_rules_in_both_genres_held_out():
    labelled = _synthetic("campaign", 24, 1) + _synthetic("other", 24, 2)
    result = evaluate_filter(labelled)
    for genre in ("campaign", "other"):
        rules, model = result["cv"][genre]["rules"], result["cv"][genre]["rules+model"]
        assert rules["kept"] == rules["of"] == 144
        assert model["strict"] > rules["strict"]
        assert model["R_recall"] >= 0.9
    assert set(result["cross_genre"]) == {"campaign->other", "other->campaign"}
    assert result["beats_rules"] is True


def test_timebank_documents_are_published_on_their_creation_day(tmp_path):
    tml = ('<?xml version="1.0" ?>\n<TimeML><DOCID>X1</DOCID>'
           '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01">March 1, 1998</TIMEX3></DCT>'
           '<TEXT>\nThe rebels seized the town on <TIMEX3 tid="t1" type="DATE" value="1998-02-27">'
           'Friday</TIMEX3> &amp; left.\n</TEXT></TimeML>\n')
    (tmp_path / "X1.tml").write_text(tml, encoding="utf-8")
    docs = genre_documents("timebank", tmp_path)
    assert [(d.id, d.published, d.text) for d in docs] == [
        ("X1", "1998-03-01", "The rebels seized the town on Friday & left.")]


def test_a_guarded_class_is_never_dropped_held_out():
    labelled = _synthetic("campaign", 24, 1) + _synthetic("other", 24, 2)
    for e in labelled[::4]:
        e["features"] = [*e["features"], "guarded"]
    result = cross_validate([e["features"] for e in labelled], [e["label"] for e in labelled],
                            [e["article"] for e in labelled], guard=("guarded",))
    kept = result["keep"]
    assert all(kept[i] for i in range(0, len(labelled), 4))
    assert not all(kept)  # the others are still judged
    assert "no modal" in GUARDS and GUARDS["none"] == ()


def test_leave_one_draw_out_scores_every_draw_with_a_filter_fitted_on_the_others():
    from sitroom.training.events import leave_one_draw_out

    labelled = _synthetic("campaign", 24, 1) + _synthetic("other", 24, 2)
    for e in labelled:
        e["draw"] = "ABCD"[int(e["article"].split("-")[1]) % 4]
    got = leave_one_draw_out(labelled, recalls=(0.8,), l2s=(4.0,), guard=())
    assert set(got["draws"]) == {"A", "B", "C", "D"}
    rules, model = got["all"]["rules"], got["all"]["R>=0.8"]
    assert rules["kept"] == rules["of"] == len(labelled)
    assert model["strict"] > rules["strict"] and model["R_recall"] >= 0.8
    assert sum(d["rules"]["of"] for d in got["draws"].values()) == len(labelled)


def test_the_l2_strength_is_chosen_among_the_given_ones_with_a_threshold_in_range():
    from sitroom.training.events import choose_l2

    labelled = _synthetic("campaign", 24, 1)
    l2, t = choose_l2([e["features"] for e in labelled], [e["label"] for e in labelled],
                      [e["article"] for e in labelled], l2s=(1.0, 20.0), guard=())
    assert l2 in (1.0, 20.0) and 0.05 <= t <= 0.95


def test_the_judged_draws_p_to_u_are_in_the_label_files():
    from sitroom.training.events import label_file, read_labels

    samples = {r["sample"] for src in ("polnear_train", "fnc1") for r in read_labels(label_file(src))}
    assert set("PQRSTU") <= samples and not samples & KEPT_OUT


def test_the_real_judgements_never_give_a_held_out_row_and_name_each_draw_section():
    """On the project's own docs/judgements/events.md: no row of a held-out draw comes out,
    and a round's labelled draw (Y) is read under its own letter, not the section above."""
    from sitroom.training.events import _table_rows

    md = Path(__file__).resolve().parents[1] / "docs" / "judgements" / "events.md"
    samples = {s for s, _ in _table_rows(md, r"## Sample ([A-Z]+\d?)\b")}
    assert not samples & KEPT_OUT
    assert "Y" in samples
