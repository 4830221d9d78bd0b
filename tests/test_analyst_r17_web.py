"""Round 17, reading the picture: what the web app shows a reader (docs/judgements/reading.md).
The footer's API link opens a page that exists, and the sources page has its JSON twin, as
every other page has."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from sitroom.web.app import create_app
from test_web_api import build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("r17web") / "web.db"
    build_store(db)
    with TestClient(create_app(db)) as c:
        yield c


def _utc(stamp: str) -> datetime:
    """An ISO date or datetime as an aware UTC datetime (a naive one taken as UTC)."""
    t = datetime.fromisoformat(stamp)
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).astimezone(UTC)


def test_the_footer_links_to_pages_that_exist(client):
    page = client.get("/").text
    assert 'href="/docs"' not in page
    assert 'href="/openapi.json"' in page and 'href="/summary.json"' in page
    for path in ("/openapi.json", "/summary.json"):
        assert client.get(path).status_code == 200, path


def test_the_sources_page_has_a_json_twin_with_both_sides_of_each_dispute(client):
    data = client.get("/sources.json").json()
    assert data["ok"] is True and data["filters"] == {}
    assert data["outlets"] and set(data) >= {"matrix", "disputes", "stories", "framing"}
    roles = {row["event"]: row["outlets"] for row in data["matrix"]}
    assert any(r.get("River Post") == "contradicts" for r in roles.values())
    assert all(ln["kind"] == "contradicts" for ln in data["disputes"]) and data["disputes"]
    assert [s["id"] for s in data["stories"]] == ["story:port", "story:talks"]


def test_the_sources_json_is_filtered_like_its_page(client):
    narrowed = client.get("/sources.json?outlet=Coast Wire").json()
    assert narrowed["filters"] == {"outlet": "Coast Wire"}
    assert [f["outlet"] for f in narrowed["framing"]] == ["Coast Wire"]
    assert client.get("/sources.json?certainty=zzz").status_code == 400


def test_the_reports_page_lists_the_newest_first_with_readable_dates(client):
    page = client.get("/documents").text
    table = page.split('<table id="docs-table">', 1)[1]
    stamps = [cell.split('"', 1)[0] for cell in table.split('<td class="date" title="')[1:]]
    times = [_utc(x) for x in stamps]
    assert times == sorted(times, reverse=True) and len(stamps) > 1
    assert "newest published first" in page and ">2024-" not in table  # no raw ISO stamps
    arrived = [d["published"] for d in client.get("/documents.json").json()["documents"]]
    assert sorted(arrived, reverse=True) == stamps  # the same reports, the twin in arrival order


def test_an_undated_report_is_listed_last():
    from sitroom.web.pages import newest_first

    docs = [{"id": "a", "published": None}, {"id": "b", "published": "2024-05-06T09:00"},
            {"id": "c", "published": "2024-05-07"}, {"id": "d", "published": "2024-05-07"}]
    assert [d["id"] for d in newest_first(docs)] == ["c", "d", "b", "a"]


def _cross():
    import copy

    from test_export_report import cross_picture

    return copy.deepcopy(cross_picture())


def test_the_sources_json_omits_what_its_page_hides_and_lists_unlinked_disputes():
    from sitroom.html_sources import sources_json
    from sitroom.picture_view import PictureView

    p = _cross()  # Harbour Times's framing says it omits the rebels, whom its report names
    p["claims"][0]["disputed"] = True  # disputed, but no contradicts link names it
    data = sources_json(PictureView(p))
    harbour = data["framing"][1]
    assert harbour["outlet"] == "Harbour Times" and harbour["omits"]["actors"] == []
    assert data["disputed_unlinked"] == ["claim:1"]
    p["actors"][0]["docs"] = ["d1", "d3"]
    harbour = sources_json(PictureView(p))["framing"][1]
    assert harbour["omits"]["actors"] == ["actor:rebels"]
    assert harbour["omits"]["named_elsewhere"] == {
        "actor:rebels": "named in 2 reports of 2 other outlets"}


def test_the_sources_json_takes_the_stories_it_is_given():
    from sitroom.html_sources import sources_json
    from sitroom.picture_view import PictureView

    p = _cross()
    assert [s["id"] for s in sources_json(PictureView(p))["stories"]] == ["story:d1", "story:d3"]
    whole = [{"id": "story:all", "docs": ["d1"]}]
    assert sources_json(PictureView(p), whole)["stories"] == whole


def test_the_matrix_rows_come_with_their_outlet_roles_and_main_actors_take_a_view():
    from sitroom.html_sources import matrix_rows
    from sitroom.picture_view import PictureView
    from sitroom.report_actors import main_actors

    p = _cross()
    v = PictureView(p)
    _, rows, _, roles = matrix_rows(v)
    assert roles["event:1"] == {"Coast Wire": "reports", "Valley News": "corroborates",
                                "Harbour Times": "contradicts"}
    assert main_actors(p, 3, v) == main_actors(p, 3)


def test_reports_are_ordered_by_their_instant_not_by_the_text_of_their_stamps():
    from sitroom.web.pages import newest_first

    docs = [{"id": "utc", "published": "2024-05-07T02:00:00+00:00"},
            {"id": "west", "published": "2024-05-06T23:00:00-05:00"}]  # 04:00 UTC on the 7th
    assert [d["id"] for d in newest_first(docs)] == ["west", "utc"]
    assert _utc(docs[1]["published"]) > _utc(docs[0]["published"])
