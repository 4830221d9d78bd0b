"""Round 13: the rows of an untouched draw's table read for scoring only, and the learned
filter fitted without the draw scored as a filter on it, its thresholds chosen by CV."""

from __future__ import annotations

from test_training_events import _synthetic

from sitroom.training.events import MIN_R_RECALL, draw_rows, score_on_draw

DRAWS = """# judged

## Untouched draw Z

### Z (3 events, shipped pipeline before the round)

| # | article | offsets | type | actor | trigger | recipient | certainty | judged | reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | paper_2016-05-06_troops-lea | 12-18 | RETREAT | army | left | city | asserted | R | troops left a city |
| 2 | fnc1-7 | 40-46 | ASSAULT | he | attack | rival | asserted | W -> P | judged again |
| 3 | paper_2016-05-06_troops-lea | 70-77 | PROTEST | crowd | marched |  | asserted | ? | not judged |

## Round after

| 1 | paper_2016-05-06_troops-lea | 90-96 | AGREE | they | agreed |  | asserted | R | another table |
"""


def test_the_rows_of_one_draw_table_and_no_other(tmp_path):
    md = tmp_path / "events.md"
    md.write_text(DRAWS, encoding="utf-8")
    rows = draw_rows(md, "### Z (3 events")
    assert [(r["n"], r["prefix"], r["start"], r["label"]) for r in rows] == [
        (1, "paper_2016-05-06_troops-lea", 12, "R"), (2, "fnc1-7", 40, "P")]


def _events(n_articles: int, seed: int, prefix: str) -> list[dict]:
    """Events whose feature "cue" marks most wrong ones (the labelled events of the filter's
    own tests, named by ``prefix``)."""
    return _synthetic(prefix, n_articles, seed)


def test_a_filter_fitted_without_the_draw_lifts_it_keeping_its_right_events():
    got = score_on_draw(_events(24, 1, "train"), _events(6, 2, "draw"))
    assert got["draw_rules"]["kept"] == 36
    at = {x["min_R"]: x for x in got["at"]}
    assert set(at) == {0.95, MIN_R_RECALL, 0.85}
    shipped = at[MIN_R_RECALL]
    assert shipped["cv"]["R_recall"] >= MIN_R_RECALL
    assert shipped["draw"]["strict"] > got["draw_rules"]["strict"]
    assert shipped["draw"]["R_recall"] >= 0.85


def test_a_guarded_draw_event_is_kept_whatever_its_cue():
    draw = [{**e, "features": [*e["features"], "guarded"]} for e in _events(3, 3, "draw")]
    got = score_on_draw(_events(24, 1, "train"), draw, guard=("guarded",))
    assert all(x["draw"]["kept"] == len(draw) for x in got["at"])
