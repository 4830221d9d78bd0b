"""Floor test: SemEval-2015 Task 4 track A timelines on the first 10 documents of corpus_1."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.errors import InputError
from sitroom.eval.timeline import evaluate, format_text, read_timeline, score

DATA = EVAL / "timeline-semeval2015" / "corpus_1"


def test_timeline_floor():
    result = evaluate(need(DATA), limit=10)
    # the shipped pipeline's events and dates (no finder of the evaluation's own), measured
    # 2026-12-04 on these 10 documents: P 0.167, R 0.030, F1 0.051 (the evaluation's former
    # own verb/argument finder scored P 0.536, R 0.199, F1 0.290: not what users were shown);
    # 2026-12-05 P 0.208, R 0.024, F1 0.043: events are acts now, and the reporting, cognition
    # and desire verbs TimeML counts as events are no longer events of the picture;
    # 2026-12-06 P 0.474, R 0.187, F1 0.268: the actors' timelines of happenings
    # (extract/happenings.py), what the reports tell each actor did or underwent
    assert result["n_docs"] == 10
    assert result["n_target_entities"] == 13
    assert result["n_timelines"] == 12
    assert result["precision"] >= 0.42
    assert result["recall"] >= 0.16
    assert result["f1"] >= 0.24
    assert "F1" in format_text(result)


def test_alternate_halves_split_the_documents():
    even = evaluate(need(DATA), part="even", limit=3)
    odd = evaluate(need(DATA), part="odd", limit=3)
    assert (even["n_docs"], odd["n_docs"]) == (3, 3)
    assert even["part"] == "even" and odd["part"] == "odd"
    with pytest.raises(InputError):
        evaluate(need(DATA), part="third")


def test_missing_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate(tmp_path)


def test_gold_timelines_against_themselves():
    gold = {p.stem: read_timeline(p)[1]
            for p in sorted((need(DATA) / "TimeLines_Gold_Standard").glob("*.txt"))}
    result = score(gold, gold)
    assert len(gold) == 13
    assert result["n_gold_relations"] == 460
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)


APPLE = EVAL / "factuality-meantime" / "intra_cross-doc_annotation" / "corpus_apple"


def test_timeline_floor_on_another_corpus():
    # the held-out timelines are other corpora with other targets: gold derived from
    # MEANTIME's cross-document annotation of the apple articles (eval/timeline_meantime.py),
    # no rule written from them. 2026-12-06 (round 10), these 10 documents: P 0.252, R 0.431,
    # F1 0.318 (all 30: 0.202 -> 0.354 after a short form shared by two targets names the one
    # the report named)
    result = evaluate(need(APPLE), limit=10)
    assert result["derived"] and result["n_docs"] == 10 and result["n_target_entities"] == 12
    assert result["precision"] >= 0.22
    assert result["recall"] >= 0.38
    assert result["f1"] >= 0.29
