from sitroom.link import agreement as ag
from sitroom.link import disputes


def test_figures_for_different_named_places_are_part_and_whole_not_a_clash():
    a = "Three people were killed in Belgorod on Monday."
    b = "Twelve people were killed in Kursk on Monday."
    assert disputes.other_scope(a, b)
    assert ag.figure_clash(a, b) is None


def test_figures_for_the_same_place_still_clash():
    a = "Three people were killed in Belgorod on Monday."
    b = "Forty people were killed in Belgorod on Monday."
    assert not disputes.other_scope(a, b)
    assert ag.figure_clash(a, b) is not None


def test_figures_without_a_named_place_are_compared():
    assert not disputes.other_scope("3 people were killed.", "40 people were killed in Kyiv.")
