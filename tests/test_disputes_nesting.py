"""Places compared by containment (issue 15, item 4): figures of one count set in a place and
in a place holding it, and one person put in two places on one day. Reports written for these
tests (generic places)."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_nesting import (
    days_meet, holds, moved, nest_keys, place_path, places_agree, relation)
from sitroom.model import Document


def test_gazetteer_paths_tell_a_part_from_its_whole():
    country, state = place_path("Germany", "DE", "country"), place_path("Bavaria", "DE", "admin1")
    city = place_path("Munich", "DE", "city")
    assert country == ("DE",) and state is not None and city is not None
    assert holds(country, state) and holds(state, city) and holds(country, city)
    assert not holds(state, country) and not holds(city, state)
    other = place_path("Saxony", "DE", "admin1")
    assert other is not None and relation(frozenset({state}), frozenset({other})) == "apart"
    assert relation(frozenset({country}), frozenset({city})) == "holds"
    assert relation(frozenset({city}), frozenset({country})) == "within"
    assert "N:DE" in nest_keys([city]) and "N:" + ".".join(state) in nest_keys([city])
    assert place_path("Nowhere", None) is None


def test_a_person_in_a_city_and_in_its_country_is_in_one_place():
    assert places_agree({("Vienna", "AT")}, {("Austria", "AT")})
    assert not places_agree({("Vienna", "AT")}, {("Madrid", "ES")})
    assert not places_agree({("Munich", "DE")}, {("Hamburg", "DE")})  # one country, apart


def test_a_move_and_one_day():
    assert moved("Ivo Marin flew to Madrid on Sunday afternoon.")
    assert not moved("Ivo Marin was in Madrid on Sunday.")
    assert days_meet(frozenset(), "2026-04-04T08:00:00Z", frozenset(), "2026-04-04T20:00:00Z")
    assert not days_meet(frozenset(), "2026-04-04T08:00:00Z", frozenset(), "2026-04-05T08:00:00Z")
    assert not days_meet(frozenset({"2026-04-03"}), None, frozenset({"2026-04-04"}), None)


SETS = {
    "whole_lower": [  # the whole (the country) lower than its part (the state): against it
        ("p1", "North Wire", "2026-06-03T08:00:00Z",
         "A strong earthquake struck the state of Bavaria on Tuesday. Rescue officials said 12 "
         "people were killed in the state of Bavaria in the earthquake on Tuesday."),
        ("c1", "Lake Times", "2026-06-03T08:30:00Z",
         "Rescue officials said 4 people were killed in Germany in the earthquake on Tuesday."),
    ],
    "whole_higher": [  # the part lower than its whole: both hold
        ("p2", "North Wire", "2026-06-03T08:00:00Z",
         "Rescue officials said 4 people were killed in the state of Bavaria in the earthquake "
         "on Tuesday."),
        ("c2", "Lake Times", "2026-06-03T08:30:00Z",
         "Rescue officials said 12 people were killed in Germany in the earthquake on Tuesday."),
    ],
    "apart": [  # two states: figures of different things
        ("p3", "North Wire", "2026-06-03T08:00:00Z",
         "Rescue officials said 4 people were killed in the state of Bavaria in the earthquake "
         "on Tuesday."),
        ("c3", "Lake Times", "2026-06-03T08:30:00Z",
         "Rescue officials said 12 people were killed in the state of Saxony in the earthquake "
         "on Tuesday."),
    ],
    "two_places": [  # one person in two countries' cities, one morning, two outlets
        ("a4", "Alpha News", "2026-04-04T08:00:00Z",
         "Rebel leader Ivo Marin was seen in Vienna on Sunday morning, an official said."),
        ("b4", "Beta Post", "2026-04-04T10:00:00Z",
         "Rebel leader Ivo Marin was in Madrid on Sunday morning, his spokesman said."),
    ],
    "moved": [  # a later move: the newer place
        ("a5", "Alpha News", "2026-04-04T08:00:00Z",
         "Rebel leader Ivo Marin was seen in Vienna on Sunday morning, an official said."),
        ("b5", "Beta Post", "2026-04-04T14:00:00Z",
         "Rebel leader Ivo Marin flew to Madrid on Sunday afternoon, his spokesman said."),
    ],
    "within": [  # a city and its country: one place
        ("a6", "Alpha News", "2026-04-04T08:00:00Z",
         "Rebel leader Ivo Marin was seen in Vienna on Sunday morning, an official said."),
        ("b6", "Beta Post", "2026-04-04T10:00:00Z",
         "Rebel leader Ivo Marin was in Austria on Sunday morning, his spokesman said."),
    ],
}


@pytest.fixture(scope="module")
def told():
    from sitroom.link.picture import build_picture
    from sitroom.pipeline import process_documents

    out = {}
    for name, reports in SETS.items():
        docs = [Document(id=i, text=t, outlet=o, published=p) for i, o, p, t in reports]
        rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
                for d in docs]
        pic = build_picture(rows, process_documents(docs), {d.id: d.text for d in docs})
        out[name] = sorted((ln["kind"], ln["reason"].split(" (")[0],
                            *[(e["doc"], e.get("value")) for e in ln.get("evidence") or ()])
                           for ln in pic["links"] if ln["kind"] in ("contradicts", "supersedes"))
    return out


def test_a_whole_lower_than_its_part_is_against_it(told):
    assert told["whole_lower"] == [("contradicts", "number", ("p1", "12"), ("c1", "4"))]


def test_a_part_lower_than_its_whole_is_no_conflict(told):
    assert told["whole_higher"] == []


def test_figures_of_places_apart_are_not_compared(told):
    assert told["apart"] == []


def test_one_person_in_two_places_on_one_morning_is_a_conflict(told):
    assert told["two_places"] == [
        ("contradicts", "place", ("a4", "Vienna"), ("b4", "Madrid"))]


def test_a_later_move_overtakes_the_earlier_place(told):
    assert told["moved"] == [("supersedes", "place", ("a5", "Vienna"), ("b5", "Madrid"))]


def test_a_city_within_the_country_named_is_no_conflict(told):
    assert told["within"] == []


def test_a_figure_over_places_of_two_countries_is_no_part_of_one_country():
    two = frozenset({place_path("Vienna", "AT", "city"), place_path("Madrid", "ES", "city")})
    one = frozenset({place_path("Austria", "AT", "country")})
    assert relation(two, one) == "apart"  # only one of the two cities lies in the country
    both = frozenset({place_path("Austria", "AT", "country"), place_path("Spain", "ES", "country")})
    assert relation(both, one) == "holds" and relation(one, both) == "within"
