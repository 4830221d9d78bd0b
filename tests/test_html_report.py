"""The self-contained HTML report, on a small hand-made picture (also used by the web, geo
export and browser tests: see sample_picture)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from sitroom import html_report
from sitroom.html_report import View, date_span, evidence_spans, marked_text, parse_date

XSS = "<script>alert(1)</script>"

TEXTS = {
    "d1": (
        "Rebels seized the port of Varna on Monday. The navy blockaded the harbour on Tuesday. "
        "Officials said the government would negotiate. "
        f'A rebel commander said: "We hold the port {XSS}".'
    ),
    "d2": (
        "The government agreed to hold talks with the rebels in Sofia. "
        "Rebels reportedly shelled the navy base near Burgas on Tuesday evening. "
        "In 1990 the port was closed by a strike."
    ),
    "d3": (
        "The rebels seized the port of Varna, witnesses said. Aid agencies delivered food to Burgas. "
        "The navy denied that it fired on civilians."
    ),
}
DOCS = [
    {"id": "d1", "title": "Port falls to rebels", "outlet": "Coast Wire", "published": "2024-05-07"},
    {"id": "d2", "title": "Talks announced", "outlet": "Harbour Times", "published": "2024-05-08"},
    {
        "id": "d3",
        "title": "Witnesses describe seizure",
        "outlet": "River Post",
        "published": "2024-05-08",
    },
]


def ev(doc: str, sentence: str) -> dict:
    """The evidence item of a sentence of TEXTS[doc] (offsets found, not typed)."""
    start = TEXTS[doc].index(sentence)
    return {
        "doc": doc,
        "start": start,
        "end": start + len(sentence),
        "text": sentence,
        "sent": TEXTS[doc][:start].count(". "),
    }


SENT = {
    "seized": ev("d1", "Rebels seized the port of Varna on Monday."),
    "blockade": ev("d1", "The navy blockaded the harbour on Tuesday."),
    "officials": ev("d1", "Officials said the government would negotiate."),
    "quote": ev("d1", f'A rebel commander said: "We hold the port {XSS}".'),
    "talks": ev("d2", "The government agreed to hold talks with the rebels in Sofia."),
    "shelled": ev("d2", "Rebels reportedly shelled the navy base near Burgas on Tuesday evening."),
    "strike": ev("d2", "In 1990 the port was closed by a strike."),
    "witness": ev("d3", "The rebels seized the port of Varna, witnesses said."),
    "aid": ev("d3", "Aid agencies delivered food to Burgas."),
    "denied": ev("d3", "The navy denied that it fired on civilians."),
}


def actor(aid: str, name: str, kind: str, mentions: int, docs: list[str], sent: str) -> dict:
    return {
        "id": aid,
        "name": name,
        "kind": kind,
        "aliases": [],
        "roles": [],
        "mentions": mentions,
        "docs": docs,
        "evidence": [SENT[sent]],
    }


def place(pid: str, name: str, lat: float | None, lon: float | None, sent: str) -> dict:
    return {
        "id": pid,
        "name": name,
        "lat": lat,
        "lon": lon,
        "country_code": "BG",
        "feature": "city",
        "geonameid": None,
        "aliases": [],
        "mentions": 1,
        "docs": [SENT[sent]["doc"]],
        "evidence": [SENT[sent]],
    }


def event(
    eid: str,
    etype: str,
    quad: str,
    a: str | None,
    r: str | None,
    pl: str | None,
    date: str | None,
    sents: list[str],
    certainty: str = "asserted",
    historical: bool = False,
) -> dict:
    docs = list(dict.fromkeys(SENT[s]["doc"] for s in sents))
    return {
        "id": eid,
        "type": etype,
        "mode": None,
        "quad_class": quad,
        "actor": a,
        "recipient": r,
        "place": pl,
        "actor_text": None,
        "recipient_text": None,
        "trigger": "x",
        "date": date,
        "date_precision": "day" if date else None,
        "date_source": "text",
        "certainty": certainty,
        "polarity": "positive",
        "historical": historical,
        "summary": SENT[sents[0]]["text"],
        "docs": docs,
        "sources": [
            {"doc": d, "certainty": certainty, "polarity": "positive", "date": date} for d in docs
        ],
        "evidence": [SENT[s] for s in sents],
    }


def sample_picture() -> dict:
    """5 actors, 3 located places + 1 unlocated, 7 events (one undated, one historical),
    5 network edges, 2 quotes, 4 claims, 1 contradiction; one quote carries <script>."""
    actors = [
        actor("a:rebels", "Rebels", "armed_group", 6, ["d1", "d2", "d3"], "seized"),
        actor("a:navy", "Navy", "organisation", 3, ["d1", "d2", "d3"], "blockade"),
        actor("a:gov", "Government", "state", 2, ["d1", "d2"], "talks"),
        actor("a:officials", "Officials", "group", 1, ["d1"], "officials"),
        actor("a:aid", "Aid agencies", "organisation", 1, ["d3"], "aid"),
    ]
    places = [
        place("p:varna", "Varna", 43.2167, 27.9167, "seized"),
        place("p:burgas", "Burgas", 42.5, 27.4667, "shelled"),
        place("p:sofia", "Sofia", 42.6975, 23.3242, "talks"),
        place("p:nowhere", "Old Harbour", None, None, "strike"),
    ]
    events = [
        event(
            "e1",
            "ASSAULT",
            "material_conflict",
            "a:rebels",
            "a:gov",
            "p:varna",
            "2024-05-06",
            ["seized", "witness"],
        ),
        event(
            "e2",
            "COERCE",
            "material_conflict",
            "a:navy",
            "a:rebels",
            "p:varna",
            "2024-05-07",
            ["blockade"],
        ),
        event(
            "e3",
            "CONSULT",
            "verbal_cooperation",
            "a:gov",
            "a:rebels",
            "p:sofia",
            "2024-05-08",
            ["talks"],
            certainty="reported",
        ),
        event(
            "e4",
            "ASSAULT",
            "material_conflict",
            "a:rebels",
            "a:navy",
            "p:burgas",
            "2024-05-07TEV",
            ["shelled"],
            certainty="unconfirmed",
        ),
        event("e5", "AID", "material_cooperation", "a:aid", None, "p:burgas", "2024-05-08", ["aid"]),
        event(
            "e6",
            "PROTEST",
            "verbal_conflict",
            None,
            None,
            "p:nowhere",
            "1990",
            ["strike"],
            historical=True,
        ),
        event(
            "e7",
            "CONSULT",
            "verbal_cooperation",
            "a:officials",
            "a:gov",
            None,
            None,
            ["officials"],
            certainty="reported",
        ),
    ]
    order = ["e1", "e2", "e4", "e3", "e5", "e7", "e6"]
    by_id = {e["id"]: e for e in events}
    timeline = [
        {
            "id": f"t{i + 1}",
            "order": i + 1,
            "event": k,
            "date": by_id[k]["date"],
            "date_precision": by_id[k]["date_precision"],
            "date_source": "text",
            "historical": by_id[k]["historical"],
            "type": by_id[k]["type"],
            "summary": by_id[k]["summary"],
            "docs": by_id[k]["docs"],
            "evidence": by_id[k]["evidence"],
        }
        for i, k in enumerate(order)
    ]
    quotes = [
        {
            "id": "q1",
            "speaker": "a:rebels",
            "speaker_text": "a rebel commander",
            "text": f"We hold the port {XSS}",
            "cue": "said",
            "medium": None,
            "kind": "direct",
            "time": None,
            "doc": "d1",
            "docs": ["d1"],
            "evidence": [SENT["quote"]],
        },
        {
            "id": "q2",
            "speaker": "a:officials",
            "speaker_text": "Officials",
            "text": "the government would negotiate",
            "cue": "said",
            "medium": None,
            "kind": "indirect",
            "time": None,
            "doc": "d1",
            "docs": ["d1"],
            "evidence": [SENT["officials"]],
        },
    ]

    def claim(cid, sent, certainty, kind, who, cue, score):
        return {
            "id": cid,
            "text": SENT[sent]["text"],
            "certainty": certainty,
            "polarity": "positive",
            "score": score,
            "cue": cue,
            "source": {"kind": kind, "actor": who, "text": None},
            "doc": SENT[sent]["doc"],
            "evidence": [SENT[sent]],
        }

    claims = [
        claim("c1", "seized", "asserted", "author", None, None, 3.0),
        claim("c2", "shelled", "reported", "anonymous", None, "reportedly", 1.0),
        claim("c3", "witness", "reported", "anonymous", None, "witnesses said", 2.0),
        claim("c4", "denied", "denied", "named", "a:navy", "denied", -3.0),
    ]
    links = [
        {"kind": "corroborates", "from": "d3", "to": "e1", "first": "d1"},
        {"kind": "contradicts", "from": "c4", "to": "e2"},
    ]
    cross_source(events, claims, links)
    return {
        "format": "sitroom-picture",
        "version": 1,
        "documents": [
            dict(
                d,
                author=None,
                url=None,
                source=f"{d['id']}.txt",
                kind="text",
                language="en",
                copy_of=None,
                chars=len(TEXTS[d["id"]]),
                meta={},
            )
            for d in DOCS
        ],
        "actors": actors,
        "places": places,
        "events": events,
        "quotes": quotes,
        "claims": claims,
        "timeline": timeline,
        "links": links,
        "stories": STORIES,
        "framing": framing(),
    }


STORIES = [
    {
        "id": "story:port",
        "title": "Rebels seize the port of Varna",
        "docs": ["d1", "d3"],
        "first": "2024-05-07",
        "last": "2024-05-08",
        "outlets": ["Coast Wire", "River Post"],
    },
    {
        "id": "story:talks",
        "title": "Talks announced",
        "docs": ["d2"],
        "first": "2024-05-08",
        "last": "2024-05-08",
        "outlets": ["Harbour Times"],
    },
]


def cross_source(events: list[dict], claims: list[dict], links: list[dict]) -> None:
    """The cross-source fields (docs/format.md): e1 reported by Coast Wire and corroborated by
    River Post, whose later report updates its wording; e4 reported by Harbour Times and
    contradicted (a denial) by River Post; claim c2 overtaken by c3."""
    outlet = {"d1": "Coast Wire", "d2": "Harbour Times", "d3": "River Post"}
    story = {d: s["id"] for s in STORIES for d in s["docs"]}
    for r in events + claims:
        docs = r.get("docs") or [r["doc"]]
        r["outlets"] = {outlet[docs[0]]: "reports", **{outlet[d]: "corroborates" for d in docs[1:]}}
        r["disputed"] = False
        r["superseded_by"] = None
        r["story"] = story[docs[0]]
    by_id = {r["id"]: r for r in events + claims}
    by_id["e4"]["outlets"]["River Post"] = "contradicts"
    by_id["e4"]["disputed"] = True
    by_id["c2"]["superseded_by"] = "c3"
    links += [
        {
            "kind": "contradicts",
            "from": "d3",
            "to": "e4",
            "against": "d2",
            "reason": "denial",
            "evidence": [SENT["shelled"], SENT["denied"]],
        },
        {"kind": "supersedes", "from": "e1", "to": "e1", "from_doc": "d3", "to_doc": "d1",
         "reason": "newer wording"},
        {"kind": "supersedes", "from": "c3", "to": "c2", "from_doc": "d3", "to_doc": "d2",
         "reason": "later report"},
        *({"kind": "same_story", "from": d, "to": s} for d, s in story.items()),
    ]


def framing() -> list[dict]:
    """One framing record per outlet (terms, tone per actor, omissions)."""
    return [
        {
            "id": "framing:coast-wire",
            "outlet": "Coast Wire",
            "docs": ["d1"],
            "terms": [{"term": "blockaded", "z": 2.4, "count": 1}, {"term": "hold the port", "z": 1.2, "count": 1}],
            "tone": [{"actor": "a:rebels", "name": "Rebels", "tone": -0.5, "n": 2}],
            "omits": {"actors": ["a:aid"], "claims": ["c4"]},
        },
        {
            "id": "framing:harbour-times",
            "outlet": "Harbour Times",
            "docs": ["d2"],
            "terms": [{"term": "talks", "z": 2.0, "count": 1}],
            "tone": [{"actor": "a:gov", "name": "Government", "tone": 0.75, "n": 1}],
            "omits": {"actors": [], "claims": []},
        },
        {
            "id": "framing:river-post",
            "outlet": "River Post",
            "docs": ["d3"],
            "terms": [{"term": "witnesses", "z": 1.9, "count": 1}, {"term": XSS, "z": 1.1, "count": 1}],
            "tone": [],
            "omits": {"actors": ["a:gov"], "claims": []},
        },
    ]


class Collect(HTMLParser):
    """Start tags (with attributes) and script bodies of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def with_class(self, tag: str, cls: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]


