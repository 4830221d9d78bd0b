"""Stories of round 17: a term or entity that many reports of the archive name is weak
evidence that two reports are one story; and the story scorer of ``sitroom eval stories``."""

from __future__ import annotations

import pytest

from sitroom.eval.stories import score
from sitroom.link.stories import (COMMON_MIN, RARE_MIN, Stories, common_terms,
                                  merge_related)

# stories on unrelated matters, each in words of its own, all naming one big country
WORDS = ["harbour crane cargo", "orchard frost apples", "museum theft painting",
         "vaccine trial clinic", "bridge collapse traffic", "election ballot recount",
         "wildfire hills evacuation", "satellite launch rocket", "bank merger shares"]
BIG = ["A_country"] * 4  # named often in each report: a strong term of its vector


def _archive(n: int) -> Stories:
    """``n`` stories, each of a report in its own words and one naming the country too."""
    stories = Stories()
    for i in range(n):
        stories.add(f"w{i}", WORDS[i])
        assert stories.add(f"c{i}", WORDS[i], extra=BIG) == f"story:w{i}"
    return stories


def test_a_term_of_many_stories_no_longer_joins_a_report_to_them():
    stories = _archive(6)
    assert stories.add("x", "glacier melt valley", extra=BIG) == "story:x"


def test_a_term_of_few_stories_still_joins():
    stories = _archive(RARE_MIN - 1)  # too few stories to tell a common term
    assert stories.add("x", "glacier melt valley", extra=BIG) == "story:w0"


def test_a_rare_shared_term_still_joins_among_many_stories():
    stories = _archive(6)
    one = stories.add("x1", "glacier melt valley", extra=["A_rare"] * 4 + BIG)
    two = stories.add("x2", "lighthouse keeper storm", extra=["A_rare"] * 4 + BIG)
    assert one == "story:x1" and two == "story:x1"


def test_the_weights_of_the_stories_so_far_survive_a_restored_state():
    stories = _archive(6)
    again = Stories()
    again.load(stories.state())
    assert again.add("x", "glacier melt valley", extra=BIG) == stories.add(
        "x", "glacier melt valley", extra=BIG)


def _undated(n: int) -> list[dict]:
    return [{"id": f"d{i}"} for i in range(n)]


def test_stories_sharing_only_common_entities_stay_apart():
    n = COMMON_MIN + 2
    alone = {f"d{i}": f"story:d{i}" for i in range(n)}
    terms = {f"d{i}": ["A_country", "P_capital"] for i in range(n)}
    assert common_terms({s: set(terms[d]) for d, s in alone.items()}) == {
        "A_country", "P_capital"}
    assert merge_related(_undated(n), alone, terms) == alone
    # two of them sharing two rarer entities besides are one crisis
    terms["d3"] += ["A_rebels", "P_town"]
    terms["d7"] += ["A_rebels", "P_town"]
    merged = merge_related(_undated(n), alone, terms)
    assert merged["d7"] == "story:d3" and merged["d5"] == "story:d5"


def test_a_small_archive_has_no_common_entities():
    n = COMMON_MIN - 1
    alone = {f"d{i}": f"story:d{i}" for i in range(n)}
    terms = {d: ["A_country", "P_capital"] for d in alone}
    assert common_terms({s: set(terms[d]) for d, s in alone.items()}) == set()
    assert set(merge_related(_undated(n), alone, terms).values()) == {"story:d0"}


def test_stories_sharing_two_entities_of_many_stay_apart():
    """Two entities shared are too few when each story has many of its own."""
    docs = _undated(2)
    alone = {"d0": "story:d0", "d1": "story:d1"}
    own = [f"A_own{i}" for i in range(8)]
    terms = {"d0": ["A_x", "P_1", *own], "d1": ["A_x", "P_1", *(t + "b" for t in own)]}
    assert merge_related(docs, alone, terms)["d1"] == "story:d1"
    terms["d1"] = ["A_x", "P_1", "A_other"]  # two of the other's three: one crisis
    assert merge_related(docs, alone, terms)["d1"] == "story:d0"


def test_story_scores_b_cubed_and_purity():
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert score(gold, {"a": "x", "b": "x", "c": "y", "d": "y"})["b3_f1"] == 1.0
    one = score(gold, {d: "x" for d in gold})
    assert one["b3_precision"] == pytest.approx(0.5) and one["b3_recall"] == 1.0
    assert one["purity"] == pytest.approx(0.5) and one["inverse_purity"] == 1.0
    assert one["n_stories"] == 1 and one["n_gold"] == 2
    apart = score(gold, {})  # a report the picture left out is a story of its own
    assert apart["b3_recall"] == pytest.approx(0.5) and apart["b3_precision"] == 1.0
