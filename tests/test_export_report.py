import csv
import io
import json

import pytest

from sitroom import export, report
from sitroom.errors import SitroomError
from sitroom.model import Document
from sitroom.store import Store

EV = {"doc": "d1", "start": 0, "end": 25, "text": "Rebels seized the port.", "sent": 0}
PICTURE = {
    "actors": [{"id": "actor:rebels", "name": "Rebels", "kind": "armed_group", "aliases": ["the rebels"],
                "roles": [], "mentions": 2, "docs": ["d1"], "evidence": [EV]}],
    "places": [{"id": "place:varna", "name": "Varna", "lat": 43.2, "lon": 27.9, "country_code": "BG",
                "feature": "city", "geonameid": 1, "aliases": [], "mentions": 1, "docs": ["d1"],
                "evidence": [EV]}],
    "events": [{"id": "event:1", "type": "ASSAULT", "mode": "seize", "quad_class": "material_conflict",
                "actor": "actor:rebels", "recipient": None, "place": "place:varna", "actor_text": "Rebels",
                "recipient_text": None, "trigger": "seized", "date": "2024-05-06", "date_precision": "day",
                "date_source": "text", "certainty": "reported", "polarity": "positive",
                "historical": False, "summary": "Rebels seized the port.", "docs": ["d1"],
                "sources": [], "evidence": [EV]}],
    "quotes": [{"id": "quote:1", "speaker": "actor:rebels", "speaker_text": "they", "text": "We hold the port",
                "cue": "said", "medium": "video", "kind": "direct", "time": None, "doc": "d1",
                "docs": ["d1"], "evidence": [EV]}],
    "claims": [{"id": "claim:1", "text": "Rebels reportedly seized the port.", "certainty": "reported",
                "polarity": "positive", "score": 2.0, "cue": "reportedly",
                "source": {"kind": "anonymous", "actor": None, "text": "officials"}, "doc": "d1",
                "evidence": [EV]}],
    "timeline": [{"id": "t1", "order": 1, "event": "event:1", "date": "2024-05-06", "date_precision": "day",
                  "date_source": "text", "historical": False, "type": "ASSAULT",
                  "summary": "Rebels seized the port.", "docs": ["d1"], "evidence": [EV]}],
    "links": [],
}


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "p.db")
    s.add_document(Document(id="d1", text="Rebels seized the port. <b>x</b>", content_hash="h1",
                            title="Port falls", outlet="Coast Wire", published="2024-05-07",
                            source="wire.txt"))
    s.put_picture(PICTURE)
    yield s
    s.close()


def test_json_export_has_every_documented_key(store):
    data = json.loads(export.render(store, "json"))
    assert list(data) == ["format", "version", "documents", "actors", "places", "events", "quotes",
                          "claims", "timeline", "links", "stories", "framing"]
    d = data["documents"][0]
    assert {k: d[k] for k in ("id", "title", "outlet", "published", "source", "kind")} == {
        "id": "d1", "title": "Port falls", "outlet": "Coast Wire", "published": "2024-05-07",
        "source": "wire.txt", "kind": "text"}
    assert data["events"] == PICTURE["events"]


def test_jsonl_and_csv_write_one_kind(store):
    lines = export.render(store, "jsonl", "claims").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["claim:1"]
    rows = list(csv.DictReader(io.StringIO(export.render(store, "csv", "claims"))))
    assert rows[0]["source_kind"] == "anonymous"
    assert rows[0]["source_text"] == "officials"
    assert rows[0]["evidence_text"] == "Rebels seized the port."
    rows = list(csv.DictReader(io.StringIO(export.render(store, "csv", "actors"))))
    assert rows[0]["aliases"] == "the rebels"


def test_unknown_kind_and_format_are_errors(store):
    with pytest.raises(SitroomError, match="unknown record kind 'bananas'"):
        export.render(store, "jsonl", "bananas")
    with pytest.raises(SitroomError, match="unknown export format 'xml'"):
        export.render(store, "xml")


def test_export_without_picture_says_to_analyze(tmp_path):
    with Store(tmp_path / "e.db") as s, pytest.raises(SitroomError, match="sitroom analyze"):
        export.render(s, "json")


def test_markdown_report_sections_and_sources(store):
    md = report.markdown(store)
    for heading in ("# Situation report", "## What happened", "## Actors", "## Places", "## Quotes",
                    "## Claims by certainty", "## Disputed", "## Sources"):
        assert heading in md
    assert ("- 2024-05-06: **ASSAULT** (seize) by Rebels in Varna _[reported]_ — "
            "Rebels seized the port. [Coast Wire]") in md
    assert "- **Rebels** (said, via video): “We hold the port” [Coast Wire]" in md
    assert "denied: 0, unconfirmed: 0, speculated: 0, reported: 1, asserted: 0." in md
