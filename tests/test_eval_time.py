"""The TempEval-3 task A scorer and the TimeML reader."""

from __future__ import annotations

import pytest

from sitroom.errors import InputError
from sitroom.eval.time import Timex, evaluate, format_text, read_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-24" functionInDocument="CREATION_TIME">20230624</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-06-23">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_offsets_and_dct(tmp_path):
    (tmp_path / "a.tml").write_text(TML)
    doc = read_tml(tmp_path / "a.tml")
    assert doc.dct == "2023-06-24"
    assert doc.text.startswith("\nAT&T fell yesterday")
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.gold] == [
        ("yesterday", "DATE", "2023-06-23"), ("two weeks", "DURATION", "P2W")]


def test_gold_against_itself_scores_one(tmp_path):
    (tmp_path / "a.tml").write_text(TML)
    gold = list(read_tml(tmp_path / "a.tml").gold)
    r = score(gold, list(gold))
    for k in ("strict_f1", "relaxed_f1", "value_f1", "type_f1", "strict_precision",
              "relaxed_recall"):
        assert r[k] == 1.0


def test_hand_made_prediction():
    gold = [Timex("d", 0, 9, "DATE", "2023-06-23"), Timex("d", 20, 29, "DURATION", "P2W"),
            Timex("d", 40, 44, "DATE", "1917")]
    pred = [Timex("d", 0, 9, "DATE", "2023-06-23"),  # strict, right value
            Timex("d", 22, 29, "DURATION", "p3w"),  # relaxed only, wrong value
            Timex("d", 50, 55, "DATE", "1921"),  # spurious
            Timex("e", 0, 9, "DATE", "2023-06-23")]  # other document: spurious
    r = score(gold, pred)
    assert (r["n_gold"], r["n_pred"]) == (3, 4)
    assert r["strict_precision"] == pytest.approx(1 / 4)
    assert r["strict_recall"] == pytest.approx(1 / 3)
    assert r["strict_f1"] == pytest.approx(2 / 7)  # 2PR/(P+R) = (1/6)/(7/12)
    assert r["relaxed_precision"] == pytest.approx(2 / 4)
    assert r["relaxed_recall"] == pytest.approx(2 / 3)
    assert r["relaxed_f1"] == pytest.approx(4 / 7)  # (2/3)/(7/6)
    assert r["value_f1"] == pytest.approx(1 / 2 * 4 / 7)
    assert r["type_f1"] == pytest.approx(4 / 7)
    assert [g.value for g in r["missed"]] == ["1917"]


def test_values_compare_upper_case():
    gold = [Timex("d", 0, 4, "DATE", "2023-su")]
    assert score(gold, [Timex("d", 0, 4, "DATE", "2023-SU")])["value_f1"] == 1.0


def test_evaluate_small_folder(tmp_path):
    (tmp_path / "a.tml").write_text(TML)
    r = evaluate(tmp_path, parse=False)
    assert (r["n_docs"], r["n_gold"], r["n"]) == (1, 2, 2)
    assert r["strict_f1"] == 1.0 and r["value_f1"] == 1.0
    assert "relaxed" in format_text(r)


def test_missing_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate(tmp_path / "nowhere")
    with pytest.raises(InputError):
        evaluate(tmp_path)


def test_one_prediction_over_two_gold_expressions():
    gold = [Timex("d", 0, 6, "DATE", "1918"), Timex("d", 11, 15, "DATE", "1921")]
    pred = [Timex("d", 0, 15, "DATE", "1918")]  # "1918 and 1921" as one span
    r = score(gold, pred)
    assert (r["relaxed_precision"], r["relaxed_recall"]) == (1.0, 1.0)
    assert (r["strict_precision"], r["strict_recall"]) == (0.0, 0.0)
    assert r["value_f1"] == pytest.approx(0.5)  # right value for 1918 only
