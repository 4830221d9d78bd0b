"""The typed picture: frozen records with typed fields, and one conversion to and from the
JSON-shaped dicts the store and the exports hold, exact both ways."""

from __future__ import annotations

import dataclasses
import json

import pytest

from sitroom.records import (PICTURE_KINDS, Event, Evidence, Link, Picture, Place,
                             as_picture)
from test_html_report import sample_picture


def test_a_picture_round_trips_to_the_same_dicts():
    raw = sample_picture()
    pic = Picture.from_dict(raw)
    back = pic.to_dict()
    for kind in PICTURE_KINDS:
        assert back[kind] == raw.get(kind, []), kind
    assert back["documents"] == raw["documents"]
    json.dumps(back)  # plain JSON again


def test_records_are_frozen_and_typed():
    pic = Picture.from_dict(sample_picture())
    e = pic.events[0]
    assert isinstance(e, Event) and e.id == "e1" and e.type == "ASSAULT"
    assert isinstance(e.docs, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.type = "PROTEST"  # type: ignore[misc]
    assert all(isinstance(p, Place) for p in pic.places)


def test_evidence_is_a_record_with_its_mark():
    ev = Evidence.from_dict({"doc": "d1", "start": 4, "end": 30, "text": "Rebels shelled it.",
                             "sent": 2, "mark": [7, 14]})
    assert ev.mark == (7, 14) and ev.sent == 2
    assert ev.to_dict()["mark"] == [7, 14]
    e = Event.from_dict({"id": "e9", "type": "ASSAULT", "evidence": [ev.to_dict()]})
    assert e.evidence[0] == ev


def test_a_link_keeps_from_and_to_and_leaves_out_what_it_lacks():
    raw = {"kind": "corroborates", "from": "e1", "to": "e2"}
    ln = Link.from_dict(raw)
    assert (ln.source, ln.target) == ("e1", "e2")
    assert ln.to_dict() == raw  # no against/reason/evidence keys appear


def test_keys_a_reader_does_not_know_are_kept_and_written_back():
    raw = {"id": "p1", "name": "Varna", "lat": 43.2, "lon": 27.9, "elevation": 80,
           "sources": [{"doc": "d1"}]}
    p = Place.from_dict(raw)
    assert p.extra["elevation"] == 80
    assert p.to_dict() == raw
    with pytest.raises(TypeError):
        p.extra["elevation"] = 81  # type: ignore[index]


def test_as_picture_takes_either_form_and_records_names_the_kinds():
    pic = as_picture(sample_picture())
    assert as_picture(pic) is pic
    assert pic.records("events") == pic.events
    with pytest.raises(KeyError, match="unknown record kind 'event'"):
        pic.records("event")
    assert [k for k, _ in pic] == list(PICTURE_KINDS)
