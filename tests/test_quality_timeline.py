"""Floor test: SemEval-2015 Task 4 track A timelines on the first 10 documents of corpus_1."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.errors import InputError
from sitroom.eval.timeline import evaluate, format_text, read_timeline, score

DATA = EVAL / "timeline-semeval2015" / "corpus_1"


def test_timeline_floor():
    result = evaluate(need(DATA), limit=10)
    # measured 2026-11-22 on these 10 documents: P 0.536, R 0.199, F1 0.290
    assert result["n_docs"] == 10
    assert result["n_target_entities"] == 13
    assert result["n_timelines"] == 12
    assert result["precision"] >= 0.51
    assert result["recall"] >= 0.18
    assert result["f1"] >= 0.27
    assert "F1" in format_text(result)


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