def parsed(page: str) -> Collect:
    c = Collect()
    c.feed(page)
    return c


def test_report_is_self_contained_and_escaped():
    page = html_report.render(sample_picture(), TEXTS)
    c = parsed(page)
    # one script, ours: the report's <script> text is never a tag
    assert [t for t, _ in c.tags].count("script") == 1
    assert "alert(1)" not in "".join(c.scripts)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # no external reference of any kind
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert all(not (a.get("href") or "").startswith("http") for _, a in c.tags)


def test_report_draws_one_mark_per_item():
    c = parsed(html_report.render(sample_picture(), TEXTS))
    crisis, background = c.with_class("circle", "crisis"), c.with_class("circle", "background")
    assert len(crisis) == 6 and len(background) == 1
    assert sorted(a["data-event"] for a in background) == ["e6"]
    assert sorted(a["data-place"] for a in c.with_class("circle", "map-mark")) == [
        "p:burgas",
        "p:sofia",
        "p:varna",
    ]
    # the actors with a tie (an event, a quote about another, a shared sentence): "Aid
    # agencies" acts with no recipient and is named with nobody, so it is not drawn
    nodes = {a["data-id"] for a in c.with_class("g", "node")}
    assert nodes == {"a:gov", "a:navy", "a:officials", "a:rebels"}
    edges = [a for a in c.with_class("g", "edge") if a["data-kind"] == "event"]
    assert sorted((a["data-from"], a["data-to"], a["data-quad"]) for a in edges) == [
        ("a:gov", "a:rebels", "verbal_cooperation"),
        ("a:navy", "a:rebels", "material_conflict"),
        ("a:officials", "a:gov", "verbal_cooperation"),
        ("a:rebels", "a:gov", "material_conflict"),
        ("a:rebels", "a:navy", "material_conflict"),
    ]


