"""Happenings (extract/happenings.py) and the per-actor timeline (link/actor_timeline.py)."""

from __future__ import annotations

from sitroom.extract import extract
from sitroom.link.actor_timeline import actor_timelines, order_happenings
from sitroom.model import Extraction, Happening, from_dict, to_dict

TEXT = ("Norland Rail opened a new line on Monday.\n\n"
        "The line runs along the coast.\n\nPassengers welcomed the trains.\n\n"
        "Norland Rail hired forty drivers in 2019.\n\n"
        "Critics say Norland Rail has long ignored the northern towns.")


def _by_trigger(ex: Extraction) -> dict[str, Happening]:
    return {h.trigger: h for h in ex.happenings}


def test_happenings_name_their_actor_and_date(annotated):
    adoc = annotated(TEXT, "2024-03-06", "r1")
    ex = extract(adoc)
    got = _by_trigger(ex)
    opened = got["opened"]
    assert opened.kind == "verb" and opened.lemma == "open"
    assert TEXT[opened.args[0][0]:opened.args[0][1]] == "Rail"  # the head word of the name
    assert opened.actors and ex.actors[opened.actors[0]].name.endswith("Norland Rail")
    assert (opened.date, opened.date_source) == ("2024-03-04", "governing")
    assert (got["hired"].date, got["hired"].date_source) == ("2019", "governing")
    # a perfect deep in the report with no time of its own is not dated by the publication
    assert (got["ignored"].date, got["ignored"].date_source) == (None, "none")


def test_a_light_verbs_object_is_the_happening(annotated):
    ex = extract(annotated("The new airliner made its maiden flight.", "2024-03-06"))
    got = _by_trigger(ex)
    assert "flight" in got and "made" not in got
    assert got["flight"].kind == "nominal" and got["flight"].date == "2024-03-06"


def test_happenings_survive_the_store_round_trip(annotated):
    ex = extract(annotated(TEXT, "2024-03-06", "r1"))
    back = from_dict(Extraction, to_dict(ex))
    assert back.happenings == ex.happenings and back.happenings


def test_actor_timelines_put_an_actors_happenings_in_time_order(annotated):
    ex1 = extract(annotated(TEXT, "2024-03-06", "r1"))
    ex2 = extract(annotated("Norland Rail closed the old depot in 2021.", "2024-03-07", "r2"))
    timelines = actor_timelines([ex1, ex2])
    lines = timelines["norland rail"]
    assert [[h.trigger for h in line] for line in lines] == [["hired"], ["closed"], ["opened"]]
    assert [line[0].doc for line in lines] == ["r1", "r2", "r1"]


def test_order_happenings_keeps_one_of_a_key_and_places_undated():
    a = Happening("d", 5, 9, 0, "left", "leave", "verb", date="2024-01-02", date_source="governing")
    b = Happening("d", 20, 24, 1, "came", "come", "verb")
    assert order_happenings([a, a, b], undated="first") == [[b], [a]]
    assert order_happenings([a, b]) == [[a]]


def test_according_to_is_no_happening(annotated):
    ex = extract(annotated("According to Norland Rail, the new line opened on Monday.",
                           "2024-03-06"))
    got = _by_trigger(ex)
    assert "According" not in got and "opened" in got
