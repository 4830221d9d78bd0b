"""Headless Chromium (Debian's /usr/bin/chromium, driven by Python playwright) on the HTML report
file and on the served app. Install both with scripts/install_browser.sh. Screenshots go to
test-output/screenshots/."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from typer.testing import CliRunner

from conftest import EXAMPLES
from sitroom import html_report
from sitroom.cli import app as cli
from test_html_report import SENT, TEXTS, XSS, sample_picture
from test_web_api import AUTH, TOKEN, build_store, fake_analyze

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium: run scripts/install_browser.sh"),
    pytest.mark.skipif(sync_playwright is None, reason="no playwright: run scripts/install_browser.sh"),
]
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TARGET = "rgb(255, 211, 77)"  # --target in sitroom.css: the highlight of the linked sentence


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(10_000)
        yield context
        context.close()


@pytest.fixture()
def page(browser):
    pg = browser.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    pg.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app served by uvicorn in a thread on 127.0.0.1 and a free port."""
    import uvicorn

    from sitroom.web.app import create_app

    db = tmp_path_factory.mktemp("browser") / "web.db"
    build_store(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(
        create_app(db, token=TOKEN, analyze=fake_analyze),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", config.app
    srv.should_exit = True
    thread.join(timeout=10)


def charts(pg) -> dict[str, int]:
    return {
        name: pg.locator(sel).count()
        for name, sel in (
            ("crisis", "svg.timeline circle.tl-mark.crisis"),
            ("background", "svg.timeline circle.background"),
            ("places", "svg.map circle.map-mark"),
            ("nodes", "svg.network circle.net-node"),
            ("edges", "svg.network g.edge.event"),
        )
    }


def expected_charts(picture: dict, drawn: set[str] | None = None) -> dict[str, int]:
    """The marks the charts must draw, counted from the picture: one per timeline entry (crisis
    and background), one per located event place, one arrow per (actor, recipient, kind)
    between the ``drawn`` actors (default: all)."""
    places = {p["id"]: p for p in picture["places"]}
    actors = {a["id"] for a in picture["actors"]} if drawn is None else drawn
    located = {
        e["place"] for e in picture["events"]
        if e.get("place") in places and places[e["place"]].get("lat") is not None
    }
    edges = {
        (e["actor"], e["recipient"], e.get("quad_class") or "")
        for e in picture["events"]
        if e.get("actor") in actors and e.get("recipient") in actors and e["actor"] != e["recipient"]
    }
    return {
        "crisis": sum(not t.get("historical") for t in picture["timeline"]),
        "background": sum(bool(t.get("historical")) for t in picture["timeline"]),
        "places": len(located),
        "edges": len(edges),
    }


def assert_highlighted(pg, doc: str, start: int) -> None:
    mark = pg.locator(f"mark#doc-{doc}-{start}")
    assert mark.is_visible()
    assert mark.evaluate("m => m.matches(':target')")
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == TARGET
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] <= 900  # scrolled into view


def test_report_file(page, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(html_report.render(sample_picture(), TEXTS), encoding="utf-8")
    page.goto(path.as_uri())
    assert charts(page) == {"crisis": 6, "background": 1, "places": 3, "nodes": 4, "edges": 5}
    page.screenshot(path=str(SHOTS / "report-top.png"))
    page.locator("#timeline").screenshot(path=str(SHOTS / "report-timeline.png"))
    page.locator("#map").screenshot(path=str(SHOTS / "report-map.png"))
    page.locator("#network").screenshot(path=str(SHOTS / "report-network.png"))
    # a timeline mark leads to its event row, whose evidence link opens the report text
    page.locator('svg.timeline a:has(circle[data-event="e4"])').click()
    assert page.evaluate("location.hash") == "#ev-e4"
    page.locator("#ev-e4 a.ev").first.click()
    assert_highlighted(page, "d2", SENT["shelled"]["start"])
    assert (
        page.locator(f"mark#doc-d2-{SENT['shelled']['start']}").inner_text() == SENT["shelled"]["text"]
    )
    page.screenshot(path=str(SHOTS / "report-evidence.png"))
    # the report's <script> is text
    page.locator("#quotes").scroll_into_view_if_needed()
    assert page.locator("#quote-q1").is_visible()  # a short section is not folded
    assert page.locator("#quote-q1").inner_text().count(XSS) == 1
    assert page.dialogs == []


def test_report_cross_source_sections(page, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(html_report.render(sample_picture(), TEXTS), encoding="utf-8")
    page.goto(path.as_uri() + "#sources")
    assert page.locator("#sources td.r-contradicts").count() == 1
    page.locator("#sources").screenshot(path=str(SHOTS / "report-sources.png"))
    page.locator("#disputed").scroll_into_view_if_needed()
    assert page.locator("#disputed .dispute").count() == 2
    page.locator("#disputed").screenshot(path=str(SHOTS / "report-disputed.png"))
    assert page.locator("#framing .framing").count() == 3
    page.locator("#framing").screenshot(path=str(SHOTS / "report-framing.png"))
    # an overtaken claim: the latest state shows, its history is one click away
    history = page.locator("#claim-c3 details.history")
    assert not page.locator("#claim-c2").is_visible()
    history.locator("summary").click()
    assert page.locator("#claim-c2").is_visible()
    page.locator("#claim-c3").screenshot(path=str(SHOTS / "report-history.png"))
    assert page.dialogs == []


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory):
    """The bundled examples run through the CLI: (report.html, picture)."""
    import json

    out = tmp_path_factory.mktemp("examples")
    r = CliRunner().invoke(cli, [
        "run", str(EXAMPLES / "reports"), "--meta", str(EXAMPLES / "meta.json"),
        "--db", str(out / "ex.db"), "--out", str(out), "--quiet",
    ])
    assert r.exit_code == 0, r.output
    return out / "report.html", json.loads((out / "picture.json").read_text(encoding="utf-8"))


def test_examples_report(page, examples_report):
    path, picture = examples_report
    page.goto(path.as_uri())
    drawn = charts(page)
    nodes = {n.get_attribute("data-id") for n in page.locator("svg.network g.node").all()}
    want = expected_charts(picture, nodes)
    assert {k: drawn[k] for k in want} == want
    linked = {a for e in page.locator("svg.network g.edge").all()
              for a in (e.get_attribute("data-from"), e.get_attribute("data-to"))}
    assert linked == nodes and drawn["nodes"] == len(nodes) <= html_report.MAX_NETWORK_NODES
    page.screenshot(path=str(SHOTS / "examples-top.png"))
    for name in ("timeline", "map", "network", "sources", "disputed", "framing"):
        page.locator(f"#{name}").screenshot(path=str(SHOTS / f"examples-{name}.png"))
    # follow the first event of the table (its section folded: open it) to its evidence
    # sentence in the report's text
    _open(page, "events")
    first = next(e for e in picture["events"] if not e.get("superseded_by"))
    link = page.locator(f"#ev-{html_report.slug(first['id'])} a.ev").first
    link.click()
    ev = first["evidence"][0]
    assert page.evaluate("location.hash") == f"#doc-{ev['doc']}-{ev['start']}"
    # the highlight is the first evidence span starting there (overlaps keep the longest)
    assert_highlighted(page, ev["doc"], ev["start"])
    page.screenshot(path=str(SHOTS / "examples-evidence.png"))
    assert page.dialogs == []


@pytest.fixture(scope="module")
def corpus50_report(tmp_path_factory):
    """The 50-report sample corpus run through the CLI: (report.html, picture)."""
    from corpus50 import build

    return build(tmp_path_factory.mktemp("corpus50"))


def _open(page, section: str):
    """The folded <details> of a report section, opened by a click on its title."""
    fold = page.locator(f"#{section} > details.fold")
    assert not fold.evaluate("d => d.open")
    fold.locator("> summary").click()
    assert fold.evaluate("d => d.open")
    return fold


def _visible(locator) -> list:
    return [x for x in locator.all() if x.is_visible()]


def test_corpus50_report_folds_filters_and_screenshots(page, corpus50_report, tmp_path):
    path, picture = corpus50_report
    shots = tmp_path / "screenshots"
    shots.mkdir()
    page.goto(path.as_uri())
    assert page.locator("#summary ul.latest li").count() >= 3
    assert page.locator("svg.network g.node").count() >= 5
    assert page.locator("svg.network g.edge.event").count() >= 1
    assert page.locator("svg.network g.edge.quote").count() >= 1
    assert page.locator("svg.network g.edge.co").count() >= 1
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 12_000  # folded: a few screens, not tens of thousands of pixels
    page.screenshot(path=str(shots / "corpus50-top.png"))
    page.screenshot(path=str(shots / "corpus50-full.png"), full_page=True)
    page.locator("#network").screenshot(path=str(shots / "corpus50-network.png"))
    # a folded section opens and closes; its rows are hidden while it is closed
    row = page.locator("#claims-list tr[data-certainty]").first
    assert not row.is_visible()
    claims = _open(page, "claims")
    assert row.is_visible()
    claims.locator("> summary").click()
    assert not row.is_visible()
    # quotes by speaker: the chosen speaker's quotes stay, the others are hidden
    _open(page, "quotes")
    quotes = page.locator("#quotes-list > .quote")
    total = quotes.count()
    assert total == len(picture["quotes"]) and len(_visible(quotes)) == total
    speaker = page.locator('#quotes select[data-key="speaker"] option').nth(1).get_attribute("value")
    page.select_option('#quotes select[data-key="speaker"]', speaker)
    kept = _visible(quotes)
    assert 0 < len(kept) < total and {q.get_attribute("data-speaker") for q in kept} == {speaker}
    assert page.locator("#quotes .rowfilter .shown").inner_text() == f"{len(kept)} of {total} shown"
    page.locator("#quotes").screenshot(path=str(shots / "corpus50-quotes-filtered.png"))
    # claims by certainty: the other groups go, the folded group of the chosen one opens
    _open(page, "claims")
    page.select_option('#claims select[data-key="certainty"]', "asserted")
    kept = _visible(page.locator("#claims-list tr[data-certainty]"))
    assert kept and {r.get_attribute("data-certainty") for r in kept} == {"asserted"}
    assert not page.locator("#claims-denied").is_visible()
    # events by type and actor, and by typed text
    _open(page, "events")
    rows = page.locator("#events-table tbody tr")
    etype = page.locator('#events select[data-key="type"] option').nth(1).get_attribute("value")
    page.select_option('#events select[data-key="type"]', etype)
    kept = _visible(rows)
    assert 0 < len(kept) < rows.count()
    assert {r.get_attribute("data-type") for r in kept} == {etype}
    actor = page.locator('#events select[data-key="actor"] option').nth(1).get_attribute("value")
    page.select_option('#events select[data-key="type"]', "")
    page.select_option('#events select[data-key="actor"]', actor)
    kept = _visible(rows)
    assert kept and all(actor in r.get_attribute("data-actor").split("|") for r in kept)
    page.select_option('#events select[data-key="actor"]', "")
    page.fill("#events .rowfilter input", "zzzz-no-such-words")
    assert _visible(rows) == []
    page.locator("#events").screenshot(path=str(shots / "corpus50-events.png"))
    # framing: panels for the outlets with enough text, the others in one
    assert page.locator("#framing details.framing-rest").count() == 1
    assert all(p.stat().st_size > 1000 for p in shots.iterdir())
    assert page.dialogs == []


def test_served_app(page, server):
    base, _ = server
    page.goto(base + "/")
    assert charts(page) == {"crisis": 6, "background": 1, "places": 3, "nodes": 4, "edges": 5}
    page.screenshot(path=str(SHOTS / "app-home.png"), full_page=True)
    # an event's evidence: from the events table to the document, sentence highlighted
    page.goto(base + "/events")
    page.locator("#ev-e4 a.ev").first.click()
    page.wait_for_url(f"**/documents/d2#doc-d2-{SENT['shelled']['start']}")
    assert_highlighted(page, "d2", SENT["shelled"]["start"])
    page.screenshot(path=str(SHOTS / "app-document.png"))
    # filters narrow the table
    page.goto(base + "/events")
    page.select_option("select[name=type]", "ASSAULT")
    page.locator("form.filters button").click()
    page.wait_for_url("**/events?*type=ASSAULT*")
    assert page.locator("#events-table tbody tr").count() == 2
    # search from the header, then open a hit
    page.fill("header input[name=q]", "navy")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=navy")
    assert page.locator("#hits li.hit").count() == 3
    page.screenshot(path=str(SHOTS / "app-search.png"))
    page.locator("#hits li.hit a", has_text="shelled").click()
    assert_highlighted(page, "d2", SENT["shelled"]["start"])
    # the sources page: the matrix, both sides of a dispute, framing; a story narrows events
    page.goto(base + "/sources")
    assert page.locator("#matrix td.r-contradicts").count() == 1
    assert page.locator("#disputed .dispute").count() == 2
    page.screenshot(path=str(SHOTS / "app-sources.png"), full_page=True)
    page.locator("#stories a", has_text="Talks announced").click()
    page.wait_for_url("**/events?story=*")
    assert page.locator("#events-table tbody tr").count() == 3
    assert page.dialogs == []


def test_posted_script_renders_as_text(page, server):
    base, app = server
    page.goto(base + "/timeline")
    page.wait_for_timeout(500)  # the page has read /api/status once
    text = f"Leaflets reading {XSS} were found in Burgas. Nobody was hurt."
    r = page.request.post(
        base + "/api/reports", data={"text": text, "outlet": "Night Desk"}, headers=AUTH
    )
    assert r.status == 202, r.text()
    doc = r.json()["id"]
    assert app.state.background.wait_idle(20)
    # the open page tells the reader that the picture changed
    page.locator("#live-note").wait_for(timeout=8000)
    assert "The picture has changed" in page.locator("#live-note").inner_text()
    page.screenshot(path=str(SHOTS / "app-live-note.png"))
    page.locator("#live-note a").click()
    page.wait_for_load_state()
    assert page.locator("#live-note").count() == 0
    page.goto(base + "/events?outlet=Night+Desk")
    assert page.locator("#events-table tbody tr").count() == 1
    assert XSS in page.locator("#events-table").inner_text()
    page.goto(base + f"/documents/{doc}")
    assert XSS in page.locator(".doctext").inner_text()
    page.goto(base + "/quotes")
    assert XSS in page.locator("#quote-q1").inner_text()
    page.screenshot(path=str(SHOTS / "app-quotes-script-as-text.png"))
    assert page.dialogs == []