def test_every_evidence_link_has_its_highlight():
    page = html_report.render(sample_picture(), TEXTS)
    c = parsed(page)
    marks = {a["id"] for t, a in c.tags if t == "mark"}
    links = {a["href"][1:] for t, a in c.tags if t == "a" and a.get("href", "").startswith("#doc-")}
    assert links and links <= marks
    start = TEXTS["d2"].index("Rebels reportedly shelled")
    assert f"doc-d2-{start}" in marks
    # the highlighted words are exactly the evidence sentence
    m = re.search(rf'<mark id="doc-d2-{start}">([^<]*)</mark>', page)
    assert m and m.group(1) == SENT["shelled"]["text"]
    # record anchors the charts link to exist
    ids = {a.get("id") for _, a in c.tags}
    hrefs = {a["href"][1:] for t, a in c.tags if t == "a" and a.get("href", "").startswith("#")}
    assert hrefs <= ids


def section(page: str, ident: str, until: str) -> str:
    return page[page.index(f'id="{ident}"') : page.index(f'id="{until}"')]


def matrix_row(page: str, eid: str) -> str:
    matrix = section(page, "sources", "disputed")
    return matrix[matrix.index(f"#ev-{eid}") :].split("</tr>")[0]


def test_sources_matrix_shows_each_outlets_role():
    page = html_report.render(sample_picture(), TEXTS)
    row = matrix_row(page, "e1")
    assert 'title="Coast Wire: reports"' in row and 'title="River Post: corroborates"' in row
    assert 'title="Harbour Times: silent"' in row and row.count("cell no") == 1
    row = matrix_row(page, "e4")
    assert 'title="Harbour Times: reports"' in row and 'title="River Post: contradicts"' in row
    assert "disputed" in row and row.count("cell no") == 1
    matrix = section(page, "sources", "disputed")
    assert matrix.index("#ev-e4") < matrix.index("#ev-e1")  # disputed first


