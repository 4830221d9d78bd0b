#!/usr/bin/env python3
"""Benchmark of the web app on a large store (not a test: it prints figures).

Builds a synthetic store of N short reports (default 10,000) cheaply: documents and their
sentences through the Store API, and a synthetic picture (events, timeline, actors, places,
quotes, claims, links, stories, framing, in proportions like the bundled examples') written
with ``Store.put_picture``, without running spaCy. Then serves the app with uvicorn on a free
loopback port and times, over HTTP:

- GET / and GET /events.json: the first (cold: the picture is read from SQLite) and the median
  of 20 warm requests;
- the watched folder: from writing a new report into it to its being stored, to its page
  answering, and to the picture including it (a synthetic analysis that adds one event and
  rewrites the whole picture, as ``sitroom analyze`` does);
- without the app's caches: loading the picture from SQLite, rendering the summary and sources
  pages from it (what the server does once per picture change, in the background).

- the uncached filtered views (events by actor, outlet, date and offset; the events pages by
  actor, outlet and date; the timeline by date) and /summary.json:
  requests per second of one sequential client and the p99 latency, every request a new filter
  value so that no page cache answers.

Usage: .venv/bin/python scripts/bench_web.py [--reports 10000] [--db /tmp/bench_web.db] [--json]
       [--filtered-only] [--build-only]

The store is built without NLP (10,000 reports: about a minute; 50,000: about 15 minutes on a
shared 2-core machine); build it once with ``--build-only --db PATH`` and time against it.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sitroom.model import Document, Extraction
from sitroom.store import Store

KINDS = ("actors", "places", "events", "quotes", "claims", "timeline", "links", "stories", "framing")
TYPES = ("ASSAULT", "PROTEST", "CONSULT", "AID", "COERCE", "ACCUSE", "REJECT", "THREATEN")
QUADS = ("material_conflict", "verbal_conflict", "verbal_cooperation", "material_cooperation",
         "material_conflict", "verbal_conflict", "verbal_conflict", "verbal_conflict")
WORDS = ("convoy", "bridge", "council", "harbour", "ministry", "column", "border", "market",
         "station", "village", "governor", "militia", "airport", "envoy", "rail", "depot")


def report_text(i: int, rng: random.Random) -> list[str]:
    """Three sentences of a synthetic report."""
    w = [rng.choice(WORDS) for _ in range(6)]
    return [
        f"Report {i}: the {w[0]} near the {w[1]} was closed on day {i % 28 + 1}.",
        f"Officials of the {w[2]} said {i % 97} people gathered at the {w[3]}.",
        f"Witnesses reported that the {w[4]} and the {w[5]} were quiet by evening.",
    ]


def build(db: Path, n: int, seed: int = 7) -> dict[str, int]:
    """A store of ``n`` synthetic reports and a picture over them; returns the record counts."""
    rng = random.Random(seed)
    outlets = [f"Outlet {k:02d}" for k in range(60)]
    actors = [{"id": f"a:{k}", "name": f"Actor {k}", "kind": "person", "aliases": [], "roles": [],
               "mentions": 0, "docs": [], "evidence": []} for k in range(max(50, n // 3))]
    places = [{"id": f"p:{k}", "name": f"Town {k}", "lat": 41 + rng.random() * 3,
               "lon": 22 + rng.random() * 6, "country_code": "BG", "feature": "city",
               "geonameid": None, "aliases": [], "mentions": 0, "docs": [], "evidence": []}
              for k in range(max(10, n // 10))]
    pic: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    docs: list[tuple[str, str]] = []
    with Store(db) as store:
        for i in range(n):
            sents = report_text(i, rng)
            text = " ".join(sents)
            did = f"doc{i:05d}"
            outlet = outlets[i % len(outlets)]
            day = f"2024-05-{i % 28 + 1:02d}"
            store.add_document(Document(id=did, text=text, content_hash="h" + did, outlet=outlet,
                                        title=f"Report {i}", published=day))
            spans, pos = [], 0
            for s in sents:
                spans.append((pos, pos + len(s), s))
                pos += len(s) + 1
            store.put_extraction(Extraction(doc=did), "bench", spans)
            docs.append((did, outlet))
            ev = [{"doc": did, "start": a, "end": b, "text": t, "sent": j}
                  for j, (a, b, t) in enumerate(spans)]
            _records(pic, i, did, outlet, day, ev, actors, places, rng)
        pic["actors"], pic["places"] = actors, places
        pic["stories"] = [{"id": f"story:{k}", "title": f"Story {k}",
                           "docs": [d for d, _ in docs[k::300]], "first": "2024-05-01",
                           "last": "2024-05-28", "outlets": outlets[:5]} for k in range(300)]
        pic["framing"] = [{"id": f"framing:{o}", "outlet": o, "docs": [], "terms": [
            {"term": w, "z": 2.0, "count": 3} for w in WORDS[:12]], "tone": [], "omits": {
            "actors": [], "claims": []}} for o in outlets]
        store.put_picture(pic)
    return {k: len(v) for k, v in pic.items()}


def _records(pic: dict[str, list[dict[str, Any]]], i: int, did: str, outlet: str, day: str,
             ev: list[dict[str, Any]], actors: list[dict], places: list[dict],
             rng: random.Random) -> None:
    """The records one synthetic report adds: 2-3 events (with timeline entries), 1-2 quotes,
    4 claims; every tenth event is corroborated by the previous report."""
    for j in range(2 + i % 2):
        t = rng.randrange(len(TYPES))
        a, r = rng.choice(actors), rng.choice(actors)
        pl = rng.choice(places)
        for rec in (a, r, pl):
            rec["mentions"] += 1
            if len(rec["evidence"]) < 3:
                rec["evidence"].append(ev[0])
                rec["docs"].append(did)
        eid = f"e{i}-{j}"
        docs = [did] + ([f"doc{i - 1:05d}"] if i and j == 0 and i % 10 == 0 else [])
        pic["events"].append({
            "id": eid, "type": TYPES[t], "mode": None, "quad_class": QUADS[t], "actor": a["id"],
            "recipient": r["id"], "place": pl["id"], "actor_text": None, "recipient_text": None,
            "trigger": "closed", "date": day, "date_precision": "day", "date_source": "text",
            "certainty": "asserted", "polarity": "positive", "historical": False,
            "summary": ev[j % 3]["text"], "docs": docs,
            "sources": [{"doc": d, "certainty": "asserted", "polarity": "positive", "date": day}
                        for d in docs],
            "evidence": [ev[j % 3]], "outlets": {outlet: "reports"}, "disputed": False,
            "superseded_by": None, "story": f"story:{i % 300}"})
        pic["timeline"].append({"id": f"t{eid}", "order": len(pic["timeline"]) + 1, "event": eid,
                                "date": day, "date_precision": "day", "date_source": "text",
                                "historical": False, "type": TYPES[t], "summary": ev[j % 3]["text"],
                                "docs": docs, "evidence": [ev[j % 3]]})
        if len(docs) > 1:
            pic["links"].append({"kind": "corroborates", "from": did, "to": eid, "first": docs[1]})
    for j in range(1 + i % 2):
        pic["quotes"].append({"id": f"q{i}-{j}", "speaker": rng.choice(actors)["id"],
                              "speaker_text": None, "text": ev[1]["text"], "cue": "said",
                              "medium": None, "kind": "indirect", "time": None, "doc": did,
                              "docs": [did], "evidence": [ev[1]]})
    for j in range(4):
        pic["claims"].append({"id": f"c{i}-{j}", "text": ev[j % 3]["text"], "certainty":
                              ("asserted", "reported", "unconfirmed", "asserted")[j],
                              "polarity": "positive", "score": 2.0, "cue": None,
                              "source": {"kind": "author", "actor": None, "text": None},
                              "doc": did, "evidence": [ev[j % 3]],
                              "outlets": {outlet: "reports"}, "disputed": False,
                              "superseded_by": None, "story": f"story:{i % 300}"})


def synthetic_analyze(store: Store) -> None:
    """What the server runs after new reports here: one event per report without any, then the
    whole picture rewritten (as the real analysis does after linking)."""
    pic = {k: store.picture(k) for k in KINDS}
    known = {d for e in pic["events"] for d in e["docs"]}
    for doc in store.documents():
        if doc.id in known:
            continue
        first = doc.text.split(". ")[0]
        ev = {"doc": doc.id, "start": 0, "end": len(first), "text": first, "sent": 0}
        store.put_extraction(Extraction(doc=doc.id), "bench", [(0, len(first), first)])
        pic["events"].append({"id": f"new-{doc.id}", "type": "PROTEST",
                              "quad_class": "verbal_conflict", "actor": None, "recipient": None,
                              "place": None, "date": doc.published, "certainty": "asserted",
                              "historical": False, "summary": first, "docs": [doc.id],
                              "sources": [], "evidence": [ev], "outlets": {"Bench Wire": "reports"}})
    store.put_picture(pic)


def uncached(db: Path, repeat: int = 5) -> dict[str, float]:
    """Seconds to load the picture from SQLite, and milliseconds (median) to render the summary
    and sources pages from it without the app's page cache: what the server pays, in the
    background, after each analysis."""
    from sitroom.web import pages
    from sitroom.web.filters import Filters

    t0 = time.perf_counter()
    with Store(db, create=False) as store:
        pic = {"documents": store.document_rows(), **{k: store.picture(k) for k in KINDS}}
    load = time.perf_counter() - t0
    out = {"load_picture_s": round(load, 1)}
    for name, render in (("summary", lambda: pages.summary_page(pic, {})),
                         ("sources", lambda: pages.sources_page(pic, pic, Filters()))):
        render()  # caches of the process (town list for the map) filled once
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            render()
            runs.append((time.perf_counter() - t0) * 1000)
        out[f"render_{name}_ms"] = round(statistics.median(runs), 1)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: Any, path: str, repeat: int = 20) -> dict[str, float]:
    """Milliseconds of the first GET and the median of ``repeat`` more."""
    t0 = time.perf_counter()
    r = client.get(path)
    first = (time.perf_counter() - t0) * 1000
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = client.get(path)
        runs.append((time.perf_counter() - t0) * 1000)
    return {"first_ms": round(first, 1), "median_ms": round(statistics.median(runs), 1),
            "bytes": len(r.content)}


FILTERED_VIEWS = {
    "actor": lambda k: f"/events.json?actor=a:{k * 7 % 3000}&limit=100",
    "outlet": lambda k: f"/events.json?outlet=Outlet%20{k % 60:02d}&offset={k // 60 * 50}"
                        "&limit=100",
    "date": lambda k: f"/events.json?since=2024-05-{k % 28 + 1:02d}&until=2024-05-{k % 28 + 1:02d}"
                      f"&offset={k // 28 * 50}&limit=100",
    "offset": lambda k: f"/events.json?offset={k * 97 % 20000}&limit=50",
    "actor page": lambda k: f"/events?actor=a:{k * 11 % 3000}",
    "outlet page": lambda k: f"/events?outlet=Outlet%20{k % 60:02d}&offset={k // 60 * 200}",
    "date page": lambda k: f"/events?since=2024-05-{k % 28 + 1:02d}&until=2024-05-{k % 28 + 1:02d}"
                           f"&offset={k // 28 * 200}",
    "timeline.json date": lambda k: f"/timeline.json?since=2024-05-{k % 28 + 1:02d}"
                                    f"&until=2024-05-{k % 28 + 1:02d}&offset={k // 28 * 50}&limit=100",
    "summary.json": lambda k: "/summary.json",
}


def throughput(client: Any, seconds: float = 8.0) -> dict[str, dict[str, float]]:
    """Per filtered view: requests per second (one client, sequential) and the p99 latency in
    ms, every request a new filter value (so the app's page cache never answers)."""
    out = {}
    for name, url in FILTERED_VIEWS.items():
        runs: list[float] = []
        t_end = time.perf_counter() + seconds
        k = 1000 if name != "summary.json" else 0
        while time.perf_counter() < t_end or len(runs) < 20:
            t0 = time.perf_counter()
            r = client.get(url(k))
            runs.append(time.perf_counter() - t0)
            assert r.status_code == 200, (url(k), r.status_code, r.text[:300])
            k += 1
        runs.sort()
        out[name] = {"req_s": round(len(runs) / sum(runs), 1),
                     "p99_ms": round(runs[min(len(runs) - 1, int(len(runs) * 0.99))] * 1000, 1),
                     "n": len(runs)}
    return out


def watch_latency(client: Any, folder: Path, limit: float = 60.0) -> dict[str, float]:
    """Seconds from writing a report into the watched folder to its being stored (the status
    counts it), to its page answering, and to the re-analysed picture listing its event."""
    from sitroom.ingest import content_hash
    from sitroom.ingest.readers import read_text

    text = (f"Crowds gathered outside depot {time.time_ns()} on Friday. "
            "The governor called for calm.")
    doc_id = content_hash(read_text("x.txt", text)[0].text)[:16]
    path = folder / "late-report.txt"
    before = client.get("/api/status").json()["documents"]
    t0 = time.perf_counter()
    path.write_text(text, encoding="utf-8")
    stored = seen = shown = None
    while time.perf_counter() - t0 < limit:
        if stored is None and client.get("/api/status").json()["documents"] > before:
            stored = time.perf_counter() - t0
        if seen is None and client.get(f"/documents/{doc_id}.json").status_code == 200:
            seen = time.perf_counter() - t0
        if seen is not None:
            records = client.get(f"/documents/{doc_id}.json").json()["records"]
            if any(r["kind"] == "events" for r in records):
                shown = time.perf_counter() - t0
                break
        time.sleep(0.05)
    return {"stored_s": round(stored, 2) if stored else None,
            "page_s": round(seen, 2) if seen else None,
            "analysed_s": round(shown, 2) if shown else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=None, help="reuse/keep the store here")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--filtered-only", action="store_true",
                    help="time only the uncached filtered views and /summary.json")
    ap.add_argument("--build-only", action="store_true",
                    help="only build the store (at --db), print its records and the time")
    args = ap.parse_args()
    if args.build_only:
        if args.db is None or args.db.exists():
            ap.error("--build-only needs --db with a path that does not exist yet")
        t0 = time.perf_counter()
        print(json.dumps({"records": build(args.db, args.reports),
                          "build_s": round(time.perf_counter() - t0, 1)}))
        return 0

    import httpx
    import uvicorn

    from sitroom.web.app import create_app

    work = Path(tempfile.mkdtemp(prefix="sitroom-bench-"))
    db = args.db or work / "bench.db"
    figures: dict[str, Any] = {"reports": args.reports}
    if not db.exists():
        t0 = time.perf_counter()
        figures["records"] = build(db, args.reports)
        figures["build_s"] = round(time.perf_counter() - t0, 1)
    inbox = work / "inbox"
    inbox.mkdir()
    port = free_port()
    app = create_app(db, watch=inbox, analyze=synthetic_analyze, poll=0.5)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            t0 = time.perf_counter()
            while not client.get("/api/status").json()["ready"]:
                time.sleep(0.1)
            figures["startup_s"] = round(time.perf_counter() - t0, 1)  # index + picture loaded
            if not args.filtered_only:
                for path in ("/", "/events.json", "/events", "/sources", "/search?q=convoy+bridge"):
                    figures[f"GET {path}"] = timed(client, path)
            figures["filtered"] = throughput(client)
            if not args.filtered_only:
                figures["watch"] = watch_latency(client, inbox)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    if not args.filtered_only:
        figures["uncached"] = uncached(db)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for k, v in figures.items():
            print(f"{k:28} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
