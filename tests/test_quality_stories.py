"""Quality floor: the picture's stories on the first six ECB+ topics (a small fixed subset of
``sitroom eval stories``, so the test stays quick; the halves' figures are in docs/quality.md)."""

from __future__ import annotations

import pytest

from conftest import EVAL, need
from sitroom.eval.stories import evaluate, format_text

pytestmark = pytest.mark.slow


def test_ecbplus_stories_floor_first_six_topics():
    result = evaluate(need(EVAL / "coref-ecbplus"), limit=6)
    assert result["n_docs"] == 147 and result["n_gold"] == 12
    # measured on topics 1-6 (round 17): B-cubed F1 0.943 (P 0.920, R 0.966), purity 0.939,
    # inverse purity 0.980, 12 picture stories
    assert result["b3_f1"] >= 0.93
    assert result["purity"] >= 0.925
    assert result["inverse_purity"] >= 0.965
    assert 10 <= result["n_stories"] <= 16
    assert "B-cubed" in format_text(result)