def test_outlets_come_from_documents_without_the_map():
    pic = sample_picture()
    for e in pic["events"]:
        del e["outlets"]
    row = matrix_row(html_report.render(pic, TEXTS), "e1")
    assert 'title="Coast Wire: reports"' in row and 'title="River Post: reports"' in row


def test_disputed_shows_both_sides():
    page = html_report.render(sample_picture(), TEXTS)
    disputed = section(page, "disputed", "stories")
    e4 = disputed[disputed.index('id="dispute-e4-d3"') :].split('class="dispute"')[0]
    first, second = e4.split("contradicted by")
    assert "Harbour Times" in first and SENT["shelled"]["text"] in first
    assert "River Post" in second and SENT["denied"]["text"] in second
    assert ">denial<" in e4 and f'href="#doc-d3-{SENT["denied"]["start"]}"' in second
    # the older record-against-record shape still shows both records
    e2 = disputed[disputed.index('id="dispute-e2-c4"') :]
    assert SENT["blockade"]["text"] in e2.split("contradicted by")[0]
    assert SENT["denied"]["text"] in e2.split("contradicted by")[1]


def test_superseded_shows_the_latest_state_and_its_history():
    page = html_report.render(sample_picture(), TEXTS)
    c = parsed(page)
    rows = {a["id"] for t, a in c.tags if t == "tr" and a.get("id")}
    assert "claim-c3" in rows and "claim-c2" not in rows  # c2 only in c3's history
    claims = section(page, "claims", "sources")
    c3 = claims[claims.index('id="claim-c3"') :].split("</tr>")[0]
    assert '<details class="history">' in c3 and 'id="claim-c2"' in c3
    assert SENT["shelled"]["text"] in c3.split("<details")[1]
    # an event whose wording a later report updated shows the newer sentence first
    e1 = page[page.index('<tr id="ev-e1"') :].split("</tr>")[0]
    summary, history = e1.split('<details class="history">')
    assert "witnesses said" in summary and "Monday" not in summary
    assert "newer wording" in history and "Monday" in history


