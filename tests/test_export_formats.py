"""Exports in the shapes the field's tools read: dates, PLOVER records, GeoJSON, GraphML."""

from __future__ import annotations

import json

from sitroom.ingest import read_paths
from sitroom.model import Document


def test_telegram_message_time_keeps_its_zone_from_date_unixtime(tmp_path):
    chan = {"name": "Free City", "messages": [
        {"id": 2, "type": "message", "date": "2026-03-13T20:04:40", "date_unixtime": "1773425080",
         "text": "Plain message."},
        {"id": 3, "type": "message", "date": "2026-03-13T21:30:00", "text": "No unix time."}]}
    f = tmp_path / "chan" / "result.json"
    f.parent.mkdir()
    f.write_text(json.dumps(chan), encoding="utf-8")
    docs = [d for d in read_paths([f.parent]) if isinstance(d, Document)]
    assert [d.published for d in docs] == ["2026-03-13T20:04:40+02:00", "2026-03-13T21:30:00"]
