"""The learned false-actor filter's training script (issue 14, round 13: a measured negative
result, not shipped): the judged tables it reads and the line its features look at."""

from sitroom.training.actors import FEATURES, _line, draw_tables

MD = """# Judged samples

## Round 99, untouched draw 1534 (a day): judged before any change, no rule written from it

| # | file | start | end | name | kind | verdict |
|---|---|---|---|---|---|---|
| 0 | doc-a | 4 | 9 | Ann Lee | person | real |
| 1 | doc-b | 0 | 6 | Videos | organisation | not an actor: a section label |

### Seed 1529 (tuning half), judged before the changes

| # | file | start | end | name | kind | verdict |
|---|---|---|---|---|---|---|
| 0 | doc-c | 1 | 4 | Bob | person | real |

### Seed 1400: an older draw, judged before the changes

| 0 | doc-d | 1 | 4 | Old | person | real |
"""


def test_draw_tables_keeps_only_the_draws_1528_to_1534() -> None:
    tables = draw_tables(MD)
    assert sorted(tables) == [1529, 1534]
    assert "Videos" in tables[1534] and "Bob" not in tables[1534]
    assert "Bob" in tables[1529]


def test_line_is_the_line_a_mention_sits_on() -> None:
    text = "Headline here\nAnn Lee said so.\nMore"
    assert _line(text, text.index("Ann")) == "Ann Lee said so."
    assert _line(text, text.index("More")) == "More"


def test_feature_names_are_unique() -> None:
    assert len(set(FEATURES)) == len(FEATURES)
