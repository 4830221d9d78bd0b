"""Quality gate: PolNeAR attribution spans (dev subset), and the scorer itself."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.errors import InputError
from sitroom.eval import quotes as Q

DATA = EVAL / "quotes-polnear" / "data"


def test_floor_on_dev_subset():
    r = Q.evaluate(need(DATA), limit=15)
    assert r["n_articles"] == 15 and r["n_gold"] == r["n"] > 0
    # measured on this subset: source 0.779, cue 0.757, content 0.580 (whole dev: 0.741,
    # 0.711, 0.588 by `sitroom eval quotes --data ../shared/eval/quotes-polnear/data`)
    assert r["source_f1"] >= 0.76
    assert r["cue_f1"] >= 0.74
    assert r["content_f1"] >= 0.56
    assert "content" in Q.format_text(r)


def test_gold_against_itself_is_perfect():
    arts = Q.load(need(DATA), limit=5)
    gold = [a.gold for a in arts]
    r = Q.score(gold, gold)
    assert all(r[f"{role}_{m}"] == 1.0 for role in Q.ROLES for m in ("precision", "recall", "f1"))


def test_hand_made_prediction():
    gold = [({"source": ((0, 2),), "cue": ((3, 7),), "content": ((8, 20),)},
             {"source": ((30, 35),), "cue": ((36, 40),), "content": ((41, 50), (60, 70))})]
    pred = [({"source": ((0, 2),), "cue": ((3, 7),), "content": ((8, 19),)},
             {"cue": ((36, 40),), "content": ((41, 50), (60, 70))},
             {"source": ((80, 82),), "cue": ((83, 87),)})]
    r = Q.score(gold, pred)
    # source: 1 of 2 predicted right, 1 of 2 gold found; cue: 2/3 and 2/2; content: 1/2, 1/2
    assert r["source_precision"] == 0.5 and r["source_recall"] == 0.5
    assert r["cue_precision"] == pytest.approx(2 / 3) and r["cue_recall"] == 1.0
    assert r["cue_f1"] == pytest.approx(0.8)
    assert r["content_f1"] == 0.5


def test_parse_ann_discontinuous_and_trimmed():
    text = "He said: “Yes,” and “no.” "
    ann = ("T1\tSource 0 2\tHe\nT2\tCue 3 8\tsaid:\nT3\tContent 8 15;19 26\t “Yes,” “no.” \n"
           "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
    (a,) = Q.parse_ann(text, ann)
    assert a == {"source": ((0, 2),), "cue": ((3, 8),), "content": ((9, 15), (20, 25))}


def test_missing_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        Q.evaluate(tmp_path / "nowhere")
    with pytest.raises(InputError):
        Q.evaluate(tmp_path)