def test_a_record_overtaken_by_one_of_another_kind_keeps_its_row():
    pic = sample_picture()
    pic["claims"][0]["superseded_by"] = "q2"
    pic["links"].append({"kind": "supersedes", "from": "q2", "to": "c1", "from_doc": "d1",
                         "to_doc": "d1", "reason": "overtaken by a later statement"})
    page = html_report.render(pic, TEXTS)
    assert page.count('id="claim-c1"') == 1
    c1 = page[page.index('<tr id="claim-c1"') :].split("</tr>")[0]
    assert "overtaken" in c1 and 'href="#quote-q2"' in c1
    q2 = page[page.index('id="quote-q2"') :].split("</blockquote>")[0]
    assert '<details class="history">' in q2 and 'href="#claim-c1"' in q2
    assert "overtaken by a later statement" in q2


def test_stories_and_framing():
    page = html_report.render(sample_picture(), TEXTS)
    stories = section(page, "stories", "framing")
    assert stories.count('<tr id="story-') == 2 and "Rebels seize the port of Varna" in stories
    framing = section(page, "framing", "actors")
    assert framing.count('class="framing"') == 3
    river = framing[framing.index('id="framing-river-post"') :]
    assert XSS not in framing and html_report.esc(XSS) in river  # terms are text
    coast = framing[framing.index('id="framing-coast-wire"') : framing.index('id="framing-harbour')]
    assert "blockaded" in coast and "z 2.4" in coast and "−0.50" not in coast and "-0.50" in coast
    assert 'href="#actor-a-aid"' in coast and 'href="#claim-c4"' in coast  # omissions link


def test_quality_footer_reads_measured_figures():
    from sitroom.html_sources import quality_footer

    q = {
        "measured_on": "2026-11-28",
        "commit": "0123456789abcdef",
        "figures": {
            "time": {"n_gold": 100, "strict_f1": 0.812, "relaxed_f1": 0.9},
            "geo": {"acc_161": 0.7, "seconds": 3.5},
        },
    }
    line = quality_footer(q)
    assert "measured on 2026-11-28 (commit 0123456789)" in line
    assert "time: strict_f1 0.81" in line and "geo: acc_161 0.70" in line
    assert quality_footer({"figures": {}}) == "" and quality_footer({}) == ""


