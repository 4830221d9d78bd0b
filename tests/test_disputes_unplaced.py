"""Places the extraction leaves unresolved ("X province", "X island": no country) compared by
containment after a gazetteer lookup of the name, or taken as unknown, never as a place apart
(issue 15, item 4, tenth round). Reports written for these tests (generic places)."""

from __future__ import annotations

import pytest

from sitroom.link.disputes_nesting import place_path, places_agree, unplaced_path
from sitroom.model import Document


def test_an_unresolved_division_is_looked_up_without_its_kind_word():
    assert unplaced_path("Fars province", frozenset({"IR"})) == ("IR", "07")
    assert unplaced_path("Sicily island", frozenset({"IT"})) == place_path("Sicily", "IT", "admin1")


def test_the_lookup_keeps_to_the_countries_of_the_report():
    # a name of places in several countries: only one the report names, else unknown
    greek = unplaced_path("Crete island", frozenset({"GR"}))
    assert greek is not None and greek[0] == "GR"
    assert unplaced_path("Crete island", frozenset()) is None
    assert unplaced_path("Crete island", frozenset({"BR"})) is None
    assert unplaced_path("Nowhereland island", frozenset({"GR"})) is None
    assert unplaced_path("Fars", frozenset({"IR"})) is None  # looked up as it is already


def test_a_person_in_a_place_of_no_known_country_is_not_somewhere_else():
    assert places_agree({("Qarnet island", None)}, {("Madrid", "ES")})
    assert not places_agree({("Vienna", "AT")}, {("Madrid", "ES")})


SETS = {
    "part_lower": [  # the unresolved province's figure lower than its country's: both hold
        ("u1", "North Wire", "2026-06-03T08:00:00Z",
         "Rescue officials said 4 people were killed in Aceh province in the flood on Tuesday."),
        ("u2", "Lake Times", "2026-06-03T08:30:00Z",
         "Rescue officials said 12 people were killed in Indonesia in the flood on Tuesday."),
    ],
    "whole_lower": [  # the country's figure lower than the unresolved province's: against it
        ("w1", "North Wire", "2026-06-03T08:00:00Z",
         "Rescue officials said 12 people were killed in Aceh province in the flood on Tuesday."),
        ("w2", "Lake Times", "2026-06-03T08:30:00Z",
         "Rescue officials said 4 people were killed in Indonesia in the flood on Tuesday."),
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


def test_a_figure_of_an_unresolved_part_below_its_whole_is_no_conflict(told):
    assert told["part_lower"] == []


def test_a_whole_below_its_unresolved_part_is_against_it(told):
    assert told["whole_lower"] == [("contradicts", "number", ("w1", "12"), ("w2", "4"))]
