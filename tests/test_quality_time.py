"""Quality floor of the temporal tagger on TempEval-3 dev data (TimeBank + AQUAINT).

Measured on this 60-document subset (spread over all sources, spaCy tense): strict F1
0.894, relaxed F1 0.938, value F1 0.795, type F1 0.897; floors pinned about 0.02 under.
"""

from __future__ import annotations

from conftest import EVAL, need
from sitroom.eval.time import evaluate

FLOORS = {"relaxed_f1": 0.92, "strict_f1": 0.875, "value_f1": 0.775, "type_f1": 0.88}


def test_tempeval3_floor():
    data = need(EVAL / "time-tempeval3" / "TBAQ-cleaned")
    r = evaluate(data, limit=60)
    assert r["n_docs"] == 60
    for key, floor in FLOORS.items():
        assert r[key] >= floor, (key, r[key])
