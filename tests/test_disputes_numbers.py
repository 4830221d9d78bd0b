"""Recall of conflicting figures on hand-written sentence pairs (tests/dispute_number_pairs.tsv):
casualty counts, km against miles, hedges and ranges, number words. Half A was used to write
the rules; half B was not tuned on and is held to its measured floor."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitroom.link.disputes import numbers_conflict, quantities

PAIRS = Path(__file__).with_name("dispute_number_pairs.tsv")


def _rows(half: str):
    with open(PAIRS, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return [(gold == "1", s1, s2) for h, gold, s1, s2 in rows[1:] if h == half]


@pytest.mark.parametrize("half,n,floor", [("A", 20, 1.0), ("B", 20, 0.95), ("C", 8, 0.95)])
def test_conflicting_figures_are_found_at_the_measured_recall(half, n, floor):
    conflicts = [(s1, s2) for gold, s1, s2 in _rows(half) if gold]
    found = sum(numbers_conflict(s1, s2) for s1, s2 in conflicts)
    assert len(conflicts) == n
    assert found / len(conflicts) >= floor


@pytest.mark.parametrize("half,n", [("A", 8), ("B", 8), ("C", 6)])
def test_figures_that_can_both_hold_make_no_conflict(half, n):
    agreeing = [(s1, s2) for gold, s1, s2 in _rows(half) if not gold]
    assert len(agreeing) == n
    assert [p for p in agreeing if numbers_conflict(*p)] == []


def test_shot_dead_and_number_of_dead_are_counts_of_the_dead():
    assert numbers_conflict("The gunman shot dead five people at the school.",
                            "The gunman killed 19 people at the school.")
    assert numbers_conflict("Officials put the number of dead at 3,000.",
                            "Officials put the number of dead at 500.")
    assert not numbers_conflict("Officials put the number of dead at 3,000.",
                                "The number of injured was put at 500.")


def test_a_figure_of_one_period_is_not_compared_with_a_running_total():
    assert not numbers_conflict(
        "The group has overrun large parts of the country, killing thousands of people.",
        "The envoy said that last month alone, 790 people were killed in the country.")
    assert numbers_conflict("The envoy said 790 people were killed in the country.",
                            "The group has killed thousands of people in the country.")


def test_a_place_naming_a_kind_does_not_put_a_person_there():
    from sitroom.link.disputes import presence

    s = "James Foley was the first US hostage to be beheaded."
    assert presence(s, [(0, 11, "A1")], [(26, 28, "US", "US")]) == frozenset()
    s = "James Foley was in Syria on Thanksgiving Day."
    assert presence(s, [(0, 11, "A1")], [(19, 24, "Syria", "SY")]) == {("A1", "Syria", "SY")}



def test_a_qualifier_between_the_verb_and_its_count_keeps_what_it_counts():
    assert numbers_conflict("The quake killed almost 300 people.", "The quake killed 22 people.")
    assert numbers_conflict("Gunmen kidnapped up to 15 pupils.", "Gunmen kidnapped 80 pupils.")
    assert not numbers_conflict("The quake killed fewer than 30 people.",
                                "The quake killed 22 people.")


def test_a_counted_word_after_another_figure_counts_that_figure():
    # the passengers on board are no count of the drowned
    assert numbers_conflict("The boat carried 200 passengers, and 90 drowned.",
                            "Four people drowned when the boat sank.")
    # a figure naming no noun of its own keeps the counted word past the figures it includes
    assert [q.key for q in quantities("At least 40, including six nurses, were killed.")] == [
        "dead", "dead"]


def test_a_distance_from_the_capital_is_measured_from_the_capital():
    assert numbers_conflict("The tanks stopped 60 miles from the capital.",
                            "The tanks stopped 60 km from the capital.")
    assert not numbers_conflict("The tanks stopped 60 miles from the capital.",
                                "The tanks stopped 97 km from the capital.")
    assert not numbers_conflict("The tanks stopped 60 miles from the capital.",
                                "The tanks stopped 60 km from the river.")
