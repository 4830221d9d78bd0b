"""PLOVER event evaluation: the scorer itself, and a floor on the shared dev records."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from sitroom.errors import InputError
from sitroom.eval.events import (Gold, Prediction, _in_part, evaluate, format_text, gold_type, load,
                                 predict, predict_annotated, score)

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


@functools.lru_cache(maxsize=1)
def _annotated() -> tuple[list[Gold], list]:
    """The dev records and their annotated texts (computed once: about 30 s)."""
    from sitroom.annotate import annotate_text

    golds = load(need(PLOVER))
    return golds, [annotate_text(g.text) for g in golds]


@functools.lru_cache(maxsize=2)
def _dev(pipeline: bool = False) -> tuple[list[Gold], list[Prediction]]:
    """The dev records and their predictions: the main event of every candidate, or with
    ``pipeline`` of the events the shipped extract stage keeps."""
    golds, adocs = _annotated()
    return golds, [predict_annotated(a, pipeline) for a in adocs]


def _part(part: str) -> dict:
    golds, preds = _dev()
    keep = [k for k, g in enumerate(golds) if _in_part(int(re.search(r"(\d+)$", g.id).group(1)), part)]
    return score([golds[k] for k in keep], [preds[k] for k in keep])


def test_floor_on_dev_records():
    # measured: type 0.876, actor F1 0.880 (P 0.944, R 0.825), recipient F1 0.601
    # (P 0.696, R 0.529)
    r = score(*_dev())
    assert r["n"] == 161
    floors = {"type_acc": 0.86, "actor_f1": 0.86, "actor_precision": 0.92, "actor_recall": 0.81,
              "recipient_f1": 0.59, "recipient_precision": 0.68, "recipient_recall": 0.52}
    for key, floor in floors.items():
        assert r[key] >= floor, (key, r[key])


def test_floor_of_the_shipped_pipeline():
    # the main event among the events the extract stage keeps (what users get; a record
    # whose events are all filtered takes the fallback type): measured type 0.807 (even
    # 0.790, odd 0.836), actor F1 0.831, recipient F1 0.558; with the realis and participant
    # filters of the same round (precision on news first) type 0.770, actor F1 0.803,
    # recipient F1 0.564; the filters were tuned on PolNeAR news, not on these records
    r = score(*_dev(pipeline=True))
    floors = {"type_acc": 0.75, "actor_f1": 0.78, "recipient_f1": 0.52}
    for key, floor in floors.items():
        assert r[key] >= floor, (key, r[key])


def test_predict_keeps_a_text_api():
    assert predict("Rebels attacked the convoy near the border.").type == "ASSAULT"


def test_held_out_parts_score_alike():
    # the lexicon was written from the manual and CAMEO table while reading the
    # even-numbered records; of the odd ones, those numbered 4k+1 were read in a second
    # round, those numbered 4k+3 only as an error list in a third (0.69 before it, 0.79
    # after lexicon generalisation); measured: even 0.87, odd 0.885
    assert _part("even")["type_acc"] >= 0.85 and _part("odd")["type_acc"] >= 0.86
    last = _part("4k+3")
    assert last["n"] == 29 and last["type_acc"] >= 0.75


def test_evaluate_reads_a_part():
    r = evaluate(need(PLOVER), limit=3, part="4k+3")
    assert r["n"] == 3


def test_record_parts():
    assert [n for n in range(8) if _in_part(n, "4k+3")] == [3, 7]
    assert [n for n in range(4) if _in_part(n, "odd")] == [1, 3]
