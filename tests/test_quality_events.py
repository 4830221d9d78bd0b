"""PLOVER event evaluation: the scorer itself, and a floor on the shared dev records."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.eval.events import Gold, Prediction, evaluate, format_text, gold_type, load, score

from conftest import EVAL, need

PLOVER = EVAL / "events-plover"


def test_old_type_names_map_to_current_ones():
    assert [gold_type(t) for t in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "AGREE")] == [
        "REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "AGREE"]


def _golds():
    return [
        Gold("1", "Russia attacked Ukraine.", "ASSAULT", ("Russia",), ("Ukraine",)),
        Gold("2", "Jordan and Britain agreed.", "AGREE", ("Jordan", "Britain"), ()),
    ]


def test_gold_against_itself_scores_one():
    # the second record has two gold actors: the predicted span covers both
    preds = [Prediction("ASSAULT", (0, 6), (16, 23)), Prediction("AGREE", (0, 18), None)]
    r = score(_golds(), preds)
    assert r["type_acc"] == 1.0
    assert r["actor_precision"] == r["actor_recall"] == r["actor_f1"] == 1.0
    assert r["recipient_precision"] == r["recipient_recall"] == r["recipient_f1"] == 1.0
    assert r["n"] == 2


def test_hand_computed_prediction():
    preds = [Prediction("ASSAULT", (0, 6), (7, 15)),  # recipient span is "attacked": wrong
             Prediction("REJECT", (0, 6), None)]  # wrong type; actor matches one of two
    r = score(_golds(), preds)
    assert r["type_acc"] == 0.5
    assert r["actor_precision"] == 1.0
    assert r["actor_recall"] == pytest.approx(2 / 3)
    assert r["actor_f1"] == pytest.approx(0.8)
    assert (r["recipient_precision"], r["recipient_recall"], r["recipient_f1"]) == (0.0, 0.0, 0.0)
    assert "type accuracy   0.500" in format_text(r)


def test_missing_data_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "nothing-here")


def test_dev_types_against_themselves():
    golds = load(need(PLOVER))
    preds = [Prediction(g.type, None, None) for g in golds]
    assert len(golds) == 161 and score(golds, preds)["type_acc"] == 1.0


def test_floor_on_dev_records():
    # the whole dev set takes about 10 s; measured: type 0.857, actor F1 0.837 (P 0.884,
    # R 0.795), recipient F1 0.495 (P 0.539, R 0.458)
    r = evaluate(need(PLOVER), limit=161)
    assert r["n"] == 161
    floors = {"type_acc": 0.83, "actor_f1": 0.80, "actor_precision": 0.85, "actor_recall": 0.76,
              "recipient_f1": 0.47, "recipient_precision": 0.51, "recipient_recall": 0.43}
    for key, floor in floors.items():
        assert r[key] >= floor, (key, r[key])


def test_held_out_halves_score_alike():
    # the lexicon was written from the manual and CAMEO table while reading the
    # even-numbered records (0.87); of the odd ones (0.836), those numbered 4k+1 were read in
    # a second round, those numbered 4k+3 never (0.69 on 29 records)
    even = evaluate(need(PLOVER), part="even")["type_acc"]
    odd = evaluate(need(PLOVER), part="odd")["type_acc"]
    assert even >= 0.85 and odd >= 0.81
