"""The web app's edges: no filter value gives a 500 (property-tested with hypothesis on every
list page and its JSON twin), no error echoes exception text, the Host allow-list stops DNS
rebinding on loopback, and the API description works offline (/openapi.json; no /docs page
that would load scripts from a CDN)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.model import Document
from sitroom.store import Store
from sitroom.web.app import create_app
from sitroom.web.errors import INTERNAL
from sitroom.web.guard import allowed_hosts, split_host
from test_web_api import TOKEN, build_store, fake_analyze

LISTS = ("events", "timeline", "actors", "places", "quotes", "claims")
FILTERS = ("actor", "outlet", "story", "type", "certainty", "since", "until", "offset", "limit")
PATHS = (*LISTS, *(f"{k}.json" for k in LISTS), "stories.json", "framing.json", "links.json",
         "sources", "events.geojson", "actors.graphml")


@pytest.fixture(scope="module")
def app_client(tmp_path_factory):
    """The sample store plus one report without a publication date (undated reports once made
    date filters overflow)."""
    db = tmp_path_factory.mktemp("edges") / "web.db"
    build_store(db)
    with Store(db) as s:
        s.add_document(Document(id="d9", text="An undated wire.", content_hash="h-d9"))
        pic = {k: s.picture(k) for k in ("actors", "places", "events", "quotes", "claims",
                                          "timeline", "links", "stories", "framing")}
        pic["claims"].append({**pic["claims"][0], "id": "c-undated", "doc": "d9",
                              "evidence": [{**pic["claims"][0]["evidence"][0], "doc": "d9"}]})
        s.put_picture(pic)
    with TestClient(create_app(db, token=TOKEN, analyze=fake_analyze),
                    raise_server_exceptions=False) as c:
        yield c


values = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["9999", "9999-12-31", "0001-01-01", "9999-12-31T23:59+00:00",
                     "0001-01-01T00:00+14:00", "2023-W53", "9999-W52", "2023-13", "2023-06-31",
                     "asserted", "a:1", "\x00", "1e400", "%", "' OR 1=1 --", "𝔘𝔫𝔦"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), name=st.sampled_from(FILTERS), value=values,
       other=st.sampled_from(FILTERS), value2=values)
def test_no_filter_value_gives_a_server_error(app_client, path, name, value, other, value2):
    r = app_client.get(f"/{path}", params={name: value, other: value2})
    assert r.status_code < 500, (path, name, value, other, value2, r.text[:300])
    if r.status_code >= 400:
        assert r.json()["ok"] is False and "\n" not in r.json()["error"]


@pytest.mark.parametrize("path", [f"/{k}.json" for k in LISTS] + [f"/{k}" for k in LISTS])
def test_date_filters_work_with_an_undated_report(app_client, path):
    for query in ({"since": "2023-06-24"}, {"until": "2023-06-24"},
                  {"since": "0001-01-01", "until": "9999-12-31"}, {"since": "9999"}):
        assert app_client.get(path, params=query).status_code == 200, (path, query)


def test_an_edge_of_the_calendar_is_a_400_not_a_500(app_client):
    r = app_client.get("/events.json", params={"since": "9999-12-31T23:59-14:00"})
    assert r.status_code in (200, 400)
    r = app_client.get("/events.json", params={"until": "not a date"})
    assert r.status_code == 400 and r.json()["error"].startswith("until='not a date' is not a date")


def test_an_unexpected_failure_answers_a_generic_line(app_client, monkeypatch):
    import sitroom.web.routes_picture as rp

    def boom(*a, **k):
        raise RuntimeError("secret /etc/passwd detail")

    monkeypatch.setattr(rp, "summary", boom)
    r = app_client.get("/summary.json")
    assert r.status_code == 500 and r.json() == {"ok": False, "error": INTERNAL}
    assert "secret" not in r.text


def test_bad_json_body_names_the_place_not_the_exception(app_client):
    r = app_client.post("/api/reports", content=b"{nope", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"] == ("the body is not valid JSON (line 1, column 2); "
                                 "send a JSON object")


def test_openapi_is_served_and_docs_pages_are_off(app_client):
    assert app_client.get("/openapi.json").json()["info"]["title"] == "sitroom"
    for path in ("/docs", "/redoc"):
        assert app_client.get(path).status_code == 404


def test_html_pages_allow_only_their_own_scripts(app_client):
    csp = app_client.get("/events").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "http" not in csp
    assert app_client.get("/events.json").headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host,port,expected", [
    ("127.0.0.1", 8000, ("127.0.0.1", "localhost", "::1")),
    ("localhost", 8000, ("127.0.0.1", "localhost", "::1")),
    ("10.0.0.5", 80, ("10.0.0.5",)),
    ("0.0.0.0", 80, None),
])
def test_allowed_hosts_follow_the_bound_address(host, port, expected):
    assert allowed_hosts(host, port, env="") == expected


def test_allowed_hosts_are_configurable():
    assert allowed_hosts("0.0.0.0", 80, env="sitroom.example.org, 10.0.0.5") == (
        "sitroom.example.org", "10.0.0.5")
    assert allowed_hosts("127.0.0.1", 80, env="*") is None


def test_host_header_split():
    assert split_host("[::1]:8000") == ("::1", 8000)
    assert split_host("LocalHost") == ("localhost", None)
    assert split_host("evil.example:80x") == ("", None)


@pytest.fixture(scope="module")
def loopback(tmp_path_factory):
    db = tmp_path_factory.mktemp("host") / "web.db"
    build_store(db)
    app = create_app(db, token=TOKEN, analyze=fake_analyze,
                     hosts=allowed_hosts("127.0.0.1", 8000, env=""), port=8000)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost",
                                  "127.0.0.1"])
def test_loopback_names_are_answered(loopback, host):
    assert loopback.get("/events.json", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1:9999",
                                  "127.0.0.1.evil.example", "", "localhost:abc"])
def test_other_hosts_get_400_dns_rebinding(loopback, host):
    r = loopback.get("/events.json", headers={"host": host})
    assert r.status_code == 400
    assert r.json()["ok"] is False and r.json()["error"].startswith("Host: ")
    assert "events" not in r.json()
