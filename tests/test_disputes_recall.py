"""Recall of real conflicts (issue 15, item 4), on reports written for these tests: a distance
given with its conversion in brackets, a casualty figure far lower from another outlet later
in the day, a short denial of a named person's arrest, a case to be dropped by a verb before it,
and a move of one person to another country."""

from __future__ import annotations

import pytest

from sitroom.link.disputes import denies, presence, quantities, statuses
from sitroom.model import Document


def test_a_converted_distance_in_brackets_keeps_its_anchor():
    qs = quantities("The convoy stopped 200 km (125 miles) south of the dam.")
    assert [(q.text, q.noun) for q in qs] == [("200 km", "dam"), ("125 miles", "dam")]
    assert all(q.key == "length" for q in qs)
    qs = quantities("The convoy stopped 125 miles (200 km) from the dam.")
    assert [q.noun for q in qs] == ["dam", "dam"]


def test_a_short_denial_of_a_named_person_counts_the_names():
    denial = "The interior ministry denied that Ivo Marin had been arrested."
    assert denies(denial, "Ivo Marin was arrested by police at the airport on Monday.")
    assert not denies(denial, "Police arrested three men at the airport on Monday.")
    assert not denies(denial, "Ivo Marin was questioned at the airport on Monday.")
    # one name and one act are too little to tell a proposition
    assert not denies("Officials denied that Marin was arrested.", "Marin was arrested.")


def test_a_verb_before_the_case_tells_its_status():
    def told(text):
        return [(s.subject, s.state, s.future) for s in statuses(text)]

    assert told("The government said it would drop the case against the guards.") == [
        ("cas", "closed", True)]
    assert told("Prosecutors said they were closing the criminal case.") == [
        ("cas", "closed", False)]
    assert told("The talks came close to collapse.") == []


def test_a_move_to_a_place_puts_the_person_there():
    s = "Ivo Marin left for Vienna on Sunday, his lawyer said."
    assert presence(s, [(0, 9, "a1")], [(s.index("Vienna"), s.index("Vienna") + 6, "Vienna",
                                         "AT")]) == {("a1", "Vienna", "AT")}


REPORTS = [
    ("n1", "North Wire", "2026-05-02T08:00:00Z",
     "Rebel commander Ivo Marin and his fighters advanced to a point 200 km (125 miles) from "
     "the dam on Friday. Doctors said about 1,500 people were wounded in the fighting near the "
     "dam, according to Ivo Marin."),
    ("s1", "South Post", "2026-05-02T08:40:00Z",
     "Ivo Marin and his fighters advanced to a point 200 miles from the dam on Friday."),
    ("t1", "Lake Times", "2026-05-02T09:30:00Z",
     "Ivo Marin said some 40 people were wounded in the fighting near the dam."),
    ("e1", "East Daily", "2026-05-02T10:00:00Z",
     "Ivo Marin was arrested by police near the dam on Friday, a witness said."),
    ("w1", "West Times", "2026-05-02T10:10:00Z",
     "The interior ministry denied that Ivo Marin had been arrested."),
]


@pytest.fixture(scope="module")
def links():
    from sitroom.link.picture import build_picture
    from sitroom.pipeline import process_documents

    docs = [Document(id=i, text=t, outlet=o, published=p) for i, o, p, t in REPORTS]
    rows = [{"id": d.id, "outlet": d.outlet, "published": d.published, "copy_of": None}
            for d in docs]
    pic = build_picture(rows, process_documents(docs), {d.id: d.text for d in docs})
    return [ln for ln in pic["links"] if ln["kind"] in ("contradicts", "supersedes")]


def _told(links):
    return sorted((ln["kind"], *sorted(e["doc"] for e in ln.get("evidence") or (
        {"doc": ln["to_doc"]}, {"doc": ln["from_doc"]})),
                   ln["reason"].split(" (")[0]) for ln in links)


def test_the_real_conflicts_of_the_reports_are_linked(links):
    assert _told(links) == [
        ("contradicts", "e1", "w1", "denial"),
        ("contradicts", "n1", "s1", "number"),  # 125 miles / 200 km against 200 miles
        ("contradicts", "n1", "t1", "number"),  # about 1,500 wounded against some 40 later
    ]


def test_a_lower_count_of_another_outlet_later_is_against_it_not_newer(links):
    [hurt] = [ln for ln in links if "injured" in ln["reason"]]
    assert hurt["kind"] == "contradicts" and hurt["against"] == "n1"
    assert [(e["doc"], e["value"]) for e in hurt["evidence"]] == [("n1", "1,500"), ("t1", "40")]


def test_the_death_penalty_and_death_threats_count_no_dead():
    assert quantities("The jury split, nine in favour of the death penalty and three against.") == ()
    assert quantities("Nine men were sentenced to death on Monday.") == ()
    assert quantities("She received three death threats.") == ()
    assert [q.key for q in quantities("Nine men were put to death on Monday.")] == ["dead"]


def test_a_lower_count_falls_back_only_from_another_outlet_and_only_for_growing_counts():
    from dataclasses import replace

    from sitroom.link.disputes import Statement, _falls_back

    first = Statement("d1", 0, 0, 10, "x", "North Wire", 0.0, None, None, frozenset(),
                      frozenset(), frozenset(), frozenset(), frozenset())
    other, same = replace(first, doc="d2", outlet="Lake Times"), replace(first, doc="d3")
    (many,), (few,) = quantities("About 1,500 people were wounded."), quantities(
        "Some 40 people were wounded.")
    assert _falls_back(first, other, many, few)
    assert not _falls_back(first, same, many, few)  # its own correction
    assert not _falls_back(first, other, few, many)  # a higher figure is newer
    (far,), (near,) = quantities("It stopped 300 km from the dam."), quantities(
        "It stopped 20 km from the dam.")
    next_day = replace(other, time=30 * 3600.0)
    assert not _falls_back(first, next_day, far, near)  # a distance may shrink over days
    # within a day another outlet's distance is one against it (round 14: "150 km" and
    # "150 miles" an hour apart are no newer value of each other)
    assert _falls_back(first, replace(other, time=3600.0), far, near)
