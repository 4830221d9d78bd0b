"""Round 20, reading the picture: on the web's record listings (newest first, undated last),
a record without a date of its own is listed at its report's day ("reported 4 Mar 2024"), so
on that day it comes after the records the reports date to it, whatever the hour the report
was published (docs/judgements/reading.md, round 20, T1)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from sitroom.model import Document, Extraction
from sitroom.store import Store
from sitroom.web.app import create_app

# d1 and d2 published on 4 Mar (d1 late in the day), d3 on 5 Mar
DOCS = {"d1": "2024-03-04T18:00:00Z", "d2": "2024-03-04T07:00:00Z",
        "d3": "2024-03-05T06:00:00Z"}


def _event(n: int, doc: str, date: str | None) -> dict:
    return {"id": f"event:{n}", "type": "ASSAULT", "quad_class": "material conflict",
            "actor": None, "actor_text": "the brigade", "recipient": None,
            "recipient_text": "the depot", "date": date, "docs": [doc],
            "evidence": [{"doc": doc, "start": 0, "end": 10}]}


# picture order: by report
EVENTS = [_event(1, "d1", None), _event(2, "d2", None), _event(3, "d2", "2024-03-04"),
          _event(4, "d3", None), _event(5, "d3", "2024-03-03")]
QUOTES = [{"id": f"quote:{n}", "speaker": None, "speaker_text": "a spokesman", "text": "We hold.",
           "cue": "said", "time": t, "docs": [d],
           "evidence": [{"doc": d, "start": 0, "end": 8}]}
          for n, (d, t) in enumerate([("d1", None), ("d2", "2024-03-04T09:00")], 1)]


def _build(path) -> None:
    with Store(path) as s:
        for doc, when in DOCS.items():
            s.add_document(Document(id=doc, text="The depot burned down in the night.",
                                    content_hash="h-" + doc, title=f"report {doc}",
                                    outlet=f"outlet {doc}", published=when))
            s.put_extraction(Extraction(doc=doc), "test", [])
        s.put_picture({"events": EVENTS, "quotes": QUOTES, "claims": [], "timeline": [],
                       "actors": [], "places": [], "links": [], "stories": [],
                       "framing": []})


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("r20web") / "web.db"
    _build(db)
    with TestClient(create_app(db)) as c:
        yield c


def _ids(client, url: str, kind: str) -> list[str]:
    return [r["id"] for r in client.get(url).json()[kind]]


def test_an_event_dated_to_a_day_comes_before_the_undated_ones_listed_at_that_day(client):
    # event:1 is listed at d1's day (published 18:00), event:3 dated 4 Mar by its report:
    # before, 18:00 > 00:00 put the undated event:1 first
    ids = _ids(client, "/events.json", "events")
    assert ids.index("event:3") < ids.index("event:1")
    assert ids.index("event:3") < ids.index("event:2")


def test_undated_events_of_one_day_keep_their_reports_time_order(client):
    ids = _ids(client, "/events.json", "events")
    assert ids.index("event:1") < ids.index("event:2")


def test_an_undated_event_of_a_later_day_stays_above_an_earlier_dated_one(client):
    # not fired: event:4 is listed at 5 Mar, after every record of 4 Mar and before 3 Mar
    assert _ids(client, "/events.json", "events") == [
        "event:4", "event:3", "event:1", "event:2", "event:5"]


def test_a_quote_with_its_own_hour_comes_before_an_unhoured_quote_of_its_day(client):
    # quote:2 said at 09:00 on 4 Mar; quote:1 has no time and its report is of 18:00 that day
    assert _ids(client, "/quotes.json", "quotes") == ["quote:2", "quote:1"]


def test_the_html_page_lists_as_its_twin(client):
    cells = re.findall(r'<td class="date">(?:<span[^>]*>)?([^<]+)<', client.get("/events").text)
    assert cells == ["reported 5 Mar 2024", "4 Mar 2024", "reported 4 Mar 2024",
                     "reported 4 Mar 2024", "3 Mar 2024"]
