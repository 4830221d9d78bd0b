"""The learned event filter's training helpers: judgements parsed from a hand-written table,
the threshold chosen for strict precision at a floor of recall."""

from __future__ import annotations

import numpy as np

from sitroom.training.events import _figures, choose_threshold, parse_judgements

TABLE = """# judged

## Sample A (seed 1)

| # | article | type | actor | trigger | recipient | date (source) | judged | reason | sentence |
|---|---|---|---|---|---|---|---|---|---|
| 1 | art-one | ASSAULT | Rebels | attacked | army | 2020 | W -> R | fixed later | Rebels attacked the army base... |
| 2 | art-one | AGREE | He | offered |  | 2020 | W | no act | He offered no proof. |

## Sample C (seed 2)

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | art-two | 10-16 | REQUEST | she | called |  | asserted | P | recipient missing |
| 2 | art-two | 40-47 | REJECT | they | refused |  | asserted | R | gone from the pool |
"""

EVENTS = [
    {"article": "art-one-2020", "start": 7, "end": 15, "trigger": "attacked",
     "sentence": "Rebels attacked the army base on Monday."},
    {"article": "art-two-2020", "start": 10, "end": 16, "trigger": "called",
     "sentence": "Then she called for talks."},
]


def test_judged_rows_match_the_pool_by_sentence_or_offsets(tmp_path):
    md = tmp_path / "events.md"
    md.write_text(TABLE, encoding="utf-8")
    rows = parse_judgements(md, EVENTS)
    assert rows == [
        {"sample": "A", "n": 1, "article": "art-one-2020", "start": 7, "end": 15, "label": "R"},
        {"sample": "C", "n": 1, "article": "art-two-2020", "start": 10, "end": 16, "label": "P"},
    ]


def test_threshold_keeps_the_recall_floor():
    labels = ["R", "R", "W", "W", "P", "R"]
    probs = np.array([0.1, 0.6, 0.9, 0.5, 0.2, 0.3])
    t = choose_threshold(probs, labels, min_recall=0.6)
    assert t == 0.325  # the lowest threshold of the best precision
    kept = _figures(labels, probs < t)
    assert (kept["kept"], kept["R"], kept["W"], kept["strict"]) == (3, 2, 0, 0.667)
