"""Quality floor: ECB+ event coreference (gold mentions, CoNLL F1), topics from documents."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.eval.coref import evaluate, format_text

pytestmark = pytest.mark.slow


def test_ecbplus_floor_first_topics():
    result = evaluate(need(EVAL / "coref-ecbplus"), limit=3)
    assert result["n_mentions"] == 600 and result["topic_source"] == "documents"
    # measured on topics 1-3: conll 0.781, muc 0.798, b3 0.791, ceaf-e 0.754
    assert result["conll_f1"] >= 0.765
    assert result["muc_f1"] >= 0.78
    assert result["b3_f1"] >= 0.775
    assert result["ceafe_f1"] >= 0.735
    assert "CoNLL F1" in format_text(result)


def test_ecbplus_floor_all_topics():
    result = evaluate(need(EVAL / "coref-ecbplus"))
    assert result["n_mentions"] == 3003
    # measured on all 23 topics: conll 0.799, muc 0.846, b3 0.809, ceaf-e 0.743
    assert result["conll_f1"] >= 0.785
    assert result["muc_f1"] >= 0.83
    assert result["b3_f1"] >= 0.795
    assert result["ceafe_f1"] >= 0.725
