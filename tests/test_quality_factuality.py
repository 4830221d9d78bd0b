"""Quality gate: UW factuality scores and MEANTIME certainty/polarity (dev subsets)."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.errors import InputError
from sitroom.eval import factuality as F


def test_uw_floor_on_dev_subset():
    r = F.evaluate(need(EVAL / "factuality-uw"), limit=300)
    assert r["n"] > 900
    # measured on this subset: MAE 0.483, r 0.756 (whole dev: MAE 0.433, r 0.774)
    assert r["mae"] <= 0.49
    assert r["pearson_r"] >= 0.74
    assert "MAE" in F.format_text(r)


def test_meantime_floor_on_subset():
    r = F.evaluate(need(EVAL / "factuality-meantime"), limit=10, format="meantime")
    assert r["n"] > 100
    # measured on this subset: certainty 0.962, polarity 0.962 (all: 0.937, 0.971)
    assert r["certainty_acc"] >= 0.93
    assert r["polarity_acc"] >= 0.94
    assert "certainty" in F.format_text(r)


def test_uw_scorer():
    assert F.score_uw([3.0, 1.0, -1.0], [3.0, 1.0, -1.0]) == {"mae": 0.0, "pearson_r": 1.0, "n": 3}
    r = F.score_uw([3.0, 1.0, -1.0], [3.0, 0.0, 0.0])
    assert r["mae"] == pytest.approx(2 / 3)
    assert r["pearson_r"] == pytest.approx(6 / 48 ** 0.5)


def test_meantime_scorer():
    gold = [("CERTAIN", "POS"), ("POSSIBLE", "NEG"), ("", "POS")]
    assert F.score_meantime(gold, gold) == {"certainty_acc": 1.0, "polarity_acc": 1.0, "n": 2}
    pred = [("CERTAIN", "POS"), ("CERTAIN", "POS"), ("PROBABLE", "NEG")]
    assert F.score_meantime(gold, pred) == {"certainty_acc": 0.5, "polarity_acc": 1 / 3, "n": 2}


def test_read_conll(tmp_path):
    path = tmp_path / "x.conll"
    path.write_text("0\tTroops\t_\tNNS\n1\tleft\t2.6\tVBD\n\n0\tOk\t_\tUH\n", encoding="utf-8")
    s1, s2 = F.read_conll(path)
    assert s1.tokens == ("Troops", "left") and s1.scores == (None, 2.6)
    assert s2.scores == (None,)


def test_bad_input(tmp_path):
    with pytest.raises(InputError):
        F.evaluate(tmp_path / "nowhere")
    with pytest.raises(InputError):
        F.evaluate(tmp_path)
    with pytest.raises(InputError):
        F.evaluate(tmp_path, format="other")


def test_training_refuses_scored_or_missing_data(tmp_path):
    from sitroom.training import train

    (tmp_path / "dev.conll").write_text("0\tOk\t_\tUH\n", encoding="utf-8")
    with pytest.raises(InputError):
        train("factuality", tmp_path / "dev.conll")  # the file the evaluation scores
    with pytest.raises(InputError):
        train("factuality", tmp_path)  # no train.conll here
    with pytest.raises(InputError):
        train("quotes", tmp_path)  # no PolNeAR train/ folder
    with pytest.raises(InputError):
        train("other", tmp_path)
