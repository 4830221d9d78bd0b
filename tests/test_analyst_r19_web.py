"""Round 19, reading the web app: an actor's timeline page shows dates and their sources in
words, as the timeline page does (docs/judgements/reading.md, round 19: a third reading)."""

from __future__ import annotations

from sitroom.web.routes_timeline import timeline_page


def _row(date: str | None, source: str, precision: str | None = "day") -> dict:
    text = "The harbour master closed the port."
    return {"date": date, "date_precision": precision, "date_source": source, "what": "closed",
            "role": "agent", "with": [{"name": "port", "role": "patient"}], "sentence": text,
            "doc": "d1", "outlet": "Coast Wire", "start": 0, "end": len(text), "mark": [21, 27]}


def _page(lines: list[list[dict]], undated: list[dict]) -> str:
    actor = {"id": "actor:harbour-master", "name": "harbour master", "kind": "person"}
    return timeline_page({"actor": actor, "count": 3, "lines": lines, "undated": undated})


def test_an_actors_timeline_row_shows_its_date_in_words_with_the_value_as_its_title():
    html = _page([[_row("2024-W19", "paragraph", "week")], [_row("2024-05-07TNI", "governing",
                                                                  "part_of_day")]], [])
    assert '<td title="2024-W19">6–12 May 2024</td>' in html
    assert '<td title="2024-05-07TNI">7 May 2024, night</td>' in html
    assert '<span class="muted small">from its paragraph</span>' in html


def test_an_actors_timeline_shows_no_date_source_field_code():
    html = _page([[_row("2024-05-07", "governing")], [_row("2024-05-08", "publication")]],
                 [_row(None, "none", None)])
    assert '<span class="muted small">publication date</span>' in html
    for code in ("governing", "publication<", "none<", ">paragraph"):
        assert code not in html
    assert '<td title="">–</td>' in html  # an undated row, under "1 not dated"
