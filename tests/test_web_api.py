"""The web app in-process (FastAPI TestClient) over a store built from a hand-made picture.

Analysis after a POST or a new file in the watched folder is a fake analyzer here (it adds one
event per new report), so the tests check the web layer, not extraction quality; one slow test
runs the real pipeline."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from sitroom.model import Document, Extraction
from sitroom.store import Store
from sitroom.web.app import MAX_BODY, create_app
from test_html_report import DOCS, SENT, TEXTS, XSS, sample_picture

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KINDS = ("actors", "places", "events", "quotes", "claims", "timeline", "links", "stories", "framing")


def sentences_of(doc: str) -> list[tuple[int, int, str]]:
    return sorted((s["start"], s["end"], s["text"]) for s in SENT.values() if s["doc"] == doc)


def build_store(path) -> None:
    pic = sample_picture()
    with Store(path) as s:
        for d in DOCS:
            s.add_document(
                Document(
                    id=d["id"],
                    text=TEXTS[d["id"]],
                    content_hash="h-" + d["id"],
                    title=d["title"],
                    outlet=d["outlet"],
                    published=d["published"],
                )
            )
            s.put_extraction(Extraction(doc=d["id"]), "test", sentences_of(d["id"]))
        s.put_picture({k: pic[k] for k in KINDS})


def fake_analyze(store: Store) -> None:
    """Adds one event per report that the sample picture does not know (its first sentence)."""
    pic = {k: store.picture(k) for k in KINDS}
    known = {d for e in pic["events"] for d in e["docs"]} | {"d1", "d2", "d3"}
    for doc in store.documents():
        if doc.id in known:
            continue
        first = doc.text.split(". ")[0]
        ev = {"doc": doc.id, "start": 0, "end": len(first), "text": first, "sent": 0}
        store.put_extraction(Extraction(doc=doc.id), "test", [(0, len(first), first)])
        pic["events"].append(
            {
                "id": f"new-{doc.id}",
                "type": "PROTEST",
                "quad_class": "verbal_conflict",
                "actor": None,
                "recipient": None,
                "place": None,
                "date": doc.published,
                "certainty": "asserted",
                "historical": False,
                "summary": first,
                "docs": [doc.id],
                "sources": [],
                "evidence": [ev],
            }
        )
    store.put_picture(pic)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "web.db"
    build_store(path)
    return path


@pytest.fixture()
def client(db):
    with TestClient(create_app(db, token=TOKEN, analyze=fake_analyze)) as c:
        yield c


def ids(response, kind: str) -> list[str]:
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["ok"] is True and data["count"] == len(data[kind])
    return [r["id"] for r in data[kind]]


def test_every_page_renders_escaped_html(client):
    for path in (
        "/",
        "/events",
        "/timeline",
        "/actors",
        "/places",
        "/quotes",
        "/claims",
        "/documents",
        "/documents/d1",
        "/search?q=port",
    ):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "<script>alert" not in r.text, path
    assert "We hold the port &lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/quotes").text
    home = client.get("/").text
    assert home.count('class="tl-mark crisis"') == 6 and home.count('class="map-mark"') == 3
    assert home.count('class="net-node"') == 4  # the actors with a tie ("Aid agencies" has none)
    assert client.get("/static/sitroom.css").status_code == 200


# the listings of the sample picture, newest first: e4 is the evening of the 7th, e7 undated
# (its report of the 7th places it), e6 dated 1990; c2-c4 from reports of the 8th
NEWEST = {"events": ["e3", "e5", "e4", "e2", "e7", "e1", "e6"], "quotes": ["q1", "q2"],
          "claims": ["c2", "c3", "c4", "c1"]}


def test_json_twins_list_every_record(client):
    pic = sample_picture()
    for kind in ("events", "timeline", "actors", "places", "quotes", "claims", "links"):
        data = client.get(f"/{kind}.json").json()
        assert data["count"] == data["total"] == len(pic[kind]), kind
        if kind in NEWEST:  # newest first (round 18): the same records, in date order
            assert [r["id"] for r in data[kind]] == NEWEST[kind], kind
            assert sorted(data[kind], key=lambda r: r["id"]) == pic[kind], kind
        else:
            assert data[kind] == pic[kind], kind
    docs = client.get("/documents.json").json()
    assert [d["id"] for d in docs["documents"]] == ["d1", "d2", "d3"]
    summary = client.get("/summary.json").json()
    assert summary["counts"]["events"] == 7 and summary["outlets"] == [
        "Coast Wire",
        "Harbour Times",
        "River Post",
    ]
    assert [t["event"] for t in summary["latest"]][:2] == ["e5", "e3"]


def test_filters(client):
    assert ids(client.get("/events.json?actor=rebels"), "events") == ["e3", "e4", "e2", "e1"]
    assert ids(client.get("/events.json?actor=a:officials"), "events") == ["e7"]
    assert ids(client.get("/events.json?outlet=river post"), "events") == ["e5", "e1"]
    assert ids(client.get("/events.json?type=ASSAULT"), "events") == ["e4", "e1"]
    assert ids(client.get("/events.json?certainty=reported"), "events") == ["e3", "e7"]
    assert ids(client.get("/events.json?since=2024-05-07&until=2024-05-07"), "events") == ["e4", "e2"]
    assert ids(client.get("/events.json?since=2024-05&type=CONSULT"), "events") == ["e3"]
    assert ids(client.get("/timeline.json?type=ASSAULT"), "timeline") == ["t1", "t3"]
    assert ids(client.get("/quotes.json?actor=officials"), "quotes") == ["q2"]
    assert ids(client.get("/claims.json?certainty=denied"), "claims") == ["c4"]
    assert ids(client.get("/places.json?type=ASSAULT"), "places") == ["p:varna", "p:burgas"]
    assert ids(client.get("/actors.json?outlet=River Post"), "actors") == ["a:rebels", "a:navy", "a:aid"]
    filtered = client.get("/events?type=AID").text
    assert filtered.count('<tr id="ev-') == 1 and "1 of 7 events match the filters, newest first" in filtered


def test_stories_framing_and_the_sources_page(client):
    assert ids(client.get("/events.json?story=story:talks"), "events") == ["e3", "e4", "e6"]
    assert ids(client.get("/claims.json?story=story:port"), "claims") == ["c3", "c4", "c1"]
    assert ids(client.get("/events.json?story=story:port&outlet=River Post"), "events") == ["e5", "e1"]
    assert ids(client.get("/stories.json"), "stories") == ["story:port", "story:talks"]
    assert ids(client.get("/framing.json?outlet=river post"), "framing") == ["framing:river-post"]
    page = client.get("/sources").text
    for ident in ("matrix", "disputed", "stories", "framing"):
        assert f'id="{ident}"' in page, ident
    assert '<a href="/events?story=story:talks">' in page
    assert 'title="River Post: contradicts"' in page and "contradicted by" in page
    assert "<script>alert" not in page and page.count('class="framing"') == 3
    narrowed = client.get("/sources?outlet=Coast Wire").text
    assert narrowed.count('class="framing"') == 1
    events = client.get("/events?story=story:talks").text
    assert events.count('<tr id="ev-') == 3 and '<option value="story:talks" selected>' in events
    # a disputed event links from the summary to the sources page
    assert 'href="/sources#disputed"' in client.get("/").text


def test_lists_come_in_pages(client):
    data = client.get("/claims.json?limit=2&offset=1").json()
    assert [c["id"] for c in data["claims"]] == ["c3", "c4"]  # newest first: c2 c3 c4 c1
    assert (data["count"], data["matched"], data["total"], data["offset"]) == (2, 4, 4, 1)
    assert data["next"] == "/claims.json?offset=3&limit=2"
    last = client.get(data["next"]).json()
    assert [c["id"] for c in last["claims"]] == ["c1"] and "next" not in last
    narrowed = client.get("/events.json?type=ASSAULT&limit=1").json()
    assert narrowed["matched"] == 2 and narrowed["next"] == "/events.json?type=ASSAULT&offset=1&limit=1"
    page = client.get("/events?limit=3&offset=3").text
    assert page.count('<tr id="ev-') == 3 and "7 events, newest first (by date; undated last); 4–6 shown." in page
    assert 'href="/events?offset=0&amp;limit=3">← previous' in page
    assert 'href="/events?offset=6&amp;limit=3">next →' in page
    assert client.get("/events.json?limit=0").status_code == 422
    assert client.get("/events?offset=-1").status_code == 422


def test_a_rebuilt_picture_is_served_at_once(client, db):
    first = {e["id"]: e for e in client.get("/events.json").json()["events"]}
    assert first["e1"]["summary"] == SENT["seized"]["text"]
    assert "Aid agencies delivered food" in client.get("/").text  # rendered and kept
    assert "Aid agencies delivered food" in client.get("/events?type=AID").text
    pic = sample_picture()
    pic["events"][0]["summary"] = "Rebuilt."
    pic["events"][4]["summary"] = "Rebuilt aid."
    with Store(db) as s:  # same number of records: only the content changes
        s.put_picture({k: pic[k] for k in KINDS})
    rebuilt = {e["id"]: e for e in client.get("/events.json").json()["events"]}
    assert rebuilt["e1"]["summary"] == "Rebuilt."
    assert "Rebuilt aid." in client.get("/").text
    assert "Rebuilt aid." in client.get("/events?type=AID").text
    # a new report (not yet analysed) is listed at once; the picture's records stay
    with Store(db) as s:
        s.add_document(Document(id="d9", text="Late news.", content_hash="h-d9", outlet="Late Desk"))
    assert [d["id"] for d in client.get("/documents.json").json()["documents"]][-1] == "d9"
    assert client.get("/events.json").json()["total"] == 7


def test_bad_filters_are_400(client):
    for query, words in (
        ("since=yesterday", "since='yesterday' is not a date"),
        ("certainty=sure", "certainty='sure' is not a certainty"),
    ):
        r = client.get(f"/events.json?{query}")
        assert r.status_code == 400 and r.json()["ok"] is False and words in r.json()["error"]
        assert client.get(f"/events?{query}").status_code == 400


def test_document_page_highlights_evidence(client):
    r = client.get("/documents/d2")
    start = TEXTS["d2"].index("Rebels reportedly shelled")
    assert f'<mark id="doc-d2-{start}">{SENT["shelled"]["text"]}</mark>' in r.text
    data = client.get("/documents/d2.json").json()
    assert data["text"] == TEXTS["d2"]
    assert {
        "start": start,
        "end": start + len(SENT["shelled"]["text"]),
        "anchor": f"doc-d2-{start}",
    } in data["evidence"]
    assert ("events", "e4") in {(x["kind"], x["id"]) for x in data["records"]}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/documents/d1").text
    # a search hit's sentence is highlighted even when it backs no record
    hl = client.get("/documents/d1?hl=0-10").text
    assert '<mark id="doc-d1-0">Rebels sei</mark>' in hl


def test_unknown_document_and_bad_highlight(client):
    for path in ("/documents/nope", "/documents/nope.json"):
        r = client.get(path)
        assert r.status_code == 404
        assert r.json() == {"ok": False, "error": "no document 'nope': see /documents.json for the ids"}
    r = client.get("/documents/d1?hl=abc")
    assert r.status_code == 400 and "hl='abc'" in r.json()["error"]


def test_search(client):
    data = client.get("/search.json?q=navy base").json()
    assert data["count"] == 1 and data["hits"][0]["doc"] == "d2"
    start = SENT["shelled"]["start"]
    assert data["hits"][0]["link"] == f"/documents/d2?hl={start}-{SENT['shelled']['end']}#doc-d2-{start}"
    page = client.get("/search?q=navy").text
    assert page.count('<li class="hit">') == 3 and "<b>navy</b>" in page
    assert client.get("/search?q=zebra").text.count("No sentence contains all of <b>zebra</b>") == 1
    assert client.get("/search.json").status_code == 422


def test_errors_have_one_shape(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.json() == {"ok": False, "error": "no such page: /no/such/page"}
    r = client.delete("/events.json")
    assert r.status_code == 405 and r.json()["ok"] is False


def test_post_requires_a_configured_token(db):
    with TestClient(create_app(db, token=None, analyze=fake_analyze)) as c:
        r = c.post("/api/reports", json={"text": "x"}, headers=AUTH)
    assert r.status_code == 403
    assert r.json() == {
        "ok": False,
        "error": "posting reports is disabled: start the server with SITROOM_TOKEN set",
    }


def test_post_errors(client):
    r = client.post("/api/reports", json={"text": "Troops left."})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and r.json()["ok"] is False
    r = client.post(
        "/api/reports", json={"text": "Troops left."}, headers={"Authorization": "Bearer nope"}
    )
    assert r.status_code == 403 and r.json() == {"ok": False, "error": "the token is wrong"}
    r = client.post("/api/reports", content=b'{"text": ', headers=AUTH)
    assert r.status_code == 400 and r.json()["error"].startswith("the body is not valid JSON")
    r = client.post("/api/reports", content=json.dumps({"text": "a" * MAX_BODY}), headers=AUTH)
    assert r.status_code == 413 and r.json()["ok"] is False
    for body, words in (
        ({"title": "t"}, "text: Field required"),
        ({"text": "   "}, "text: String should have at least 1 character"),
        ({"text": "x", "colour": "red"}, "colour: Extra inputs are not permitted"),
        ({"text": "x", "published": "soon"}, "published: Value error, not a date"),
        ({"text": "x", "url": "javascript:alert(1)"}, "url: Value error, must start with"),
        (["text"], "the body must be a JSON object"),
    ):
        r = client.post("/api/reports", json=body, headers=AUTH)
        assert r.status_code == 422, body
        assert r.json()["ok"] is False and words in r.json()["error"], r.json()
    assert client.get("/api/status").json()["documents"] == 3


def test_post_stores_and_analyses_in_the_background(client):
    text = f"Dockers struck in Varna on Wednesday {XSS}. They want higher pay."
    r = client.post(
        "/api/reports",
        headers=AUTH,
        json={"text": text, "title": "Strike", "outlet": "Port Radio", "published": "2024-05-09"},
    )
    assert r.status_code == 202, r.text
    doc_id = r.json()["id"]
    assert r.json()["duplicate"] is False and r.json()["document"] == f"/documents/{doc_id}"
    assert client.app.state.background.wait_idle(20)
    assert ids(client.get("/events.json?outlet=Port Radio"), "events") == [f"new-{doc_id}"]
    page = client.get(f"/documents/{doc_id}").text
    assert "Dockers struck in Varna on Wednesday &lt;script&gt;" in page and "<script>alert" not in page
    assert client.get("/search.json?q=dockers").json()["count"] == 1
    status = client.get("/api/status").json()
    assert status["documents"] == 4 and status["analyses"] == 1 and status["last_error"] is None
    again = client.post("/api/reports", headers=AUTH, json={"text": text})
    assert (
        again.status_code == 200 and again.json()["duplicate"] is True and again.json()["id"] == doc_id
    )


def test_watched_folder_is_ingested(db, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    with TestClient(create_app(db, token=None, watch=folder, analyze=fake_analyze, poll=0.1)) as c:
        (folder / "flash.txt").write_text("Ferries stopped sailing from Burgas. Harbour is closed.\n")
        (folder / "photo.jpg").write_bytes(b"\xff\xd8")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and c.get("/api/status").json()["documents"] < 4:
            time.sleep(0.1)
        assert c.app.state.background.wait_idle(20)
        events = c.get("/events.json").json()["events"]
        status = c.get("/api/status").json()
    assert status["documents"] == 4 and status["ingested_from_folder"] == 1
    assert status["watching"] == str(folder)
    assert events[-1]["summary"] == "Ferries stopped sailing from Burgas"


def test_exports_and_openapi(client):
    geo = client.get("/events.geojson?type=ASSAULT")
    assert geo.headers["content-type"].startswith("application/geo+json")
    assert [f["id"] for f in geo.json()["features"]] == ["e1", "e4"]
    root = ET.fromstring(client.get("/actors.graphml").text)
    assert len(root.findall(".//{http://graphml.graphdrawing.org/xmlns}edge")) == 5
    spec = client.get("/openapi.json").json()
    for path in (
        "/events.json",
        "/actors.json",
        "/places.json",
        "/quotes.json",
        "/claims.json",
        "/timeline.json",
        "/documents.json",
        "/documents/{doc_id}.json",
        "/search.json",
        "/api/reports",
        "/api/status",
    ):
        assert path in spec["paths"], path
    body = spec["paths"]["/api/reports"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["text"] and "outlet" in body["properties"]
    params = {p["name"] for p in spec["paths"]["/events.json"]["get"]["parameters"]}
    assert params == {"actor", "outlet", "story", "type", "certainty", "since", "until", "offset",
                      "limit", "language"}


def test_empty_database_serves_pages(tmp_path):
    with TestClient(create_app(tmp_path / "new.db", token=TOKEN, analyze=fake_analyze)) as c:
        assert "No analysed picture yet" in c.get("/").text
        assert c.get("/events.json").json() == {
            "ok": True,
            "filters": {},
            "count": 0,
            "matched": 0,
            "total": 0,
            "offset": 0,
            "order": "newest first (by date; undated last)",
            "events": [],
        }


@pytest.mark.slow
def test_post_with_the_real_pipeline(tmp_path):
    from sitroom.pipeline import extraction_version

    path = tmp_path / "real.db"
    with TestClient(create_app(path, token=TOKEN)) as c:
        r = c.post(
            "/api/reports",
            headers=AUTH,
            json={
                "text": "Protesters marched through Lyon on Monday. Police said 300 people took part.",
                "outlet": "Wire",
                "published": "2024-05-06",
            },
        )
        assert r.status_code == 202
        assert c.app.state.background.wait_idle(120)
        status = c.get("/api/status").json()
        assert status["last_error"] is None and status["picture_current"] is True
        assert c.get("/search.json?q=protesters").json()["count"] == 1
    with Store(path) as s:
        assert s.pending(extraction_version()) == []


def test_watch_must_be_a_folder(db, tmp_path):
    from sitroom.errors import InputError

    with pytest.raises(InputError, match="not a folder"):
        create_app(db, watch=tmp_path / "missing")


def test_html_report_from_store(db):
    from sitroom import html_report

    with Store(db) as s:
        page = html_report.from_store(s)
    start = SENT["shelled"]["start"]
    assert f'<mark id="doc-d2-{start}">{SENT["shelled"]["text"]}</mark>' in page
    assert page.count('class="tl-mark crisis"') == 6
