"""Quality floor: ECB+ event coreference (gold mentions, CoNLL F1) on the first topics."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.eval.coref import evaluate, format_text

pytestmark = pytest.mark.slow


def test_ecbplus_floor_document_topics():
    result = evaluate(need(EVAL / "coref-ecbplus"), limit=3)
    assert result["n_mentions"] == 600 and result["topic_source"] == "documents"
    # measured on topics 1-3: conll 0.779, muc 0.794, b3 0.786, ceaf-e 0.756
    assert result["conll_f1"] >= 0.76
    assert result["muc_f1"] >= 0.775
    assert result["b3_f1"] >= 0.765
    assert result["ceafe_f1"] >= 0.735
    assert "CoNLL F1" in format_text(result)