def test_marked_text_escapes_and_wraps():
    text = "A <b>x</b>. B & c."
    out = marked_text(text, [(0, 11), (12, 18), (40, 50)], "d")
    assert out == (
        '<mark id="doc-d-0">A &lt;b&gt;x&lt;/b&gt;.</mark> <mark id="doc-d-12">B &amp; c.</mark>'
    )


def test_evidence_spans_keep_first_longest_of_overlaps():
    pic = {
        "events": [
            {
                "evidence": [
                    {"doc": "d", "start": 0, "end": 10},
                    {"doc": "d", "start": 0, "end": 5},
                    {"doc": "d", "start": 8, "end": 12},
                    {"doc": "d", "start": 12, "end": 20},
                ]
            }
        ]
    }
    assert evidence_spans(pic) == {"d": [(0, 10), (12, 20)]}


def test_parse_date_handles_reduced_precision():
    assert parse_date("2023-06-24T05:37+01:00").isoformat() == "2023-06-24T04:37:00"
    assert parse_date("2023-06-24TEV").isoformat() == "2023-06-24T17:00:00"
    assert parse_date("2023-W25").isoformat() == "2023-06-19T00:00:00"
    assert parse_date("2023-06").isoformat() == "2023-06-01T00:00:00"
    assert parse_date("XXXX-06") is None and parse_date(None) is None
    lo, hi = date_span("2023-02")
    assert (lo.isoformat(), hi.isoformat()) == ("2023-02-01T00:00:00", "2023-02-28T23:59:59")


def test_empty_picture_renders():
    empty = {
        "documents": [],
        "actors": [],
        "places": [],
        "events": [],
        "quotes": [],
        "claims": [],
        "timeline": [],
        "links": [],
    }
    page = html_report.render(empty, {})
    assert "No events to draw." in page and "No event has a located place." in page
    assert View(empty).sources([]) == ""


def test_human_date():
    from sitroom.html_report import human_date

    assert [
        human_date(d)
        for d in (
            "2024-05-07TEV",
            "2024-05-07T05:37+01:00",
            "2024-05-07",
            "2024-05",
            "1990",
            "2023-W25",
            None,
            "XXXX-06",
        )
    ] == [
        "7 May 2024, evening",
        "7 May 2024 05:37",
        "7 May 2024",
        "May 2024",
        "1990",
        "19–25 Jun 2023",
        "undated",
        "XXXX-06",
    ]


def test_a_week_is_shown_as_its_days():
    from sitroom.report import readable_date
    from sitroom.report_text import week_days

    assert week_days("2023-W22") == "29 May – 4 Jun 2023"
    assert week_days("2026-W01") == "29 Dec 2025 – 4 Jan 2026"
    assert week_days("2023-06-24") is None
    # the Markdown report writes a week in the form of its days (round 17: one date format)
    assert readable_date("2023-W25") == "2023-06-19 to 2023-06-25"


def test_emphasise_bolds_the_trigger_and_escapes():
    from sitroom.html_report import emphasise

    assert (
        emphasise("Rebels <seized> the seized port.", "seized")
        == "Rebels &lt;<b>seized</b>&gt; the seized port."
    )
    assert emphasise("Troops withdrew.", "with") == "Troops withdrew."
    assert emphasise("a & b", None) == "a &amp; b"


def test_vague_dates_join_the_undated_column():
    pic = sample_picture()
    pic["timeline"][0]["date"] = "2024-05"  # e1: a month, in a crisis of three days
    svg = html_report.timeline_svg(View(pic))
    cx = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r'class="tl-mark crisis" data-event="(\w+)" cx="([\d.]+)"', svg)
    }
    right_column = 1160 - 90
    assert sorted(k for k, x in cx.items() if x > right_column) == ["e1", "e7"]
    assert "no exact date" in svg and ">07 May 00:00<" in svg and ">May 2024<" not in svg


def test_latest_developments_put_dated_events_before_commentary():
    pic = sample_picture()
    dated = [t for t in pic["timeline"] if t["date"] and not t["historical"]]
    newest = max(dated, key=lambda t: (t["date"], t["order"]))
    # the newest entry becomes commentary: dated only by its report's publication
    for e in pic["events"]:
        if e["id"] == newest["event"]:
            e["date_source"] = "published"
    recent, _ = html_report.latest_entries(View(pic), 10)
    ids = [t["event"] for t in recent]
    assert newest["event"] in ids
    assert ids.index(newest["event"]) == len([t for t in dated if t is not newest
                                               and html_report._development(View(pic).events[t["event"]])])
    # unchanged, it leads
    recent, _ = html_report.latest_entries(View(sample_picture()), 10)
    assert recent[0]["event"] == newest["event"]


def test_file_report_of_a_large_archive_keeps_the_best_sourced_rows(monkeypatch):
    monkeypatch.setattr(html_report, "MAX_FILE_ROWS", 2)
    monkeypatch.setattr(html_report, "MAX_FILE_DOCS", 1)
    pic = sample_picture()
    page = html_report.render(pic, TEXTS)
    events = section(page, "events", "quotes")
    shown = re.findall(r'<tr id="ev-([\w-]+)"', events)
    assert len(shown) == 2
    current = [e for e in pic["events"] if not e.get("superseded_by")]
    best = sorted(current, key=lambda e: -len(e["docs"]))[:2]
    assert {html_report.slug(e["id"]) for e in best} == set(shown)
    assert f"{len(current) - 2:,} more events are not in this file" in events
    docs = page[page.index('id="documents"'):page.index("</main>")]
    assert docs.count('<details class="doc"') == 1
    assert f"{len(pic['documents']) - 1:,} more reports are not in this file" in docs


def test_counts_read_as_english():
    from sitroom.html_report import counted

    assert [counted(1, "report"), counted(0, "report"), counted(1200, "mention"),
            counted(2, "copy", "copies")] == ["1 report", "0 reports", "1,200 mentions",
                                              "2 copies"]


def test_short_texts_lose_a_live_blog_header():
    from sitroom.html_report import short

    assert short("13:05 UTC: There are unconfirmed reports of a helicopter.") == (
        "There are unconfirmed reports of a helicopter.")
    assert short("UPDATE (March 14, 21:10 EET): The president spoke.") == "The president spoke."
    assert short("Troops:  300 arrived.") == "Troops: 300 arrived."


def test_a_latest_line_names_its_own_event_type_first():
    pic = sample_picture()
    view = View(pic)
    recent, _ = html_report.latest_entries(view, 10)
    shown = view.events[recent[0]["event"]]
    # another event of another type in the same sentence, listed before it in the picture
    other = dict(shown, id="e-other", type="CONSULT", quad_class="verbal_cooperation")
    pic["events"].insert(0, other)
    recent, types = html_report.latest_entries(View(pic), 10)
    first = View(pic).events[recent[0]["event"]]
    assert types[first.get("summary") or first["id"]][0] == first["type"]
    assert "CONSULT" in types[shown.get("summary") or shown["id"]]


def test_only_direct_quotes_are_in_quotation_marks():
    from sitroom.html_report import as_said

    assert as_said("We will return.", "direct") == "“We will return.”"
    assert as_said("We will not surrender,", "direct") == "“We will not surrender”"
    assert as_said("that they would retreat", "indirect") == "that they would retreat"
    assert as_said("a “special operation”", "mixed") == "a “special operation”"


def test_dates_at_the_ends_of_the_calendar_join_the_undated_column():
    pic = sample_picture()
    pic["timeline"][0]["date"] = "0001-01-01"
    pic["timeline"][1]["date"] = "9999-12-31"
    svg = html_report.timeline_svg(View(pic))
    cx = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r'class="tl-mark crisis" data-event="(\w+)" cx="([\d.]+)"', svg)
    }
    ends = [pic["timeline"][0]["event"], pic["timeline"][1]["event"]]
    assert all(cx[e] > 1160 - 90 for e in ends) and "no exact date" in svg
